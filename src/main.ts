// Composition root: wires the story session, the simulation service, the scenery, the DOM, the
// sound and the storage together. It decides nothing itself: every piece talks through the
// session's events or the callbacks given here.
import './ui/styles.css';
import { Session, type Position } from './narrative/session';
import { STORY_VERSION } from './narrative/version';
import { pathGuide } from './narrative/guide';
import { createSimClient } from './service/client';
import { formatters, t } from './i18n';
import type { Lang } from './i18n/strings';
import { fill, h } from './ui/dom';
import { Overlay } from './ui/overlay';
import { ResultsController } from './ui/results';
import { resultCodeBlock } from './ui/result-code';
import { FacilitatorController } from './ui/workshop/facilitator';
import { workshopPanel } from './ui/workshop';
import { classPanel } from './ui/class';
import { readRoomLink } from './room/links';
import type { RoomUi } from './ui/room';
import { MAP_LABEL, mapPanel } from './ui/map';
import { readSettings, writeSettings } from './persist/store';
import { Saves } from './persist/saves';
import { LogbookRecorder } from './persist/logbook-recorder';
import { encodePath } from './persist/path-code';
import type { Settings } from './persist/schema';
import { lazyGame } from './game/lazy';
import { createAudioDirector, unlockOnFirstGesture } from './audio';
import { ALICE_PATH, DECISIONS, decisionsFromHistory, type Decisions } from './sim/decisions';
import { defaultSettings, readLaunch, startUp } from './launch';

const storage = window.localStorage;
const launch = readLaunch(location.search, (window as { __aliceHook?: unknown }).__aliceHook === true);
let settings = readSettings(storage, defaultSettings(navigator.language, window.matchMedia('(prefers-reduced-motion: reduce)').matches));
if (launch.lang) settings = { ...settings, lang: launch.lang };

const stories: Record<Lang, () => Promise<{ default: string }>> = {
  en: () => import('../story/en/main.ink'),
  fr: () => import('../story/fr/main.ink'),
};

const sim = createSimClient();
const session = new Session({
  loadStory: async (lang) => (await stories[lang]()).default,
  externals: formatters,
  // A facilitator may hold the numbers back until the room has guessed (gate resolves at once otherwise).
  sim: { run: (req) => Promise.all([sim.run(req), facilitator.gate()]).then(([r]) => r) },
});
const saves = new Saves(session, storage, STORY_VERSION);
const logbook = new LogbookRecorder(session, storage);

const root = document.getElementById('ui')!;
const results = new ResultsController(root, sim, () => ({ lang: settings.lang, seed: session.seed, history: session.history, results: session.results }));

// The facilitator's tools and the reader's logbook.
const facilitator = new FacilitatorController(root, () => settings.lang, {
  openWorkshop: () => void workshop.open(),
  openClass: () => void classes.open(),
  startAt: (key) => {
    if (key === null) return void newGame();
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
const workshop = workshopPanel(root, sim, () => ({ lang: settings.lang, current: currentPath() }));
const classes = classPanel(root, sim, () => ({ lang: settings.lang, assumptions: () => workshop.current()?.currentAssumptions ?? null }));
// `?class=CODE,CODE,...`: the Class panel opens with those codes.
if (new URLSearchParams(location.search).has('class')) void classes.get().then((p) => p.openWith(location.search));
const map = mapPanel(root, () => ({ lang: settings.lang, logbook: logbook.logbook }), (g) =>
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

// The scenery loads after the story is on screen when a link opens straight into it (launch.ts).
const director = lazyGame(document.getElementById('stage')!, { motion: !settings.reducedMotion, renderer: launch.renderer, warn });

const overlay = new Overlay(
  root,
  {
    newGame: () => void newGame(),
    continueGame,
    advance: () => void session.advance(),
    choose: (id) => {
      audio.unlock();
      void session.choose(id).then(() => saves.autosave());
    },
    setLang: (lang) => {
      facilitator.release();
      updateSettings({ ...settings, lang });
      if (session.phase !== 'idle') void session.setLanguage(lang);
    },
    save: () => overlay.message(saves.save() ? t(settings.lang).saved : t(settings.lang).saveFailed, 'info'),
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
    shareLink,
    endExtras: () => resultCodeBlock({ lang: settings.lang, code: encodePath({ seed: session.seed, history: session.history }), link: shareLink() }, (m) => overlay.message(m)),
    settingsChanged: (s) => updateSettings(s),
    results,
    tools,
  },
  () => ({ lang: settings.lang, settings, hasSave: saves.hasSave, historyText: session.historyText }),
);

// The views of the story, in this order: the text, the results, the scenery, the sound, then the tools and the logbook.
session.on((e) => {
  overlay.handle(e);
  results.handle(e);
  director.handle(e);
  audio.handle(e);
});
// A room link (?room=CODE, the facilitator's with #room-key=): the live room's UI, loaded only then.
let room: RoomUi | null = null;
const roomLink = readRoomLink(location.href);
if (roomLink.room) {
  const link = { room: roomLink.room, key: roomLink.key };
  void import('./ui/room').then((m) => {
    room = m.startRoom(link, {
      root, sim, lang: () => settings.lang, game: () => ({ seed: session.seed, history: session.history }),
      message: (text, kind) => overlay.message(text, kind),
      openClass: (codes, label) => void classes.get().then((p) => { p.open(); void p.load(codes, label); }),
      updateClass: (codes, label) => { const p = classes.current(); if (p?.isOpen) void p.load(codes, label); },
      resumeGame: () => { if (saves.hasSave && session.phase === 'idle') continueGame(); },
    });
  });
}
session.on((e) => {
  room?.handle(e);
  if (e.type === 'sim-start') facilitator.simStarting();
  if (e.type === 'sim' && !e.replay) facilitator.simDone();
  logbook.handle(e);
});

function shareLink(): string {
  return `${location.origin}${location.pathname}?path=${encodePath({ seed: session.seed, history: session.history })}&lang=${settings.lang}`;
}

function updateSettings(s: Settings): void {
  const motionChanged = s.reducedMotion !== settings.reducedMotion;
  settings = s;
  writeSettings(storage, s);
  audio.setSettings(s.audio);
  if (motionChanged) director.setMotion(!s.reducedMotion);
  overlay.refresh();
  workshop.refresh();
  classes.refresh();
  room?.refresh();
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

function newGame(): Promise<void> {
  return begin({ lang: settings.lang, seed: newSeed(), history: [], lines: 0 });
}

function continueGame(): void {
  const res = saves.load();
  const s = t(settings.lang);
  if (!res) return overlay.message(s.noSave);
  if (!res.ok) return overlay.message(fill(s.loadFailed, { reason: res.error }), 'error');
  const pos = res.value;
  if (pos.lang !== settings.lang) updateSettings({ ...settings, lang: pos.lang });
  begin(pos).catch((e: unknown) => {
    overlay.message(fill(s.loadFailed, { reason: (e as Error).message }), 'error');
    overlay.showTitle();
  });
}

startUp(launch, { session, director, overlay, lang: settings.lang });
if (launch.hook) void import('./hook').then((m) => m.installHook({ session, director, newGame }));
