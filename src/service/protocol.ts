// The simulation service's one contract: every kind of question its callers ask (the story
// session, the results dashboard and debrief, the workshop panel), with its request and its
// answer. Both ends use it: the handlers implement it (in the worker, or in this thread), the
// client forwards each kind to them. Types and the phase names only; nothing of the story here.
import type { Assumptions, AssumptionsIssue, Bottleneck, BudgetSummary, DecisionId, DecisionKey, Decisions, Distribution, EventId, Outcome, ParamId, Quantiles, Tier } from '../sim';

/** The story's runs of the model (its `#sim:` tags): weeks 1-8, then the whole semester. */
export const SIM_PHASES = ['phase1', 'semester'] as const;
export type SimPhase = (typeof SIM_PHASES)[number];

/** A value the story can hold in a variable. */
export type SimVar = number | string | boolean;

export interface SimRequest {
  readonly phase: SimPhase;
  readonly decisions: Partial<Decisions>;
  readonly seed: number;
}

export interface SimReport<D = unknown> {
  readonly phase: SimPhase;
  /** Story variables without their prefix (`sent` -> `p1_sent`, `tier` -> `s_tier`). */
  readonly vars: Readonly<Record<string, SimVar>>;
  /** Everything the dashboard needs; opaque to the session. */
  readonly detail: D;
}

/** The detail of a story run: the simulated semester, and for the semester its Monte Carlo spread. */
export interface SimDetail {
  readonly outcome: Outcome;
  readonly distribution: Distribution | null;
  /** Finance's checks of the plan simulated (absent in reports made before the budget was enforced). */
  readonly budget?: BudgetSummary;
}

// ---- the debrief and the dashboard's spread (service/debrief-request.ts builds them) ------------

/** The numbers of one path under the Monte Carlo (medians and spread). */
export interface PathNumbers {
  readonly accepted: Quantiles;
  readonly qualified: Quantiles;
  readonly rawLeads: Quantiles;
  readonly spend: Quantiles;
  readonly costPerAccepted: Quantiles;
  readonly inboxRate: Quantiles;
  readonly hardBounceRate: Quantiles;
  readonly pObjective: number;
  readonly tier: Tier;
  readonly eventShare: Readonly<Record<EventId, number>>;
  /** The replayed H1 2015 accepted leads and the H1 2016 target (+20%) under the assumptions used. */
  readonly baseline: number;
  readonly target: number;
  /** Weeks 1-8 alone (the early win, or not): raw, qualified and accepted leads. */
  readonly phase1: { readonly rawLeads: Quantiles; readonly qualified: Quantiles; readonly accepted: Quantiles };
  /** Share of runs in which sales was the bottleneck (inside sales could not call 15% of the qualified leads in time), and that of most runs. */
  readonly salesBottleneckShare: number;
  readonly bottleneck: Bottleneck;
  /**
   * Per run, then percentiles: the sales queue and the mailings, weeks 1-8 against weeks 9-26
   * (absent from numbers computed without watching the runs: the page thread's sliced workshop).
   */
  readonly runs?: PathRunNumbers;
  /** Finance's checks of the plan (budget.ts): the plan as chosen, what was cut, the plan simulated. */
  readonly budget?: BudgetSummary;
}

/** Email in one part of the semester, per run (medians of the runs). Rates are fractions. */
export interface MailPhase {
  /** Emails sent per week. */
  readonly sentPerWeek: number;
  /** Emails placed in the inbox per email delivered. */
  readonly inboxRate: number;
  /** Opens, unsubscribes and spam complaints per email that reached the inbox. */
  readonly openRate: number;
  readonly unsubRate: number;
  readonly complaintRate: number;
  /** Hard bounces per email sent. */
  readonly hardBounceRate: number;
}

export interface PathRunNumbers {
  /** Qualified leads never called in time, and their share of the qualified leads. */
  readonly salesLost: Quantiles;
  readonly salesLostShare: Quantiles;
  /** Weeks 9-26 alone: raw, qualified and accepted leads. */
  readonly late: { readonly rawLeads: Quantiles; readonly qualified: Quantiles; readonly accepted: Quantiles };
  /** Email, weeks 1-8 and weeks 9-26 (medians of the runs). */
  readonly mailEarly: MailPhase;
  readonly mailLate: MailPhase;
}

export interface DebriefAlternative {
  readonly option: DecisionId;
  readonly numbers: PathNumbers;
}

export interface DebriefDecision {
  readonly key: DecisionKey;
  readonly chosen: DecisionId;
  /** The other options of this decision, everything else as played. */
  readonly alternatives: readonly DebriefAlternative[];
  /** The alternative that would have done best (ranking: see `better`). */
  readonly bestAlternative: DecisionId;
}

