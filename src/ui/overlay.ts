// The DOM overlay above the canvas: the dialogue and its choices, the title and end screens, the
// episode cards and messages; the menu (menu.ts) opens above it. Real buttons and an aria-live
// region, so keyboards, screen readers and tests can use it.
import { h, clear, fill } from './dom';
import { t } from '../i18n';
import type { Lang, Strings } from '../i18n/strings';
import { CHARACTER_NAMES, type EndingId } from '../narrative/registry';
import type { SessionEvent } from '../narrative/session';
import type { StoryChoice, StoryLine } from '../narrative/runtime';
import type { UiActions, UiView } from './actions';
import { Menu } from './menu';
import { applySettings } from './settings';

type Mode = 'title' | 'play' | 'end';

export class Overlay {
  private readonly root: HTMLElement;
  private readonly dialogue: HTMLElement;
  private readonly speaker: HTMLElement;
  private readonly text: HTMLElement;
  private readonly nextBtn: HTMLButtonElement;
  private readonly choiceList: HTMLElement;
  private readonly titleScreen: HTMLElement;
  private readonly menu: Menu;
  private readonly toast: HTMLElement;
  private readonly card: HTMLElement;
  private readonly endScreen: HTMLElement;
  private readonly busy: HTMLElement;
  private mode: Mode = 'title';
  private choices: readonly StoryChoice[] = [];
  private lastLine: StoryLine | null = null;
  private toastTimer = 0;
  /** Counts what the player has been shown: lets tests and tools wait for the next step. */
  private step = 0;
  private cardTimer = 0;
  /** Keys down now, and those already down when the choices on screen were shown (issue 13: a decision needs a fresh press). */
  private held = new Set<string>();
  private heldAtShow = new Set<string>();
  private pendingFocus: HTMLElement | null = null;

  constructor(root: HTMLElement, private readonly actions: UiActions, private readonly view: () => UiView) {
    this.root = root;
    this.speaker = h('div', { class: 'speaker', id: 'speaker' });
    this.text = h('p', { class: 'line', id: 'line' });
    this.nextBtn = h('button', { class: 'next', type: 'button', onclick: () => this.actions.advance() });
    // Focused (not its first button) when choices appear: screen readers land on the group, and a stray Enter takes nothing.
    this.choiceList = h('div', { class: 'choices', role: 'group', id: 'choices', tabindex: -1 });
    this.dialogue = h(
      'section',
      { class: 'dialogue', 'aria-label': 'dialogue', hidden: true },
      h('div', { 'aria-live': 'polite', 'aria-atomic': 'true', class: 'live' }, this.speaker, this.text),
      this.choiceList,
      this.nextBtn,
      actions.results?.dialogueButton,
    );
    this.titleScreen = h('section', { class: 'title-screen', 'aria-labelledby': 'game-title' });
    this.menu = new Menu(root, actions, view, {
      inGame: () => this.mode !== 'title',
      restoreFocus: () => (this.mode === 'play' ? (this.nextBtn.hidden ? this.choiceList : this.nextBtn) : this.titleScreen.querySelector('button'))?.focus(),
      message: (text) => this.message(text),
    });
    this.toast = h('div', { class: 'toast', role: 'status', 'aria-live': 'assertive', hidden: true });
    this.card = h('div', { class: 'episode-card', hidden: true, 'aria-hidden': 'true' });
    this.endScreen = h('section', { class: 'end-screen', hidden: true, 'aria-labelledby': 'end-title' });
    this.busy = h('div', { class: 'busy', hidden: true, role: 'status' });
    const menuBtn = h('button', { class: 'menu-button', type: 'button', 'aria-haspopup': 'dialog', onclick: () => this.menu.open() });
    menuBtn.dataset['i18n'] = 'menu';
    root.append(this.card, this.dialogue, this.endScreen, this.titleScreen, menuBtn, this.busy, this.menu.el, this.toast);
    document.addEventListener('keydown', (e) => this.onKey(e));
    // Before any button sees it: a repeat, or a key held since before the choices were shown, takes no choice.
    document.addEventListener('keydown', (e) => this.guardKey(e), { capture: true });
    document.addEventListener('keyup', (e) => {
      this.held.delete(e.key);
      this.heldAtShow.delete(e.key);
    }, { capture: true });
    window.addEventListener('blur', () => this.held.clear());
    applySettings(root, view().settings);
    this.renderStatic();
  }

  private get s(): Strings {
    return t(this.view().lang);
  }

