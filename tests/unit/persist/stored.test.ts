// Item 1 of issue 13: every stored thing validated piece by piece; bad entries set aside, never
// overwritten; writes all or nothing.
import { describe, expect, it } from 'vitest';
import { LOGBOOK_KEY, readLogbook, type LoggedGame } from '../../../src/persist/logbook';
import { LogbookRecorder } from '../../../src/persist/logbook-recorder';
import { listQuarantine, quarantine, quarantineFile } from '../../../src/persist/quarantine';
import { atomicWrite, readSave, readSettingsChecked, SAVE_KEY, SETTINGS_KEY, writeSave, writeSettings } from '../../../src/persist/store';
import { guardStorage } from '../../../src/persist/guarded';
import type { SaveData, Settings } from '../../../src/persist/schema';
import { memoryStore } from './memory';

const game = (ending: LoggedGame['ending'], history: string[], seed = 1): LoggedGame => ({ ending, seed, lang: 'en', history, at: '2026-11-27T10:00:00Z' });
const defaults: Settings = { lang: 'en', textScale: 1, highContrast: false, reducedMotion: false, audio: { master: 1, music: 1, effects: 1, muted: false } };
const save: SaveData = { schema: 1, storyVersion: '1', savedAt: '2026-01-01T00:00:00Z', lang: 'fr', seed: 42, history: ['plan_target'], lines: 2, inkState: '{}' };

describe('the logbook, entry by entry', () => {
  it('one malformed logbook entry keeps the others, and the next write keeps them', () => {
    const raw = JSON.stringify({
      schema: 1,
      taken: ['plan_target', '<img src=x>', 'list_none'],
      games: [game('ending_met', ['plan_target']), { ...game('ending_wall', []), seed: 'NaN' }, game('ending_short', ['list_none'], 7)],
    });
    const store = memoryStore({ [LOGBOOK_KEY]: raw });
    const read = readLogbook(store);
    expect(read.ok && read.value.taken).toEqual(['plan_target', 'list_none']);
    expect(read.ok && read.value.games.map((g) => g.ending)).toEqual(['ending_met', 'ending_short']);
    expect(read.setAside).toMatch(/taken|games/);
    // The whole damaged text is set aside, byte for byte.
    expect(listQuarantine(store)).toMatchObject([{ from: LOGBOOK_KEY, raw }]);

    // The next record writes the good entries plus the new one.
    const rec = new LogbookRecorder({ history: ['plan_scale_all'], seed: 3, lang: 'en' }, store, () => new Date('2026-12-01T00:00:00Z'));
    rec.handle({ type: 'end', ending: 'ending_beyond' });
    const after = readLogbook(store);
    expect(after.setAside).toBeUndefined();
    expect(after.ok && after.value.games.map((g) => g.ending)).toEqual(['ending_met', 'ending_short', 'ending_beyond']);
    expect(after.ok && after.value.taken).toEqual(['plan_target', 'list_none', 'plan_scale_all']);
    // And the set-aside copy is still there, unchanged.
    expect(listQuarantine(store)).toMatchObject([{ from: LOGBOOK_KEY, raw }]);
  });

  it('keeps the logbook in memory when storage refuses, and writes it all at the next write that succeeds', () => {
    const store = memoryStore();
    const g = { history: ['plan_target'], seed: 1, lang: 'en' as const };
    const rec = new LogbookRecorder(g, store);
    store.failWrites = true;
    rec.handle({ type: 'end', ending: 'ending_met' });
    expect(store.data.get(LOGBOOK_KEY)).toBeUndefined();
    store.failWrites = false;
    g.history = ['plan_target', 'list_none'];
    rec.handle({ type: 'end', ending: 'ending_short' });
    const r = readLogbook(store);
    expect(r.ok && r.value.games.map((x) => x.ending)).toEqual(['ending_met', 'ending_short']);
  });
});

