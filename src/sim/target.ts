// The President's target follows the assumptions: "+20% over H1 2015", where H1 2015 is the model's
// replay of what Alice's team did that year (baselinePlan2015) under the current assumptions. Edit
// an assumption and the replayed 2015 moves, and the target with it: the goalposts stay "+20%".
//
// Two uses, both with common random numbers (run r of the replay and run r of a 2016 plan share
// the seed mixSeed(seed, r), hence the same parameter draw):
// - `baselineRuns`: the replay's accepted leads per run, for the Monte Carlo's pObjective: run r
//   meets the target when its 2016 result is at least 1.2x the replay of run r. Pairing calibrates
//   each drawn world on the 2015 it would have produced (a world with low open rates made 2015 low
//   too), which is what "the 2015 dashboard said X" means: a 2016 result a_r in world r stands for
//   a_r * X / base_r against the stated target 1.2 X, i.e. a_r >= 1.2 base_r.
// - `targetFor`: the number stated to the player (the story, the dashboard): the median of a fixed
//   reference replay (TARGET_SEED, TARGET_RUNS runs) and +20% of it.
import type { Assumptions } from './assumptions';
import { M_ACC, NPARAM, monteCarloModel, sumWeeks } from './model';
import { drawParams, paramTable, type ParamTable } from './params';
import { baselinePlan2015 } from './plan';
import { Rng, mixSeed } from './rng';
import { SCENARIO } from './scenario';
import type { Plan } from './types';

export const TARGET_SEED = 2015;
export const TARGET_RUNS = 200;

/** Target of a 2015 result: +20% (rounded up to a whole lead). */
export const targetOf = (baseline: number): number => Math.ceil(baseline * (1 + SCENARIO.targetUplift));

let plan2015: Plan | null = null;
const model = monteCarloModel();
const rng = new Rng(0);
const params = new Float64Array(NPARAM);
/** Replays cached per parameter table (one per assumptions object), then per seed and runs. */
const runsCache = new WeakMap<ParamTable, Map<string, Float64Array>>();
const targetCache = new WeakMap<ParamTable, { baseline: number; target: number }>();

/** The cache of one parameter table's replays, and the key of (seed, runs). */
function cacheOf(table: ParamTable, seed: number, runs: number): { m: Map<string, Float64Array>; key: string } {
  let m = runsCache.get(table);
  if (!m) runsCache.set(table, (m = new Map()));
  return { m, key: `${seed >>> 0}:${runs}` };
}

/** Run i of the replay: its accepted leads. */
function replay(table: ParamTable, seed: number, i: number): number {
  plan2015 ??= baselinePlan2015();
  rng.reseed(mixSeed(seed >>> 0, i));
  drawParams(table, rng, params);
  model.run(plan2015, params, rng);
  return sumWeeks(model, M_ACC);
}

function store(m: Map<string, Float64Array>, key: string, out: Float64Array): Float64Array {
  if (m.size > 16) m.clear();
  m.set(key, out);
  return out;
}

/** Accepted leads of the H1 2015 replay for runs 0..runs-1 of `seed` (cached; do not modify). */
export function baselineRuns(assumptions: Assumptions, seed: number, runs: number): Float64Array {
  const table = paramTable(assumptions);
  const { m, key } = cacheOf(table, seed, runs);
  const hit = m.get(key);
  if (hit) return hit;
  const out = new Float64Array(runs);
  for (let i = 0; i < runs; i++) out[i] = replay(table, seed, i);
  return store(m, key, out);
}

/**
 * baselineRuns on the page's own thread (no worker): the same numbers and the same cache, with
 * `pause` asked after each run (a promise when the caller's slice is used up).
 */
export async function baselineRunsSliced(assumptions: Assumptions, seed: number, runs: number, pause: () => Promise<void> | undefined): Promise<Float64Array> {
  const table = paramTable(assumptions);
  const { m, key } = cacheOf(table, seed, runs);
  const hit = m.get(key);
  if (hit) return hit;
  const out = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    out[i] = replay(table, seed, i);
    const p = pause();
    if (p) await p;
  }
  return store(m, key, out);
}

/** targetFor, its reference replay in slices (see baselineRunsSliced). */
export async function targetForSliced(assumptions: Assumptions, pause: () => Promise<void> | undefined): Promise<{ baseline: number; target: number }> {
  if (!targetCache.has(paramTable(assumptions))) await baselineRunsSliced(assumptions, TARGET_SEED, TARGET_RUNS, pause);
  return targetFor(assumptions);
}

/** The replayed H1 2015 accepted leads (median of the reference replay) and the H1 2016 target. */
export function targetFor(assumptions: Assumptions): { baseline: number; target: number } {
  const table = paramTable(assumptions);
  const hit = targetCache.get(table);
  if (hit) return hit;
  const v = Float64Array.from(baselineRuns(assumptions, TARGET_SEED, TARGET_RUNS)).sort();
  const n = v.length;
  const baseline = Math.round(n % 2 ? v[(n - 1) / 2]! : (v[n / 2 - 1]! + v[n / 2]!) / 2);
  const r = { baseline, target: targetOf(baseline) };
  targetCache.set(table, r);
  return r;
}
