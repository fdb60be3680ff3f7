// What the debrief and the dashboard ask the model beyond the story's own runs: the effect of
// each decision against its alternatives, the best full path, and the spread of weeks 1-8.
// Runs in the simulation worker; pure apart from the optional `pause` that lets other requests in.
import {
  DECISIONS, DEFAULT_ASSUMPTIONS, PHASE1_WEEKS, WEEKS, targetFor, targetForSliced, allDecisionPaths, budgetCheckFor, budgetSummary, monteCarlo, monteCarloSliced,
  planFor, quantile, simulate,
  type Assumptions, type BudgetSummary, type Decisions, type Distribution, type Quantiles,
} from '../sim';
import { M_ACC, M_COMPLAINTS, M_DELIVERED, M_HARD, M_INBOX, M_LOST, M_OPENS, M_QUAL, M_RAW, M_SENT, M_UNSUBS, sumWeeks, type Model } from '../sim/model';
import { mixSeed } from '../sim/rng';
import { STORY_MC_RUNS } from './sim-request';
import { better, pathKey } from './debrief-rank';
import type {
  BestPath, DebriefAlternative, DebriefDecision, DebriefRequest, DebriefResult, MailPhase, PathNumbers, PathRunNumbers, Phase1Spread, Phase1SpreadRequest,
} from './protocol';

export { better, pathKey };

export interface DebriefOptions {
  readonly runs: number;
  readonly screenRuns: number;
  /** Paths kept after the screen and re-run with `runs`. */
  readonly finalists: number;
}

export const DEBRIEF_OPTIONS: DebriefOptions = { runs: STORY_MC_RUNS, screenRuns: 10, finalists: 6 };

export function pathNumbers(d: Distribution, runs?: PathRunNumbers, budget?: BudgetSummary): PathNumbers {
  return {
    accepted: d.accepted,
    qualified: d.qualified,
    rawLeads: d.rawLeads,
    spend: d.spend,
    costPerAccepted: d.costPerAccepted,
    inboxRate: d.inboxRate,
    hardBounceRate: d.hardBounceRate,
    pObjective: d.pObjective,
    tier: d.tier,
    eventShare: d.eventShare,
    baseline: d.baseline,
    target: d.target,
    phase1: d.phase1,
    salesBottleneckShare: d.salesBottleneckShare,
    bottleneck: d.bottleneck,
    ...(runs ? { runs } : {}),
    ...(budget ? { budget } : {}),
  };
}

/**
 * What the debrief's "what decided your result" reads beyond the Distribution, gathered run by
 * run from the finished model (read-only): the sales queue's lost leads, weeks 9-26 alone, and
 * the mailings of each part of the semester (opens, unsubscribes, complaints per email delivered).
 */
export class RunWatch {
  private readonly v: Float64Array[];
  private n = 0;
  private static readonly K = 17;

  constructor(private readonly runs: number) {
    this.v = Array.from({ length: RunWatch.K }, () => new Float64Array(runs));
  }

  readonly observe = (run: number, _plan: number, m: Model): void => {
    if (run >= this.runs) return;
    const v = this.v;
    const qual = sumWeeks(m, M_QUAL);
    const lost = sumWeeks(m, M_LOST);
    v[0]![run] = lost;
    v[1]![run] = qual > 0 ? lost / qual : 0;
    v[2]![run] = sumWeeks(m, M_RAW, PHASE1_WEEKS);
    v[3]![run] = sumWeeks(m, M_QUAL, PHASE1_WEEKS);
    v[4]![run] = sumWeeks(m, M_ACC, PHASE1_WEEKS);
    const mail = (from: number, to: number, at: number) => {
      const sent = sumWeeks(m, M_SENT, from, to);
      const del = sumWeeks(m, M_DELIVERED, from, to);
      const inbox = sumWeeks(m, M_INBOX, from, to);
      v[at]![run] = sent / (to - from);
      v[at + 1]![run] = del > 0 ? inbox / del : 0;
      v[at + 2]![run] = inbox > 0 ? sumWeeks(m, M_OPENS, from, to) / inbox : 0;
      v[at + 3]![run] = inbox > 0 ? sumWeeks(m, M_UNSUBS, from, to) / inbox : 0;
      v[at + 4]![run] = inbox > 0 ? sumWeeks(m, M_COMPLAINTS, from, to) / inbox : 0;
      v[at + 5]![run] = sent > 0 ? sumWeeks(m, M_HARD, from, to) / sent : 0;
    };
    mail(0, PHASE1_WEEKS, 5);
    mail(PHASE1_WEEKS, WEEKS, 11);
    this.n = Math.max(this.n, run + 1);
  };

