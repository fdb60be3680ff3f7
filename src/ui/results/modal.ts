// A modal panel over the game: role="dialog", the rest of the page inert while it is open,
// Tab kept inside, Esc closes, focus returns where it was. Its keys never reach the story's
// keyboard handler (number keys would otherwise pick a choice behind it): while open, a capture
// listener on the document sees every key first.
import { h } from '../dom';

const FOCUSABLE = 'button:not([disabled]):not([hidden]), [href], input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

export class Modal {
  readonly el: HTMLElement;
  /** Where panels render their content. */
  readonly body: HTMLElement;
  private returnTo: HTMLElement | null = null;
  private inerted: HTMLElement[] = [];
  private readonly keyHandler = (e: KeyboardEvent) => this.onKey(e);

  constructor(private readonly root: HTMLElement, cls: string, labelledBy: string, private readonly onEscape: () => void) {
    this.body = h('div', { class: 'rs-body' });
    this.el = h('div', { class: `rs-panel ${cls}`, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': labelledBy, hidden: true, tabindex: -1 }, this.body);
    root.append(this.el);
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  open(): void {
    if (this.isOpen) return;
    const active = document.activeElement;
    this.returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
    const others = [...this.root.children, document.getElementById('stage')].filter(
      (x): x is HTMLElement => x instanceof HTMLElement && x !== this.el && !x.inert,
    );
    for (const x of others) x.inert = true;
    this.inerted = others;
    this.el.hidden = false;
    this.root.dataset['modal'] = 'open';
    document.addEventListener('keydown', this.keyHandler, true);
  }

  /** Moves focus to the panel's heading (screen readers announce the title first). */
  focusTitle(): void {
    const title = this.el.querySelector<HTMLElement>('h2');
    (title ?? this.el).focus({ preventScroll: true });
  }

  close(): void {
    if (!this.isOpen) return;
    this.el.hidden = true;
    document.removeEventListener('keydown', this.keyHandler, true);
    for (const x of this.inerted) x.inert = false;
    this.inerted = [];
    delete this.root.dataset['modal'];
    const back = this.returnTo;
    this.returnTo = null;
    if (back && back.isConnected && back.offsetParent !== null) back.focus({ preventScroll: true });
    else this.root.querySelector<HTMLElement>('button.next:not([hidden]), button.choice, .end-screen:not([hidden]) button')?.focus({ preventScroll: true });
  }

  private onKey(e: KeyboardEvent): void {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      this.onEscape();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = [...this.el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => x.offsetParent !== null);
    if (!items.length) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const at = document.activeElement;
    if (e.shiftKey && (at === first || at === this.el || !this.el.contains(at))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (at === last || !this.el.contains(at))) {
      e.preventDefault();
      first.focus();
    }
  }
}
