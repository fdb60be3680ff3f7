// Monte Carlo over the assumption ranges and the binomial counts: p10/p50/p90, the chance of
// meeting the target and the tier of the median. Run i uses the stream mixSeed(seed, i), so two
// plans compared under one seed face the same draws (common random numbers).
import type { Assumptions } from './assumptions';
import { M_ACC, M_HARD, M_QUAL, M_RAW, M_SENT, M_SPEND, Model, NPARAM, sumWeeks } from './model';
import { drawParams, paramTable } from './params';
import { Rng, mixSeed } from './rng';
import { BASELINE_ACCEPTED, TARGET_ACCEPTED } from './scenario';
import { inboxRateOf } from './simulate';
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
const shared = { model: new Model(), rng: new Rng(0), params: new Float64Array(NPARAM) };

/** Total 32-bit draws of the last monteCarlo call (the benchmark's floor counts them). */
export let lastDrawCount = 0;

export function monteCarlo(plan: Plan, assumptions: Assumptions, seed: number, runs: number): Distribution {
  const n = Math.max(1, Math.floor(runs));
  const { model, rng, params } = shared;
  const table = paramTable(assumptions);
  const qual = new Float64Array(n), acc = new Float64Array(n), raw = new Float64Array(n), spend = new Float64Array(n);
  const cpq = new Float64Array(n), cpa = new Float64Array(n), hbr = new Float64Array(n), inbox = new Float64Array(n);
  const eventRuns = new Float64Array(EVENT_IDS.length);
  let meet = 0;
  let draws = 0;
  for (let i = 0; i < n; i++) {
    rng.reseed(mixSeed(seed >>> 0, i));
    drawParams(table, rng, params);
    model.run(plan, params, rng);
    draws += rng.count;
    const q = sumWeeks(model, M_QUAL);
    const a = sumWeeks(model, M_ACC);
    const s = sumWeeks(model, M_SPEND);
    const sent = sumWeeks(model, M_SENT);
    qual[i] = q;
    acc[i] = a;
    raw[i] = sumWeeks(model, M_RAW);
    spend[i] = s;
    cpq[i] = s / Math.max(1, q);
    cpa[i] = s / Math.max(1, a);
    hbr[i] = sent > 0 ? sumWeeks(model, M_HARD) / sent : 0;
    inbox[i] = inboxRateOf(model);
    if (a >= TARGET_ACCEPTED) meet++;
    for (let e = 0; e < EVENT_IDS.length; e++) eventRuns[e] = eventRuns[e]! + model.evSeen[e]!;
  }
  lastDrawCount = draws;
  const accepted = quantiles(acc);
  const eventShare = {} as Record<EventId, number>;
  EVENT_IDS.forEach((id, e) => (eventShare[id] = eventRuns[e]! / n));
  return {
    runs: n,
    target: TARGET_ACCEPTED,
    baseline: BASELINE_ACCEPTED,
    qualified: quantiles(qual),
    accepted,
    rawLeads: quantiles(raw),
    spend: quantiles(spend),
    costPerQualified: quantiles(cpq),
    costPerAccepted: quantiles(cpa),
    hardBounceRate: quantiles(hbr),
    inboxRate: quantiles(inbox),
    pObjective: meet / n,
    tier: tierFor(accepted.p50, TARGET_ACCEPTED),
    eventShare,
    acceptedSorted: Array.from(acc),
  };
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
