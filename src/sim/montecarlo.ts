// Monte Carlo over the assumption ranges and the binomial counts: p10/p50/p90, the chance of
// meeting the target and the tier of the median. Run i uses the stream mixSeed(seed, i), so two
// plans compared under one seed face the same draws (common random numbers), and so does run i of
// the H1 2015 replay (target.ts): run i meets the target when it beats its own replay by 20%.
import type { Assumptions } from './assumptions';
import { M_ACC, M_HARD, M_QUAL, M_RAW, M_SENT, M_SPEND, Model, NPARAM, PHASE1_WEEKS, monteCarloModel, sumWeeks } from './model';
import { drawParams, paramTable } from './params';
import { Rng, mixSeed } from './rng';
import { inboxRateOf } from './simulate';
import { baselineRuns, baselineRunsSliced, targetFor, targetForSliced, targetOf } from './target';
import { tierFor } from './tiers';
import { EVENT_IDS, type Distribution, type EventId, type Plan, type Quantiles } from './types';

/** Linear-interpolated quantile of an ascending array. */
export function quantile(sorted: Float64Array | readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const x = q * (n - 1);
  const i = Math.floor(x);
  const f = x - i;
  const a = sorted[i]!;
  return i + 1 < n ? a + f * (sorted[i + 1]! - a) : a;
}

function quantiles(v: Float64Array): Quantiles {
  v.sort();
  return { p10: quantile(v, 0.1), p50: quantile(v, 0.5), p90: quantile(v, 0.9) };
}

/** Scratch reused across calls (Monte Carlo allocates per call, never per run). */
const shared = { model: monteCarloModel(), resume: monteCarloModel(), rng: new Rng(0), params: new Float64Array(NPARAM) };

/** Total variates drawn by the last monteCarlo call (the benchmark's floor counts them). */
export let lastDrawCount = 0;

/** The per-run results of one plan's Monte Carlo, then its distribution. */
class Runs {
  private readonly qual: Float64Array;
  private readonly acc: Float64Array;
  private readonly raw: Float64Array;
  private readonly spend: Float64Array;
  private readonly cpq: Float64Array;
  private readonly cpa: Float64Array;
  private readonly hbr: Float64Array;
  private readonly inbox: Float64Array;
  private readonly ratio: Float64Array; // accepted / the run's own target
  private readonly p1Raw: Float64Array;
  private readonly p1Qual: Float64Array;
  private readonly p1Acc: Float64Array;
  private readonly eventRuns = new Float64Array(EVENT_IDS.length);
  private meet = 0;
  private salesBound = 0;

  /** `base[i]`: accepted leads of run i's H1 2015 replay (same seed). */
  constructor(private readonly n: number, private readonly base: Float64Array, private readonly ref: { baseline: number; target: number }) {
    this.ratio = new Float64Array(n);
    this.p1Raw = new Float64Array(n);
    this.p1Qual = new Float64Array(n);
    this.p1Acc = new Float64Array(n);
    this.qual = new Float64Array(n);
    this.acc = new Float64Array(n);
    this.raw = new Float64Array(n);
    this.spend = new Float64Array(n);
    this.cpq = new Float64Array(n);
    this.cpa = new Float64Array(n);
    this.hbr = new Float64Array(n);
    this.inbox = new Float64Array(n);
  }

  add(i: number, model: Model): void {
    const q = sumWeeks(model, M_QUAL);
    const a = sumWeeks(model, M_ACC);
    const s = sumWeeks(model, M_SPEND);
    const sent = sumWeeks(model, M_SENT);
    this.qual[i] = q;
    this.acc[i] = a;
    this.raw[i] = sumWeeks(model, M_RAW);
    this.spend[i] = s;
    this.cpq[i] = s / Math.max(1, q);
    this.cpa[i] = s / Math.max(1, a);
    this.hbr[i] = sent > 0 ? sumWeeks(model, M_HARD) / sent : 0;
    this.inbox[i] = inboxRateOf(model);
    this.p1Raw[i] = sumWeeks(model, M_RAW, 0, PHASE1_WEEKS);
    this.p1Qual[i] = sumWeeks(model, M_QUAL, 0, PHASE1_WEEKS);
    this.p1Acc[i] = sumWeeks(model, M_ACC, 0, PHASE1_WEEKS);
    const t = targetOf(this.base[i]!);
    this.ratio[i] = t > 0 ? a / t : 0;
    if (a >= t) this.meet++;
    if (model.salesBottleneck) this.salesBound++;
    for (let e = 0; e < EVENT_IDS.length; e++) this.eventRuns[e] = this.eventRuns[e]! + model.evSeen[e]!;
  }

