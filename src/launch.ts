// Start-up: what the page was opened with, and how the game starts from it. A shared path link
// (?path=) replays its choices, and the scenery loads once the story is painted; otherwise the
// title screen, its backdrop at once and the story parsed when the page is idle, so that "New
// game" starts at once. ?lang= overrides the stored language; ?renderer= forces one (benchmarks).
import { t } from './i18n';
import type { Lang } from './i18n/strings';
import type { Position } from './narrative/session';
import { decodePath } from './persist/path-code';
import type { Settings } from './persist/schema';
import { fill } from './ui/dom';

export interface Launch {
  readonly lang: Lang | null;
  readonly path: string | null;
  readonly renderer: 'auto' | 'canvas' | 'webgl';
  /** The browser tests or the benchmark asked for the test hook (hook.ts). */
  readonly hook: boolean;
}

/** `hook`: an init script of the tests or the benchmark set `window.__aliceHook`. */
export function readLaunch(search: string, hook: boolean): Launch {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const renderer = params.get('renderer');
  return {
    lang: lang === 'en' || lang === 'fr' ? lang : null,
    path: params.get('path') || null,
    renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
    hook,
  };
}

/** A first visit's settings: the browser's language and motion preference. */
export function defaultSettings(browserLang: string, reducedMotion: boolean): Settings {
  return {
    lang: browserLang.toLowerCase().startsWith('fr') ? 'fr' : 'en',
    textScale: 1,
    highContrast: false,
    reducedMotion,
    audio: { master: 0.8, music: 0.6, effects: 0.9, muted: false },
  };
}

export interface StartDeps {
  readonly session: { readonly phase: string; start(pos: Position): Promise<void>; prepare(lang: Lang): Promise<void> };
  readonly director: { boot(): Promise<void>; showTitle(): void };
  readonly overlay: { showTitle(): void; message(text: string, kind?: 'info' | 'error'): void };
  readonly lang: Lang;
}

export function startUp(launch: Launch, { session, director, overlay, lang }: StartDeps): void {
  overlay.showTitle();
  const code = launch.path;
  if (code) {
    const res = decodePath(code);
    const s = t(lang);
    if (!res.ok) overlay.message(fill(s.badLink, { reason: res.error }), 'error');
    else {
      // No gesture yet: no audio unlock here (an AudioContext costs a long task); the first gesture unlocks it.
      session
        .start({ lang, seed: res.value.seed, history: res.value.history, lines: Number.MAX_SAFE_INTEGER })
        .catch((e: unknown) => {
          overlay.message(fill(s.badLink, { reason: (e as Error).message }), 'error');
          director.showTitle();
          overlay.showTitle();
        })
        .finally(() => bootWhenIdle(director));
    }
    return;
  }
  // The title backdrop, started at once (the menu above it is usable meanwhile); the story is parsed when the page is idle.
  void director.boot().then(() =>
    whenIdle(() => {
      if (session.phase === 'idle') void session.prepare(lang).catch(() => undefined);
    }, 3000),
  );
}

/** Starts the scenery once the story on screen is painted and the page is idle. */
function bootWhenIdle(director: { boot(): Promise<void> }): void {
  requestAnimationFrame(() => whenIdle(() => void director.boot(), 1000));
}

function whenIdle(f: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => f(), { timeout });
  else setTimeout(f, 50);
}
