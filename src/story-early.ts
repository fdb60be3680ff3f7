// The story's chunk, asked for before anything else of the page runs: main.ts imports this module
// first, so the browser fetches (and compiles, off the main thread) the story of the language the
// player will most likely get while the rest of the start-up code runs, instead of after it. The
// guess: ?lang=, else the stored settings' language, else the browser's (as main.ts decides). A wrong
// guess costs one unused download; main.ts then imports the right one as before.
import storyEn from '../story/en/main.ink?chunk-url';
import storyFr from '../story/fr/main.ink?chunk-url';
import { browserLang, isLang, type Lang } from './i18n/strings';
import { SETTINGS_KEY } from './persist/store-keys';

export const STORY_URLS: Readonly<Record<Lang, string>> = { en: storyEn, fr: storyFr };

const asked = new URLSearchParams(location.search).get('lang');

function storedOrBrowserLang(): Lang {
  try {
    const stored = (JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null') as { lang?: unknown } | null)?.lang;
    if (isLang(stored)) return stored;
  } catch {
    /* storage blocked or unreadable: main.ts says so; the guess falls back to the browser */
  }
  return browserLang(navigator.language);
}

const guessed: Lang = isLang(asked) ? asked : storedOrBrowserLang();
let early: Promise<{ default: string }> | null = import(/* @vite-ignore */ STORY_URLS[guessed]);
// A failed early import is main.ts's to retry (under a fresh URL); never an unhandled rejection here.
early.catch(() => undefined);
// The page's first localStorage access opens the site's storage (2-12 ms of main thread, the most in a
// fresh profile). A ?lang= link did not read it above: it is opened here, while the story and the
// start-up chunk are still on their way and the main thread waits for them, not in main.ts's first
// read, which runs just before the first choice. A read only: what it holds is main.ts's to check.
if (isLang(asked)) {
  try {
    localStorage.getItem(SETTINGS_KEY);
  } catch {
    /* storage blocked: main.ts says so */
  }
}

/** The early import of `lang`'s story, once (null if it was another language, or already taken). */
export function takeEarlyStory(lang: Lang): Promise<{ default: string }> | null {
  if (lang !== guessed || !early) return null;
  const p = early;
  early = null;
  return p;
}
