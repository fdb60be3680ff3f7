// Composition root: wires the story session, the simulation service, the scenery, the DOM, the
// sound and the storage together. It decides nothing itself: every piece talks through the
// session's events or the callbacks given here.
// First: the story's chunk is on its way while the rest of the start-up code loads and runs.
import { STORY_URLS, takeEarlyStory } from './story-early';
import './ui/styles.css';
import { Session, type Position } from './narrative/session';
import { STORY_VERSION } from './narrative/version';
import { pathGuide } from './narrative/guide';
import { createSimClient } from './service/client';
import { formatters, t } from './i18n';
import type { Lang } from './i18n/strings';
import { fill, h } from './ui/dom';
import { whenIdle } from './ui/idle';
import { Overlay } from './ui/overlay';
import { ResultsController } from './ui/results';
import { resultCodeBlock } from './ui/result-code';
import { FacilitatorController } from './ui/workshop/facilitator';
import { workshopPanel } from './ui/workshop';
import { classPanel } from './ui/class';
import type { RoomUi } from './ui/room';
import type { RoomFeed } from './ui/class/aggregate';
import { MAP_LABEL, mapPanel } from './ui/map';
import { readSettingsFast } from './persist/settings-fast';
import { guardStorage } from './persist/guarded';
import { listQuarantine, quarantineFile } from './persist/quarantine';
import { StorageUi } from './ui/storage';
import { saveText } from './persist/save-snapshot';
import { LazyStorage } from './persist/lazy-storage';
import { encodePath } from './persist/path-code';
import type { Settings } from './persist/schema';
import { lazyGame } from './game/lazy';
import { lazyAudioDirector } from './audio/lazy';
import { unlockOnFirstGesture } from './audio/gesture';
import { ALICE_PATH, DECISIONS, decisionsFromHistory, type Decisions } from './sim/decisions';
import { defaultSettings, readLaunch, startUp } from './launch';

// Storage that throws (site data blocked), is full or absent: the game plays on, in memory if need be (persist/guarded).
const storage = guardStorage(() => window.localStorage);
const setAsideBefore = listQuarantine(storage).length;
const launch = readLaunch(location.search, (window as { __aliceHook?: unknown }).__aliceHook === true);
// The checked storage (persist/checked.ts: saves, the logbook, settings writes, with their zod
// schemas) is not on the first choice's path: it loads once the first screen is painted, or at the
// first need. The settings are read by hand (persist/settings-fast.ts, the same result); a damaged
// value is set aside by the checked storage as soon as it has loaded, before any settings write.
const defaults = defaultSettings(navigator.language, window.matchMedia('(prefers-reduced-motion: reduce)').matches);
const stored = readSettingsFast(storage, defaults);
let settings = stored.settings;
if (launch.lang) settings = { ...settings, lang: launch.lang };

// A browser keeps a failed module import for the page's life: after a failure, each try asks a fresh URL.
let storyTries = 0;
const importStory = (lang: Lang): Promise<{ default: string }> => {
  const url = storyTries === 0 ? STORY_URLS[lang] : `${STORY_URLS[lang]}?try=${storyTries}`;
  return (storyTries === 0 ? takeEarlyStory(lang) ?? import(/* @vite-ignore */ url) : import(/* @vite-ignore */ url)).catch((e: unknown) => {
    storyTries++;
    throw e;
  });
};

