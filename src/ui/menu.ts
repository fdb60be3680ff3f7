// The menu dialog: in a game, resume, save, language, the path link, the results' and the
// tools' buttons, back to title, the settings and the choices made so far (each one a road back);
// on the title screen, the settings alone.
import { h, clear } from './dom';
import { t } from '../i18n';
import type { Lang } from '../i18n/strings';
import type { Settings } from '../persist/schema';
import type { UiActions, UiView } from './actions';
import { applySettings, settingsFieldset } from './settings';

export interface MenuHost {
  /** Whether a game is on screen (the title screen's menu holds the settings only). */
  inGame(): boolean;
  /** Puts the keyboard focus back where the player was when the menu closes. */
  restoreFocus(): void;
  message(text: string): void;
}

export class Menu {
  readonly el: HTMLElement;
  private lang: Lang | null = null;

  constructor(private readonly root: HTMLElement, private readonly actions: UiActions, private readonly view: () => UiView, private readonly host: MenuHost) {
    this.el = h('div', { class: 'menu', role: 'dialog', 'aria-modal': 'true', hidden: true, 'aria-labelledby': 'menu-title' });
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  open(): void {
    this.render();
    this.el.hidden = false;
    this.el.querySelector<HTMLElement>('button, input')?.focus();
  }

  close(): void {
    this.el.hidden = true;
    this.host.restoreFocus();
  }

  /** Rebuilt only for a new language or when asked (`force`): rebuilding it under a slider being dragged would drop the drag. */
  refresh(force: boolean): void {
    if (this.isOpen && (force || this.lang !== this.view().lang)) this.render();
  }

  private render(): void {
    const s = t(this.view().lang);
    const v = this.view();
    this.lang = v.lang;
    const hide = () => (this.el.hidden = true);
    const set = (patch: Partial<Settings>) => {
      this.actions.settingsChanged({ ...this.view().settings, ...patch });
      applySettings(this.root, this.view().settings);
    };
    const other: Lang = v.lang === 'en' ? 'fr' : 'en';
    // A setting or a toggle re-renders the menu: keep the keyboard focus on the same control.
    const controls = () => [...this.el.querySelectorAll<HTMLElement>('button, input')];
    const focusAt = controls().indexOf(document.activeElement as HTMLElement);
    clear(this.el);
    const inGame = this.host.inGame();
    const history = v.historyText;
    this.el.append(
      h('h2', { id: 'menu-title' }, inGame ? s.menu : s.settings),
      h(
        'div',
        { class: 'menu-buttons' },
        h('button', { type: 'button', onclick: () => this.close() }, inGame ? s.resume : s.close),
        inGame ? h('button', { type: 'button', onclick: () => this.actions.save() }, s.save) : null,
        h('button', { type: 'button', lang: other, onclick: () => this.actions.setLang(other) }, `${s.language}: ${s.otherLang}`),
        inGame ? h('button', { type: 'button', onclick: () => this.copyLink() }, s.pathLink) : null,
        ...(inGame ? this.actions.results?.buttons('menu', hide) ?? [] : []),
        ...(this.actions.tools?.buttons('menu', hide) ?? []),
        inGame ? h('button', { type: 'button', onclick: () => { hide(); this.actions.toTitle(); } }, s.quitToTitle) : null,
      ),
      h('div', { class: 'menu-buttons save-buttons' }, ...(this.actions.storage?.menuItems(inGame, hide) ?? [])),
      settingsFieldset(s, () => this.view().settings, set),
      inGame && history.length
        ? h(
            'div',
            { class: 'history' },
            h('h3', {}, s.history),
            h(
              'ol',
              {},
              ...history.map((text, i) =>
                h('li', {}, h('span', {}, text), ' ', h('button', { type: 'button', class: 'rewind', 'aria-label': `${s.rewind}: ${text}`, onclick: () => { hide(); this.actions.rewind(i); } }, '↺')),
              ),
            ),
          )
        : '',
    );
    if (focusAt >= 0) controls()[focusAt]?.focus({ preventScroll: true });
  }

  private copyLink(): void {
    const url = this.actions.shareLink();
    const done = () => this.host.message(`${t(this.view().lang).copied} ${url}`);
    if (navigator.clipboard) navigator.clipboard.writeText(url).then(done, done);
    else done();
  }
}
