import type { KeyValueStore } from '../../../src/persist/store';

/** A localStorage stand-in; `failWrites` makes every write throw, as a full storage does. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string>; failWrites: boolean } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    failWrites: false,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      if (this.failWrites) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
  };
}
