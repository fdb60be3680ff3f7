// The storage that needs the schemas (persist/checked.ts: saves, the logbook, settings writes, with
// zod) kept off the first choice's path: loaded once, after the first screen or at the first need,
// and tried again at the next need if the load fails. Until then the logbook's events are kept,
// each with the game as it stood, and given to the recorder when it exists; whether a save exists
// is read from storage directly (a damaged save counts, as Saves.hasSave counts it).
import type { LogbookRead } from './logbook';
import type { LogbookRecorder, RecordedGame, RecorderEvent } from './logbook-recorder';
import type { SavableGame, Saves } from './saves';
import type { Settings } from './schema';
import type { KeyValueStore } from './store';
import { SAVE_KEY } from './store-keys';

export type CheckedStorage = typeof import('./checked');

export interface LazyStorageDeps {
  readonly game: SavableGame & RecordedGame;
  readonly store: KeyValueStore;
  readonly storyVersion: string;
  /** The stored settings failed the hand check (settings-fast.ts): once loaded, readSettingsChecked sets them aside with the schema's message. */
  readonly settingsSetAside: boolean;
  readonly defaults: Settings;
  /** Saves and the logbook exist (to listen to the saves, show what was set aside). */
  readonly onReady: (saves: Saves) => void;
}

const NO_LOGBOOK: LogbookRead = { ok: true, value: { schema: 1, taken: [], games: [] } };

export class LazyStorage {
  private loading: Promise<CheckedStorage> | null = null;
  private _saves: Saves | null = null;
  private recorder: LogbookRecorder | null = null;
  private readonly pending: { e: RecorderEvent; game: RecordedGame }[] = [];
  /** Something asked whether a save exists before the schemas: that read sets a damaged save aside, so it is made again once it can be. */
  private hasSaveAsked = false;

  constructor(private readonly d: LazyStorageDeps) {}

  /** The checked storage, loaded once (saves and the logbook made then). */
  load(): Promise<CheckedStorage> {
    return (this.loading ??= import('./checked').then(
      (m) => {
        this.attach(m);
        return m;
      },
      (e: unknown) => {
        this.loading = null;
        throw e;
      },
    ));
  }

  /** Runs `fn` with the saves, loading them first if need be. */
  withSaves<T>(fn: (saves: Saves) => T): Promise<T> {
    return this.load().then(() => fn(this._saves!));
  }

  /** A save file read and checked (Saves.readFile), the schemas loaded first. */
  async readFile(file: Parameters<typeof Saves.readFile>[0]): ReturnType<typeof Saves.readFile> {
    return (await this.load()).Saves.readFile(file);
  }

  get saves(): Saves | null {
    return this._saves;
  }

  /** The logbook as stored (empty until the checked storage has loaded). */
  get logbook(): LogbookRead {
    return this.recorder?.logbook ?? NO_LOGBOOK;
  }

  get hasSave(): boolean {
    if (this._saves) return this._saves.hasSave;
    this.hasSaveAsked = true;
    try {
      return this.d.store.getItem(SAVE_KEY) !== null;
    } catch {
      return false;
    }
  }

  /** A session event for the logbook: recorded now, or kept with the game as it stands until the recorder exists. */
  handle(e: RecorderEvent): void {
    if (this.recorder) this.recorder.handle(e);
    else if (e.type === 'choices' || e.type === 'end') {
      const g = this.d.game;
      this.pending.push({ e, game: { history: [...g.history], seed: g.seed, lang: g.lang } });
    }
  }

  private attach(m: CheckedStorage): void {
    const { store, game, storyVersion } = this.d;
    if (this.d.settingsSetAside) m.readSettingsChecked(store, this.d.defaults);
    this._saves = new m.Saves(game, store, storyVersion);
    if (this.hasSaveAsked) void this._saves.hasSave;
    this.recorder = new m.LogbookRecorder(game, store);
    for (const p of this.pending.splice(0)) this.recorder.handle(p.e, p.game);
    this.d.onReady(this._saves);
  }
}
