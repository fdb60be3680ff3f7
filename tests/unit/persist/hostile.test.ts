// Issue 13, item 7: hostile input to every parser in src/persist. Random bytes and random
// mutations of valid saves, logbooks, settings and links: each parser returns a typed result
// (ok, or an error with words), never throws; a store that holds garbage never loses its good parts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePath, encodePath } from '../../../src/persist/path-code';
import { parseSave, readSave, readSettingsChecked, SAVE_KEY, SETTINGS_KEY, writeSave } from '../../../src/persist/store';
import { LOGBOOK_KEY, parseLogbook, readLogbook } from '../../../src/persist/logbook';
import { listQuarantine } from '../../../src/persist/quarantine';
import { Saves } from '../../../src/persist/saves';
import type { SaveData, Settings } from '../../../src/persist/schema';
import { memoryStore } from './memory';

const save: SaveData = { schema: 1, storyVersion: '1', savedAt: '2026-01-01T00:00:00Z', lang: 'fr', seed: 42, history: ['speech_applaud', 'plan_target'], lines: 2, inkState: '{"flows":{}}' };
const logbook = { schema: 1, taken: ['plan_target', 'list_none'], games: [{ ending: 'ending_met', seed: 3, lang: 'en', history: ['plan_target'], at: '2026-11-27T10:00:00Z' }] };
const defaults: Settings = { lang: 'en', textScale: 1, highContrast: false, reducedMotion: false, audio: { master: 1, music: 1, effects: 1, muted: false } };
const link = encodePath({ seed: 123456, history: ['speech_applaud', 'plan_target', 'list_none'] }, '1');

/** Random bytes as text (any code unit, lone surrogates included). */
const bytes = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.uint8Array({ maxLength: 300 }).map((a) => String.fromCharCode(...a)));

/** A text with random edits: cut, inserted characters, replaced characters, duplicated slices. */
const mutate = (text: string) =>
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('cut', 'insert', 'replace', 'dup')), { minLength: 1, maxLength: 6 }).map((edits) => {
    let s = text;
    for (const [at, len, str, kind] of edits) {
      const i = s.length ? at % s.length : 0;
      if (kind === 'cut') s = s.slice(0, i);
      else if (kind === 'insert') s = s.slice(0, i) + str + s.slice(i);
      else if (kind === 'replace') s = s.slice(0, i) + str + s.slice(i + len);
      else s = s.slice(0, i) + s.slice(i, i + len) + s.slice(i);
    }
    return s;
  });

/** A JSON value with random field-level changes (wrong types, NaN-like values, huge numbers, extra keys). */
const weird = fc.oneof(fc.constant(null), fc.constant(-1), fc.constant(1e308), fc.constant('NaN'), fc.constant(''), fc.constant([]), fc.constant({}), fc.string(), fc.double(), fc.boolean());
const mutateJson = (v: Record<string, unknown>) =>
  fc.array(fc.tuple(fc.constantFrom(...Object.keys(v), 'extra'), weird), { minLength: 1, maxLength: 4 }).map((edits) => {
    const o: Record<string, unknown> = structuredClone(v);
    for (const [k, x] of edits) o[k] = x;
    return JSON.stringify(o);
  });

const typedError = (r: { ok: boolean; error?: string }) => r.ok || (typeof r.error === 'string' && r.error.length > 3);

describe('every parser in src/persist, fed hostile input', () => {
  it('parseSave: random bytes and mutated saves give ok or a worded error, never a throw', () => {
    fc.assert(fc.property(fc.oneof(bytes, mutate(JSON.stringify(save)), mutateJson(save)), (raw) => {
      const r = parseSave(raw);
      expect(typedError(r)).toBe(true);
    }), { numRuns: 400 });
    expect(parseSave(undefined as unknown as string)).toMatchObject({ ok: false });
  });

  it('parseLogbook: random input never throws and keeps only valid entries', () => {
    fc.assert(fc.property(fc.oneof(bytes, mutate(JSON.stringify(logbook)), mutateJson(logbook)), (raw) => {
      const r = parseLogbook(raw);
      expect(r.ok).toBe(true);
      if (r.ok) for (const id of r.value.taken) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
    }), { numRuns: 400 });
  });

  it('decodePath: random bytes and mutated links give ok or a typed error; a changed v2 link is never taken for another path', () => {
    fc.assert(fc.property(fc.oneof(bytes, mutate(link), mutate(encodePath({ seed: 9, history: ['a_b'] }))), (code) => {
      const r = decodePath(code, '1');
      if (!r.ok) expect(['malformed', 'tampered', 'other-version']).toContain(r.kind);
      else if (code.startsWith('2-')) expect(code).toBe(link); // the check catches every edit that still parses
    }), { numRuns: 600 });
    expect(decodePath(42 as unknown as string)).toMatchObject({ ok: false, kind: 'malformed' });
  });

  it('stored garbage in every key: reads never throw, what was there is set aside, and good writes follow', () => {
    fc.assert(fc.property(fc.oneof(bytes, mutateJson(save)), fc.oneof(bytes, mutateJson(logbook)), fc.oneof(bytes, mutateJson(defaults as unknown as Record<string, unknown>)), (s, l, st) => {
      const store = memoryStore({ [SAVE_KEY]: s, [LOGBOOK_KEY]: l, [SETTINGS_KEY]: st });
      const saveRead = readSave(store);
      const bookRead = readLogbook(store);
      const settings = readSettingsChecked(store, defaults);
      expect(saveRead === null || typedError(saveRead)).toBe(true);
      expect(bookRead.ok).toBe(true);
      expect(settings.settings.textScale).toBeGreaterThanOrEqual(0.8);
      // Every value that did not read as it was is kept, byte for byte, in the quarantine.
      const aside = listQuarantine(store).map((q) => q.raw);
      if (saveRead && !saveRead.ok) expect(aside).toContain(s);
      if (bookRead.setAside) expect(aside).toContain(l);
      if (settings.setAside) expect(aside).toContain(st);
      expect(writeSave(store, save)).toBe(true);
      expect(readSave(store)).toEqual({ ok: true, value: save });
    }), { numRuns: 200 });
  });

  it('Saves.readFile: a file over 1 MB is refused before it is read; others are parsed', async () => {
    let read = false;
    const big = { size: 1_000_001, text: () => ((read = true), Promise.resolve('')) };
    expect(await Saves.readFile(big)).toEqual({ ok: false, error: 'the file is larger than 1 MB' });
    expect(read).toBe(false);
    expect(await Saves.readFile({ size: Number.NaN, text: () => Promise.resolve('') })).toMatchObject({ ok: false });
    expect(await Saves.readFile({ size: 10, text: () => Promise.reject(new Error('gone')) })).toEqual({ ok: false, error: 'the file cannot be read' });
    expect(await Saves.readFile({ size: 100, text: () => Promise.resolve(JSON.stringify(save)) })).toEqual({ ok: true, value: save });
  });
});
