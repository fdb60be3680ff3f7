// Paired comparisons under common random numbers: run i of both sides uses the seed mixSeed(seed, i).
import { simulate, type Assumptions, type Plan } from '../../../src/sim';
import { M_ACC, Model, NPARAM, sumWeeks } from '../../../src/sim/model';
import { drawParams, paramTable } from '../../../src/sim/params';
import { Rng, mixSeed } from '../../../src/sim/rng';

/** Mean and standard error of accepted(b) - accepted(a) over n paired runs. */
export function pairedDiff(plan: Plan, a: Assumptions, b: Assumptions, n: number, seed = 5, planB: Plan = plan): { mean: number; se: number } {
  let s = 0, s2 = 0;
  for (let i = 0; i < n; i++) {
    const k = mixSeed(seed, i);
    const x = simulate(planB, b, k).totals.accepted - simulate(plan, a, k).totals.accepted;
    s += x;
    s2 += x * x;
  }
  const mean = s / n;
  return { mean, se: Math.sqrt(Math.max(0, s2 / n - mean * mean) / n) };
}

const crnModel = new Model();
const crnRng = new Rng(0);
const crnParams = new Float64Array(NPARAM);

/**
 * Accepted leads of runs 0..n-1 (run i on the stream mixSeed(seed, i), as monteCarlo and the 2015
 * replay draw them), without the outcome's packaging nor the replayed target: the fast form for
 * tests that compare many assumptions run by run.
 */
export function acceptedRuns(plan: Plan, a: Assumptions, seed: number, n: number): Float64Array {
  const table = paramTable(a);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    crnRng.reseed(mixSeed(seed >>> 0, i));
    drawParams(table, crnRng, crnParams);
    crnModel.run(plan, crnParams, crnRng);
    out[i] = sumWeeks(crnModel, M_ACC);
  }
  return out;
}
