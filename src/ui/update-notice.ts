// Offline play and updates (vite-plugin-pwa, Workbox: vite.config.ts). The service worker precaches
// the whole game; a new version waits (registerType 'prompt') and this notice says so. The page
// reloads only when the player presses the button: nothing is swapped under a game in progress, and
// saves (localStorage) survive the update. The notice follows the page's language (<html lang>).
import type { Lang } from '../i18n/strings';
import { h } from './dom';
import { idle } from './idle';

export const UPDATE_STRINGS: Readonly<Record<Lang, { ready: string; reload: string; later: string }>> = {
  en: { ready: 'A new version of the game is ready. Your saved game is kept.', reload: 'Reload', later: 'Later' },
  fr: { ready: 'Une nouvelle version du jeu est prête. Votre partie sauvegardée est conservée.', reload: 'Recharger', later: 'Plus tard' },
};

const pageLang = (): Lang => (document.documentElement.lang.startsWith('fr') ? 'fr' : 'en');

/** The notice: a status region with a reload button and a dismiss button. */
export class UpdateNotice {
  readonly el: HTMLElement;
  private readonly text = h('p', { class: 'update-text' });
  private readonly reloadBtn: HTMLButtonElement;
  private readonly laterBtn: HTMLButtonElement;
  private readonly watcher: MutationObserver;

  constructor(root: HTMLElement, reload: () => void, private readonly lang: () => Lang = pageLang) {
    this.reloadBtn = h('button', { type: 'button', class: 'update-reload', onclick: () => reload() });
    this.laterBtn = h('button', { type: 'button', class: 'update-later', onclick: () => this.hide() });
    this.el = h('div', { class: 'update-notice', role: 'status', 'aria-live': 'polite', hidden: true }, this.text, this.reloadBtn, this.laterBtn);
    root.append(this.el);
    this.render();
    this.watcher = new MutationObserver(() => this.render());
    this.watcher.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  get shown(): boolean {
    return !this.el.hidden;
  }

  show(): void {
    this.render();
    this.el.hidden = false;
  }

  hide(): void {
    this.el.hidden = true;
  }

  private render(): void {
    const s = UPDATE_STRINGS[this.lang()];
    this.text.textContent = s.ready;
    this.reloadBtn.textContent = s.reload;
    this.laterBtn.textContent = s.later;
  }
}

/**
 * Registers the service worker (built pages only: the dev server has none) and shows the notice when
 * a new version is waiting. Loaded with import() after start-up: it costs the first choice nothing.
 */
export async function watchForUpdates(root: HTMLElement): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  // The first visit's precache (~5 MB) waits until the page is idle: it never competes with the
  // story and the scenery for the network and the main thread at start-up.
  await idle(5000, 2000);
  const { registerSW } = await import('virtual:pwa-register');
  let notice: UpdateNotice | null = null;
  const update = registerSW({
    immediate: true, // the page has loaded and is idle by now (above)
    onNeedRefresh: () => (notice ??= new UpdateNotice(root, () => void update(true))).show(),
    // A workshop may run for hours in one tab: look for a new version every hour.
    onRegisteredSW: (_url, reg) => {
      if (reg) setInterval(() => void reg.update().catch(() => undefined), 60 * 60 * 1000);
    },
    onRegisterError: (e: unknown) => console.warn('offline play unavailable:', e),
  });
}