describe('quarantine', () => {
  it('never overwrites what it set aside, keeps each damaged value once, and lists it for download', () => {
    const store = memoryStore();
    quarantine(store, SAVE_KEY, '{bad', 'not JSON', () => new Date('2026-01-01T00:00:00Z'));
    quarantine(store, SAVE_KEY, '{bad', 'again', () => new Date('2026-02-01T00:00:00Z'));
    quarantine(store, SAVE_KEY, '{worse', 'not JSON', () => new Date('2026-03-01T00:00:00Z'));
    const list = listQuarantine(store);
    expect(list.map((q) => [q.raw, q.reason])).toEqual([['{bad', 'not JSON'], ['{worse', 'not JSON']]);
    expect(JSON.parse(quarantineFile(list))).toMatchObject({ kind: 'alice-set-aside', entries: [{ raw: '{bad' }, { raw: '{worse' }] });
    // A store that cannot list its keys still finds them through the index.
    const { keys: _k, ...noKeys } = store;
    expect(listQuarantine({ getItem: (k) => noKeys.getItem(k), setItem: () => undefined }).length).toBe(2);
  });

  it('a damaged save is set aside and reported; the next save does not lose the set-aside copy', () => {
    const store = memoryStore({ [SAVE_KEY]: '{"schema":1,"seed":"x"' });
    const r = readSave(store);
    expect(r && !r.ok).toBe(true);
    expect(listQuarantine(store).map((q) => q.from)).toEqual([SAVE_KEY]);
    expect(writeSave(store, save)).toBe(true);
    expect(readSave(store)).toEqual({ ok: true, value: save });
    expect(listQuarantine(store)[0]!.raw).toBe('{"schema":1,"seed":"x"');
  });
});

describe('settings, field by field', () => {
  it('a bad field takes its default, the good ones stay, and the damaged value is set aside', () => {
    const store = memoryStore({ [SETTINGS_KEY]: JSON.stringify({ lang: 'fr', textScale: 'huge', highContrast: true, audio: { master: 0.2, music: 7, muted: true } }) });
    const r = readSettingsChecked(store, defaults);
    expect(r.setAside).toBe(true);
    expect(r.settings).toEqual({ lang: 'fr', textScale: 1, highContrast: true, reducedMotion: false, audio: { master: 0.2, music: 1, effects: 1, muted: true } });
    expect(listQuarantine(store).map((q) => q.from)).toEqual([SETTINGS_KEY]);
    expect(readSettingsChecked(memoryStore({ [SETTINGS_KEY]: '[1,2' }), defaults).settings).toEqual(defaults);
  });
  it('good settings are read as they are, without setting anything aside', () => {
    const store = memoryStore();
    expect(writeSettings(store, { ...defaults, lang: 'fr' })).toBe(true);
    expect(readSettingsChecked(store, defaults)).toEqual({ settings: { ...defaults, lang: 'fr' }, setAside: false });
    expect(listQuarantine(store)).toEqual([]);
  });
});

describe('atomic writes', () => {
  it('a failure at any step keeps the old value, and leaves no temporary key', () => {
    for (let failAfter = 0; failAfter < 3; failAfter++) {
      const store = memoryStore({ k: 'old' });
      store.failAfter = failAfter;
      const ok = atomicWrite(store, 'k', 'new');
      expect(store.data.get('k'), `fail after ${failAfter}`).toBe(ok ? 'new' : 'old');
      expect(store.data.has('k.tmp')).toBe(false);
    }
  });
  it('a store that reads back something else keeps the old value', () => {
    const data = new Map([['k', 'old']]);
    const liar = { getItem: (k: string) => (k === 'k.tmp' ? 'garbled' : data.get(k) ?? null), setItem: (k: string, v: string) => void data.set(k, v) };
    expect(atomicWrite(liar, 'k', 'new')).toBe(false);
    expect(data.get('k')).toBe('old');
  });
});

describe('guarded storage', () => {
  it('a storage that throws on access, or is absent, becomes an in-memory one that says so', () => {
    const blocked = guardStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(blocked.health).toBe('blocked');
    blocked.setItem('a', '1');
    expect(blocked.getItem('a')).toBe('1');
    expect(guardStorage(() => undefined).health).toBe('absent');
  });
  it('a full storage is reported as full, and as ok again once a write succeeds', () => {
    const m = memoryStore({ k: 'old' });
    const web = { get length() { return m.data.size; }, key: (i: number) => [...m.data.keys()][i] ?? null, getItem: m.getItem, setItem: (k: string, v: string) => m.setItem(k, v), removeItem: m.removeItem };
    const g = guardStorage(() => web);
    const seen: string[] = [];
    g.onHealth((h) => seen.push(h));
    m.failWrites = true;
    expect(atomicWrite(g, 'k', 'new')).toBe(false);
    expect(g.health).toBe('full');
    m.failWrites = false;
    expect(atomicWrite(g, 'k', 'new')).toBe(true);
    expect(seen).toEqual(['full', 'ok']);
    expect(g.keys()).toEqual(['k']);
  });
});
