// The saved game: the player's "Save", the autosave after each choice, and "Continue". A small
// controller over the game being played and the storage; a failed write keeps the previous save
// (store.ts). Where the player is told that storage failed, it is told from here.
import { readSave, writeSave, type KeyValueStore, type LoadResult } from './store';
import type { SaveData } from './schema';

/** Where the game stands, as a save records it (a session's position). */
export interface SavedPosition {
  readonly lang: SaveData['lang'];
  readonly seed: number;
  readonly history: readonly string[];
  /** Lines shown since the last choice. */
  readonly lines: number;
}

/** What the controller needs of the game being played. */
export interface SavableGame {
  readonly phase: string;
  readonly position: SavedPosition;
  /** The story engine's state; null before a story has started. */
  inkState(): string | null;
}

export class Saves {
  /** `storyVersion`: the story's STORY_VERSION, written into each save. */
  constructor(private readonly game: SavableGame, private readonly store: KeyValueStore, private readonly storyVersion: string) {}

  /** Writes the game where it stands; false if there is no game or the storage refused (the previous save is kept). */
  save(): boolean {
    const ink = this.game.inkState();
    if (!ink) return false;
    return writeSave(this.store, {
      schema: 1,
      storyVersion: this.storyVersion,
      savedAt: new Date().toISOString(),
      ...this.game.position,
      history: [...this.game.position.history],
      inkState: ink,
    });
  }

  /** After each choice: saves unless the story has ended (the save then stays at the last choice). */
  autosave(): void {
    if (this.game.phase !== 'ended') this.save();
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
