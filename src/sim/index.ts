// The simulation's public surface. Pure: no DOM, no Phaser, no inkjs, no Howler, no clock, no Math.random.
export {
  DECISIONS, ALICE_PATH, allDecisionPaths, decisionsFromHistory, isDecisionId, decisionKeyOf,
  type DecisionKey, type DecisionId, type Decisions,
} from './decisions';
export {
  SEGMENTS, CHANNELS, STAGES, EVENT_IDS, TIERS,
  type SegmentId, type ChannelId, type StageId, type EventId, type Tier, type SimEvent, type SegVec,
  type ContentSpec, type MailingSpec, type PhasePlan, type Plan, type ListPlan, type OneOffCost,
  type Quantiles, type WeeklySeries, type Totals, type ChannelFunnel, type ChannelFunnelWeekly, type SegmentTotals, type Outcome, type Distribution, type Bottleneck,
} from './types';
export { CALIBRATION, PARAM_IDS, UNIT_BOUNDS, type CalibrationEntry, type ParamId, type Reliability, type Unit, type ParamGroup } from './calibration';
export { SCENARIO, SEGMENT_INFO, BASELINE_ACCEPTED, TARGET_ACCEPTED, type SegmentInfo, type Audiences } from './scenario';
export {
  AssumptionsSchema, DEFAULT_ASSUMPTIONS, ASSUMPTIONS_MAX_BYTES, parseAssumptions, readAssumptionsText, checkAssumptionsSize,
  describeIssue, canonicalJson, needsSpread, withParams,
  type Assumptions, type ParamRange, type ParseResult, type AssumptionsIssue, type AssumptionsIssueKind,
} from './assumptions';
export { planFor, planAsChosen, budgetCheckFor, baselinePlan2015, PLAN_TABLE, PHASE_2015, type OptionEffect } from './plan';
export {
  plannedSpend, pricesOf, cutToBudget, checkBudget, budgetSummary, budgetVars, SPEND_LINES, NO_CUT,
  type Prices, type PlannedSpend, type SpendLine, type SpendByLine, type Cut, type BudgetCheck, type BudgetSummary,
} from './budget';
export { simulate } from './simulate';
export { branchTable, branchRow, choicesOf, type BranchRow, type BranchTable } from './branches';
export { monteCarlo, monteCarloSliced, positionInDistribution, typicalEvents, quantile } from './montecarlo';
export { marginalEffects, type MarginalEffects, type MarginalEffect, type MarginalAlternative } from './marginal';
export { summarisePhase1, summariseSemester, type Phase1Summary, type SemesterSummary } from './summary';
export { tierFor, TIER_RULE } from './tiers';
export { targetFor, targetForSliced, targetOf, baselineRuns, baselineRunsSliced, TARGET_SEED, TARGET_RUNS } from './target';
export { WEEKS, PHASE1_WEEKS } from './model';
