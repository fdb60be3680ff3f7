// One small story per ink feature the game relies on (tests/fixtures/*.ink), each played
// through the runtime or the session: tags, rewind, simulation variables, guided starts.
import { describe, expect, it } from 'vitest';
import { createRuntime, StoryError } from '../../../src/narrative/runtime';
import { Session, type SessionEvent, type SimPort } from '../../../src/narrative/session';
import { pathGuide } from '../../../src/narrative/guide';
import type { Decisions } from '../../../src/sim';
import type { SimVar } from '../../../src/service/protocol';
import { fakeSim, fixture, plainExternals } from './helpers';

function play(story: string, sim: SimPort = fakeSim()) {
  const session = new Session({ loadStory: () => Promise.resolve(story), externals: plainExternals, sim });
  const events: SessionEvent[] = [];
  session.on((e) => events.push(e));
  return { session, events };
}
const lines = (events: readonly SessionEvent[]) => events.flatMap((e) => (e.type === 'line' ? [e.line.text] : []));
async function toEnd(session: Session, pick: (ids: string[]) => string = (ids) => ids[0]!): Promise<void> {
  for (let i = 0; i < 100 && session.phase !== 'ended'; i++) {
    if (session.phase === 'choices') await session.choose(pick(session.choices.map((c) => c.id)));
    else await session.advance();
  }
}

