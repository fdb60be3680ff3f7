import { describe, expect, it } from 'vitest';
import { Session, type SessionEvent } from '../../../src/narrative/session';
import { fakeSim, plainExternals, sampleStory } from './helpers';

function makeSession() {
  const sim = fakeSim();
  const session = new Session({ loadStory: (lang) => Promise.resolve(sampleStory(lang)), externals: plainExternals, sim });
  const events: SessionEvent[] = [];
  session.on((e) => events.push(e));
  return { session, sim, events };
}

const lines = (events: SessionEvent[]) => events.flatMap((e) => (e.type === 'line' ? [e.line.text] : []));

describe('Session', () => {
  it('plays a path by choice ids, runs the model at #sim and writes its numbers into the story', async () => {
    const { session, sim, events } = makeSession();
    await session.start({ lang: 'en', seed: 7, history: [], lines: 0 });
    expect(lines(events)).toEqual(['I need an action plan, quickly.']);
    expect(events.find((e) => e.type === 'line' && e.line.speaker === 'cecile')).toBeTruthy();
    expect(session.phase).toBe('choices');
    expect(session.choices.map((c) => c.id)).toEqual(['plan_scale_all', 'plan_analyse']);

    await session.choose('plan_scale_all');
    expect(lines(events).at(-1)).toBe('Three days later.');
    await session.advance();
    expect(lines(events).at(-1)).toBe('The dashboard loads.');
    expect(sim.requests).toEqual([{ phase: 'phase1', decisions: { plan: 'plan_scale_all' }, seed: 7 }]);
    await session.advance();
    expect(lines(events).at(-1)).toBe('50000 emails, 11.5% bounced.');
    await session.advance();
    expect(lines(events).at(-1)).toBe('Everything, everywhere.');
    expect(session.phase).toBe('choices');
    await session.choose('x_call');
    await session.advance();
    expect(session.phase).toBe('ended');
    expect(session.ending).toBe('ending_short');
    expect(events.at(-1)).toEqual({ type: 'end', ending: 'ending_short' });
    expect(session.history).toEqual(['plan_scale_all', 'x_call']);
  });

  it('emits presentation tags in story order and keeps the stage', async () => {
    const { session, events } = makeSession();
    await session.start({ lang: 'en', seed: 1, history: [], lines: 0 });
    const tags = events.flatMap((e) => (e.type === 'tag' && !e.replay ? [e.tag.kind] : []));
    expect(tags).toEqual(['episode', 'scene', 'music', 'char']);
    expect(session.stage).toMatchObject({ scene: 'cecile_office', music: 'office', cast: [{ char: 'cecile', expression: 'tense' }] });
    await session.choose('plan_analyse');
    await session.advance();
    expect(session.stage.scene).toBe('war_room');
    expect(session.stage.cast).toEqual([]);
  });

  it('ignores a choice id that is not offered and says so', async () => {
    const { session, events } = makeSession();
    await session.start({ lang: 'en', seed: 1, history: [], lines: 0 });
    await session.choose('list_buy_merge');
    expect(session.history).toEqual([]);
    expect(events.at(-1)).toEqual({ type: 'error', message: 'Unknown choice: list_buy_merge' });
  });

  it('switches language at the same point, with the same numbers and history', async () => {
    const { session, sim, events } = makeSession();
    await session.start({ lang: 'en', seed: 3, history: [], lines: 0 });
    await session.choose('plan_analyse');
    await session.advance();
    await session.advance();
    await session.advance();
    const before = session.position;
    events.length = 0;
    await session.setLanguage('fr');
    expect(session.position).toEqual({ ...before, lang: 'fr' });
    expect(lines(events)).toEqual(["Les chiffres d'abord."]);
    expect(session.choices.map((c) => c.text)).toEqual(['Croiser les doigts', 'Appeler Aurélie']);
    expect(events.some((e) => e.type === 'tag' && e.tag.kind === 'scene' && e.tag.scene === 'war_room')).toBe(true);
    expect(sim.requests).toHaveLength(1); // the result was cached, not recomputed
  });

  it('restores a position mid-way and rewinds to a choice', async () => {
    const { session } = makeSession();
    await session.start({ lang: 'en', seed: 3, history: ['plan_scale_all'], lines: 3 });
    expect(session.lastLine?.text).toBe('50000 emails, 11.5% bounced.');
    expect(session.phase).toBe('line');
    await session.rewindTo(0);
    expect(session.history).toEqual([]);
    expect(session.phase).toBe('choices');
    await session.choose('plan_analyse');
    expect(session.history).toEqual(['plan_analyse']);
  });

  it('each new game starts at the story\'s start: its once-only choices offered again, the same lines', async () => {
    const { session, events } = makeSession();
    await session.prepare('en');
    const playOnce = async (first: string) => {
      events.length = 0;
      await session.start({ lang: 'en', seed: 5, history: [], lines: 0 });
      const offered = session.choices.map((c) => c.id);
      await session.choose(first);
      for (let i = 0; i < 10 && session.phase === 'line'; i++) await session.advance();
      return { offered, lines: lines(events), second: session.choices.map((c) => c.id) };
    };
    // The first game plays the story as parsed, the second resets it, the third reloads the saved start.
    const games = [await playOnce('plan_scale_all'), await playOnce('plan_scale_all'), await playOnce('plan_analyse'), await playOnce('plan_scale_all')];
    for (const g of games) expect(g.offered).toEqual(['plan_scale_all', 'plan_analyse']);
    expect(games[1]).toEqual(games[0]);
    expect(games[3]).toEqual(games[0]);
    expect(games[0]!.lines.at(-1)).toBe('Everything, everywhere.');
    expect(games[2]!.lines.at(-1)).toBe('Numbers first.');
    expect(games[0]!.second).toEqual(['x_cross', 'x_call']);
  });

  it('rejects a replayed path that does not fit the story and reports it', async () => {
    const { session, events } = makeSession();
    await expect(session.start({ lang: 'en', seed: 3, history: ['plan_scale_all', 'nope'], lines: 0 })).rejects.toThrow(/does not fit/);
    expect(events.at(-1)?.type).toBe('error');
  });
});
