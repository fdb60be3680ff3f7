// Decisions -> model run -> the numbers the story prints and the dashboard draws.
import {
  DEFAULT_ASSUMPTIONS, PHASE1_WEEKS, WEEKS, budgetCheckFor, budgetSummary, budgetVars, monteCarlo, monteCarloSliced, simulate, summarisePhase1, summariseSemester,
  type Assumptions, type BudgetSummary, type Decisions, type Outcome,
} from '../sim';
import type { SimDetail, SimReport, SimRequest } from './protocol';

/** Monte Carlo runs behind the semester's spread (p10-p90, chance of meeting the target). */
export const STORY_MC_RUNS = 500;

/** Finance's checks of the request's plan; for weeks 1-8, also what each D6 option would make finance cut. */
function budgetOf(req: SimRequest, assumptions: Assumptions): { budget: BudgetSummary; vars: Record<string, number>; check: ReturnType<typeof budgetCheckFor> } {
  const check = budgetCheckFor(req.decisions, assumptions);
  const budget = budgetSummary(check);
  // The weeks D6's analysis holds the campaign back (course_data: shorter with tracking).
  if (req.phase !== 'phase1') return { budget, vars: { ...budgetVars(budget), pause_weeks: check.plan.phases[1].campaignPauseWeeks }, check };
  const cutIf = (course: Decisions['course']) => budgetSummary(budgetCheckFor({ ...req.decisions, course }, assumptions)).courseCut.total;
  const vars = budgetVars(budget, { double_down: cutIf('course_double_down'), data: cutIf('course_data'), sales: cutIf('course_sales') });
  return { budget, vars, check };
}

/**
 * The story's `s_rising`: the seeded semester's accepted leads a week rose after week 8, the last
 * eight weeks above weeks 9-18 and above weeks 1-8 (the curve "rising since March").
 */
export function risingOf(o: Outcome): boolean {
  const mean = (from: number, to: number) => {
    let s = 0;
    for (let w = from; w < to; w++) s += o.weekly.accepted[w] ?? 0;
    return s / Math.max(1, to - from);
  };
  const last = mean(WEEKS - PHASE1_WEEKS, WEEKS);
  return last > mean(PHASE1_WEEKS, WEEKS - PHASE1_WEEKS) && last > mean(0, PHASE1_WEEKS);
}

export function runSimRequest(req: SimRequest, assumptions: Assumptions = DEFAULT_ASSUMPTIONS, runs = STORY_MC_RUNS): SimReport<SimDetail> {
  const { budget, vars, check } = budgetOf(req, assumptions);
  const plan = check.plan;
  const outcome = simulate(plan, assumptions, req.seed);
  if (req.phase === 'phase1') {
    return { phase: req.phase, vars: { ...summarisePhase1(outcome), ...vars }, detail: { outcome, distribution: null, budget } };
  }
  const distribution = monteCarlo(plan, assumptions, req.seed, runs);
  return { phase: req.phase, vars: { ...summariseSemester(outcome, distribution), rising: risingOf(outcome), ...vars }, detail: { outcome, distribution, budget } };
}

/** The same answer as runSimRequest, its Monte Carlo in slices (`pause`: see monteCarloSliced), for the page's own thread. */
export async function runSimRequestSliced(req: SimRequest, pause: () => Promise<void> | undefined, assumptions: Assumptions = DEFAULT_ASSUMPTIONS, runs = STORY_MC_RUNS): Promise<SimReport<SimDetail>> {
  if (req.phase === 'phase1') return runSimRequest(req, assumptions, runs);
  const { budget, vars, check } = budgetOf(req, assumptions);
  const plan = check.plan;
  const outcome = simulate(plan, assumptions, req.seed);
  const distribution = await monteCarloSliced(plan, assumptions, req.seed, runs, pause);
  return { phase: req.phase, vars: { ...summariseSemester(outcome, distribution), rising: risingOf(outcome), ...vars }, detail: { outcome, distribution, budget } };
}
