// Decisions -> model run -> the numbers the story prints and the dashboard draws.
import {
  DEFAULT_ASSUMPTIONS, monteCarlo, monteCarloSliced, planFor, simulate, summarisePhase1, summariseSemester,
  type Assumptions,
} from '../sim';
import type { SimDetail, SimReport, SimRequest } from './protocol';

/** Monte Carlo runs behind the semester's spread (p10-p90, chance of meeting the target). */
export const STORY_MC_RUNS = 500;

export function runSimRequest(req: SimRequest, assumptions: Assumptions = DEFAULT_ASSUMPTIONS, runs = STORY_MC_RUNS): SimReport<SimDetail> {
  const plan = planFor(req.decisions);
  const outcome = simulate(plan, assumptions, req.seed);
  if (req.phase === 'phase1') {
    return { phase: req.phase, vars: { ...summarisePhase1(outcome) }, detail: { outcome, distribution: null } };
  }
  const distribution = monteCarlo(plan, assumptions, req.seed, runs);
  return { phase: req.phase, vars: { ...summariseSemester(outcome, distribution) }, detail: { outcome, distribution } };
}

/** The same answer as runSimRequest, its Monte Carlo in slices (`pause`: see monteCarloSliced), for the page's own thread. */
export async function runSimRequestSliced(req: SimRequest, pause: () => Promise<void> | undefined, assumptions: Assumptions = DEFAULT_ASSUMPTIONS, runs = STORY_MC_RUNS): Promise<SimReport<SimDetail>> {
  if (req.phase === 'phase1') return runSimRequest(req, assumptions, runs);
  const plan = planFor(req.decisions);
  const outcome = simulate(plan, assumptions, req.seed);
  const distribution = await monteCarloSliced(plan, assumptions, req.seed, runs, pause);
  return { phase: req.phase, vars: { ...summariseSemester(outcome, distribution) }, detail: { outcome, distribution } };
}
