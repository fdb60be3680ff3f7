// Composition root: the only file that wires the story, the model, the scenes, the DOM and the
// sound together. Everything else talks through the session's events.
import './ui/styles.css';
import { Session, type Position } from './narrative/session';
import type { Lang } from './i18n/strings';
import { createSimClient } from './service/client';
import { STORY_VERSION } from './narrative/version';
import { parseTag } from './narrative/tags';
import { formatters, t } from './i18n';
import { fill } from './ui/dom';
import { Overlay } from './ui/overlay';
import { ResultsController } from './ui/results';
import { readSave, readSettings, writeSave, writeSettings } from './persist/store';
import { decodePath, encodePath } from './persist/path-code';
import type { Settings } from './persist/schema';
import { lazyGame } from './game/lazy';
import { createAudioDirector, unlockOnFirstGesture } from './audio';
import { h } from './ui/dom';
import { FacilitatorController } from './ui/workshop/facilitator';
import { workshopPanel } from './ui/workshop';
import { MAP_LABEL, mapPanel } from './ui/map';
import { EMPTY_LOGBOOK, readLogbook, record, writeLogbook, type LoggedGame } from './persist/logbook';
import { pathGuide } from './narrative/guide';
import { ALICE_PATH, DECISIONS, decisionsFromHistory, isDecisionId, type Decisions } from './sim/decisions';

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

const simPort = createSimClient();
const session = new Session({
  loadStory: async (lang) => (await stories[lang]()).default,
  externals: formatters,
  // A facilitator may hold the numbers back until the room has guessed (gate resolves at once otherwise).
  sim: { run: (req) => Promise.all([simPort.run(req), facilitator.gate()]).then(([r]) => r) },
});

const root = document.getElementById('ui')!;
const results = new ResultsController(root, simPort, () => ({ lang: settings.lang, seed: session.seed, history: session.history, results: session.results }));
const stageEl = document.getElementById('stage')!;

// The reader's logbook and the facilitator's tools.
let logbook = readLogbook(storage);
function logRecord(add: { taken?: string; game?: LoggedGame }): void {
  const next = record(logbook.ok ? logbook.value : EMPTY_LOGBOOK, add);
  if (writeLogbook(storage, next)) logbook = { ok: true, value: next };
}
const facilitator = new FacilitatorController(root, () => settings.lang, {
  openWorkshop: () => void workshop.open(),
  startAt: (key) => {
    if (key === null) return void begin({ lang: settings.lang, seed: newSeed(), history: [], lines: 0 });
    facilitator.release();
    audio.unlock();
    void session.startGuided({ lang: settings.lang, seed: newSeed() }, pathGuide(ALICE_PATH, key));
  },
  changed: () => overlay.refresh(true),
});
const currentPath = (): Decisions | null => {
  const d = decisionsFromHistory(session.history);
  return DECISIONS.every((x) => d[x.key]) ? (d as Decisions) : null;
};
const workshop = workshopPanel(root, simPort, () => ({ lang: settings.lang, current: currentPath() }));
const map = mapPanel(root, () => ({ lang: settings.lang, logbook }), (g) =>
  void begin({ lang: settings.lang, seed: g.seed, history: g.history, lines: Number.MAX_SAFE_INTEGER }).catch((e: unknown) =>
    overlay.message(fill(t(settings.lang).badLink, { reason: (e as Error).message }), 'error')));
const tools = {
  buttons: (where: 'title' | 'menu', before?: () => void): HTMLElement[] => [
    h('button', { type: 'button', class: 'map-open', 'aria-haspopup': 'dialog', onclick: () => { before?.(); void map.open(); } }, MAP_LABEL[settings.lang]),
    ...facilitator.buttons(where, before),
  ],
  choiceNote: (id: string) => facilitator.choiceNote(id),
};
const warnOnce = new Set<string>();
const warn = (m: string) => {
  if (warnOnce.has(m)) return;
  warnOnce.add(m);
  console.warn(m);
};

const audio = createAudioDirector({ onWarning: warn, initial: settings.audio });
unlockOnFirstGesture(audio);

// The scenery loads after the story is on screen when a link opens straight into it (below).
const director = lazyGame(stageEl, {
  motion: !settings.reducedMotion,
  renderer: params.get('renderer') === 'canvas' ? 'canvas' : params.get('renderer') === 'webgl' ? 'webgl' : 'auto',
  warn,
});

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
      facilitator.release();
      updateSettings({ ...settings, lang });
      if (session.phase !== 'idle') void session.setLanguage(lang);
    },
    save: () => overlay.message(saveNow() ? t(settings.lang).saved : t(settings.lang).saveFailed, 'info'),
    toTitle: () => {
      facilitator.release();
      director.showTitle();
      audio.music('silence');
      overlay.showTitle();
    },
    rewind: (i) => {
      facilitator.release();
      void session.rewindTo(i);
    },
    shareLink: () => `${location.origin}${location.pathname}?path=${encodePath({ seed: session.seed, history: session.history })}&lang=${settings.lang}`,
    settingsChanged: (s) => updateSettings(s),
    results,
    tools,
  },
  () => ({ lang: settings.lang, settings, hasSave: readSave(storage) !== null, historyText: session.historyText }),
);

