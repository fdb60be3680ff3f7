// Start-up: what the page was opened with, and how the game starts from it. A shared path link
// (?path=) replays its choices, and the scenery loads once the story is painted; otherwise the
// title screen, its backdrop at once and the story parsed when the page is idle, so that "New
// game" starts at once. ?lang= overrides the stored language; ?renderer= forces one (benchmarks).
import { t } from './i18n';
import { browserLang, isLang, type Lang } from './i18n/strings';
import type { Position } from './narrative/session';
import { decodePath } from './persist/path-code';
import type { Settings } from './persist/schema';
import { fill } from './ui/dom';
import { whenIdle } from './ui/idle';

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
    lang: isLang(lang) ? lang : null,
    path: params.get('path') || null,
    renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
    hook,
  };
}

/** A first visit's settings: the browser's language and motion preference. */
export function defaultSettings(browserTag: string, reducedMotion: boolean): Settings {
  return {
    lang: browserLang(browserTag),
    textScale: 1,
    highContrast: false,
    reducedMotion,
    audio: { master: 0.8, music: 0.6, effects: 0.9, muted: false },
  };
}

/** Why a link cannot open, in the player's words (a link from another story version is said so). */
export function linkReason(lang: Lang, res: { readonly error: string; readonly kind?: string }): string {
  const s = t(lang);
  return res.kind === 'other-version' ? s.linkOtherVersion : res.kind === 'tampered' ? s.linkTampered : res.kind === 'malformed' ? s.linkMalformed : res.error;
}

export interface StartDeps {
  readonly session: { readonly phase: string; start(pos: Position): Promise<void>; prepare(lang: Lang): Promise<void> };
  readonly director: { boot(): Promise<void>; showTitle(): void };
  readonly overlay: { showTitle(): void; message(text: string, kind?: 'info' | 'error'): void };
  readonly lang: Lang;
  /** The story now played (STORY_VERSION): a v2 link made for another is refused. */
  readonly storyVersion?: string;
}

/**
 * A link from another story version, a tampered or a truncated one, or one whose path does not
 * fit the story, opens the title screen fully drawn (its backdrop, the story prepared) with a
 * message; the session is left as it was (all or nothing).
 */
export function startUp(launch: Launch, { session, director, overlay, lang, storyVersion }: StartDeps): void {
  const code = launch.path;
  const s = t(lang);
  const res = code ? decodePath(code, storyVersion) : null;
  if (res?.ok) {
    // A link opens straight into its story: the title is drawn only if the story takes a while to
    // come (drawing it first would delay the first choice by the title's own rendering).
    let settled = false;
    setTimeout(() => {
      if (!settled) overlay.showTitle();
    }, TITLE_AFTER_MS);
    // No gesture yet: no audio unlock here (an AudioContext costs a long task); the first gesture unlocks it.
    session
      .start({ lang, seed: res.value.seed, history: res.value.history, lines: Number.MAX_SAFE_INTEGER })
      .then(() => void (settled = true), (e: unknown) => {
        settled = true;
        throw e;
      })
      .catch((e: unknown) => {
        overlay.message(fill(s.linkRefused, { reason: e instanceof Error && e.message ? e.message : String(e) }), 'error');
        director.showTitle();
        overlay.showTitle();
      })
      .finally(() => bootWhenIdle(director));
    return;
  }
  overlay.showTitle();
  if (res && !res.ok) overlay.message(fill(s.linkRefused, { reason: linkReason(lang, res) }), 'error');
  // The title backdrop, started at once (the menu above it is usable meanwhile); the story is parsed when the page is idle.
  void director.boot().then(() =>
    whenIdle(() => {
      if (session.phase === 'idle') void session.prepare(lang).catch(() => undefined);
    }, 3000),
  );
}

/** A link's story not on screen after this long: the title screen meanwhile. */
const TITLE_AFTER_MS = 400;

/** Starts the scenery once the story on screen is painted and the page is idle. */
function bootWhenIdle(director: { boot(): Promise<void> }): void {
  requestAnimationFrame(() => whenIdle(() => void director.boot(), 1000));
}
