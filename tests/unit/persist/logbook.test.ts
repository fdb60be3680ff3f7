import { describe, expect, it } from 'vitest';
import { EMPTY_LOGBOOK, readLogbook, record, writeLogbook, type LoggedGame } from '../../../src/persist/logbook';
import { listQuarantine } from '../../../src/persist/quarantine';
import { memoryStore } from './memory';

const game = (ending: LoggedGame['ending'], history: string[], seed = 1): LoggedGame => ({ ending, seed, lang: 'en', history, at: '2026-11-27T10:00:00Z' });

describe('reader logbook', () => {
  it('starts empty, records options taken once and games once per history and ending', () => {
    const store = memoryStore();
    expect(readLogbook(store)).toEqual({ ok: true, value: EMPTY_LOGBOOK });
    let b = record(EMPTY_LOGBOOK, { taken: 'plan_target' });
    b = record(b, { taken: 'plan_target' });
    b = record(b, { taken: 'list_none', game: game('ending_met', ['plan_target', 'list_none']) });
    b = record(b, { game: game('ending_met', ['plan_target', 'list_none'], 9) }); // same road: replaces
    b = record(b, { game: game('ending_wall', ['plan_scale_all']) });
    expect(b.taken).toEqual(['plan_target', 'list_none']);
    expect(b.games.map((g) => [g.ending, g.seed])).toEqual([['ending_met', 9], ['ending_wall', 1]]);
    expect(writeLogbook(store, b)).toBe(true);
    expect(readLogbook(store)).toEqual({ ok: true, value: b });
  });

  it('sets a corrupted or tampered logbook aside instead of trusting it, keeping its good entries', () => {
    for (const raw of ['{oops', JSON.stringify({ schema: 2, taken: [], games: [] }), JSON.stringify({ schema: 1, taken: ['<script>'], games: [] }),
      JSON.stringify({ schema: 1, taken: [], games: [{ ...game('ending_met', []), ending: 'ending_secret' }] })]) {
      const store = memoryStore({ 'alice.logbook.v1': raw });
      const r = readLogbook(store);
      expect(r.ok && r.setAside, raw).toBeTruthy();
      expect(r.ok && r.value.taken.concat(r.value.games.map((g) => g.ending))).toEqual([]);
      expect(listQuarantine(store).map((q) => [q.from, q.raw])).toEqual([['alice.logbook.v1', raw]]);
    }
  });

  it('keeps a bounded number of games and survives a storage that refuses writes', () => {
    let b = EMPTY_LOGBOOK;
    for (let i = 0; i < 100; i++) b = record(b, { game: game('ending_short', [`x_${i}`]) });
    expect(b.games.length).toBe(60);
    expect(b.games.at(-1)!.history).toEqual(['x_99']);
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeLogbook(full, b)).toBe(false);
    const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => undefined };
    expect(readLogbook(blocked)).toEqual({ ok: true, value: EMPTY_LOGBOOK });
  });
});
