// What changing one decision alone would have done (the debrief): medians under common random numbers.
import type { Assumptions } from './assumptions';
import { DECISIONS, type DecisionId, type DecisionKey, type Decisions } from './decisions';
import { monteCarlo } from './montecarlo';
import { planFor } from './plan';
import type { Tier } from './types';

export interface MarginalAlternative {
  readonly option: DecisionId;
  /** Changes of the medians vs the path as played (alternative minus played). */
  readonly accepted: number;
  readonly qualified: number;
  readonly inboxRate: number;
  readonly spend: number;
  readonly pObjective: number;
  readonly tier: Tier;
}

export interface MarginalEffect {
  readonly key: DecisionKey;
  readonly chosen: DecisionId;
  readonly alternatives: readonly MarginalAlternative[];
}

export interface MarginalEffects {
  readonly base: { readonly accepted: number; readonly qualified: number; readonly inboxRate: number; readonly spend: number; readonly pObjective: number; readonly tier: Tier };
  readonly decisions: readonly MarginalEffect[];
}

export function marginalEffects(decisions: Decisions, assumptions: Assumptions, seed: number, runs: number): MarginalEffects {
  const base = monteCarlo(planFor(decisions, assumptions), assumptions, seed, runs);
  const out: MarginalEffect[] = [];
  for (const d of DECISIONS) {
    const chosen = decisions[d.key];
    const alternatives: MarginalAlternative[] = [];
    for (const option of d.options) {
      if (option === chosen) continue;
      const alt = monteCarlo(planFor({ ...decisions, [d.key]: option }, assumptions), assumptions, seed, runs);
      alternatives.push({
        option,
        accepted: alt.accepted.p50 - base.accepted.p50,
        qualified: alt.qualified.p50 - base.qualified.p50,
        inboxRate: alt.inboxRate.p50 - base.inboxRate.p50,
        spend: alt.spend.p50 - base.spend.p50,
        pObjective: alt.pObjective - base.pObjective,
        tier: alt.tier,
      });
    }
    out.push({ key: d.key, chosen, alternatives });
  }
  return {
    base: {
      accepted: base.accepted.p50, qualified: base.qualified.p50, inboxRate: base.inboxRate.p50,
      spend: base.spend.p50, pObjective: base.pObjective, tier: base.tier,
    },
    decisions: out,
  };
}
