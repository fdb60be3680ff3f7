// The save controller and the logbook recorder, over a game stand-in and a memory storage.
import { describe, expect, it } from 'vitest';
import { Saves, type SavableGame } from '../../../src/persist/saves';
import { LogbookRecorder } from '../../../src/persist/logbook-recorder';
import { readSave } from '../../../src/persist/store';
import { memoryStore } from './memory';

function game(over: Partial<SavableGame> = {}): SavableGame & { phase: string } {
  return {
    phase: 'choices',
    position: { lang: 'fr', seed: 42, history: ['speech_applaud', 'plan_target'], lines: 2 },
    inkState: () => '{"flows":{}}',
    ...over,
  };
}

describe('saves', () => {
  it('saves the game where it stands, with the story version, and loads the position back', () => {
    const store = memoryStore();
    const saves = new Saves(game(), store, '7');
    expect(saves.hasSave).toBe(false);
    expect(saves.load()).toBeNull();
    expect(saves.save()).toBe(true);
    expect(saves.hasSave).toBe(true);
    expect(readSave(store)).toMatchObject({ ok: true, value: { storyVersion: '7', lang: 'fr', seed: 42, lines: 2, inkState: '{"flows":{}}' } });
    expect(saves.load()).toEqual({ ok: true, value: { lang: 'fr', seed: 42, history: ['speech_applaud', 'plan_target'], lines: 2 } });
  });

  it('does not save before a story has started, and a refused write keeps the previous save', () => {
    const store = memoryStore();
    expect(new Saves(game({ inkState: () => null }), store, '1').save()).toBe(false);
    expect(store.data.size).toBe(0);
    const saves = new Saves(game(), store, '1');
    saves.save();
    const before = [...store.data];
    store.failWrites = true;
    expect(saves.save()).toBe(false);
    expect([...store.data]).toEqual(before);
  });

  it('autosaves after a choice but not once the story has ended', () => {
    const store = memoryStore();
    const g = game();
    const saves = new Saves(g, store, '1');
    g.phase = 'ended';
    saves.autosave();
    expect(saves.hasSave).toBe(false);
    g.phase = 'line';
    saves.autosave();
    expect(saves.hasSave).toBe(true);
  });

  it('reports a save that cannot be loaded and leaves it alone', () => {
    const store = memoryStore({ 'alice.save.v1': '{"schema":1,"seed":"x"}' });
    const res = new Saves(game(), store, '1').load();
    expect(res?.ok).toBe(false);
    expect(store.data.get('alice.save.v1')).toBe('{"schema":1,"seed":"x"}');
  });
});

describe('the logbook recorder', () => {
  const at = () => new Date('2026-11-27T10:00:00Z');

  it('records the decision options taken at each choice and the finished game at its ending', () => {
    const store = memoryStore();
    const g = { history: ['speech_applaud', 'plan_target'], seed: 5, lang: 'en' as const };
    const rec = new LogbookRecorder(g, store, at);
    rec.handle({ type: 'line' });
    expect(rec.logbook).toEqual({ ok: true, value: { schema: 1, taken: [], games: [] } });
    rec.handle({ type: 'choices' });
    // Only decision options: the story's other choices (speech_applaud) are not kept.
    expect(rec.logbook.ok && rec.logbook.value.taken).toEqual(['plan_target']);
    g.history = [...g.history, 'answer_measure'];
    rec.handle({ type: 'end', ending: 'ending_met' });
    expect(rec.logbook.ok && rec.logbook.value).toEqual({
      schema: 1,
      taken: ['plan_target', 'answer_measure'],
      games: [{ ending: 'ending_met', seed: 5, lang: 'en', history: ['speech_applaud', 'plan_target', 'answer_measure'], at: '2026-11-27T10:00:00.000Z' }],
    });
    // Read back by a later page.
    expect(new LogbookRecorder(g, store).logbook).toEqual(rec.logbook);
  });

  it('sets a corrupted logbook aside (kept) and starts a fresh one at the next record', () => {
    const store = memoryStore({ 'alice.logbook.v1': 'not json' });
    const rec = new LogbookRecorder({ history: ['plan_target'], seed: 1, lang: 'fr' }, store, at);
    expect(rec.logbook.setAside).toBeTruthy();
    rec.handle({ type: 'end', ending: null });
    expect(rec.logbook).toMatchObject({ ok: true, value: { taken: ['plan_target'], games: [] } });
    expect([...store.data.values()].some((v) => v.includes('"raw":"not json"'))).toBe(true);
  });
});
