import type { KeyValueStore } from '../../../src/persist/store';

/** A localStorage stand-in; `failWrites` makes every write throw, as a full storage does; `failAfter` lets that many writes through first. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string>; failWrites: boolean; failAfter: number; keys(): string[]; removeItem(k: string): void } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    failWrites: false,
    failAfter: Infinity,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      if (this.failWrites || this.failAfter-- <= 0) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    keys: () => [...data.keys()],
  };
}
