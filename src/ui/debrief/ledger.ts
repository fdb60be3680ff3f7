// The decision ledger: for each decision taken, its numbers against the best other option
// (everything else as played, same seed and runs), the figures behind it, and the lessons in
// order of what they cost. Pure data from the worker's DebriefResult; no DOM.
import { DECISIONS, type DecisionId, type DecisionKey } from '../../sim/decisions';
import type { ParamId } from '../../sim/calibration';
import type { BestPath, DebriefResult, PathNumbers } from '../../service/protocol';
import { better, pathKey } from '../../service/debrief-rank';
import { OPTION_PARAMS, OPTION_REFERENCES, type Reference } from './sources';

export interface Delta {
  readonly accepted: number;
  readonly qualified: number;
  readonly rawLeads: number;
  readonly spend: number;
  /** Fractions' difference (0.35 = 35 points). */
  readonly inboxRate: number;
  readonly hardBounceRate: number;
  readonly pObjective: number;
}

export type Verdict = 'worse' | 'best' | 'equal';

export interface LedgerEntry {
  /** D1..D6 */
  readonly point: string;
  readonly key: DecisionKey;
  readonly chosen: DecisionId;
  readonly played: PathNumbers;
  /** The option it is compared with: the best alternative (the runner-up when the choice was the best). */
  readonly compareTo: DecisionId;
  readonly compare: PathNumbers;
  readonly verdict: Verdict;
  /** Played minus compared (medians), so a costly choice shows negative leads. */
  readonly delta: Delta;
  readonly alternatives: readonly { readonly option: DecisionId; readonly numbers: PathNumbers; readonly deltaAccepted: number }[];
  readonly params: readonly ParamId[];
  readonly references: readonly Reference[];
}

export interface Ledger {
  readonly seed: number;
  readonly runs: number;
  readonly played: PathNumbers;
  readonly entries: readonly LedgerEntry[];
  readonly best: BestPath;
  readonly isBestPath: boolean;
  /** The entries whose choice cost leads, costliest first (all entries when none did). */
  readonly lessons: readonly LedgerEntry[];
}

export function delta(a: PathNumbers, b: PathNumbers): Delta {
  return {
    accepted: a.accepted.p50 - b.accepted.p50,
    qualified: a.qualified.p50 - b.qualified.p50,
    rawLeads: a.rawLeads.p50 - b.rawLeads.p50,
    spend: a.spend.p50 - b.spend.p50,
    inboxRate: a.inboxRate.p50 - b.inboxRate.p50,
    hardBounceRate: a.hardBounceRate.p50 - b.hardBounceRate.p50,
    pObjective: a.pObjective - b.pObjective,
  };
}

export function buildLedger(r: DebriefResult): Ledger {
  const entries: LedgerEntry[] = r.perDecision.map((d) => {
    const point = DECISIONS.find((x) => x.key === d.key)!.label;
    const alt = d.alternatives.find((a) => a.option === d.bestAlternative) ?? d.alternatives[0]!;
    const played = r.played;
    const verdict: Verdict = played.accepted.p50 === alt.numbers.accepted.p50 ? 'equal' : better(played, alt.numbers) < 0 ? 'best' : 'worse';
    return {
      point,
      key: d.key,
      chosen: d.chosen,
      played,
      compareTo: alt.option,
      compare: alt.numbers,
      verdict,
      delta: delta(played, alt.numbers),
      alternatives: d.alternatives.map((a) => ({ option: a.option, numbers: a.numbers, deltaAccepted: played.accepted.p50 - a.numbers.accepted.p50 })),
      params: OPTION_PARAMS[d.chosen],
      references: OPTION_REFERENCES[d.chosen] ?? [],
    };
  });
  const costly = entries.filter((e) => e.verdict === 'worse').sort((a, b) => a.delta.accepted - b.delta.accepted);
  return {
    seed: r.seed,
    runs: r.runs,
    played: r.played,
    entries,
    best: r.best,
    isBestPath: pathKey(r.best.decisions) === pathKey(r.decisions),
    lessons: costly.length ? costly : entries,
  };
}
