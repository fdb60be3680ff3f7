// The Class panel's question to the model: every distinct path of a class, Alice's and the best
// path, under one seed and the facilitator's assumptions, with the same draws (common random
// numbers), so the class can be ranked and compared. Runs in the simulation worker; the request
// is untrusted (codes pasted from anywhere) and validated here.
import { ALICE_PATH, DEFAULT_ASSUMPTIONS, parseAssumptions, type Assumptions } from '../sim';
import { DEBRIEF_OPTIONS, evaluatePath, findBestPath, pathKey } from './debrief-request';
import { checkPath } from './workshop-request';
import { precomputedBest } from './class-best';
import type { CohortRequest, CohortResult, PathNumbers } from './protocol';
import type { Decisions } from '../sim';

/** Every path of the story (3*2*3*3*3*3). */
export const COHORT_MAX_PATHS = 486;
export const COHORT_MAX_RUNS = 500;
/** Runs per path in the Class panel: a class's 200 codes (up to 200 paths) stay well under 2 s. */
export const COHORT_RUNS = 20;

type Pause = () => Promise<void>;

/** A path's numbers under a seed, a run count and assumptions, kept: a live room asks again each time a trainee finishes, and a class shares paths. */
export class PathMemo {
  private readonly m = new Map<string, PathNumbers>();
  constructor(private readonly max = 2000) {}

  get(d: Decisions, seed: number, runs: number, a: Assumptions, aKey: string): PathNumbers {
    const k = `${seed}|${runs}|${aKey}|${pathKey(d)}`;
    let n = this.m.get(k);
    if (!n) {
      n = evaluatePath(d, seed, runs, a);
      if (this.m.size >= this.max) this.m.delete(this.m.keys().next().value!);
      this.m.set(k, n);
    }
    return n;
  }
}

export async function cohortNumbers(
  req: CohortRequest, best: (seed: number, a: Assumptions) => Promise<Decisions>, pause: Pause = () => Promise.resolve(), now: () => number = () => performance.now(),
  memo: PathMemo = new PathMemo(),
): Promise<CohortResult> {
  const t0 = now();
  if (!Array.isArray(req.paths) || req.paths.length > COHORT_MAX_PATHS) return { ok: false, error: `at most ${COHORT_MAX_PATHS} paths` };
  const runs = Math.floor(Number(req.runs));
  if (!(runs >= 1 && runs <= COHORT_MAX_RUNS)) return { ok: false, error: `runs must be between 1 and ${COHORT_MAX_RUNS}` };
  const seed = Number(req.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return { ok: false, error: 'the seed must be a whole number from 0 to 4294967295' };
  let assumptions: Assumptions = DEFAULT_ASSUMPTIONS;
  if (req.assumptions !== null && req.assumptions !== undefined) {
    const a = parseAssumptions(req.assumptions);
    if (!a.ok) return { ok: false, error: a.error };
    assumptions = a.value;
  }
  const paths = [];
  for (const [i, p] of req.paths.entries()) {
    const c = checkPath(p);
    if (!c.ok) return { ok: false, error: `path ${i + 1}: ${c.error}` };
    paths.push(c.value);
  }
  const bestDecisions = await best(seed, assumptions);
  const t1 = now();
  const aKey = JSON.stringify(assumptions);
  const numbers: PathNumbers[] = [];
  for (const [i, d] of paths.entries()) {
    numbers.push(memo.get(d, seed, runs, assumptions, aKey));
    if (i % 8 === 7) await pause();
  }
  return {
    ok: true,
    seed,
    runs,
    numbers,
    alice: memo.get(ALICE_PATH, seed, runs, assumptions, aKey),
    best: { decisions: bestDecisions, numbers: memo.get(bestDecisions, seed, runs, assumptions, aKey) },
    ms: Math.round(now() - t0),
    searchMs: Math.round(t1 - t0),
  };
}

/**
 * The best path of the Class panel: searched once ahead of time for its seed under the published
 * figures (class-best.ts, checked against the model here), else searched now, once per seed and
 * assumptions (its own cache: the game's live seed is left alone).
 */
export function cohortBestCache(): (seed: number, a: Assumptions) => Promise<Decisions> {
  const cache = new Map<string, Promise<Decisions>>();
  return (seed, a) => {
    const key = `${seed}|${JSON.stringify(a)}`;
    let p = cache.get(key);
    if (!p) {
      if (cache.size >= 4) cache.delete(cache.keys().next().value!);
      const ahead = precomputedBest(seed, a);
      p = ahead ? Promise.resolve(ahead) : findBestPath(seed, DEBRIEF_OPTIONS, a).then((b) => b.decisions);
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  };
}
