// Monotone what-ifs (issue 12, item 8): every assumption declares which way raising it should move
// accepted leads (CALIBRATION[id].direction). Each one is moved across its range (low -> high, and
// random pairs within the range, fast-check) on three reference paths: the 2015 replay (what the
// target is built on), Alice's path and the best path. Common random numbers: run i of both points
// uses the stream mixSeed(SEED, i), so every other assumption takes the same draw at both points and
// the paired difference is the effect of the move alone (plus the counts' residual noise).
//
// The moved assumption is held at the point in every run (its own spread would only add noise);
// every other assumption is drawn from its range. A fixed assumption (low = high: a policy
// threshold, a follower count) is moved over +-FIXED_SPAN around its value, a facilitator's edit.
//
// The verdict of one move: the mean paired difference d of accepted leads and its standard error
// se = sd(d) / sqrt(n). The move is 'up' when d > tol, 'down' when d < -tol, else 'flat', with
// tol = max(z * se, RESOLUTION): z holds the family-wise chance of a false verdict over every move
// of this file below ALPHA (Bonferroni), and RESOLUTION is half a lead (the workshop shows whole
// leads: a smaller move is invisible). Checks, per assumption:
// - declared +1 or -1: no move on any path goes the other way;
// - declared +1 or -1: the low -> high move goes the declared way on at least one path, unless the
//   assumption is listed in BELOW_NOISE (it acts on none of these paths, or by less than the noise);
// - declared 'none': the moves do not go one way only (flat everywhere, or both ways by path).
// Everything is seeded: the verdicts are deterministic, a failure is a finding, not a flake.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALICE_PATH, CALIBRATION, DECISIONS, DEFAULT_ASSUMPTIONS, PARAM_IDS, UNIT_BOUNDS, baselinePlan2015, planFor, withParams,
  type Assumptions, type Decisions, type ParamId, type Plan,
} from '../../../src/sim';
import { normInv } from '../../../src/sim/params';
import { acceptedRuns } from './crn';

/**
 * The best path: the top of the branch table under the default assumptions (`npm run branches`,
 * seed 1, 100 runs: 704 accepted, tied with its answer_bravado twin), the path the story's advice
 * describes. The debrief's best-path search races paths per seed; this fixed one is checked below to
 * be at least as good as each of its single-decision neighbours.
 */
export const BEST_PATH: Decisions = {
  plan: 'plan_target', answer: 'answer_measure', content: 'content_adapt', list: 'list_none', launch: 'launch_test_first', course: 'course_sales',
};

const SEED = 8;
/** Runs per point and path: Alice's runs split on rare events (a suspension), the best path's on its sales queue: they get more. */
const REFERENCE: readonly { readonly name: string; readonly plan: Plan; readonly runs: number }[] = [
  { name: '2015 replay', plan: baselinePlan2015(), runs: 40 },
  { name: "Alice's path", plan: planFor(ALICE_PATH), runs: 80 },
  { name: 'best path', plan: planFor(BEST_PATH), runs: 120 },
];
/** Random pairs per assumption (each on the three paths), besides low -> high. */
const PAIRS = 2;
const ALPHA = 0.01;
const MOVES = PARAM_IDS.length * REFERENCE.length * (1 + PAIRS);
const Z = normInv(1 - ALPHA / MOVES);
const RESOLUTION = 0.5;
const FIXED_SPAN = 0.25;

/**
 * Declared +1/-1 but flat beyond noise on all three reference paths: they act only on plans none of
 * these paths takes (verification, nurturing, scoring, a segmented launch, chosen display media),
 * only in runs that rarely happen there (a suspension), or by less than the noise (Twitter and
 * Facebook, banners (finance's budget rule cuts banners first, so under a lead on every path), dead addresses' bounces, complaints of a clean list). Exempt from the
 * confirmation only: a move the wrong way still fails.
 */
const BELOW_NOISE: ReadonlySet<ParamId> = new Set<ParamId>([
  'emailHardBounce', 'suspensionWeeks', 'platformReviewBounce', 'platformSuspendComplaint', 'repermissionRate', 'boughtRepermissionRate',
  'verifyKeepShare', 'verifyInvalidCaught', 'verifyTrapCaught', 'cleanStaleRemoved', 'displayCpmChosen',
  'segComplaintLift', 'segUnsubLift', 'fatigueAnnoy',
  'twitterFollowers', 'twitterReach', 'twitterClickRate', 'twitterWarmth',
  'bannerCtr', 'displayCpmBroad', 'displayVisitRate', 'displayWarmth', 'facebookFans', 'facebookReach', 'facebookClickRate', 'facebookWarmth',
  'scoringQualLift', 'scoringAcceptLift', 'nurtureWeekly', 'nurtureQual', 'untrackedUsable', 'segmentBuildWeeks',
]);

