// A save's data from the game where it stands, without the schema library (saves.ts validates it
// before writing): the storage notice's "export" works before the schemas have loaded (main.ts).
import type { SaveData } from './schema';

/** Where the game stands, as a save records it (a session's position). */
export interface SavedPosition {
  readonly lang: SaveData['lang'];
  readonly seed: number;
  readonly history: readonly string[];
  /** Lines shown since the last choice. */
  readonly lines: number;
}

/** What a save needs of the game being played. */
export interface SavableGame {
  readonly phase: string;
  readonly position: SavedPosition;
  /** The story engine's state; null before a story has started. */
  inkState(): string | null;
}

/** The game as a save file's text (the storage notice's export), or null before a story has started. */
export function saveText(game: SavableGame, storyVersion: string): string | null {
  const data = saveSnapshot(game, storyVersion);
  return data ? JSON.stringify(data) : null;
}

/** The game as save data (`storyVersion`: the story's STORY_VERSION), or null before a story has started. */
export function saveSnapshot(game: SavableGame, storyVersion: string): SaveData | null {
  const ink = game.inkState();
  if (!ink) return null;
  return {
    schema: 1,
    storyVersion,
    savedAt: new Date().toISOString(),
    ...game.position,
    history: [...game.position.history],
    inkState: ink,
  };
}