// A worker that cannot start or dies: the model runs on this thread, in slices (service/client.ts).
const sim = createSimClient({ onFallback: (why) => console.warn(`${why}; the simulation runs on the page's thread`) });
/** A story chunk that fails to load is fetched once more; then the start fails, all or nothing, with a message. */
async function loadStory(lang: Lang): Promise<string> {
  try {
    return (await importStory(lang).catch(() => importStory(lang))).default;
  } catch {
    throw new Error(t(settings.lang).storyFailed);
  }
}
const session = new Session({
  loadStory,
  externals: formatters,
  // A facilitator may hold the numbers back until the room has guessed (gate resolves at once otherwise).
  sim: { run: (req) => Promise.all([sim.run(req), facilitator.gate()]).then(([r]) => r) },
});
// Saves and the logbook need the schemas: they load after the first screen or at the first need (persist/lazy-storage.ts).
const stores = new LazyStorage({
  game: session,
  store: storage,
  storyVersion: STORY_VERSION,
  settingsSetAside: stored.setAside,
  defaults,
  onReady: (saves) => {
    saves.onStatus((st) => {
      if (!st.ok) storageNotices();
      if (!st.ok && storage.health === 'ok') storageUi.noticeOnce('save-failed', t(settings.lang).storageFull, true);
    });
    storageNotices();
  },
});

const root = document.getElementById('ui')!;
const results = new ResultsController(root, sim, () => ({ lang: settings.lang, seed: session.seed, history: session.history, pathCode: resultCode(), results: session.results }));

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
// The live room's results (facilitator's page): the Class panel fills itself from them.
let roomFeed: RoomFeed | null = null;
const classes = classPanel(root, sim, () => ({ lang: settings.lang, storyVersion: STORY_VERSION, assumptions: () => workshop.current()?.currentAssumptions ?? null, room: () => roomFeed }));
// `?class=CODE,CODE,...`: the Class panel opens with those codes.
if (new URLSearchParams(location.search).has('class')) void classes.get().then((p) => p.openWith(location.search));
const map = mapPanel(root, () => ({ lang: settings.lang, logbook: stores.logbook }), (g) =>
  void startAllOrNothing({ lang: settings.lang, seed: g.seed, history: g.history, lines: Number.MAX_SAFE_INTEGER }, t(settings.lang).actionFailed));
const storageUi = new StorageUi(root, {
  lang: () => settings.lang,
  health: () => storage.health,
  status: () => stores.saves?.status ?? null, // null before any write: none before the checked storage
  exportText: () => saveText(session, STORY_VERSION), // as Saves.exportText, before the schemas have loaded
  loadFile: (file) => void loadSaveFile(file),
  setAsideFile: () => {
    const list = listQuarantine(storage);
    return list.length ? quarantineFile(list) : null;
  },
});
const tools = {
  buttons: (where: 'title' | 'menu', before?: () => void): HTMLElement[] => [
    h('button', { type: 'button', class: 'map-open', 'aria-haspopup': 'dialog', onclick: () => { before?.(); openMap(); } }, MAP_LABEL[settings.lang]),
    ...facilitator.buttons(where, before),
  ],
  choiceNote: (id: string) => facilitator.choiceNote(id),
};

const warnOnce = new Set<string>();
const reported = new Set<string>();
/** Missing art or sound (after one retry): one console line each, and one calm line on screen per kind. */
const warn = (m: string) => {
  if (warnOnce.has(m)) return;
  warnOnce.add(m);
  console.warn(m);
  const kind = /sound|music|audio/i.test(m) ? 'sound' : /image|scenery|phaser|canvas/i.test(m) ? 'art' : null;
  if (!kind || reported.has(kind)) return;
  reported.add(kind);
  const s = t(settings.lang);
  // Later than the warning itself: the audio director may warn while the page is being wired.
  queueMicrotask(() => overlay.message(fill(s.assetMissing, { what: kind === 'sound' ? s.sound.toLowerCase() : settings.lang === 'fr' ? 'images' : 'pictures' }), 'info'));
};

