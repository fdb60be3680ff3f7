import { describe, expect, it } from 'vitest';
import { Session, type SessionEvent } from '../../../src/narrative/session';
import { pathGuide } from '../../../src/narrative/guide';
import { ALICE_PATH, DECISIONS, decisionsFromHistory } from '../../../src/sim';
import { runSimRequest } from '../../../src/service/sim-request';
import { compileOrThrow, plainExternals } from './helpers';

// The real story and the real model (few Monte Carlo runs): what a facilitator's jump replays.
const stories = { en: compileOrThrow('story/en/main.ink'), fr: compileOrThrow('story/fr/main.ink') };
const sim = { run: (req: Parameters<typeof runSimRequest>[0]) => Promise.resolve(runSimRequest(req, undefined, 20)) };

function makeSession() {
  const session = new Session({ loadStory: (lang) => Promise.resolve(stories[lang]), externals: plainExternals, sim });
  const events: SessionEvent[] = [];
  session.on((e) => events.push(e));
  return { session, events };
}

describe('guided start (facilitators: start at a decision of Alice’s path)', () => {
  for (const [i, d] of DECISIONS.entries()) {
    it(`stops at ${d.label} (${d.key}) with Alice's earlier decisions taken`, async () => {
      const { session, events } = makeSession();
      await session.startGuided({ lang: i % 2 ? 'fr' : 'en', seed: 11 }, pathGuide(ALICE_PATH, d.key));
      expect(session.phase).toBe('choices');
      expect(session.choices.map((c) => c.id).sort()).toEqual([...d.options].sort());
      const made = decisionsFromHistory(session.history);
      expect(Object.keys(made)).toEqual(DECISIONS.slice(0, i).map((x) => x.key));
      for (const x of DECISIONS.slice(0, i)) expect(made[x.key]).toBe(ALICE_PATH[x.key]);
      // The room sees the stage and the line before the decision, not a blank screen.
      expect(events.some((e) => e.type === 'line')).toBe(true);
      expect(session.stage.scene).not.toBeNull();
      // From there, the game plays on as usual.
      await session.choose(d.options[d.options.length - 1]!);
      expect(session.history.at(-1)).toBe(d.options[d.options.length - 1]);
    });
  }

  it('plays a whole path to its ending when there is nowhere to stop', async () => {
    const { session } = makeSession();
    await session.startGuided({ lang: 'en', seed: 5 }, pathGuide(ALICE_PATH, null));
    expect(session.phase).toBe('ended');
    expect(session.ending).toBe('ending_wall');
    expect(decisionsFromHistory(session.history)).toEqual(ALICE_PATH);
  });
});
