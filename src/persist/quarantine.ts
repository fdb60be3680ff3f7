// What could not be read back is set aside here, never overwritten: each damaged value is kept
// under its own key (named by its content, so the same value is kept once), with where it came
// from and why, until the player downloads it. The index key lists them for stores that cannot
// list their keys.
import * as z from 'zod/mini';
import type { KeyValueStore } from './store';
import { lazySchema } from './schema';

export const QUARANTINE_PREFIX = 'alice.quarantine.v1.';
const INDEX_KEY = 'alice.quarantine.index.v1';

const buildEntry = () => z.object({ from: z.string(), at: z.string(), reason: z.string(), raw: z.string() });
const entrySchema = lazySchema(buildEntry);
export type QuarantineEntry = z.infer<ReturnType<typeof buildEntry>>;

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
    const r = entrySchema().safeParse(parsed);
    out.push(r.success ? r.data : { from: k, at: '', reason: 'unreadable', raw });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** The set-aside data as one JSON file's text (for the player to download). */
export function quarantineFile(entries: readonly QuarantineEntry[]): string {
  return JSON.stringify({ kind: 'alice-set-aside', entries }, null, 2);
}