export interface BestPath {
  readonly decisions: Decisions;
  readonly numbers: PathNumbers;
  /** How it was found: every path screened with `screenRuns` runs, `finalists` re-run with the full count. */
  readonly screened: number;
  readonly screenRuns: number;
  readonly finalists: number;
}

export interface DebriefRequest {
  readonly decisions: Decisions;
  readonly seed: number;
}

export interface DebriefResult {
  readonly seed: number;
  /** Monte Carlo runs behind every number (the same as the semester dashboard's spread). */
  readonly runs: number;
  readonly decisions: Decisions;
  readonly played: PathNumbers;
  readonly perDecision: readonly DebriefDecision[];
  readonly best: BestPath;
  /** Worker time, ms: the ledger (played path and its one-decision changes) and the best-path search. */
  readonly timings: { readonly ledgerMs: number; readonly searchMs: number };
}

/** The spread of weeks 1-8 (accepted leads) for the phase-1 dashboard. */
export interface Phase1SpreadRequest {
  readonly decisions: Partial<Decisions>;
  readonly seed: number;
  readonly runs?: number;
}

export interface Phase1Spread {
  readonly runs: number;
  readonly weeks: number;
  readonly accepted: Quantiles;
  /** Accepted leads in weeks 1-8 of every run, ascending. */
  readonly acceptedSorted: readonly number[];
  /** Share of runs at or above the target's pace after 8 weeks. */
  readonly pOnPace: number;
  readonly pace: number;
}

// ---- the workshop panel (service/workshop-request.ts) ------------------------------------------

export interface CompareRequest {
  /** Full decision paths (every decision key), compared under the same seed and draws. */
  readonly paths: readonly unknown[];
  readonly seed: number;
  readonly runs: number;
  /** null: the published figures (DEFAULT_ASSUMPTIONS); otherwise an Assumptions object to validate. */
  readonly assumptions: unknown;
}

export type CompareResult =
  | {
    readonly ok: true; readonly seed: number; readonly runs: number; readonly numbers: readonly PathNumbers[]; readonly ms: number;
    /** The assumptions run, as validated (an older file's, upgraded: what the panel shows and saves from now on). */
    readonly assumptions: Assumptions;
    /** The parameters an older file lacked, run at their published values ([] for a complete file). */
    readonly filled: readonly ParamId[];
  }
  | {
    readonly ok: false;
    readonly error: string;
    /** When the assumptions were refused: the first faulty field, typed (the panel words it in the player's language). */
    readonly issue?: AssumptionsIssue;
  };

// ---- the Class panel (service/class-request.ts) -----------------------------------------------

export interface CohortRequest {
  /** The class's distinct full paths (every decision key), all under the same seed and draws. */
  readonly paths: readonly unknown[];
  readonly seed: number;
  readonly runs: number;
  /** null: the published figures; otherwise an Assumptions object to validate. */
  readonly assumptions: unknown;
}

export type CohortResult =
  | {
      readonly ok: true;
      readonly seed: number;
      readonly runs: number;
      /** One per requested path, in order. */
      readonly numbers: readonly PathNumbers[];
      readonly alice: PathNumbers;
      /** The best path for the seed and assumptions (the debrief's search), run like the others. */
      readonly best: { readonly decisions: Decisions; readonly numbers: PathNumbers };
      readonly ms: number;
      readonly searchMs: number;
    }
  | { readonly ok: false; readonly error: string };

// ---- the kinds ----------------------------------------------------------------------------------

/** Each kind of message, its request and its answer. */
export interface SimService {
  /** The story's run at a `#sim:` tag. */
  run(request: SimRequest): Promise<SimReport<SimDetail>>;
  /** The debrief: each decision against its alternatives, and the best path for the seed. */
  debrief(request: DebriefRequest): Promise<DebriefResult>;
  /** The spread of weeks 1-8 for the phase-1 dashboard. */
  spread(request: Phase1SpreadRequest): Promise<Phase1Spread>;
  /** Starts the best-path search for a seed ahead of the debrief (resolves when it is done). */
  warm(seed: number): Promise<void>;
  /** The workshop panel: paths side by side under the facilitator's assumptions (validated by the service). */
  compare(request: CompareRequest): Promise<CompareResult>;
  /** The Class panel: a class's paths, Alice's and the best path under one seed and the assumptions. */
  cohort(request: CohortRequest): Promise<CohortResult>;
}

export type SimKind = keyof SimService;

/** What the results dashboard and debrief ask. */
export type ResultsPort = Pick<SimService, 'debrief' | 'spread' | 'warm'>;
/** What the workshop panel asks. */
export type WorkshopPort = Pick<SimService, 'compare'>;
/** What the Class panel asks. */
export type ClassPort = Pick<SimService, 'cohort'>;