// Howler loads once the story is on screen (startUp's idle callback: launch.ts), or at the first gesture.
const audio = lazyAudioDirector({ onWarning: warn, initial: settings.audio });
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
      void session.choose(id).then(() => stores.withSaves((saves) => saves.autosave())).catch(() => undefined);
    },
    setLang: (lang) => {
      // On the title screen nothing can fail; in a game the switch is a replay, and the language changes when it succeeds.
      if (session.phase === 'idle' || overlayOnTitle()) return updateSettings({ ...settings, lang });
      facilitator.release();
      session.setLanguage(lang).catch((e: unknown) => overlay.message(fill(t(settings.lang).actionFailed, { reason: reason(e) }), 'error'));
    },
    save: () => void stores.withSaves((saves) => saves.save()).then(
      (ok) => overlay.message(ok ? t(settings.lang).saved : t(settings.lang).saveFailed, 'info'),
      () => overlay.message(t(settings.lang).saveFailed, 'info'),
    ),
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
    endExtras: () => resultCodeBlock({ lang: settings.lang, code: resultCode(), link: shareLink() }, (m) => overlay.message(m)),
    settingsChanged: (s) => updateSettings(s),
    results,
    tools,
    storage: storageUi,
  },
  // The view is asked for at every render: whether a save exists (a storage read, and a check of the
  // whole save) only when a screen shows it (the title's Continue).
  () => ({ lang: settings.lang, settings, get hasSave() { return stores.hasSave; }, historyText: session.historyText }),
);

// The language of the interface follows the game's once a start has succeeded (all or nothing:
// a refused save, link or switch leaves the language as it was). First, so the views draw in it.
session.on((e) => {
  if (e.type === 'reset' && e.lang !== settings.lang) updateSettings({ ...settings, lang: e.lang });
});
// The views of the story, in this order: the text, the results, the scenery, the sound, then the tools and the logbook.
session.on((e) => {
  overlay.handle(e);
  results.handle(e);
  director.handle(e);
  audio.handle(e);
});
// A room link (?room=CODE, the facilitator's with #room-key=): the live room's UI, loaded only then.
let room: RoomUi | null = null;
// The room's protocol (its schemas) loads only for a room link: it costs the first choice nothing.
if (new URLSearchParams(location.search).has('room')) void import('./room/links').then(({ readRoomLink }) => {
  const roomLink = readRoomLink(location.href);
  if (!roomLink.room) return;
  const link = { room: roomLink.room, key: roomLink.key, host: roomLink.host };
  void import('./ui/room').then((m) => {
    room = m.startRoom(link, {
      root, sim, lang: () => settings.lang, game: () => ({ seed: session.seed, history: session.history }), resultCode,
      message: (text, kind) => overlay.message(text, kind),
      roomResults: (feed) => {
        roomFeed = feed;
        classes.current()?.roomChanged();
      },
      openClass: () => void classes.get().then((p) => p.open({ followRoom: true })),
      resumeGame: () => void stores.withSaves((saves) => { if (saves.hasSave && session.phase === 'idle') continueGame(); }).catch(() => undefined),
    });
  });
});
session.on((e) => {
  room?.handle(e);
  if (e.type === 'sim-start') facilitator.simStarting();
  if (e.type === 'sim' && !e.replay) facilitator.simDone();
  stores.handle(e);
});

/** The game on screen as a result code (path link v2: the story version and a check). */
function resultCode(): string {
  return encodePath({ seed: session.seed, history: session.history }, STORY_VERSION);
}
function shareLink(): string {
  return `${location.origin}${location.pathname}?path=${resultCode()}&lang=${settings.lang}`;
}

