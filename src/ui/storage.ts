// What the player sees of the storage (issue 13): a notice that stays until dismissed (shown once
// per kind, never blocking the game) with a way out (export the game as a file), and the menu's
// save line: the last save's outcome, export, load a save file, download what was set aside.
import { h, clear, fill } from './dom';
import { t } from '../i18n';
import type { Lang } from '../i18n/strings';

export interface StorageUiDeps {
  lang(): Lang;
  /** 'ok' | 'absent' | 'blocked' | 'full' (persist/guarded). */
  health(): string;
  /** The last write: null before any. */
  status(): { readonly ok: boolean; readonly at: Date; readonly auto: boolean } | null;
  /** The game as a save file's text, or null before a story has started. */
  exportText(): string | null;
  /** A chosen save file (the caller refuses files over 1 MB before reading). */
  loadFile(file: File): void;
  /** The set-aside data as a file's text, or null when nothing was set aside. */
  setAsideFile(): string | null;
}

/** Offers `text` as a downloaded file (a blob of this page: nothing leaves the browser). */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export class StorageUi {
  readonly notice: HTMLElement;
  private shown = new Set<string>();

  constructor(root: HTMLElement, private readonly deps: StorageUiDeps) {
    this.notice = h('div', { class: 'notice', role: 'status', hidden: true });
    // Under the menu and the toasts (painted before them), above the game.
    root.insertBefore(this.notice, root.querySelector('.menu'));
  }

  /** Shows a notice of `kind` unless one of that kind was shown already on this page. */
  noticeOnce(kind: string, text: string, withExport = false): void {
    if (this.shown.has(kind)) return;
    this.shown.add(kind);
    const s = t(this.deps.lang());
    clear(this.notice);
    this.notice.dataset['kind'] = kind;
    this.notice.append(
      h('p', {}, text),
      h('button', { type: 'button', class: 'notice-dismiss', onclick: () => (this.notice.hidden = true) }, s.dismiss),
    );
    if (withExport) this.notice.insertBefore(h('button', { type: 'button', class: 'notice-export', onclick: () => this.exportGame() }, s.exportSave), this.notice.lastChild);
    this.notice.hidden = false;
  }

  exportGame(): void {
    const text = this.deps.exportText();
    if (text) download('alices-logbook-save.json', text);
  }

  /** The menu's save line and buttons. */
  menuItems(inGame: boolean, closeMenu: () => void = () => undefined): HTMLElement[] {
    const s = t(this.deps.lang());
    const st = this.deps.status();
    const time = (d: Date) => d.toLocaleTimeString(this.deps.lang() === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    const health = this.deps.health();
    const line = health === 'absent' || health === 'blocked' ? s.saveOff : st ? fill(st.ok ? s.autosaveOk : s.autosaveFailed, { time: time(st.at) }) : null;
    const input = h('input', { type: 'file', accept: '.json,application/json', hidden: true, class: 'save-file-input' });
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      input.value = '';
      if (f) {
        closeMenu();
        this.deps.loadFile(f);
      }
    });
    const aside = this.deps.setAsideFile();
    const items: (HTMLElement | null)[] = [
      line ? h('p', { class: 'save-status', role: 'status', 'data-ok': String(health !== 'absent' && health !== 'blocked' && (st?.ok ?? true)) }, line) : null,
      inGame ? h('button', { type: 'button', class: 'save-export', onclick: () => this.exportGame() }, s.exportSave) : null,
      h('button', { type: 'button', class: 'save-import', onclick: () => input.click() }, s.loadSaveFile),
      input,
      aside ? h('button', { type: 'button', class: 'set-aside-download', onclick: () => download('alices-logbook-set-aside.json', aside) }, s.downloadSetAside) : null,
    ];
    return items.filter((x): x is HTMLElement => x !== null);
  }
}
