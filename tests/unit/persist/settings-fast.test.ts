// The start-up's hand check of the stored settings (persist/settings-fast.ts) against the schema's
// reading (store.ts readSettingsChecked): the same settings and the same verdict for any stored
// text; only the setting aside (and its message) is left to the schema.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSettingsFast, settingsFast } from '../../../src/persist/settings-fast';
import { readSettingsChecked, SETTINGS_KEY } from '../../../src/persist/store';
import { listQuarantine } from '../../../src/persist/quarantine';
import type { Settings } from '../../../src/persist/schema';
import { memoryStore } from './memory';

const defaults: Settings = { lang: 'fr', textScale: 1.2, highContrast: true, reducedMotion: false, audio: { master: 0.5, music: 0.4, effects: 0.3, muted: true } };
const good: Settings = { lang: 'en', textScale: 1.4, highContrast: false, reducedMotion: true, audio: { master: 1, music: 0, effects: 0.25, muted: false } };

// Values near and across each field's bounds, of every JSON type.
const EDGES: unknown[] = ['en', 'fr', 'de', '', 'EN', 0, 1, -0, 0.8, 1.8, 0.79, 1.81, 0.5, 2, -1, 1.01, -0.01, Infinity, true, false, null, [], {}, [1], { a: 1 }];
const anyValue = fc.oneof(
  fc.constantFrom(...EDGES),
  fc.double({ min: -3, max: 3, noNaN: true }),
  fc.string({ maxLength: 3 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const audioArb = fc.oneof(
  fc.record({ master: maybe(anyValue), music: maybe(anyValue), effects: maybe(anyValue), muted: maybe(anyValue), extra: maybe(anyValue) }),
  anyValue,
);
const settingsArb = fc.oneof(
  fc.record({ lang: maybe(anyValue), textScale: maybe(anyValue), highContrast: maybe(anyValue), reducedMotion: maybe(anyValue), audio: maybe(audioArb), extra: maybe(anyValue) }),
  anyValue,
);
// Valid settings, to be sure the property also covers the values that pass.
const validArb = fc.record({
  lang: fc.constantFrom('en' as const, 'fr' as const),
  textScale: fc.double({ min: 0.8, max: 1.8, noNaN: true }),
  highContrast: fc.boolean(),
  reducedMotion: fc.boolean(),
  audio: fc.record({ master: fc.double({ min: 0, max: 1, noNaN: true }), music: fc.double({ min: 0, max: 1, noNaN: true }), effects: fc.double({ min: 0, max: 1, noNaN: true }), muted: fc.boolean() }),
});
// A valid value with one field (or one audio field) replaced: each bound is tried with the others valid.
const FIELDS = ['lang', 'textScale', 'highContrast', 'reducedMotion', 'audio'] as const;
const AUDIO = ['master', 'music', 'effects', 'muted'] as const;
const oneOffArb = fc.tuple(validArb, fc.constantFrom(...FIELDS, ...AUDIO), anyValue).map(([v, k, x]) =>
  (AUDIO as readonly string[]).includes(k) ? { ...v, audio: { ...v.audio, [k]: x } } : { ...v, [k]: x },
);
// JSON text with undefined fields dropped, as JSON.stringify does; Infinity is stored as 1e999 (it reads back as Infinity).
const stored = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x === Infinity ? '__inf__' : x)).replace(/"__inf__"/g, '1e999');

function both(raw: string) {
  const fast = readSettingsFast(memoryStore({ [SETTINGS_KEY]: raw }), defaults);
  const store = memoryStore({ [SETTINGS_KEY]: raw });
  const checked = readSettingsChecked(store, defaults);
  return { fast, checked, store };
}

describe('the stored settings read by hand at start-up', () => {
  it('nothing stored: the defaults, nothing set aside', () => {
    expect(readSettingsFast(memoryStore(), defaults)).toEqual({ settings: defaults, setAside: false });
  });

  it('a valid value: the same settings as the schema gives, unknown keys dropped', () => {
    const { fast, checked } = both(JSON.stringify({ ...good, extra: 1, audio: { ...good.audio, more: true } }));
    expect(fast).toEqual({ settings: good, setAside: false });
    expect(fast).toEqual(checked);
    expect(Object.keys(fast.settings)).toEqual(Object.keys(checked.settings));
  });

  it('a damaged value: the good fields kept, the bad ones at their defaults, and it is to be set aside', () => {
    const { fast, checked, store } = both(JSON.stringify({ ...good, textScale: 9, audio: { ...good.audio, music: 'loud' } }));
    expect(fast).toEqual({ settings: { ...good, textScale: defaults.textScale, audio: { ...good.audio, music: defaults.audio.music } }, setAside: true });
    expect(fast).toEqual(checked);
    // The hand check sets nothing aside itself: that is the schema's reading, with its message.
    expect(listQuarantine(store).map((q) => q.reason)).toEqual([expect.stringMatching(/textScale/)]);
  });

  it('text that is not JSON: the defaults, to be set aside', () => {
    const { fast, checked } = both('{"lang":"en",');
    expect(fast).toEqual({ settings: defaults, setAside: true });
    expect(fast).toEqual(checked);
  });

  it('a storage that throws reads as empty', () => {
    const throwing = { getItem: (): string | null => { throw new DOMException('blocked', 'SecurityError'); } };
    expect(readSettingsFast(throwing, defaults)).toEqual({ settings: defaults, setAside: false });
  });

  it('agrees with the schema at every edge of every field, the others valid', () => {
    const base = { lang: 'fr', textScale: 1, highContrast: true, reducedMotion: true, audio: { master: 0.5, music: 0.5, effects: 0.5, muted: true } };
    for (const k of [...FIELDS, ...AUDIO]) {
      for (const x of [...EDGES, undefined]) {
        const v = (AUDIO as readonly string[]).includes(k) ? { ...base, audio: { ...base.audio, [k]: x } } : { ...base, [k]: x };
        const { fast, checked } = both(stored(v));
        expect(fast, `${k}: ${String(x)}`).toEqual(checked);
      }
    }
  });

  it('agrees with the schema for any stored value (settings and verdict)', () => {
    fc.assert(
      fc.property(fc.oneof(settingsArb, validArb, oneOffArb), (v) => {
        const raw = stored(v);
        const { fast, checked } = both(raw);
        expect(fast).toEqual(checked);
        expect(settingsFast(JSON.parse(raw)) !== null).toBe(!checked.setAside);
      }),
      { numRuns: 3000 },
    );
  });
});
