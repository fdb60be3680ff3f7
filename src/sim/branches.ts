// The branch table: every decision path the story allows, with its Monte Carlo outcome.
import type { Assumptions } from './assumptions';
import { DECISIONS, allDecisionPaths, type DecisionId, type Decisions } from './decisions';
import { monteCarlo, typicalEvents } from './montecarlo';
import { planFor } from './plan';
import { BASELINE_ACCEPTED, TARGET_ACCEPTED } from './scenario';
import type { EventId, Quantiles, Tier } from './types';

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
}

export interface BranchTable {
  readonly runs: number;
  /** Qualified leads accepted by sales in H1 2015 (the target's base). */
  readonly baselineQualified: number;
  /** Qualified leads accepted by sales needed in H1 2016 (+20%). */
  readonly targetQualified: number;
  readonly paths: readonly BranchRow[];
}

export function choicesOf(d: Decisions): DecisionId[] {
  return DECISIONS.map((x) => d[x.key]);
}

const r = (x: number, digits: number): number => Number(x.toFixed(digits));
const q = (v: Quantiles, digits: number): Quantiles => ({ p10: r(v.p10, digits), p50: r(v.p50, digits), p90: r(v.p90, digits) });

export function branchRow(d: Decisions, assumptions: Assumptions, seed: number, runs: number): BranchRow {
  const dist = monteCarlo(planFor(d), assumptions, seed, runs);
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
  };
}

/** Rows for the given paths (default: all 486), in the order given. */
export function branchTable(assumptions: Assumptions, seed: number, runs: number, paths: readonly Decisions[] = allDecisionPaths()): BranchTable {
  return {
    runs,
    baselineQualified: BASELINE_ACCEPTED,
    targetQualified: TARGET_ACCEPTED,
    paths: paths.map((d) => branchRow(d, assumptions, seed, runs)),
  };
}