  // ---- session events ------------------------------------------------------------------------
  handle(e: SessionEvent): void {
    switch (e.type) {
      case 'reset':
        this.choices = [];
        this.lastLine = null;
        clear(this.choiceList);
        this.text.textContent = '';
        this.speaker.textContent = '';
        this.endScreen.hidden = true;
        this.renderStatic();
        break;
      case 'tag':
        if (e.tag.kind === 'episode' && !e.replay) this.showCard(e.tag.episode);
        break;
      case 'sim-start':
        this.busy.textContent = this.s.simulating;
        this.busy.hidden = false;
        break;
      case 'sim':
        this.busy.hidden = true;
        break;
      case 'line':
        this.setMode('play');
        this.showLine(e.line);
        this.bump();
        break;
      case 'choices':
        this.showChoices(e.choices);
        this.bump();
        break;
      case 'end':
        this.showEnd(e.ending);
        this.bump();
        break;
      case 'error':
        this.busy.hidden = true;
        this.message(fill(this.s.errorBody, { message: e.message }), 'error');
        break;
    }
  }

  private bump(): void {
    this.root.dataset['step'] = String(++this.step);
  }

  showTitle(): void {
    this.setMode('title');
    this.renderTitle();
  }

  message(text: string, kind: 'info' | 'error' = 'info'): void {
    this.toast.textContent = text;
    this.toast.dataset['kind'] = kind;
    this.toast.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    this.toast.hidden = false;
    window.clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => (this.toast.hidden = true), kind === 'error' ? 9000 : 3500);
  }

  /** Re-renders what depends on language, settings or tools. The open menu is rebuilt only for a new language or when
   * asked (`menu`): rebuilding it under a slider being dragged would drop the drag. */
  refresh(menu = false): void {
    applySettings(this.root, this.view().settings);
    this.renderStatic();
    if (this.mode === 'title') this.renderTitle(!this.menu.isOpen);
    this.menu.refresh(menu);
    this.actions.results?.refresh();
  }

  // ---- rendering -------------------------------------------------------------------------------
  private setMode(mode: Mode): void {
    this.mode = mode;
    this.root.dataset['mode'] = mode;
    this.titleScreen.hidden = mode !== 'title';
    this.dialogue.hidden = mode !== 'play';
    if (mode !== 'end') this.endScreen.hidden = true;
  }

  private renderStatic(): void {
    const s = this.s;
    document.documentElement.lang = this.view().lang;
    document.title = s.title;
    this.nextBtn.textContent = `${s.next} ▸`;
    this.nextBtn.setAttribute('aria-label', s.nextHint);
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const key = el.dataset['i18n'] as keyof Strings;
      const v = s[key];
      if (typeof v === 'string') el.textContent = v;
    }
    // Language, contrast or a tool changed: redraw what is on screen without moving the story on
    // (the choices stay choices; their notes follow the tools).
    if (this.lastLine) this.setLineText(this.lastLine);
    if (this.choices.length) this.showChoices(this.choices, false);
  }

  private renderTitle(focus = true): void {
    const s = this.s;
    const v = this.view();
    clear(this.titleScreen);
    const other: Lang = v.lang === 'en' ? 'fr' : 'en';
    this.titleScreen.append(
      h('h1', { id: 'game-title' }, s.title),
      h('p', { class: 'subtitle' }, s.subtitle),
      h(
        'div',
        { class: 'title-buttons' },
        h('button', { type: 'button', class: 'primary', onclick: () => this.actions.newGame() }, s.start),
        v.hasSave ? h('button', { type: 'button', onclick: () => this.actions.continueGame() }, s.continue) : null,
        h('button', { type: 'button', lang: other, onclick: () => this.actions.setLang(other) }, s.otherLang),
        h('button', { type: 'button', onclick: () => this.menu.open() }, s.settings),
      ),
      h('div', { class: 'title-buttons tool-buttons' }, ...(this.actions.tools?.buttons('title') ?? [])),
    );
    if (focus) this.titleScreen.querySelector<HTMLButtonElement>('button.primary')?.focus();
  }

  private setLineText(line: StoryLine): void {
    this.speaker.textContent = line.speaker ? CHARACTER_NAMES[line.speaker][this.view().lang] : this.s.narrator;
    this.dialogue.dataset['speaker'] = line.speaker ?? 'alice-diary';
    this.text.textContent = line.text;
  }

  private showLine(line: StoryLine): void {
    this.lastLine = line;
    this.setLineText(line);
    // Restart the CSS animation: a new animation-name restarts it, where re-adding the class would
    // need a forced layout in between (20-30 ms on a slow machine, every line).
    const again = this.text.classList.contains('appear') && !this.text.classList.contains('appear-b');
    this.text.classList.add('appear');
    this.text.classList.toggle('appear-b', again);
    clear(this.choiceList);
    this.choices = [];
    this.nextBtn.hidden = false;
    this.focusSoon(this.nextBtn);
  }

  /**
   * Focuses `el` once the session's events of this step are handled: a line followed at once by
   * its choices (a replay, a line before a decision) then focuses only the choices. Each focus()
   * lays the page out on the spot; the line's would be wasted (the first choice waits for it).
   */
  private focusSoon(el: HTMLElement): void {
    const first = this.pendingFocus === null;
    this.pendingFocus = el;
    if (first) queueMicrotask(() => {
      const target = this.pendingFocus;
      this.pendingFocus = null;
      target?.focus({ preventScroll: true });
    });
  }

  private showChoices(choices: readonly StoryChoice[], focus = true): void {
    this.choices = choices;
    this.nextBtn.hidden = true;
    clear(this.choiceList);
    choices.forEach((c, i) => {
      const note = this.actions.tools?.choiceNote?.(c.id) ?? null;
      const b = h(
        'button',
        { type: 'button', class: note ? 'choice noted' : 'choice', 'data-choice-id': c.id, onclick: () => this.pick(c.id) },
        h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)),
        h('span', { class: 'label' }, c.text),
        note ? h('span', { class: 'choice-note' }, ` (${note})`) : null,
      );
      this.choiceList.append(b);
    });
    this.choiceList.setAttribute('aria-label', this.s.chooseHint);
    if (focus) {
      this.heldAtShow = new Set(this.held);
      this.focusSoon(this.choiceList);
    }
  }

  private pick(id: string): void {
    clear(this.choiceList);
    this.choices = [];
    this.actions.choose(id);
  }

  private showEnd(ending: EndingId | null): void {
    const s = this.s;
    this.nextBtn.hidden = true;
    clear(this.endScreen);
    this.endScreen.append(
      h('h2', { id: 'end-title', tabindex: -1 }, ending ? s.ending[ending] : s.theEnd),
      h(
        'div',
        { class: 'title-buttons' },
        ...(this.actions.results?.buttons('end') ?? []),
        h('button', { type: 'button', class: 'primary', onclick: () => this.actions.newGame() }, s.playAgain),
        h('button', { type: 'button', onclick: () => this.actions.toTitle() }, s.quitToTitle),
      ),
      this.actions.endExtras?.() ?? '',
    );
    this.endScreen.dataset['ending'] = ending ?? '';
    this.endScreen.hidden = false;
    this.mode = 'end';
    this.root.dataset['mode'] = 'end';
    this.pendingFocus = null;
    // The ending's title takes the focus (a screen reader reads it; Tab reaches the buttons), not a button
    // that an Enter held from the last decision could press.
    this.endScreen.querySelector<HTMLElement>('#end-title')?.focus();
  }

  private showCard(episode: number): void {
    const s = this.s;
    clear(this.card);
    this.card.append(h('span', { class: 'n' }, fill(s.episode, { n: episode })), h('span', { class: 't' }, s.episodeTitles[episode] ?? ''));
    this.card.hidden = false;
    window.clearTimeout(this.cardTimer);
    this.cardTimer = window.setTimeout(() => (this.card.hidden = true), 2600);
  }

  // ---- keyboard --------------------------------------------------------------------------------
  /** A press that did not start after the choices were shown (a repeat, or held from before) is swallowed at a decision. */
  private stale(e: KeyboardEvent): boolean {
    return e.repeat || this.heldAtShow.has(e.key);
  }

  private guardKey(e: KeyboardEvent): void {
    const wasHeld = this.held.has(e.key);
    this.held.add(e.key);
    if (!this.choices.length || this.mode !== 'play' || this.menu.isOpen) return;
    const onChoice = e.target instanceof HTMLElement && this.choiceList.contains(e.target);
    if ((onChoice || /^[1-9]$/.test(e.key)) && (this.stale(e) || wasHeld)) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      if (this.menu.isOpen) this.menu.close();
      else this.menu.open();
      return;
    }
    if (this.menu.isOpen || this.mode !== 'play' || storyHeld()) return;
    if (/^[1-9]$/.test(e.key) && this.choices.length) {
      const c = this.choices[Number(e.key) - 1];
      if (c) {
        e.preventDefault();
        this.pick(c.id);
      }
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && !this.nextBtn.hidden) {
      // A focused button (the Continue button included) handles its own Enter/Space.
      if (document.activeElement instanceof HTMLButtonElement || document.activeElement instanceof HTMLInputElement) return;
      e.preventDefault();
      this.actions.advance();
    }
  }
}

/**
 * A layer over the story that holds it (the live room's vote at a decision: ui/room) marks itself
 * `data-holds-story`; while one is shown, no key takes a story choice or moves the story on.
 */
function storyHeld(): boolean {
  return document.querySelector('[data-holds-story]:not([hidden])') !== null;
}