/**
 * Known dishonest what-ifs of the current model (src/sim/model.ts), with the mechanism. Their cases
 * run as `it.fails`: they pass while the model still moves them the wrong way and fail once it is
 * fixed, so the fix must remove the entry here. Nothing is skipped.
 */
const FIFO = 'Sales call the oldest leads first: on the best path the queue is full, so more qualified leads do not raise accepted ones beyond noise (per run they can lower them).';
const KNOWN_WRONG: Partial<Record<ParamId, string>> = {
  boughtDeadShare:
    'A dirtier bought list pushes week 1 over the 10% hard-bounce suspension; reinstatement re-permissions only the list at fault (Model.email: repermission of the bought pools alone when badB), so the toxic list and its spam traps vanish and the own base is untouched: Alice gains ~49 accepted.',
  platformSuspendBounce:
    'Same mechanism: a stricter suspension level suspends Alice in week 1 more often, which removes the bought list and its traps for free; a more lenient platform costs ~28 accepted.',
  platformReviewComplaint:
    'Same mechanism: a stricter review level leads to a suspension (review, then a review-level week) that removes the bought list; a more lenient platform costs ~20 accepted.',
  platformReviewPeriod:
    'Same mechanism: a shorter review period turns the review into a suspension sooner, removing the bought list sooner; more time to fix costs ~14 accepted.',
  // Inside sales call the waiting leads oldest first (Model.callFrom, `age` from QUEUE_AGE - 1 down):
  // once the best path fills the queue, every call is on a lead that waited two weeks, so more
  // qualified leads bring no more accepted ones (and push the calls onto older leads): the lifts that
  // act only on the best path do not show beyond noise there, and in single runs go the wrong way.
  segClickLift: FIFO,
  abOpenLift: FIFO,
  abFillLift: FIFO,
  segLandingLift: FIFO,
  freeAssetLift:
    'The curiosity lift multiplies email clicks (ctor) and fills per click (fillP) by (1 + lift) each, but the qualification is divided by (1 + lift) once (Model.emailCoefficients, E_QUAL): qualified leads grow with the lift, contrary to its note. Alice gains ~15 accepted from curiosity downloads.',
};

type Verdict = 'up' | 'down' | 'flat';
interface Move { readonly path: string; readonly lo: number; readonly hi: number; readonly mean: number; readonly se: number; readonly verdict: Verdict }

const pinned = (id: ParamId, x: number): Assumptions => withParams(DEFAULT_ASSUMPTIONS, { [id]: { value: x, low: x, high: x } });

/** The range an assumption is moved over: its table range, or +-FIXED_SPAN of a fixed value (within its unit's bounds). */
export function rangeOf(id: ParamId): readonly [number, number] {
  const c = CALIBRATION[id];
  if (c.high > c.low) return [c.low, c.high];
  const [min, max] = UNIT_BOUNDS[c.unit];
  return [Math.max(min, c.value * (1 - FIXED_SPAN)), Math.min(max, c.value * (1 + FIXED_SPAN))];
}

/** Paired move lo -> hi of one assumption on one reference path. */
export function move(id: ParamId, ref: (typeof REFERENCE)[number], lo: number, hi: number): Move {
  const a = acceptedRuns(ref.plan, pinned(id, lo), SEED, ref.runs);
  const b = acceptedRuns(ref.plan, pinned(id, hi), SEED, ref.runs);
  const n = ref.runs;
  let s = 0, s2 = 0;
  for (let i = 0; i < n; i++) {
    const d = b[i]! - a[i]!;
    s += d;
    s2 += d * d;
  }
  const mean = s / n;
  const se = Math.sqrt(Math.max(0, (s2 - n * mean * mean) / (n - 1)) / n);
  const tol = Math.max(Z * se, RESOLUTION);
  const verdict: Verdict = mean > tol ? 'up' : mean < -tol ? 'down' : 'flat';
  return { path: ref.name, lo, hi, mean, se, verdict };
}