  distribution(): Distribution {
    const n = this.n;
    const accepted = quantiles(this.acc);
    const eventShare = {} as Record<EventId, number>;
    EVENT_IDS.forEach((id, e) => (eventShare[id] = this.eventRuns[e]! / n));
    return {
      runs: n,
      target: this.ref.target,
      baseline: this.ref.baseline,
      qualified: quantiles(this.qual),
      accepted,
      rawLeads: quantiles(this.raw),
      spend: quantiles(this.spend),
      costPerQualified: quantiles(this.cpq),
      costPerAccepted: quantiles(this.cpa),
      hardBounceRate: quantiles(this.hbr),
      inboxRate: quantiles(this.inbox),
      pObjective: this.meet / n,
      // The tier of the median run, measured against each run's own target (as pObjective is).
      tier: tierFor(quantiles(this.ratio).p50, 1),
      phase1: { rawLeads: quantiles(this.p1Raw), qualified: quantiles(this.p1Qual), accepted: quantiles(this.p1Acc) },
      salesBottleneckShare: this.salesBound / n,
      bottleneck: this.salesBound * 2 > n ? 'sales' : 'marketing',
      eventShare,
      acceptedSorted: Array.from(this.acc),
    };
  }
}

/**
 * Sees each run's model once the run is over (run index, plan index among the plans given): for
 * callers that need more than the distribution, read-only. The model is reused afterwards. It runs
 * without the ad channels' clicks and visits (`detail` off): those read 0.
 */
export type RunObserver = (run: number, plan: number, model: Model) => void;

export function monteCarlo(plan: Plan, assumptions: Assumptions, seed: number, runs: number, observe?: RunObserver): Distribution {
  const n = Math.max(1, Math.floor(runs));
  const { model, rng, params } = shared;
  const table = paramTable(assumptions);
  const base = baselineRuns(assumptions, seed, n);
  const out = new Runs(n, base, targetFor(assumptions));
  let draws = 0;
  for (let i = 0; i < n; i++) {
    rng.reseed(mixSeed(seed >>> 0, i));
    drawParams(table, rng, params);
    model.run(plan, params, rng);
    draws += rng.count;
    out.add(i, model);
    observe?.(i, 0, model);
  }
  lastDrawCount = draws;
  return out.distribution();
}

/**
 * Monte Carlo of plans that differ only after week 8 (D6): the same distributions as calling
 * monteCarlo for each plan, computed with weeks 1-8 of each run simulated once and resumed for
 * every plan (weeks 1-8 never depend on D6). The plans must share D1-D5.
 */
export function monteCarloCourses(plans: readonly Plan[], assumptions: Assumptions, seed: number, runs: number, observe?: RunObserver): Distribution[] {
  const n = Math.max(1, Math.floor(runs));
  if (plans.length === 0) return [];
  const { model, resume, rng, params } = shared;
  const table = paramTable(assumptions);
  const base = baselineRuns(assumptions, seed, n);
  const ref = targetFor(assumptions);
  const outs = plans.map(() => new Runs(n, base, ref));
  const last = plans.length - 1;
  for (let i = 0; i < n; i++) {
    rng.reseed(mixSeed(seed >>> 0, i));
    drawParams(table, rng, params);
    model.runPhase1(plans[0]!, params, rng);
    for (let j = 0; j <= last; j++) {
      const m = j === last ? model : resume;
      if (j !== last) resume.copyFrom(model);
      m.runPhase2(plans[j]!, rng);
      outs[j]!.add(i, m);
      observe?.(i, j, m);
    }
  }
  return outs.map((o) => o.distribution());
}

/** Share of the distribution's runs with fewer accepted leads than `accepted` (ties count half). */
export function positionInDistribution(d: Distribution, accepted: number): number {
  const v = d.acceptedSorted;
  if (v.length === 0) return 0.5;
  let below = 0, equal = 0;
  for (const x of v) {
    if (x < accepted) below++;
    else if (x === accepted) equal++;
  }
  return (below + equal / 2) / v.length;
}

/** Events that happen in at least half of the runs. */
export function typicalEvents(d: Distribution): EventId[] {
  return EVENT_IDS.filter((id) => d.eventShare[id] >= 0.5);
}

/**
 * monteCarlo in slices, for when it must run on the page's own thread (no worker): the same
 * runs and the same distribution, with `pause` asked after each run; when it returns a promise
 * (the caller's clock says the slice is used up) the loop waits for it.
 */
export async function monteCarloSliced(plan: Plan, assumptions: Assumptions, seed: number, runs: number, pause: () => Promise<void> | undefined): Promise<Distribution> {
  const n = Math.max(1, Math.floor(runs));
  const { model, rng, params } = shared;
  const table = paramTable(assumptions);
  // The 2015 replay (the runs' own targets) in slices too: it is as long as the runs themselves.
  const out = new Runs(n, await baselineRunsSliced(assumptions, seed, n, pause), await targetForSliced(assumptions, pause));
  for (let i = 0; i < n; i++) {
    rng.reseed(mixSeed(seed >>> 0, i));
    drawParams(table, rng, params);
    model.run(plan, params, rng);
    out.add(i, model);
    const p = pause();
    if (p) await p;
  }
  return out.distribution();
}