  numbers(): PathRunNumbers {
    const q = (i: number): Quantiles => {
      const s = this.v[i]!.slice(0, this.n).sort();
      return { p10: quantile(s, 0.1), p50: quantile(s, 0.5), p90: quantile(s, 0.9) };
    };
    const phase = (at: number): MailPhase => ({
      sentPerWeek: q(at).p50, inboxRate: q(at + 1).p50, openRate: q(at + 2).p50, unsubRate: q(at + 3).p50, complaintRate: q(at + 4).p50, hardBounceRate: q(at + 5).p50,
    });
    return {
      salesLost: q(0),
      salesLostShare: q(1),
      late: { rawLeads: q(2), qualified: q(3), accepted: q(4) },
      mailEarly: phase(5),
      mailLate: phase(11),
    };
  }
}

type Pause = () => Promise<void>;
const noPause: Pause = () => Promise.resolve();

/**
 * Monte Carlo numbers of one full path (same seed: common random numbers with every other path).
 * `watch: false` leaves out `runs` (the per-run numbers only the debrief reads), as the page
 * thread's sliced version does.
 */
export function evaluatePath(d: Decisions, seed: number, runs: number, assumptions: Assumptions = DEFAULT_ASSUMPTIONS, opts: { readonly watch?: boolean } = {}): PathNumbers {
  const check = budgetCheckFor(d, assumptions);
  const plan = check.plan;
  const budget = budgetSummary(check);
  if (opts.watch === false) return pathNumbers(monteCarlo(plan, assumptions, seed, runs), undefined, budget);
  const watch = new RunWatch(Math.max(1, Math.floor(runs)));
  const dist = monteCarlo(plan, assumptions, seed, runs, watch.observe);
  return pathNumbers(dist, watch.numbers(), budget);
}

/** evaluatePath on the page's own thread (no worker): the same numbers, `slice` asked after each run. */
export async function evaluatePathSliced(d: Decisions, seed: number, runs: number, assumptions: Assumptions, slice: Slice): Promise<PathNumbers> {
  const check = budgetCheckFor(d, assumptions);
  return pathNumbers(await monteCarloSliced(check.plan, assumptions, seed, runs, slice), undefined, budgetSummary(check));
}

/** Asked after each run on the page's own thread: a promise when the slice of time is used up. */
export type Slice = () => Promise<void> | undefined;

/**
 * The best of all 486 paths for a seed, by racing: every path is screened on the mean accepted
 * count of a few runs (the same draws for every path, so differences are sharp), the best few are
 * re-run with the full count and ranked by `better`. (The debrief then lets the played path and its
 * neighbours, already run in full, compete with the winner.)
 */
export async function findBestPath(
  seed: number, opts: DebriefOptions = DEBRIEF_OPTIONS, assumptions: Assumptions = DEFAULT_ASSUMPTIONS, pause: Pause = noPause,
): Promise<BestPath> {
  const paths = allDecisionPaths();
  const screen: { d: Decisions; score: number }[] = [];
  for (let i = 0; i < paths.length; i++) {
    const d = paths[i]!;
    const acc = monteCarlo(planFor(d, assumptions), assumptions, seed, opts.screenRuns).acceptedSorted;
    let s = 0;
    for (const a of acc) s += a;
    screen.push({ d, score: s / acc.length });
    if (i % 8 === 7) await pause();
  }
  screen.sort((a, b) => b.score - a.score);
  const finalists: { d: Decisions; n: PathNumbers }[] = [];
  for (const { d } of screen.slice(0, opts.finalists)) {
    finalists.push({ d, n: evaluatePath(d, seed, opts.runs, assumptions) });
    await pause();
  }
  const best = finalists.sort((a, b) => better(a.n, b.n))[0]!;
  return { decisions: best.d, numbers: best.n, screened: paths.length, screenRuns: opts.screenRuns, finalists: opts.finalists };
}

