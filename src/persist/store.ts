// Saves and settings in localStorage: validated on read; a failed write never replaces a good save.
import { describeIssue, SaveSchema, SettingsSchema, type SaveData, type Settings } from './schema';

const SAVE_KEY = 'alice.save.v1';
const SETTINGS_KEY = 'alice.settings.v1';

export type LoadResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function readSave(store: KeyValueStore): LoadResult<SaveData> | null {
  const raw = safeGet(store, SAVE_KEY);
  if (raw === null) return null;
  return parseSave(raw);
}

export function parseSave(raw: string): LoadResult<SaveData> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'the file is not valid JSON' };
  }
  const res = SaveSchema.safeParse(json);
  return res.success ? { ok: true, value: res.data } : { ok: false, error: describeIssue(res.error) };
}

/** Writes the save, then reads it back; on any failure the previous save is restored. */
export function writeSave(store: KeyValueStore, data: SaveData): boolean {
  const previous = safeGet(store, SAVE_KEY);
  const text = JSON.stringify(SaveSchema.parse(data));
  try {
    store.setItem(SAVE_KEY, text);
    if (store.getItem(SAVE_KEY) !== text) throw new Error('read-back mismatch');
    return true;
  } catch {
    try {
      if (previous !== null) store.setItem(SAVE_KEY, previous);
    } catch {
      /* storage is unusable: the old value was never replaced */
    }
    return false;
  }
}

export function readSettings(store: KeyValueStore, defaults: Settings): Settings {
  const raw = safeGet(store, SETTINGS_KEY);
  if (raw === null) return defaults;
  try {
    const res = SettingsSchema.safeParse(JSON.parse(raw));
    return res.success ? res.data : defaults;
  } catch {
    return defaults;
  }
}

export function writeSettings(store: KeyValueStore, s: Settings): void {
  try {
    store.setItem(SETTINGS_KEY, JSON.stringify(SettingsSchema.parse(s)));
  } catch {
    /* settings are a convenience: a full or blocked storage must not stop the game */
  }
}

function safeGet(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}