const show = (m: Move) => `${m.path} ${m.lo} -> ${m.hi}: ${m.mean.toFixed(2)} accepted (se ${m.se.toFixed(2)}, ${m.verdict})`;
const wrongWay = (dir: 1 | -1): Verdict => (dir === 1 ? 'down' : 'up');

function checkAssumption(id: ParamId): void {
  const c = CALIBRATION[id];
  const [lo, hi] = rangeOf(id);
  const full = REFERENCE.map((ref) => move(id, ref, lo, hi));
  const moves: Move[] = [...full];
  const pair = fc.tuple(fc.double({ min: lo, max: hi, noNaN: true }), fc.double({ min: lo, max: hi, noNaN: true }))
    .map(([x, y]): [number, number] => (x <= y ? [x, y] : [y, x]));
  fc.assert(
    fc.property(pair, ([x, y]) => {
      for (const ref of REFERENCE) {
        const m = move(id, ref, x, y);
        moves.push(m);
        if (c.direction !== 'none') expect(m.verdict, show(m)).not.toBe(wrongWay(c.direction));
      }
    }),
    { numRuns: PAIRS, seed: SEED + PARAM_IDS.indexOf(id), endOnFailure: true },
  );
  if (c.direction !== 'none') {
    for (const m of full) expect(m.verdict, show(m)).not.toBe(wrongWay(c.direction));
    const seen = full.some((m) => m.verdict === (c.direction === 1 ? 'up' : 'down'));
    if (!BELOW_NOISE.has(id)) expect(seen, `${id} declares ${c.direction} but no reference path shows it: ${full.map(show).join('; ')}`).toBe(true);
  } else {
    const ups = moves.filter((m) => m.verdict === 'up'), downs = moves.filter((m) => m.verdict === 'down');
    const oneWay = (ups.length > 0) !== (downs.length > 0);
    expect(oneWay, `${id} declares 'none' but only moves one way: ${[...ups, ...downs].map(show).join('; ')}`).toBe(false);
  }
}

describe('monotone what-ifs: each assumption moves accepted leads the way it declares (CRN)', () => {
  it('every assumption declares a direction; a "none" or an unexpected one says why', () => {
    for (const id of PARAM_IDS) {
      const c = CALIBRATION[id];
      expect([1, -1, 'none'], id).toContain(c.direction);
      if (c.direction === 'none') expect(c.directionWhy.length, id).toBeGreaterThan(20);
    }
    for (const id of BELOW_NOISE) expect(CALIBRATION[id].direction, id).not.toBe('none');
    for (const id of Object.keys(KNOWN_WRONG) as ParamId[]) expect(BELOW_NOISE.has(id), id).toBe(false);
    expect(Z).toBeGreaterThan(3);
  });

  it('the best path is at least as good as each of its single-decision neighbours', () => {
    const ref = REFERENCE[2]!;
    const best = acceptedRuns(ref.plan, DEFAULT_ASSUMPTIONS, SEED, ref.runs);
    for (const d of DECISIONS) {
      for (const option of d.options) {
        if (option === BEST_PATH[d.key]) continue;
        const other = acceptedRuns(planFor({ ...BEST_PATH, [d.key]: option } as Decisions), DEFAULT_ASSUMPTIONS, SEED, ref.runs);
        let s = 0, s2 = 0;
        for (let i = 0; i < ref.runs; i++) {
          const x = other[i]! - best[i]!;
          s += x;
          s2 += x * x;
        }
        const mean = s / ref.runs;
        const se = Math.sqrt(Math.max(0, (s2 - ref.runs * mean * mean) / (ref.runs - 1)) / ref.runs);
        expect(mean, `${option}: ${mean.toFixed(1)} (se ${se.toFixed(1)})`).toBeLessThanOrEqual(Math.max(Z * se, RESOLUTION));
      }
    }
  });

  for (const id of PARAM_IDS) {
    const known = KNOWN_WRONG[id];
    const dir = CALIBRATION[id].direction;
    const name = `${id} (${dir === 'none' ? 'none' : dir > 0 ? 'raises' : 'lowers'} accepted leads)`;
    if (known) it.fails(`${name}: KNOWN WRONG WAY, ${known}`, () => checkAssumption(id));
    else it(name, () => checkAssumption(id));
  }
});
