// Composition root: the only file that wires the story, the model, the scenes, the DOM and the
// sound together. Everything else talks through the session's events.
import './ui/styles.css';
import { Session, type Lang, type Position } from './narrative/session';
import { createWorkerSimPort } from './narrative/sim-port';
import { STORY_VERSION } from './narrative/version';
import { parseTag } from './narrative/tags';
import { formatters, t } from './i18n';
import { fill } from './ui/dom';
import { Overlay } from './ui/overlay';
import { ResultsController } from './ui/results';
import { readSave, readSettings, writeSave, writeSettings } from './persist/store';
import { decodePath, encodePath } from './persist/path-code';
import type { Settings } from './persist/schema';
import { startGame, type GameDirector } from './game';
import { createAudioDirector, unlockOnFirstGesture } from './audio';

const storage = window.localStorage;
const params = new URLSearchParams(location.search);
const prefersReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const browserLang: Lang = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';

const DEFAULT_SETTINGS: Settings = {
  lang: browserLang,
  textScale: 1,
  highContrast: false,
  reducedMotion: prefersReduced,
  audio: { master: 0.8, music: 0.6, effects: 0.9, muted: false },
};
let settings = readSettings(storage, DEFAULT_SETTINGS);
const urlLang = params.get('lang');
if (urlLang === 'en' || urlLang === 'fr') settings = { ...settings, lang: urlLang };

const stories: Record<Lang, () => Promise<{ default: string }>> = {
  en: () => import('../story/en/main.ink'),
  fr: () => import('../story/fr/main.ink'),
};

const simPort = createWorkerSimPort();
const session = new Session({
  loadStory: async (lang) => (await stories[lang]()).default,
  externals: formatters,
  sim: simPort,
});

const root = document.getElementById('ui')!;
const results = new ResultsController(root, simPort, () => ({ lang: settings.lang, seed: session.seed, history: session.history, results: session.results }));
const stageEl = document.getElementById('stage')!;
const warnOnce = new Set<string>();
const warn = (m: string) => {
  if (warnOnce.has(m)) return;
  warnOnce.add(m);
  console.warn(m);
};

const audio = createAudioDirector({ onWarning: warn, initial: settings.audio });
unlockOnFirstGesture(audio);

let director: GameDirector | null = null;
try {
  director = startGame(stageEl, {
    motion: !settings.reducedMotion,
    renderer: params.get('renderer') === 'canvas' ? 'canvas' : params.get('renderer') === 'webgl' ? 'webgl' : 'auto',
    warn,
  });
} catch (e) {
  console.warn('Phaser could not start', e);
}

const overlay = new Overlay(
  root,
  {
    newGame: () => void begin({ lang: settings.lang, seed: newSeed(), history: [], lines: 0 }),
    continueGame,
    advance: () => void session.advance(),
    choose: (id) => {
      audio.unlock();
      void session.choose(id).then(autosave);
    },
    setLang: (lang) => {
      updateSettings({ ...settings, lang });
      if (session.phase !== 'idle') void session.setLanguage(lang);
    },
    save: () => overlay.message(saveNow() ? t(settings.lang).saved : t(settings.lang).saveFailed, 'info'),
    toTitle: () => {
      director?.showTitle();
      audio.music('silence');
      overlay.showTitle();
    },
    rewind: (i) => void session.rewindTo(i),
    shareLink: () => `${location.origin}${location.pathname}?path=${encodePath({ seed: session.seed, history: session.history })}&lang=${settings.lang}`,
    settingsChanged: (s) => updateSettings(s),
    results,
  },
  () => ({ lang: settings.lang, settings, hasSave: readSave(storage) !== null, historyText: session.historyText }),
);

session.on((e) => {
  overlay.handle(e);
  results.handle(e);
  director?.handle(e);
  if (e.type === 'tag' && !e.replay) {
    if (e.tag.kind === 'sfx') audio.sfx(e.tag.sfx);
    if (e.tag.kind === 'music') audio.music(e.tag.music);
  } else if (e.type === 'tag' && e.tag.kind === 'music') {
    audio.music(e.tag.music);
  }
  if (e.type === 'line') audio.duck(true);
  if (e.type === 'choices' || e.type === 'end') audio.duck(false);
});

function updateSettings(s: Settings): void {
  const motionChanged = s.reducedMotion !== settings.reducedMotion;
  settings = s;
  writeSettings(storage, s);
  audio.setSettings(s.audio);
  if (motionChanged) director?.setMotion(!s.reducedMotion);
  overlay.refresh();
}

function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

async function begin(pos: Position): Promise<void> {
  audio.unlock();
  await session.start(pos);
}

function saveNow(): boolean {
  const ink = session.inkState();
  if (!ink) return false;
  return writeSave(storage, {
    schema: 1,
    storyVersion: STORY_VERSION,
    savedAt: new Date().toISOString(),
    ...session.position,
    history: [...session.history],
    inkState: ink,
  });
}

function autosave(): void {
  if (session.phase !== 'ended') saveNow();
}

function continueGame(): void {
  const res = readSave(storage);
  const s = t(settings.lang);
  if (!res) return overlay.message(s.noSave);
  if (!res.ok) return overlay.message(fill(s.loadFailed, { reason: res.error }), 'error');
  const { lang, seed, history, lines } = res.value;
  if (lang !== settings.lang) updateSettings({ ...settings, lang });
  begin({ lang, seed, history, lines }).catch((e: unknown) => {
    overlay.message(fill(s.loadFailed, { reason: (e as Error).message }), 'error');
    overlay.showTitle();
  });
}

// Start-up: a shared path link replays its choices; otherwise the title menu.
overlay.showTitle();
const code = params.get('path');
if (code) {
  const res = decodePath(code);
  const s = t(settings.lang);
  if (!res.ok) overlay.message(fill(s.badLink, { reason: res.error }), 'error');
  else {
    begin({ lang: settings.lang, seed: res.value.seed, history: res.value.history, lines: Number.MAX_SAFE_INTEGER }).catch((e: unknown) => {
      overlay.message(fill(s.badLink, { reason: (e as Error).message }), 'error');
      director?.showTitle();
      overlay.showTitle();
    });
  }
}

// A read-only window for the browser tests and the benchmark (no behaviour hangs on it).
(window as unknown as { __alice: unknown }).__alice = {
  get phase() {
    return session.phase;
  },
  get stage() {
    return session.stage;
  },
  get history() {
    return session.history;
  },
  get renderer() {
    return director?.renderer ?? 'none';
  },
  ready: director?.ready ?? Promise.resolve(),
  /** Stages tags directly on the scenery (the scene-by-scene screenshot test); unknown tags throw. */
  present(tags: string[]): void {
    for (const raw of tags) {
      const r = parseTag(raw);
      if (!r.ok) throw new Error(r.error);
      director?.handle({ type: 'tag', tag: r.tag, replay: false });
    }
  },
  /** Plays a whole new game, first option at each choice (benchmarks: heap, long tasks). */
  async autoplay(): Promise<void> {
    await begin({ lang: settings.lang, seed: newSeed(), history: [], lines: 0 });
    for (let i = 0; i < 5000 && session.phase !== 'ended'; i++) {
      if (session.phase === 'choices') await session.choose(session.choices[0]!.id);
      else await session.advance();
    }
  },
};
