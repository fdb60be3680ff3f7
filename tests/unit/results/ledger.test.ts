// The debrief's numbers are the model's: the ledger's baseline is the Monte Carlo median it
// claims (and the semester dashboard's), each alternative is a direct run with that one decision
// swapped, the deltas are the sim's own marginal effects, and the best path beats its rivals.
import { describe, expect, it } from 'vitest';
import {
  ALICE_PATH, DECISIONS, DEFAULT_ASSUMPTIONS, marginalEffects, monteCarlo, planFor, type Decisions,
} from '../../../src/sim';
import { computeDebrief, evaluatePath, findBestPath, type DebriefOptions } from '../../../src/service/debrief-request';
import { better } from '../../../src/service/debrief-rank';
import { STORY_MC_RUNS, runSimRequest } from '../../../src/service/sim-request';
import { buildLedger } from '../../../src/ui/debrief/ledger';

const GOOD: Decisions = {
  plan: 'plan_target', answer: 'answer_measure', content: 'content_wp_targeted', list: 'list_none', launch: 'launch_segmented', course: 'course_sales',
};
const OPTS: DebriefOptions = { runs: 60, screenRuns: 3, finalists: 3 };
const SEED = 20160104;

describe('the decision ledger', () => {
  it("reports as its baseline the semester dashboard's median (same seed, same runs)", () => {
    const report = runSimRequest({ phase: 'semester', decisions: ALICE_PATH, seed: SEED });
    const base = evaluatePath(ALICE_PATH, SEED, STORY_MC_RUNS);
    expect(base.accepted).toEqual(report.detail.distribution!.accepted);
    expect(base.pObjective).toBe(report.detail.distribution!.pObjective);
    expect(base.tier).toBe(report.vars['tier']);
  });

  for (const [name, path] of [["Alice's path", ALICE_PATH], ['a better path', GOOD]] as const) {
    it(`adds up with the model for ${name}`, async () => {
      const r = await computeDebrief({ decisions: path, seed: SEED }, OPTS);
      const ledger = buildLedger(r);
      // The baseline is the median it claims.
      const direct = monteCarlo(planFor(path), DEFAULT_ASSUMPTIONS, SEED, OPTS.runs);
      expect(ledger.played.accepted).toEqual(direct.accepted);
      expect(ledger.played.inboxRate).toEqual(direct.inboxRate);
      // Each alternative is a direct run with that decision swapped, and the deltas are the sim's marginal effects.
      const marginal = marginalEffects(path, DEFAULT_ASSUMPTIONS, SEED, OPTS.runs);
      expect(marginal.base.accepted).toBe(ledger.played.accepted.p50);
      expect(ledger.entries.map((e) => e.key)).toEqual(DECISIONS.map((d) => d.key));
      for (const entry of ledger.entries) {
        expect(entry.chosen).toBe(path[entry.key]);
        const m = marginal.decisions.find((d) => d.key === entry.key)!;
        expect(entry.alternatives.map((a) => a.option).sort()).toEqual(m.alternatives.map((a) => a.option).sort());
        for (const alt of entry.alternatives) {
          const swapped = monteCarlo(planFor({ ...path, [entry.key]: alt.option }), DEFAULT_ASSUMPTIONS, SEED, OPTS.runs);
          expect(alt.numbers.accepted).toEqual(swapped.accepted);
          expect(alt.numbers.spend.p50).toBe(swapped.spend.p50);
          const ma = m.alternatives.find((a) => a.option === alt.option)!;
          expect(alt.numbers.accepted.p50 - ledger.played.accepted.p50).toBe(ma.accepted);
          expect(alt.numbers.inboxRate.p50 - ledger.played.inboxRate.p50).toBeCloseTo(ma.inboxRate, 12);
          expect(alt.deltaAccepted + 0).toBe(0 - ma.accepted);
        }
        // Compared with the best alternative; the verdict and the delta agree with it.
        const bestAlt = [...entry.alternatives].sort((a, b) => better(a.numbers, b.numbers))[0]!;
        expect(entry.compareTo).toBe(bestAlt.option);
        expect(entry.delta.accepted).toBe(ledger.played.accepted.p50 - bestAlt.numbers.accepted.p50);
        expect(entry.delta.inboxRate).toBeCloseTo(ledger.played.inboxRate.p50 - bestAlt.numbers.inboxRate.p50, 12);
        if (entry.verdict === 'worse') expect(entry.delta.accepted).toBeLessThan(0);
        if (entry.verdict === 'best') expect(better(ledger.played, bestAlt.numbers)).toBeLessThan(0);
      }
      // Lessons: the costly decisions, costliest first.
      const costs = ledger.lessons.map((e) => e.delta.accepted);
      expect([...costs].sort((a, b) => a - b)).toEqual(costs);
      // The best path's numbers are its own direct run, and it is no worse than the played path or any neighbour.
      expect(r.best.numbers.accepted).toEqual(evaluatePath(r.best.decisions, SEED, OPTS.runs).accepted);
      expect(better(r.best.numbers, ledger.played)).toBeLessThanOrEqual(0);
      for (const e of ledger.entries) for (const a of e.alternatives) expect(better(r.best.numbers, a.numbers)).toBeLessThanOrEqual(0);
      expect(ledger.isBestPath).toBe(DECISIONS.every((d) => r.best.decisions[d.key] === path[d.key]));
    }, 120_000);
  }

  it("shows the model's lessons for Alice: her list and her blast cost leads and inbox placement", async () => {
    const ledger = buildLedger(await computeDebrief({ decisions: ALICE_PATH, seed: SEED }, OPTS));
    const list = ledger.entries.find((e) => e.key === 'list')!;
    expect(list.verdict).toBe('worse');
    expect(list.delta.inboxRate).toBeLessThan(0);
    expect(ledger.played.tier).toBe('ending_wall');
    expect(ledger.best.numbers.accepted.p50).toBeGreaterThan(ledger.played.accepted.p50 * 1.5);
  }, 120_000);

  it('finds a best path that beats every path of a random sample (same seed, same runs)', async () => {
    const opts: DebriefOptions = { runs: 40, screenRuns: 6, finalists: 5 };
    const best = await findBestPath(SEED, opts);
    expect(best.screened).toBe(486);
    let x = 12345;
    const rand = (n: number) => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n);
    for (let i = 0; i < 12; i++) {
      const d = Object.fromEntries(DECISIONS.map((p) => [p.key, p.options[rand(p.options.length)]])) as unknown as Decisions;
      expect(best.numbers.accepted.p50).toBeGreaterThanOrEqual(evaluatePath(d, SEED, opts.runs).accepted.p50);
    }
  }, 120_000);
});