/** The ledger's numbers: the played path, each decision's alternatives with everything else as played. */
export async function computeLedger(
  req: DebriefRequest, opts: DebriefOptions = DEBRIEF_OPTIONS, assumptions: Assumptions = DEFAULT_ASSUMPTIONS, pause: Pause = noPause,
): Promise<{ played: PathNumbers; perDecision: DebriefDecision[]; evaluated: Map<string, { d: Decisions; n: PathNumbers }> }> {
  const evaluated = new Map<string, { d: Decisions; n: PathNumbers }>();
  const played = evaluatePath(req.decisions, req.seed, opts.runs, assumptions);
  evaluated.set(pathKey(req.decisions), { d: req.decisions, n: played });
  const perDecision: DebriefDecision[] = [];
  for (const dp of DECISIONS) {
    const chosen = req.decisions[dp.key];
    const alternatives: DebriefAlternative[] = [];
    for (const option of dp.options) {
      if (option === chosen) continue;
      await pause();
      const d = { ...req.decisions, [dp.key]: option } as Decisions;
      const n = evaluatePath(d, req.seed, opts.runs, assumptions);
      evaluated.set(pathKey(d), { d, n });
      alternatives.push({ option, numbers: n });
    }
    const bestAlternative = [...alternatives].sort((a, b) => better(a.numbers, b.numbers))[0]!.option;
    perDecision.push({ key: dp.key, chosen, alternatives, bestAlternative });
  }
  return { played, perDecision, evaluated };
}

/** Everything the debrief shows. `bestSearch` lets a caller reuse a search already under way for the seed. */
export async function computeDebrief(
  req: DebriefRequest, opts: DebriefOptions = DEBRIEF_OPTIONS, assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
  pause: Pause = noPause, bestSearch?: Promise<BestPath>, now: () => number = () => performance.now(),
): Promise<DebriefResult> {
  const t0 = now();
  const ledger = await computeLedger(req, opts, assumptions, pause);
  const t1 = now();
  const searched = await (bestSearch ?? findBestPath(req.seed, opts, assumptions, pause));
  const t2 = now();
  // The search's winner competes with the played path and its neighbours (all run in full).
  const pool = [...ledger.evaluated.values(), { d: searched.decisions, n: searched.numbers }];
  const top = pool.sort((a, b) => better(a.n, b.n))[0]!;
  return {
    seed: req.seed,
    runs: opts.runs,
    decisions: req.decisions,
    played: ledger.played,
    perDecision: ledger.perDecision,
    best: { ...searched, decisions: top.d, numbers: top.n },
    timings: { ledgerMs: Math.round(t1 - t0), searchMs: Math.round(t2 - t1) },
  };
}

export const PHASE1_SPREAD_RUNS = 200;

/**
 * Run i is the semester Monte Carlo's run i (same stream mixSeed(seed, i)), cut at week 8: weeks
 * 1-8 do not depend on D6, so this is the spread the semester's spread starts from.
 */
export function phase1Spread(req: Phase1SpreadRequest, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): Phase1Spread {
  const runs = spreadRuns(req, assumptions);
  for (let r = runs.next(); ; r = runs.next()) if (r.done) return r.value;
}

/** phase1Spread on the page's own thread (no worker): the same numbers, `slice` asked after each run. */
export async function phase1SpreadSliced(req: Phase1SpreadRequest, slice: Slice, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): Promise<Phase1Spread> {
  await targetForSliced(assumptions, slice);
  const runs = spreadRuns(req, assumptions);
  for (let r = runs.next(); ; r = runs.next()) {
    if (r.done) return r.value;
    const p = slice();
    if (p) await p;
  }
}

/** The spread's runs, one step each (the caller decides whether to pause between them). */
function* spreadRuns(req: Phase1SpreadRequest, assumptions: Assumptions): Generator<void, Phase1Spread> {
  const runs = Math.max(1, Math.floor(req.runs ?? PHASE1_SPREAD_RUNS));
  const plan = planFor(req.decisions, assumptions);
  const pace = Math.ceil((targetFor(assumptions).target * PHASE1_WEEKS) / WEEKS);
  const acc: number[] = [];
  let onPace = 0;
  for (let i = 0; i < runs; i++) {
    const o = simulate(plan, assumptions, mixSeed(req.seed >>> 0, i));
    let a = 0;
    for (let w = 0; w < PHASE1_WEEKS; w++) a += o.weekly.accepted[w] ?? 0;
    acc.push(a);
    if (a >= pace) onPace++;
    yield;
  }
  acc.sort((x, y) => x - y);
  return {
    runs,
    weeks: PHASE1_WEEKS,
    accepted: { p10: quantile(acc, 0.1), p50: quantile(acc, 0.5), p90: quantile(acc, 0.9) },
    acceptedSorted: acc,
    pOnPace: onPace / runs,
    pace,
  };
}