session.on((e) => {
  overlay.handle(e);
  results.handle(e);
  director.handle(e);
  if (e.type === 'tag' && !e.replay) {
    if (e.tag.kind === 'sfx') audio.sfx(e.tag.sfx);
    if (e.tag.kind === 'music') audio.music(e.tag.music);
  } else if (e.type === 'tag' && e.tag.kind === 'music') {
    audio.music(e.tag.music);
  }
  if (e.type === 'line') audio.duck(true);
  if (e.type === 'choices' || e.type === 'end') audio.duck(false);
});

session.on((e) => {
  if (e.type === 'sim-start') facilitator.simStarting();
  if (e.type === 'sim' && !e.replay) facilitator.simDone();
  if (e.type === 'choices' || e.type === 'end') {
    for (const id of session.history) if (isDecisionId(id) && !(logbook.ok && logbook.value.taken.includes(id))) logRecord({ taken: id });
  }
  if (e.type === 'end' && e.ending) {
    logRecord({ game: { ending: e.ending, seed: session.seed, lang: session.lang, history: [...session.history], at: new Date().toISOString() } });
  }
});

function updateSettings(s: Settings): void {
  const motionChanged = s.reducedMotion !== settings.reducedMotion;
  settings = s;
  writeSettings(storage, s);
  audio.setSettings(s.audio);
  if (motionChanged) director.setMotion(!s.reducedMotion);
  overlay.refresh();
  workshop.refresh();
  map.refresh();
}

function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

async function begin(pos: Position): Promise<void> {
  facilitator.release();
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
    // No gesture yet: no audio.unlock() here (an AudioContext costs a long task); the first gesture unlocks it.
    session
      .start({ lang: settings.lang, seed: res.value.seed, history: res.value.history, lines: Number.MAX_SAFE_INTEGER })
      .catch((e: unknown) => {
        overlay.message(fill(s.badLink, { reason: (e as Error).message }), 'error');
        director.showTitle();
        overlay.showTitle();
      })
      .finally(bootWhenIdle);
  }
}
// Otherwise the title backdrop: started at once, the menu above it is usable meanwhile; the story
// is parsed when the page is idle, so that "New game" starts at once.
if (!code) {
  void director.boot().then(() =>
    whenIdle(() => {
      if (session.phase === 'idle') void session.prepare(settings.lang).catch(() => undefined);
    }, 3000),
  );
}

/** Starts the scenery once the story on screen is painted and the page is idle. */
function bootWhenIdle(): void {
  requestAnimationFrame(() => whenIdle(() => void director.boot(), 1000));
}

function whenIdle(f: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => f(), { timeout });
  else setTimeout(f, 50);
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
    return director.renderer;
  },
  ready: director.ready,
  /** Resolves when the scenery shows everything it was told to and has no art left to draw. */
  settled: () => director.settled(),
  /** Stages tags directly on the scenery (the scene-by-scene screenshot test); unknown tags throw. */
  present(tags: string[]): void {
    for (const raw of tags) {
      const r = parseTag(raw);
      if (!r.ok) throw new Error(r.error);
      director.handle({ type: 'tag', tag: r.tag, replay: false });
    }
  },
  /**
   * Plays a whole new game, first option at each choice (benchmarks: heap, long tasks). Steps run
   * in tasks of at most ~8 ms plus one step, as a very fast player's clicks would: a long task
   * then means one step was long, not that hundreds of steps were chained in one task.
   */
  async autoplay(): Promise<void> {
    const channel = new MessageChannel();
    const nextTask = () =>
      new Promise<void>((r) => {
        channel.port1.onmessage = () => r();
        channel.port2.postMessage(0);
      });
    await nextTask();
    await begin({ lang: settings.lang, seed: newSeed(), history: [], lines: 0 });
    let slice = performance.now();
    for (let i = 0; i < 5000 && session.phase !== 'ended'; i++) {
      if (performance.now() - slice > 8) {
        await nextTask();
        slice = performance.now();
      }
      if (session.phase === 'choices') await session.choose(session.choices[0]!.id);
      else await session.advance();
    }
    channel.port1.close();
  },
};
