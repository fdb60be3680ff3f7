// The simulation service's one contract: every kind of question its callers ask (the story
// session, the results dashboard and debrief, the workshop panel), with its request and its
// answer. Both ends use it: the handlers implement it (in the worker, or in this thread), the
// client forwards each kind to them. Types and the phase names only; nothing of the story here.
import type { Decisions, Distribution, Outcome } from '../sim';
import type { DebriefRequest, DebriefResult, Phase1Spread, Phase1SpreadRequest } from './debrief-request';
import type { CompareRequest, CompareResult } from './workshop-request';

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
}

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
}

export type SimKind = keyof SimService;

/** What the results dashboard and debrief ask. */
export type ResultsPort = Pick<SimService, 'debrief' | 'spread' | 'warm'>;
/** What the workshop panel asks. */
export type WorkshopPort = Pick<SimService, 'compare'>;

export type { CompareRequest, CompareResult, DebriefRequest, DebriefResult, Phase1Spread, Phase1SpreadRequest };
export type { BestPath, DebriefAlternative, DebriefDecision, PathNumbers } from './debrief-request';
