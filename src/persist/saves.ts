// The saved game: the player's "Save", the autosave after each choice, and "Continue". A small
// controller over the game being played and the storage; a failed write keeps the previous save
// (store.ts). Where the player is told that storage failed, it is told from here.
import { MAX_FILE_BYTES, parseSave, readSave, writeSave, type KeyValueStore, type LoadResult } from './store';
import type { SaveData } from './schema';
import { saveSnapshot, saveText, type SavableGame, type SavedPosition } from './save-snapshot';

export type { SavableGame, SavedPosition } from './save-snapshot';

/** The last write's outcome (the menu shows it): when, and whether the storage took it. */
export interface SaveStatus {
  readonly ok: boolean;
  readonly at: Date;
  readonly auto: boolean;
}

export class Saves {
  private _status: SaveStatus | null = null;
  private listeners = new Set<(s: SaveStatus) => void>();

  /** `storyVersion`: the story's STORY_VERSION, written into each save. */
  constructor(private readonly game: SavableGame, private readonly store: KeyValueStore, private readonly storyVersion: string) {}

  /** Writes the game where it stands; false if there is no game or the storage refused (the previous save is kept). */
  save(auto = false): boolean {
    const data = this.snapshot();
    if (!data) return false;
    const ok = writeSave(this.store, data);
    this._status = { ok, at: new Date(), auto };
    for (const l of this.listeners) l(this._status);
    return ok;
  }

  /** After each choice: saves unless the story has ended (the save then stays at the last choice). */
  autosave(): void {
    if (this.game.phase !== 'ended') this.save(true);
  }

  /** The last write's outcome, or null before any. */
  get status(): SaveStatus | null {
    return this._status;
  }

  /** Called after every write (the storage notice, the menu). */
  onStatus(l: (s: SaveStatus) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /** The game where it stands as a save file's text (null before a story has started): the way out when storage fails. */
  exportText(): string | null {
    return saveText(this.game, this.storyVersion);
  }

  /** A save file chosen by the player: refused before reading when over 1 MB, then validated. */
  static async readFile(file: { readonly size: number; text(): Promise<string> }): Promise<LoadResult<SaveData>> {
    if (!(file.size <= MAX_FILE_BYTES)) return { ok: false, error: 'the file is larger than 1 MB' };
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { ok: false, error: 'the file cannot be read' };
    }
    return parseSave(text);
  }

  private snapshot(): SaveData | null {
    return saveSnapshot(this.game, this.storyVersion);
  }

  /** The saved position, the reason it cannot be loaded, or null when nothing is saved. */
  load(): LoadResult<SavedPosition> | null {
    const res = readSave(this.store);
    if (!res || !res.ok) return res;
    const { lang, seed, history, lines } = res.value;
    return { ok: true, value: { lang, seed, history, lines } };
  }

  get hasSave(): boolean {
    return readSave(this.store) !== null;
  }
}