function updateSettings(s: Settings): void {
  const motionChanged = s.reducedMotion !== settings.reducedMotion;
  settings = s;
  // Written in order: every write waits for the same load.
  void stores.load().then((m) => m.writeSettings(storage, s), () => undefined);
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

function newGame(): Promise<boolean> {
  return startAllOrNothing({ lang: settings.lang, seed: newSeed(), history: [], lines: 0 }, t(settings.lang).actionFailed);
}

function continueGame(): void {
  void stores.withSaves((saves) => saves.load()).then(
    (res) => {
      const s = t(settings.lang);
      if (!res) return overlay.message(s.noSave);
      if (!res.ok) return overlay.message(fill(s.loadFailed, { reason: res.error }), 'error');
      void startAllOrNothing(res.value, s.loadFailed);
    },
    (e: unknown) => overlay.message(fill(t(settings.lang).loadFailed, { reason: reason(e) }), 'error'),
  );
}

function openMap(): void {
  void stores.load().then(
    () => map.open(),
    (e: unknown) => overlay.message(fill(t(settings.lang).actionFailed, { reason: reason(e) }), 'error'),
  );
}

const reason = (e: unknown): string => (e instanceof Error && e.message ? e.message : String(e));
const overlayOnTitle = (): boolean => root.dataset['mode'] === 'title';

/**
 * Starts a game at `pos`, all or nothing: the session keeps the game in progress until the new
 * one has replayed (the language follows on success); on failure the page stays as it was
 * (same screen, picture, game) and `template` ({reason}) says what failed.
 */
async function startAllOrNothing(pos: Position, template: string): Promise<boolean> {
  try {
    await begin(pos);
    return true;
  } catch (e) {
    overlay.message(fill(template, { reason: reason(e) }), 'error');
    return false;
  }
}

// What storage could not give back, or cannot keep: one calm notice each, once.
function storageNotices(): void {
  const s = t(settings.lang);
  if (storage.health === 'blocked' || storage.health === 'absent') storageUi.noticeOnce('storage-off', s.storageOff, true);
  else if (storage.health === 'full') storageUi.noticeOnce('storage-full', s.storageFull, true);
  if (stored.setAside || stores.logbook.setAside || listQuarantine(storage).length > setAsideBefore) storageUi.noticeOnce('set-aside', s.setAside);
}
storage.onHealth(() => storageNotices());
// A damaged settings value is set aside at once (its notice is shown below, from `stored`).
if (stored.setAside) void stores.load().catch(() => undefined);

async function loadSaveFile(file: File): Promise<void> {
  const s = t(settings.lang);
  const res = await stores.readFile(file).catch((e: unknown) => ({ ok: false as const, error: reason(e) }));
  if (!res.ok) return overlay.message(fill(s.loadFailed, { reason: res.error }), 'error');
  const { lang, seed, history, lines } = res.value;
  await startAllOrNothing({ lang, seed, history, lines }, s.loadFailed);
}

startUp(launch, { session, director, overlay, lang: settings.lang, storyVersion: STORY_VERSION });
storageNotices();
// What the first screen does not need waits until it is on screen: a link's story (its first line,
// choices or ending; at most 5 s) or the title. Then, once that frame is painted: the checked
// storage and the tab's icon; when the page is idle: the sound (or at the first gesture), and the
// service worker with its update notice (src/ui/update-notice.ts; it waits for idle time again
// before precaching). Nothing before the first choice waits for the service worker.
const firstScreen = new Promise<void>((resolve) => {
  if (!launch.path) return resolve();
  const off = session.on((e) => {
    if (e.type === 'line' || e.type === 'choices' || e.type === 'end' || e.type === 'error') done();
  });
  const timer = setTimeout(() => done(), 5000);
  function done(): void {
    off();
    clearTimeout(timer);
    resolve();
  }
});
void firstScreen.then(() => requestAnimationFrame(() => setTimeout(() => {
  // The checked storage first (saves, the logbook): the player's first action needs it.
  void stores.load().catch(() => undefined);
  // The tab's icon: an SVG the browser decodes on this thread, so not before the first screen (index.html).
  document.getElementById('favicon')?.setAttribute('href', new URL('favicon.svg', document.baseURI).href);
  whenIdle(() => void audio.load(), 2000, 0);
  whenIdle(() => void import('./ui/update-notice').then((m) => m.watchForUpdates(root)), 2000, 0);
}, 0)));
if (launch.hook) void import('./hook').then((m) => m.installHook({ session, director, newGame: () => newGame().then(() => undefined) }));