describe('tags (tags.ink)', () => {
  const story = fixture('tags');

  it('parses the tags of a line, and of a line of their own, into registry values; choice ids from #id', () => {
    const rt = createRuntime(story, plainExternals());
    expect(rt.next()).toEqual({
      text: 'This year, twice the leads.',
      speaker: 'president',
      tags: [
        { kind: 'episode', episode: 1 }, { kind: 'scene', scene: 'boardroom' }, { kind: 'music', music: 'office' },
        { kind: 'char', char: 'president', expression: 'tense' }, { kind: 'sfx', sfx: 'applause' },
      ],
    });
    expect(rt.next()).toEqual({ text: 'Everyone looks at Alice.', speaker: null, tags: [{ kind: 'prop', prop: 'dashboard' }, { kind: 'exit', char: 'president' }] });
    expect(rt.choices.map((c) => [c.id, c.text])).toEqual([['t_nod', 'Nod'], ['t_screen', 'Look at the screen']]);
  });

  it('refuses a tag the registry does not know, naming it and what is known', () => {
    const toScreen = (onError?: (m: string) => void) => {
      const rt = createRuntime(story, plainExternals(), onError);
      rt.next();
      rt.next();
      rt.choose('t_screen');
      return rt;
    };
    expect(() => toScreen().next()).toThrow(StoryError);
    expect(() => toScreen().next()).toThrow(/#scene:moon_base: unknown scene \(known: bedroom_night, /);
    // A runtime told where to report keeps the line and drops the tag.
    const errors: string[] = [];
    expect(toScreen((m) => errors.push(m)).next()).toEqual({ text: 'The projector shows a place nobody knows.', speaker: null, tags: [] });
    expect(errors).toEqual([expect.stringMatching(/^#scene:moon_base: unknown scene/)]);
  });

  it('the session emits them in story order and keeps the stage', async () => {
    const { session, events } = play(story);
    await session.start({ lang: 'en', seed: 1, history: [], lines: 0 });
    expect(events.flatMap((e) => (e.type === 'tag' && !e.replay ? [e.tag.kind] : []))).toEqual(['episode', 'scene', 'music', 'char', 'sfx']);
    expect(session.stage).toMatchObject({ scene: 'boardroom', music: 'office' });
    await session.advance();
    await session.choose('t_nod');
    await session.advance();
    expect(session.ending).toBe('ending_met');
    expect(session.phase).toBe('ended');
  });
});

describe('rewind (rewind.ink)', () => {
  const story = fixture('rewind');

  it('goes back to a choice and takes the other road, forgetting what came after', async () => {
    const { session, events } = play(story);
    await session.start({ lang: 'en', seed: 3, history: [], lines: 0 });
    await session.advance();
    await session.choose('r_left');
    expect(lines(events).at(-1)).toBe('The left road is muddy.');
    await toEnd(session);
    expect(lines(events).at(-1)).toBe('You arrive by the left road.');
    expect(session.history).toEqual(['r_left', 'r_swim']);

    // Back to the first choice: offered again, nothing after it kept (history, variables, ending).
    await session.rewindTo(0);
    expect(session.phase).toBe('choices');
    expect(session.choices.map((c) => c.id)).toEqual(['r_left', 'r_right']);
    expect(session.history).toEqual([]);
    expect(session.ending).toBeNull();
    expect(session.lastLine?.text).toBe('A fork in the road.');
    await session.choose('r_right');
    expect(lines(events).at(-1)).toBe('The right road is dry.');
    await toEnd(session, (ids) => ids.at(-1)!);
    expect(lines(events).at(-1)).toBe('You arrive by the right road.');
    expect(session.history).toEqual(['r_right', 'r_wade']);
    expect(session.historyText).toEqual(['Right', 'Wade']);
  });

  it('rewinding to a later choice keeps the earlier ones, and the stage of where it stops', async () => {
    const { session, events } = play(story);
    await session.start({ lang: 'en', seed: 3, history: ['r_right', 'r_swim'], lines: Number.MAX_SAFE_INTEGER });
    expect(session.phase).toBe('ended');
    const before = events.length;
    await session.rewindTo(1);
    expect(session.history).toEqual(['r_right']);
    expect(session.choices.map((c) => c.id)).toEqual(['r_swim', 'r_wade']);
    expect(session.stage.scene).toBe('alice_desk');
    // The replay is silent: no effect is played again, only the stage is restored.
    expect(events.slice(before).some((e) => e.type === 'tag' && e.tag.kind === 'sfx' && !e.replay)).toBe(false);
  });
});

describe('simulation variables (sim-vars.ink)', () => {
  const story = fixture('sim-vars');
  /** A model whose numbers depend on the list decision; it also reports a number the story has no variable for. */
  const model = () =>
    fakeSim((req): Record<string, SimVar> => {
      const bought = req.decisions.list === 'list_buy_merge';
      return req.phase === 'phase1' ? { sent: bought ? 50000 : 9000, hard_bounce: bought ? 11.5 : 0.4, not_in_story: 1 } : { tier: bought ? 'wall' : 'met' };
    });

  for (const [choice, sent, branch, tier] of [['list_buy_merge', 50000, 'Too many bounces.', 'wall'], ['list_none', 9000, 'A clean send.', 'met']] as const) {
    it(`writes the model's numbers into the story, which branches on them (${choice})`, async () => {
      const sim = model();
      const { session, events } = play(story, sim);
      await session.start({ lang: 'en', seed: 8, history: [], lines: 0 });
      await session.choose(choice);
      await toEnd(session);
      expect(lines(events)).toEqual(['Where do the addresses come from?', 'The mailing goes out.', `${sent} emails sent.`, branch, 'The semester ends.', `Tier ${tier}.`]);
      const decisions: Partial<Decisions> = { list: choice };
      expect(sim.requests).toEqual([{ phase: 'phase1', decisions, seed: 8 }, { phase: 'semester', decisions, seed: 8 }]);
      expect([...session.results.keys()]).toEqual(['phase1', 'semester']);
    });
  }

  it('a replay of the same game reuses the numbers instead of running the model again', async () => {
    const sim = model();
    const { session } = play(story, sim);
    await session.start({ lang: 'en', seed: 8, history: ['list_none'], lines: Number.MAX_SAFE_INTEGER });
    await session.rewindTo(1);
    await session.setLanguage('fr');
    expect(sim.requests.map((r) => r.phase)).toEqual(['phase1', 'semester']);
    expect(session.lastLine?.text).toBe('Tier met.');
  });
});

describe('guided starts (guided.ink)', () => {
  const story = fixture('guided');
  const path: Decisions = {
    plan: 'plan_target', answer: 'answer_measure', content: 'content_wp_targeted', list: 'list_none', launch: 'launch_blast', course: 'course_sales',
  };

  it('follows the path, takes the first option at the story’s other choices, and stops at the named decision', async () => {
    const { session, events } = play(story);
    await session.startGuided({ lang: 'en', seed: 2 }, pathGuide(path, 'content'));
    expect(session.phase).toBe('choices');
    expect(session.choices.map((c) => c.id)).toEqual(['content_wp_everyone', 'content_wp_targeted']);
    expect(session.history).toEqual(['g_applaud', 'plan_target', 'g_coffee', 'answer_measure']);
    // The room sees the line before the decision and its scene, not a blank screen.
    expect(lines(events)).toEqual(['The white paper.']);
    expect(session.stage.scene).toBe('alice_desk');
  });

  it('stops at an earlier decision too, and plays to the end when there is nowhere to stop', async () => {
    const at = play(story);
    await at.session.startGuided({ lang: 'en', seed: 2 }, pathGuide(path, 'answer'));
    expect(at.session.choices.map((c) => c.id)).toEqual(['answer_bravado', 'answer_measure']);
    const all = play(story);
    await all.session.startGuided({ lang: 'en', seed: 2 }, pathGuide(path, null));
    expect(all.session.phase).toBe('ended');
    expect(all.session.ending).toBe('ending_short');
  });

  it('stops where the story does not offer the path’s option: the room chooses', async () => {
    const { session } = play(story);
    await session.startGuided({ lang: 'en', seed: 2 }, pathGuide({ ...path, plan: 'plan_analyse' }, 'content'));
    expect(session.choices.map((c) => c.id)).toEqual(['plan_scale_all', 'plan_target']);
    expect(session.history).toEqual(['g_applaud']);
  });
});
