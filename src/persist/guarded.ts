// The browser's storage as the game meets it: present, blocked (site data off: reading it throws
// SecurityError), full (QuotaExceededError on write) or absent. The game always gets a store that
// reads without throwing; when the real one is blocked or absent it gets one in memory (the game
// plays, nothing outlives the page) and says so through `health`.
import type { KeyValueStore } from './store';

export type StorageHealth = 'ok' | 'absent' | 'blocked' | 'full';

interface WebStorage {
  readonly length: number;
  key(i: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface GuardedStore extends KeyValueStore {
  readonly health: StorageHealth;
  /** Called whenever the health changes. */
  onHealth(l: (h: StorageHealth) => void): () => void;
  removeItem(key: string): void;
  keys(): string[];
}

function memory(): WebStorage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
  };
}

const isQuota = (e: unknown): boolean =>
  e instanceof Error && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(e.message));

/** `open` returns the real storage (window.localStorage); it may throw or return nothing. */
export function guardStorage(open: () => WebStorage | null | undefined): GuardedStore {
  let health: StorageHealth = 'ok';
  let store: WebStorage;
  try {
    const s = open();
    if (!s) throw new Error('absent');
    s.getItem('alice.probe'); // a blocked storage may throw only on use
    store = s;
  } catch (e) {
    health = e instanceof Error && e.message === 'absent' ? 'absent' : 'blocked';
    store = memory();
  }
  const listeners = new Set<(h: StorageHealth) => void>();
  const set = (h: StorageHealth) => {
    if (h === health || health === 'absent' || health === 'blocked') return;
    health = h;
    for (const l of listeners) l(h);
  };
  const degrade = (e: unknown) => {
    if (isQuota(e)) set('full');
    else {
      // Blocked after start (site data cleared and locked): carry on in memory.
      if (health !== 'absent' && health !== 'blocked') {
        health = 'blocked';
        for (const l of listeners) l(health);
      }
    }
  };
  return {
    get health() { return health; },
    onHealth(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getItem(k) {
      try {
        return store.getItem(k);
      } catch (e) {
        degrade(e);
        return null;
      }
    },
    setItem(k, v) {
      try {
        store.setItem(k, v);
        if (health === 'full') set('ok');
      } catch (e) {
        degrade(e);
        throw e;
      }
    },
    removeItem(k) {
      try {
        store.removeItem(k);
      } catch {
        /* nothing to keep */
      }
    },
    keys() {
      try {
        const out: string[] = [];
        for (let i = 0; i < store.length; i++) {
          const k = store.key(i);
          if (k !== null) out.push(k);
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}
