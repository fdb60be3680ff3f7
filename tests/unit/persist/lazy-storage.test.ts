// The storage that loads its schemas late (persist/lazy-storage.ts): what happens before it has
// loaded is not lost, and what it sets aside is set aside once it can be.
import { describe, expect, it } from 'vitest';
import { LazyStorage } from '../../../src/persist/lazy-storage';
import { listQuarantine } from '../../../src/persist/quarantine';
import { SAVE_KEY, SETTINGS_KEY } from '../../../src/persist/store-keys';
import type { Settings } from '../../../src/persist/schema';
import { memoryStore } from './memory';

const DEFAULTS: Settings = { lang: 'en', textScale: 1, highContrast: false, reducedMotion: false, audio: { master: 0.8, music: 0.6, effects: 0.8, muted: false } };

function playedGame() {
  const g = {
    phase: 'choices',
    lang: 'fr' as const,
    seed: 7,
    history: [] as string[],
    get position() { return { lang: g.lang, seed: g.seed, history: [...g.history], lines: g.history.length }; },
    inkState: () => '{"flows":{}}',
  };
  return g;
}

describe('lazy storage', () => {
  it('records the logbook events that came before it loaded, each with the game as it stood then', async () => {
    const store = memoryStore();
    const game = playedGame();
    let ready = 0;
    const lazy = new LazyStorage({ game, store, storyVersion: '1', settingsSetAside: false, defaults: DEFAULTS, onReady: () => ready++ });
    game.history.push('speech_applaud', 'plan_target');
    lazy.handle({ type: 'choices' });
    lazy.handle({ type: 'line' }); // not a logbook event: not kept
    game.history.push('answer_bravado');
    lazy.handle({ type: 'end', ending: 'ending_wall' });
    game.history.length = 0; // a new game has begun before the schemas arrive
    game.seed = 99;
    expect(lazy.logbook).toEqual({ ok: true, value: { schema: 1, taken: [], games: [] } });
    expect(lazy.saves).toBeNull();
    await lazy.load();
    expect(ready).toBe(1);
    const book = lazy.logbook;
    expect(book.ok).toBe(true);
    if (!book.ok) return;
    expect(book.value.taken).toEqual(['plan_target', 'answer_bravado']);
    expect(book.value.games).toHaveLength(1);
    expect(book.value.games[0]).toMatchObject({ ending: 'ending_wall', seed: 7, lang: 'fr', history: ['speech_applaud', 'plan_target', 'answer_bravado'] });
    // Once loaded, events go to the recorder at once, with the game as it is now.
    game.history.push('plan_analyse');
    lazy.handle({ type: 'choices' });
    expect(lazy.logbook.ok && lazy.logbook.value.taken).toEqual(['plan_target', 'answer_bravado', 'plan_analyse']);
    // One load, however often it is asked for.
    await lazy.load();
    expect(ready).toBe(1);
  });

  it('says a save exists before it loads (a damaged one too), and sets a damaged save aside once it has loaded', async () => {
    const store = memoryStore({ [SAVE_KEY]: '{not json' });
    const lazy = new LazyStorage({ game: playedGame(), store, storyVersion: '1', settingsSetAside: false, defaults: DEFAULTS, onReady: () => undefined });
    expect(lazy.hasSave).toBe(true);
    expect(listQuarantine(store)).toHaveLength(0);
    await lazy.load();
    expect(listQuarantine(store).length).toBeGreaterThan(0);
    expect(new LazyStorage({ game: playedGame(), store: memoryStore(), storyVersion: '1', settingsSetAside: false, defaults: DEFAULTS, onReady: () => undefined }).hasSave).toBe(false);
  });

  it('sets damaged settings aside with the schema when it loads, only when the hand check refused them', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: JSON.stringify({ ...DEFAULTS, textScale: 'huge' }) });
    await new LazyStorage({ game: playedGame(), store, storyVersion: '1', settingsSetAside: false, defaults: DEFAULTS, onReady: () => undefined }).load();
    expect(listQuarantine(store)).toHaveLength(0);
    await new LazyStorage({ game: playedGame(), store, storyVersion: '1', settingsSetAside: true, defaults: DEFAULTS, onReady: () => undefined }).load();
    const aside = listQuarantine(store);
    expect(aside).toHaveLength(1);
    expect(JSON.stringify(aside[0])).toContain('textScale');
  });

  it('saves through withSaves once loaded, and reads a save file with the schema', async () => {
    const store = memoryStore();
    const game = playedGame();
    game.history.push('speech_applaud');
    const lazy = new LazyStorage({ game, store, storyVersion: '3', settingsSetAside: false, defaults: DEFAULTS, onReady: () => undefined });
    expect(await lazy.withSaves((s) => s.save())).toBe(true);
    expect(lazy.hasSave).toBe(true);
    const text = store.getItem(SAVE_KEY)!;
    expect(await lazy.readFile({ size: text.length, text: async () => text })).toMatchObject({ ok: true, value: { seed: 7, history: ['speech_applaud'] } });
    expect(await lazy.readFile({ size: 5, text: async () => 'nope!' })).toMatchObject({ ok: false });
  });
});
