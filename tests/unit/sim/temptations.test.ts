// Real temptations (issue 12, item 4): each seed option wins something visible in weeks 1-8 before
// it loses the semester. Common random numbers: the seed option and its alternative share a seed.
import { describe, expect, it } from 'vitest';
import { allDecisionPaths, type Decisions } from '../../../src/sim/decisions';
import { planFor } from '../../../src/sim/plan';
import { monteCarlo } from '../../../src/sim/montecarlo';
import { DEFAULT_ASSUMPTIONS } from '../../../src/sim/assumptions';

const RUNS = 30;
const SEED = 7;

function compare(key: keyof Decisions, seedOption: string, alternative: string, every: number) {
  const contexts = allDecisionPaths().filter((d) => d[key] === seedOption).filter((_, i) => i % every === 0);
  let rawWins = 0, accLosses = 0;
  for (const d of contexts) {
    const a = monteCarlo(planFor(d), DEFAULT_ASSUMPTIONS, SEED, RUNS);
    const b = monteCarlo(planFor({ ...d, [key]: alternative } as Decisions), DEFAULT_ASSUMPTIONS, SEED, RUNS);
    if (a.phase1.rawLeads.p50 > b.phase1.rawLeads.p50) rawWins++;
    if (a.accepted.p50 < b.accepted.p50) accLosses++;
  }
  return { n: contexts.length, rawWins, accLosses };
}

describe('temptations: the seed option wins weeks 1-8 raw volume, then loses the semester', () => {
  it('the Defence white paper offered to everyone draws more raw fills than the targeted one, and fewer accepted leads', () => {
    const r = compare('content', 'content_wp_everyone', 'content_wp_targeted', 9);
    expect(r.rawWins).toBeGreaterThan(r.n / 2);
    expect(r.accLosses).toBeGreaterThan(r.n / 2);
  });
  // Not yet: the bought list's first-send bump (newNameLift) is in the model, but platform
  // suspensions and the lagged reputation hit still cost it weeks 1-8 in most contexts.
  it.todo('the merged bought list gives more raw leads in weeks 1-8 than no purchase, and fewer accepted leads');
  // Not yet: segmentation's click lift gives the segmented launch more raw leads from week 1.
  it.todo('the blast gives more raw leads in weeks 1-8 than the segmented launch, and fewer accepted leads');
});
