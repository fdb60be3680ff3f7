// Paired comparisons under common random numbers: run i of both sides uses the seed mixSeed(seed, i).
import { simulate, type Assumptions, type Plan } from '../../../src/sim';
import { mixSeed } from '../../../src/sim/rng';

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
