// People, not averages (issue 12, item 3): "the more I do, the less I get" comes out of the
// engagement groups (an engaged core that converts and tires, a lukewarm middle, dormant readers
// who barely open and complain when mailed often) and of fatigue that grows with sends. On Alice's
// path, more mailings a month bring fewer accepted leads per email sent, and more unsubscribes and
// complaints. Common random numbers: run i of every cadence uses the stream mixSeed(SEED, i).
import { describe, expect, it } from 'vitest';
import { ALICE_PATH, DEFAULT_ASSUMPTIONS, planFor, simulate, type Plan } from '../../../src/sim';
import { mixSeed } from '../../../src/sim/rng';

const SEED = 11;
const N = 100;
const alice = planFor(ALICE_PATH);

/** Alice's plan with `perMonth` mailings every 4 weeks in each phase (campaigns first, then newsletters). */
function cadence(perMonth: readonly [number, number]): Plan {
  const phase = (i: 0 | 1) => {
    const ph = alice.phases[i];
    const campaigns = Math.min(ph.campaignPerMonth, perMonth[i]);
    return { ...ph, campaignPerMonth: campaigns, newsletterPerMonth: perMonth[i] - campaigns };
  };
  return { ...alice, phases: [phase(0), phase(1)] };
}

interface Run { readonly sent: number; readonly accepted: number; readonly unsubs: number; readonly complaints: number }
function runs(plan: Plan): Run[] {
  return Array.from({ length: N }, (_, i) => {
    const t = simulate(plan, DEFAULT_ASSUMPTIONS, mixSeed(SEED, i)).totals;
    return { sent: t.sent, accepted: t.accepted, unsubs: t.unsubscribes, complaints: t.complaints };
  });
}
/** Mean and standard error of the paired difference b - a of one measure. */
function paired(a: Run[], b: Run[], f: (r: Run) => number): { mean: number; se: number } {
  const d = a.map((r, i) => f(b[i]!) - f(r));
  const mean = d.reduce((x, y) => x + y, 0) / N;
  const sd = Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / (N - 1));
  return { mean, se: sd / Math.sqrt(N) };
}

describe('the more I do, the less I get (engagement groups and fatigue)', () => {
  it("on Alice's path, more sends bring fewer accepted leads per send and more unsubscribes and complaints", () => {
    // Two mailings a month (the 2015 cadence) -> three -> Alice's own (three, then weekly).
    const levels = [cadence([2, 2]), cadence([3, 3]), alice].map(runs);
    for (let i = 1; i < levels.length; i++) {
      const a = levels[i - 1]!, b = levels[i]!;
      // Accepted leads per email sent over the runs (sum of accepted / sum of sent) falls when the
      // extra sends bring fewer accepted leads each than the sends before: paired, per run,
      // (accepted_b - accepted_a) - rate_a * (sent_b - sent_a) < 0 beyond noise. (A per-run ratio
      // would be led by the runs where a suspension stopped most sending.)
      const rate = a.reduce((x, r) => x + r.accepted, 0) / a.reduce((x, r) => x + r.sent, 0);
      const sent = paired(a, b, (r) => r.sent), per = paired(a, b, (r) => r.accepted - rate * r.sent);
      const un = paired(a, b, (r) => r.unsubs), co = paired(a, b, (r) => r.complaints);
      const say = `step ${i}: sent ${sent.mean.toFixed(0)}, accepted beyond the earlier rate ${per.mean.toFixed(1)} (se ${per.se.toFixed(1)}), unsubscribes ${un.mean.toFixed(1)} (se ${un.se.toFixed(1)}), complaints ${co.mean.toFixed(1)} (se ${co.se.toFixed(1)})`;
      expect(sent.mean, say).toBeGreaterThan(0);
      expect(per.mean + 3 * per.se, say).toBeLessThan(0);
      expect(un.mean - 3 * un.se, say).toBeGreaterThan(0);
      expect(co.mean - 3 * co.se, say).toBeGreaterThan(0);
    }
  });
});
