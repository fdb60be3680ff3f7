// Weeks 1-8 reported separately: in the outcome, the distribution and the branch rows.
import { describe, expect, it } from 'vitest';
import { ALICE_PATH, DEFAULT_ASSUMPTIONS, PHASE1_WEEKS, monteCarlo, planFor, simulate, summarisePhase1 } from '../../../src/sim';
import { branchRow } from '../../../src/sim/branches';

describe('phase one', () => {
  it('the outcome carries weeks 1-8 raw leads, qualified and accepted, as the story summary does', () => {
    const o = simulate(planFor(ALICE_PATH), DEFAULT_ASSUMPTIONS, 4);
    const sum = (v: readonly number[]) => v.slice(0, PHASE1_WEEKS).reduce((a, b) => a + b, 0);
    expect(o.phase1).toEqual({ rawLeads: sum(o.weekly.rawLeads), qualified: sum(o.weekly.qualified), accepted: sum(o.weekly.accepted) });
    const p = summarisePhase1(o);
    expect([p.raw, p.qualified, p.accepted]).toEqual([o.phase1.rawLeads, o.phase1.qualified, o.phase1.accepted]);
  });

  it('the distribution and the branch row give phase-one percentiles, below the semester', () => {
    const d = monteCarlo(planFor(ALICE_PATH), DEFAULT_ASSUMPTIONS, 2, 50);
    expect(d.phase1.accepted.p50).toBeLessThanOrEqual(d.accepted.p50);
    expect(d.phase1.rawLeads.p10).toBeLessThanOrEqual(d.phase1.rawLeads.p90);
    const row = branchRow(ALICE_PATH, DEFAULT_ASSUMPTIONS, 2, 50);
    expect(row.phase1.qualified.p50).toBeCloseTo(d.phase1.qualified.p50, 1);
  });
});
