// The workshop panel's question to the model: the Monte Carlo numbers of a few full paths, side by
// side, under the facilitator's assumptions. Runs in the simulation worker. Everything in the
// request is treated as untrusted (a facilitator may have loaded the assumptions from a file):
// it is validated here, and a faulty request gets a clear message instead of numbers.
import { DECISIONS, DEFAULT_ASSUMPTIONS, parseAssumptions, type Assumptions, type Decisions, type ParamId } from '../sim';
import { evaluatePath, evaluatePathSliced, type Slice } from './debrief-request';
import type { CompareRequest, CompareResult, PathNumbers } from './protocol';

export const COMPARE_MAX_PATHS = 4;
export const COMPARE_MAX_RUNS = 2000;

/** A full path from untrusted input, or the reason it is not one. */
export function checkPath(x: unknown): { ok: true; value: Decisions } | { ok: false; error: string } {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return { ok: false, error: 'a path must be an object of decisions' };
  const rec = x as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const d of DECISIONS) {
    const v = rec[d.key];
    if (typeof v !== 'string' || !(d.options as readonly string[]).includes(v)) {
      return { ok: false, error: `${d.label} (${d.key}) must be one of ${d.options.join(', ')}` };
    }
    out[d.key] = v;
  }
  const extra = Object.keys(rec).filter((k) => !DECISIONS.some((d) => d.key === k));
  if (extra.length) return { ok: false, error: `unknown decision ${extra[0]}` };
  return { ok: true, value: out as unknown as Decisions };
}

export function comparePaths(req: CompareRequest, now: () => number = () => performance.now()): CompareResult {
  const t0 = now();
  const c = checkCompare(req);
  if (!c.ok) return c;
  // The workshop shows the Distribution's numbers: no per-run watch (the sliced version has none either).
  const numbers = c.paths.map((d) => evaluatePath(d, c.seed, c.runs, c.assumptions, { watch: false }));
  return { ok: true, seed: c.seed, runs: c.runs, numbers, ms: Math.round(now() - t0), assumptions: c.assumptions, filled: c.filled };
}

/** comparePaths on the page's own thread (no worker): the same numbers, `slice` asked after each run. */
export async function comparePathsSliced(req: CompareRequest, slice: Slice, now: () => number = () => performance.now()): Promise<CompareResult> {
  const t0 = now();
  const c = checkCompare(req);
  if (!c.ok) return c;
  const numbers: PathNumbers[] = [];
  for (const d of c.paths) numbers.push(await evaluatePathSliced(d, c.seed, c.runs, c.assumptions, slice));
  return { ok: true, seed: c.seed, runs: c.runs, numbers, ms: Math.round(now() - t0), assumptions: c.assumptions, filled: c.filled };
}

type Checked = { ok: true; seed: number; runs: number; assumptions: Assumptions; filled: readonly ParamId[]; paths: Decisions[] } | Extract<CompareResult, { ok: false }>;

/** The request, validated: every field of it is untrusted. */
function checkCompare(req: CompareRequest): Checked {
  if (!Array.isArray(req.paths) || req.paths.length < 1 || req.paths.length > COMPARE_MAX_PATHS) {
    return { ok: false, error: `between 1 and ${COMPARE_MAX_PATHS} paths can be compared` };
  }
  const runs = Math.floor(Number(req.runs));
  if (!(runs >= 1 && runs <= COMPARE_MAX_RUNS)) return { ok: false, error: `runs must be between 1 and ${COMPARE_MAX_RUNS}` };
  const seed = Number(req.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return { ok: false, error: 'the seed must be a whole number from 0 to 4294967295' };
  let assumptions: Assumptions = DEFAULT_ASSUMPTIONS;
  let filled: readonly ParamId[] = [];
  if (req.assumptions !== null && req.assumptions !== undefined) {
    const a = parseAssumptions(req.assumptions);
    if (!a.ok) return { ok: false, error: a.error, issue: a.issue };
    assumptions = a.value;
    filled = a.filled;
  }
  const paths: Decisions[] = [];
  for (const [i, p] of req.paths.entries()) {
    const c = checkPath(p);
    if (!c.ok) return { ok: false, error: `path ${i + 1}: ${c.error}` };
    paths.push(c.value);
  }
  return { ok: true, seed, runs, assumptions, filled, paths };
}
