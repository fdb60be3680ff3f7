// Saves and settings in localStorage: each stored thing validated on read, piece by piece where it
// has pieces; what does not pass is set aside (quarantine.ts), never overwritten, and the good
// parts stay. Writes are atomic (atomicWrite): a failure halfway keeps the old value.
import { describeIssue, saveSchema, settingsSchema, type SaveData, type Settings } from './schema';
import { quarantine } from './quarantine';

import { SAVE_KEY, SETTINGS_KEY } from './store-keys';
export { SAVE_KEY, SETTINGS_KEY };
/** Files (saves) larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 1_000_000;

export type LoadResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** localStorage's shape (what the game uses of it); removeItem and keys are optional for stand-ins. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
  /** Every key held (to list what was set aside). */
  keys?(): string[];
}

/** Reads a key; a storage that throws reads as empty. */
export function safeGet(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Writes `text` under `key` all or nothing: the new value goes under a temporary key first and is
 * read back; only then does it replace the old one, which is read back too (restored on a
 * mismatch). A storage that throws or is full at any step leaves the old value in place.
 */
export function atomicWrite(store: KeyValueStore, key: string, text: string): boolean {
  const tmp = `${key}.tmp`;
  const previous = safeGet(store, key);
  try {
    store.setItem(tmp, text);
    if (store.getItem(tmp) !== text) throw new Error('read-back mismatch');
  } catch {
    safeRemove(store, tmp);
    return false;
  }
  try {
    store.setItem(key, text);
    if (store.getItem(key) !== text) throw new Error('read-back mismatch');
  } catch {
    try {
      if (previous !== null && safeGet(store, key) !== previous) store.setItem(key, previous);
    } catch {
      /* storage is unusable: the old value was never replaced */
    }
    safeRemove(store, tmp);
    return false;
  }
  safeRemove(store, tmp);
  return true;
}

function safeRemove(store: KeyValueStore, key: string): void {
  try {
    store.removeItem?.(key);
  } catch {
    /* a leftover temporary key is harmless */
  }
}

export function parseJson(raw: string): LoadResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, error: 'the file is not valid JSON' };
  }
}

export function readSave(store: KeyValueStore): LoadResult<SaveData> | null {
  const raw = safeGet(store, SAVE_KEY);
  if (raw === null) return null;
  const res = parseSave(raw);
  if (!res.ok) quarantine(store, SAVE_KEY, raw, res.error);
  return res;
}

/** A save's text (stored or from a file): its data, or why it is refused. Never throws. */
export function parseSave(raw: unknown): LoadResult<SaveData> {
  if (typeof raw !== 'string') return { ok: false, error: 'the save is not text' };
  if (raw.length > MAX_FILE_BYTES * 2) return { ok: false, error: 'the save is too large' };
  const json = parseJson(raw);
  if (!json.ok) return json;
  const res = saveSchema().safeParse(json.value);
  return res.success ? { ok: true, value: res.data } : { ok: false, error: describeIssue(res.error) };
}

/** Writes the save atomically; on any failure the previous save stays. */
export function writeSave(store: KeyValueStore, data: SaveData): boolean {
  const res = saveSchema().safeParse(data);
  if (!res.success) return false;
  return atomicWrite(store, SAVE_KEY, JSON.stringify(res.data));
}

/** The settings, each field checked on its own: a bad field takes its default, the good ones stay; a damaged value is set aside. */
export function readSettingsChecked(store: KeyValueStore, defaults: Settings): { settings: Settings; setAside: boolean } {
  const raw = safeGet(store, SETTINGS_KEY);
  if (raw === null) return { settings: defaults, setAside: false };
  const json = parseJson(raw);
  const whole = json.ok ? settingsSchema().safeParse(json.value) : null;
  if (whole?.success) return { settings: whole.data, setAside: false };
  const obj = json.ok && isRecord(json.value) ? json.value : {};
  const shape = settingsSchema().def.shape;
  const field = <K extends keyof Settings>(k: K): Settings[K] => pick(shape[k], obj[k], defaults[k]);
  const audioRaw = isRecord(obj['audio']) ? obj['audio'] : {};
  const audioField = <K extends keyof Settings['audio']>(k: K): Settings['audio'][K] => pick(shape.audio.def.shape[k], audioRaw[k], defaults.audio[k]);
  const settings: Settings = {
    lang: field('lang'),
    textScale: field('textScale'),
    highContrast: field('highContrast'),
    reducedMotion: field('reducedMotion'),
    audio: { master: audioField('master'), music: audioField('music'), effects: audioField('effects'), muted: audioField('muted') },
  };
  quarantine(store, SETTINGS_KEY, raw, json.ok ? describeIssue(whole!.error!) : json.error);
  return { settings, setAside: true };
}

export function readSettings(store: KeyValueStore, defaults: Settings): Settings {
  return readSettingsChecked(store, defaults).settings;
}

export function writeSettings(store: KeyValueStore, s: Settings): boolean {
  const res = settingsSchema().safeParse(s);
  return res.success && atomicWrite(store, SETTINGS_KEY, JSON.stringify(res.data));
}

/** One field checked on its own: its value if it passes, else the default. */
function pick<T>(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, v: unknown, fallback: T): T {
  const r = schema.safeParse(v);
  return r.success ? (r.data as T) : fallback;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
