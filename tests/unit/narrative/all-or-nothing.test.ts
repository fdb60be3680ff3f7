// Issue 13, item 3: a start that fails (a replay that does not fit, a story chunk that cannot load,
// a run that fails) leaves the game in progress exactly as it was, never stuck "busy".
import { describe, expect, it } from 'vitest';
import { Session, type SessionEvent } from '../../../src/narrative/session';
import type { Lang } from '../../../src/i18n/strings';
import { fakeSim, plainExternals, sampleStory } from './helpers';

function makeSession(opts: { failLang?: Lang; failSim?: () => boolean } = {}) {
  const sim = fakeSim();
  const session = new Session({
    loadStory: (lang) => (lang === opts.failLang ? Promise.reject(new Error('chunk failed')) : Promise.resolve(sampleStory(lang))),
    externals: plainExternals,
    sim: { run: (r) => (opts.failSim?.() ? Promise.reject(new Error('sim failed')) : sim.run(r)) },
  });
  const events: SessionEvent[] = [];
  session.on((e) => events.push(e));
  return { session, events };
}

const state = (s: Session) => ({ phase: s.phase, lang: s.lang, seed: s.seed, history: [...s.history], historyText: [...s.historyText], choices: s.choices.map((c) => c.id), ink: s.inkState(), stage: s.stage, ending: s.ending, position: s.position });

describe('all-or-nothing starts', () => {
  it('a replay that does not fit keeps the game in progress, and it plays on', async () => {
    const { session, events } = makeSession();
    await session.start({ lang: 'en', seed: 7, history: ['plan_scale_all'], lines: Number.MAX_SAFE_INTEGER });
    const before = state(session);
    const n = events.length;
    await expect(session.start({ lang: 'en', seed: 9, history: ['plan_analyse', 'nope'], lines: 0 })).rejects.toThrow(/does not fit/);
    expect(state(session)).toEqual(before);
    // Nothing but the error reached the views (no reset: the screen is as it was).
    expect(events.slice(n).map((e) => e.type)).toEqual(['error']);
    await session.choose('x_call');
    await session.advance();
    expect(session.phase).toBe('ended');
  });

  it('a language switch whose story cannot load keeps the language and the game', async () => {
    const { session } = makeSession({ failLang: 'fr' });
    await session.start({ lang: 'en', seed: 7, history: [], lines: 0 });
    const before = state(session);
    await expect(session.setLanguage('fr')).rejects.toThrow('chunk failed');
    expect(state(session)).toEqual(before);
    await session.choose('plan_analyse');
    expect(session.history).toEqual(['plan_analyse']);
  });

  it('a run that fails during a replay leaves the title (idle) as it was, not busy', async () => {
    let fail = true;
    const { session } = makeSession({ failSim: () => fail });
    await expect(session.start({ lang: 'en', seed: 7, history: ['plan_scale_all'], lines: Number.MAX_SAFE_INTEGER })).rejects.toThrow('sim failed');
    expect(session.phase).toBe('idle');
    fail = false;
    await session.start({ lang: 'en', seed: 7, history: ['plan_scale_all'], lines: Number.MAX_SAFE_INTEGER });
    expect(session.phase).toBe('choices');
  });

  it('a story prepared in the background that cannot load says nothing; the New game after it reports its own failure', async () => {
    let fail = true;
    const sim = fakeSim();
    const session = new Session({
      loadStory: (lang) => (fail ? Promise.reject(new Error('chunk failed')) : Promise.resolve(sampleStory(lang))),
      externals: plainExternals,
      sim,
    });
    const events: SessionEvent[] = [];
    session.on((e) => events.push(e));
    await expect(session.prepare('en')).rejects.toThrow('chunk failed');
    expect(events).toEqual([]);
    await expect(session.start({ lang: 'en', seed: 7, history: [], lines: 0 })).rejects.toThrow('chunk failed');
    expect(events.map((e) => e.type)).toEqual(['error']);
    fail = false;
    await session.prepare('en');
    await session.start({ lang: 'en', seed: 7, history: [], lines: 0 });
    expect(session.phase).not.toBe('idle');
  });
});
