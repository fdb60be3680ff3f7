// The branch table: every decision path the story allows, with its Monte Carlo outcome.
import type { Assumptions } from './assumptions';
import { DECISIONS, allDecisionPaths, type DecisionId, type Decisions } from './decisions';
import { M_LOST, sumWeeks, type Model } from './model';
import { monteCarlo, monteCarloCourses, quantile, typicalEvents, type RunObserver } from './montecarlo';
import { planFor } from './plan';
import { SCENARIO } from './scenario';
import { targetFor } from './target';
import type { Bottleneck, Distribution, EventId, Quantiles, Tier } from './types';

export interface BranchRow {
  readonly choices: readonly DecisionId[];
  readonly tier: Tier;
  readonly pObjective: number;
  readonly qualified: Quantiles;
  readonly rawLeads: Quantiles;
  readonly accepted: Quantiles;
  readonly costPerQualified: Quantiles;
  readonly hardBounceRate: Quantiles;
  readonly inboxRate: Quantiles;
  readonly events: readonly EventId[];
  /** Euros spent over the semester. */
  readonly spend: Quantiles;
  /** Spend / max(1, accepted), per run. */
  readonly costPerAccepted: Quantiles;
  /** Qualified leads routed to sales and never called in time (the queue was full), per run. */
  readonly salesLost: Quantiles;
  /** 'sales' when inside sales could not keep up in most runs (Distribution.bottleneck). */
  readonly bottleneck: Bottleneck;
  /** Weeks 1-8 only (the same for every D6 of a D1-D5 prefix): raw, qualified and accepted percentiles, the early win or not. */
  readonly phase1: { readonly rawLeads: Quantiles; readonly qualified: Quantiles; readonly accepted: Quantiles };
}

export interface BranchTable {
  readonly runs: number;
  /** Qualified leads accepted by sales in H1 2015 (the target's base), replayed under the assumptions (targetFor). */
  readonly baselineQualified: number;
  /** Qualified leads accepted by sales needed in H1 2016 (+20%). */
  readonly targetQualified: number;
  /** The same two numbers under the names issue 12 gives them (accepted leads, H1 2015 and the H1 2016 target). */
  readonly baselineAccepted: number;
  readonly targetAccepted: number;
  /** The 2016 budget, euros. */
  readonly budget: number;
  readonly paths: readonly BranchRow[];
}

/** The table's header: the baseline, the target and the budget the rows are judged against. */
export function tableHeader(runs: number, assumptions: Assumptions): Omit<BranchTable, 'paths'> {
  const ref = targetFor(assumptions);
  return {
    runs,
    baselineQualified: ref.baseline,
    targetQualified: ref.target,
    baselineAccepted: ref.baseline,
    targetAccepted: ref.target,
    budget: SCENARIO.budget2016,
  };
}

export function choicesOf(d: Decisions): DecisionId[] {
  return DECISIONS.map((x) => d[x.key]);
}

const r = (x: number, digits: number): number => Number(x.toFixed(digits));
const q = (v: Quantiles, digits: number): Quantiles => ({ p10: r(v.p10, digits), p50: r(v.p50, digits), p90: r(v.p90, digits) });

/** What the rows need beyond the Distribution, gathered run by run (one slot per plan and run). */
class Extra {
  private readonly lost: Float64Array;
  readonly observe: RunObserver;

  constructor(plans: number, private readonly runs: number) {
    const n = plans * runs;
    this.lost = new Float64Array(n);
    this.observe = (run: number, plan: number, m: Model): void => {
      const k = plan * runs + run;
      this.lost[k] = sumWeeks(m, M_LOST);
    };
  }

  of(plan: number): Pick<BranchRow, 'salesLost'> {
    const part = (v: Float64Array): Quantiles => {
      const s = v.slice(plan * this.runs, (plan + 1) * this.runs).sort();
      return { p10: quantile(s, 0.1), p50: quantile(s, 0.5), p90: quantile(s, 0.9) };
    };
    return {
      salesLost: q(part(this.lost), 1),
    };
  }
}

export function branchRow(d: Decisions, assumptions: Assumptions, seed: number, runs: number): BranchRow {
  const n = Math.max(1, Math.floor(runs));
  const extra = new Extra(1, n);
  return rowOf(d, monteCarlo(planFor(d, assumptions), assumptions, seed, n, extra.observe), extra.of(0));
}

function rowOf(d: Decisions, dist: Distribution, extra: Pick<BranchRow, 'salesLost'>): BranchRow {
  return {
    choices: choicesOf(d),
    tier: dist.tier,
    pObjective: r(dist.pObjective, 4),
    qualified: q(dist.qualified, 1),
    rawLeads: q(dist.rawLeads, 1),
    accepted: q(dist.accepted, 1),
    costPerQualified: q(dist.costPerQualified, 1),
    hardBounceRate: q(dist.hardBounceRate, 5),
    inboxRate: q(dist.inboxRate, 4),
    events: typicalEvents(dist),
    spend: q(dist.spend, 0),
    costPerAccepted: q(dist.costPerAccepted, 1),
    salesLost: extra.salesLost,
    bottleneck: dist.bottleneck,
    phase1: { rawLeads: q(dist.phase1.rawLeads, 1), qualified: q(dist.phase1.qualified, 1), accepted: q(dist.phase1.accepted, 1) },
  };
}

/** Indexes of the paths grouped by their D1-D5 prefix (paths that share weeks 1-8), in first-seen order. */
export function groupByPhase1(paths: readonly Decisions[]): number[][] {
  const groups = new Map<string, number[]>();
  paths.forEach((d, i) => {
    const key = choicesOf(d).slice(0, -1).join(' ');
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()];
}

/**
 * Rows for the given paths, in the order given: the same rows as branchRow for each path. Paths
 * that share D1-D5 are computed together (weeks 1-8 of each run once, resumed for each D6).
 */
export function branchRows(paths: readonly Decisions[], assumptions: Assumptions, seed: number, runs: number): BranchRow[] {
  const rows: BranchRow[] = new Array(paths.length);
  for (const idx of groupByPhase1(paths)) {
    const n = Math.max(1, Math.floor(runs));
    const extra = new Extra(idx.length, n);
    const dists = monteCarloCourses(idx.map((i) => planFor(paths[i]!, assumptions)), assumptions, seed, n, extra.observe);
    idx.forEach((i, j) => (rows[i] = rowOf(paths[i]!, dists[j]!, extra.of(j))));
  }
  return rows;
}

/** Rows for the given paths (default: all 486), in the order given. */
export function branchTable(assumptions: Assumptions, seed: number, runs: number, paths: readonly Decisions[] = allDecisionPaths()): BranchTable {
  return { ...tableHeader(runs, assumptions), paths: branchRows(paths, assumptions, seed, runs) };
}
