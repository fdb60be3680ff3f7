// The target follows the assumptions: "+20% over H1 2015" where 2015 is replayed under the same
// assumptions with the same seeds (common random numbers).
import { describe, expect, it } from 'vitest';
import {
  ALICE_PATH, DEFAULT_ASSUMPTIONS, SCENARIO, baselinePlan2015, baselineRuns, monteCarlo, planFor, quantile, simulate, targetFor, targetOf,
  withParams, type Assumptions,
} from '../../../src/sim';
import { mixSeed } from '../../../src/sim/rng';

const RUNS = 200;
const median = (v: readonly number[]) => quantile([...v].sort((a, b) => a - b), 0.5);

describe('the H1 2016 target', () => {
  it('is +20% over the replayed 2015 and lands on the stated 2015 dashboard under the defaults', () => {
    const { baseline, target } = targetFor(DEFAULT_ASSUMPTIONS);
    expect(target).toBe(targetOf(baseline));
    expect(target).toBe(Math.ceil(baseline * 1.2));
    expect(Math.abs(baseline / SCENARIO.results2015.accepted - 1)).toBeLessThan(0.03);
  });

  it('central-value replay and Monte Carlo median agree within 5% (centred ranges)', () => {
    const central: Assumptions = { ...DEFAULT_ASSUMPTIONS, sampleRanges: false };
    const plan = baselinePlan2015();
    const c = median(Array.from({ length: RUNS }, (_, i) => simulate(plan, central, 700 + i).totals.accepted));
    const mc = monteCarlo(plan, DEFAULT_ASSUMPTIONS, 3, 400).accepted.p50;
    expect(Math.abs(mc / c - 1)).toBeLessThan(0.05);
  });

  it('editing an assumption moves baseline and target together', () => {
    for (const [id, k] of [['emailClickRate', 0.7], ['mqlRate', 1.25], ['acceptRate', 0.8]] as const) {
      const r = DEFAULT_ASSUMPTIONS.params[id];
      const edited = withParams(DEFAULT_ASSUMPTIONS, { [id]: { value: r.value * k, low: r.low * k, high: r.high * k } });
      const a = targetFor(DEFAULT_ASSUMPTIONS), b = targetFor(edited);
      if (k < 1) expect(b.baseline, id).toBeLessThan(a.baseline);
      else expect(b.baseline, id).toBeGreaterThan(a.baseline);
      expect(b.target, id).toBe(targetOf(b.baseline));
      // Replaying 2015 under the edit never meets its own +20%: the goalposts moved with it.
      const d = monteCarlo(baselinePlan2015(), edited, 5, 100);
      expect(d.target, id).toBe(b.target);
      expect(d.pObjective, id).toBe(0);
      expect(Math.abs(d.accepted.p50 / b.baseline - 1), id).toBeLessThan(0.08);
    }
  });

  it("pObjective is the share of runs that beat their own replay (same seed) by 20%", () => {
    const plan = planFor({ ...ALICE_PATH, list: 'list_none', launch: 'launch_segmented', content: 'content_adapt' });
    const n = 60, seed = 17;
    const d = monteCarlo(plan, DEFAULT_ASSUMPTIONS, seed, n);
    const base = baselineRuns(DEFAULT_ASSUMPTIONS, seed, n);
    let meet = 0;
    for (let i = 0; i < n; i++) {
      const a = simulate(plan, DEFAULT_ASSUMPTIONS, mixSeed(seed, i)).totals.accepted;
      const b = simulate(baselinePlan2015(), DEFAULT_ASSUMPTIONS, mixSeed(seed, i)).totals.accepted;
      expect(base[i]).toBe(b);
      if (a >= targetOf(b)) meet++;
    }
    expect(d.pObjective).toBeCloseTo(meet / n, 10);
  });
});
