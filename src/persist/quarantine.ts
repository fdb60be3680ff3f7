// What could not be read back is set aside here, never overwritten: each damaged value is kept
// under its own key (named by its content, so the same value is kept once), with where it came
// from and why, until the player downloads it. The index key lists them for stores that cannot
// list their keys.
// No schema library here: this module is on the start-up path (main.ts counts what was set aside
// before the first choice), and an entry is four strings, checked by hand below.
import type { KeyValueStore } from './store';

export const QUARANTINE_PREFIX = 'alice.quarantine.v1.';
const INDEX_KEY = 'alice.quarantine.index.v1';

export interface QuarantineEntry {
  from: string;
  at: string;
  reason: string;
  raw: string;
}

/** A stored entry as written by quarantine(): its four strings (any other key dropped), or null. */
function readEntry(v: unknown): QuarantineEntry | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const { from, at, reason, raw } = v as Record<string, unknown>;
  return typeof from === 'string' && typeof at === 'string' && typeof reason === 'string' && typeof raw === 'string' ? { from, at, reason, raw } : null;
}

/** A short, stable name for a text (FNV-1a, 32 bits, base 36). */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Sets `raw` (read from `from`) aside. False if the storage refused (the value is still where it was). */
export function quarantine(store: KeyValueStore, from: string, raw: string, reason: string, now: () => Date = () => new Date()): boolean {
  const key = `${QUARANTINE_PREFIX}${digest(from + '\n' + raw)}`;
  try {
    if (store.getItem(key) !== null) return true; // already set aside: never overwritten
    store.setItem(key, JSON.stringify({ from, at: now().toISOString(), reason: reason.slice(0, 300), raw }));
    const index = readIndex(store);
    if (!index.includes(key)) store.setItem(INDEX_KEY, JSON.stringify([...index, key]));
    return true;
  } catch {
    return false;
  }
}

function readIndex(store: KeyValueStore): string[] {
  try {
    const v = JSON.parse(store.getItem(INDEX_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string' && k.startsWith(QUARANTINE_PREFIX)) : [];
  } catch {
    return [];
  }
}

/** Everything set aside, oldest first (entries that cannot be read are given as their raw text). */
export function listQuarantine(store: KeyValueStore): QuarantineEntry[] {
  let keys = readIndex(store);
  try {
    const all = store.keys?.();
    if (all) keys = [...new Set([...keys, ...all.filter((k) => k.startsWith(QUARANTINE_PREFIX))])];
  } catch {
    /* keep the index */
  }
  const out: QuarantineEntry[] = [];
  for (const k of keys) {
    let raw: string | null = null;
    try {
      raw = store.getItem(k);
    } catch {
      continue;
    }
    if (raw === null) continue;
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(raw);
    } catch {
      /* below */
    }
    out.push(readEntry(parsed) ?? { from: k, at: '', reason: 'unreadable', raw });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** The set-aside data as one JSON file's text (for the player to download). */
export function quarantineFile(entries: readonly QuarantineEntry[]): string {
  return JSON.stringify({ kind: 'alice-set-aside', entries }, null, 2);
}
