// How the debrief ranks paths, shared by the worker's search and the ledger the UI builds
// (a small module: the UI gets it without the model).
import { DECISIONS, type Decisions } from '../sim/decisions';
import type { Quantiles } from '../sim/types';

export interface Ranked {
  readonly accepted: Quantiles;
  readonly pObjective: number;
  readonly costPerAccepted: Quantiles;
}

/** Sort order of paths, best first: more accepted leads (median), then a better chance of the target, then cheaper. */
export function better(a: Ranked, b: Ranked): number {
  return (b.accepted.p50 - a.accepted.p50) || (b.pObjective - a.pObjective) || (a.costPerAccepted.p50 - b.costPerAccepted.p50);
}

export const pathKey = (d: Decisions): string => DECISIONS.map((x) => d[x.key]).join('.');
