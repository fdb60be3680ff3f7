import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSave, readSave, readSettings, writeSave } from '../../../src/persist/store';
import { decodePath, encodePath } from '../../../src/persist/path-code';
import type { SaveData, Settings } from '../../../src/persist/schema';
import { memoryStore } from './memory';

const good: SaveData = {
  schema: 1, storyVersion: '1', savedAt: '2026-01-01T00:00:00Z', lang: 'fr', seed: 42,
  history: ['speech_applaud', 'plan_target'], lines: 2, inkState: '{"flows":{}}',
};

describe('saves', () => {
  it('round-trips a good save', () => {
    const store = memoryStore();
    expect(writeSave(store, good)).toBe(true);
    expect(readSave(store)).toEqual({ ok: true, value: good });
  });

  it.each([
    ['not json', '{oops', 'not valid JSON'],
    ['a newer schema', JSON.stringify({ ...good, schema: 2 }), 'schema'],
    ['a tampered choice id', JSON.stringify({ ...good, history: ['<script>'] }), 'history.0'],
    ['a negative seed', JSON.stringify({ ...good, seed: -1 }), 'seed'],
    ['a missing field', JSON.stringify({ ...good, inkState: undefined }), 'inkState'],
  ])('reports %s clearly', (_, raw, where) => {
    const r = parseSave(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(where);
  });

  it('never replaces a good save with a failed write', () => {
    const store = memoryStore();
    writeSave(store, good);
    store.failWrites = true;
    expect(writeSave(store, { ...good, seed: 99 })).toBe(false);
    expect(readSave(store)).toEqual({ ok: true, value: good });
  });

  it('falls back to defaults on broken settings', () => {
    const store = memoryStore();
    const defaults: Settings = { lang: 'en', textScale: 1, highContrast: false, reducedMotion: false, audio: { master: 1, music: 1, effects: 1, muted: false } };
    store.data.set('alice.settings.v1', '{"lang":"de"}');
    expect(readSettings(store, defaults)).toEqual(defaults);
    store.data.set('alice.settings.v1', JSON.stringify({ ...defaults, lang: 'fr' }));
    expect(readSettings(store, defaults).lang).toBe('fr');
  });
});

describe('path codes', () => {
  it('round-trips any seed and snake_case history', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/), { maxLength: 12 }), (seed, history) => {
        expect(decodePath(encodePath({ seed, history }))).toEqual({ ok: true, value: { seed, history }, storyVersion: null });
        expect(decodePath(encodePath({ seed, history }, '3'), '3')).toEqual({ ok: true, value: { seed, history }, storyVersion: '3' });
      }),
    );
  });

  it.each([['2-abc-plan_target'], ['1--plan'], ['1-abc-Plan'], ['1-abc-a..b'], ['1-zzzzzzzz-a'], ['<script>'], ['1-1-' + 'a.'.repeat(1100)]])('rejects %s', (code) => {
    expect(decodePath(code).ok).toBe(false);
  });
});
