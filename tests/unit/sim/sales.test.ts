// Sales as a sourced, visible stage: a weekly capacity, a queue where leads lose value, the
// account managers' late follow-up, and the outcome naming sales when it was the bottleneck.
import { describe, expect, it } from 'vitest';
import { CALIBRATION, DEFAULT_ASSUMPTIONS, monteCarlo, planFor, simulate, withParams, type Assumptions } from '../../../src/sim';
import { pairedDiff } from './crn';
import { PATHS } from './helpers';

const A = DEFAULT_ASSUMPTIONS;
const fixed = (id: 'salesCapacity' | 'leadDelayDecay', v: number): Assumptions => withParams(A, { [id]: { value: v, low: v, high: v } });
/** A strong path: lots of qualified leads. */
const STRONG = PATHS.find((d) => d.plan === 'plan_analyse' && d.answer === 'answer_measure' && d.content === 'content_adapt' && d.list === 'list_none' && d.launch === 'launch_test_first' && d.course === 'course_double_down')!;

describe('sales', () => {
  it('capacity is a sourced assumption with a range', () => {
    const c = CALIBRATION.salesCapacity;
    expect(c.low).toBeLessThan(c.value);
    expect(c.high).toBeGreaterThan(c.value);
    expect(c.rel).not.toBe('S');
    expect(CALIBRATION.leadDelayDecay.source).toMatch(/Oldroyd/);
  });

  it('a small sales team is the bottleneck and says so; a large one is not', () => {
    const plan = planFor(STRONG);
    const small = monteCarlo(plan, fixed('salesCapacity', 20), 3, 60);
    const large = monteCarlo(plan, fixed('salesCapacity', 400), 3, 60);
    expect(small.bottleneck).toBe('sales');
    expect(small.salesBottleneckShare).toBeGreaterThan(0.9);
    expect(large.bottleneck).toBe('marketing');
    expect(small.accepted.p50).toBeLessThan(large.accepted.p50);
    const o = simulate(plan, fixed('salesCapacity', 20), 1);
    expect(o.bottleneck).toBe('sales');
    expect(o.events.some((e) => e.id === 'sales_overload')).toBe(true);
  });

  it('leads that wait lose value: a faster decay never raises accepted, and lowers it when sales is stretched', () => {
    const plan = planFor(STRONG);
    const tight = fixed('salesCapacity', 30);
    const slowTight = withParams(tight, { leadDelayDecay: { value: 0.1, low: 0.1, high: 0.1 } });
    const fastTight = withParams(tight, { leadDelayDecay: { value: 0.6, low: 0.6, high: 0.6 } });
    const d = pairedDiff(plan, slowTight, fastTight, 60);
    expect(d.mean + 3 * d.se).toBeLessThan(0);
  });

  it('quality counts: across paths, qualified and accepted leads move together', () => {
    const sample = PATHS.filter((_, i) => i % 12 === 0);
    const rows = sample.map((d) => monteCarlo(planFor(d), A, 1, 40));
    const q = rows.map((r) => r.qualified.p50), a = rows.map((r) => r.accepted.p50);
    const mean = (v: number[]) => v.reduce((x, y) => x + y, 0) / v.length;
    const mq = mean(q), ma = mean(a);
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < q.length; i++) {
      sxy += (q[i]! - mq) * (a[i]! - ma);
      sxx += (q[i]! - mq) ** 2;
      syy += (a[i]! - ma) ** 2;
    }
    expect(sxy / Math.sqrt(sxx * syy)).toBeGreaterThan(0.6);
  });
});
