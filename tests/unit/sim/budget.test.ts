// Money (issue 12, item 6): the planned spend per channel, and finance's rule that keeps every
// plan within the 2016 budget before it is simulated.
import { describe, expect, it } from 'vitest';
import {
  ALICE_PATH, DEFAULT_ASSUMPTIONS, SCENARIO, allDecisionPaths, baselinePlan2015, budgetCheckFor, cutToBudget, planAsChosen, planFor,
  plannedSpend, pricesOf, simulate, withParams, type Assumptions, type Decisions,
} from '../../../src/sim';

const CENTRAL: Assumptions = { ...DEFAULT_ASSUMPTIONS, sampleRanges: false };
const PRICES = pricesOf(DEFAULT_ASSUMPTIONS);
const PATHS = allDecisionPaths();
const SAMPLE = [ALICE_PATH, ...[0, 41, 97, 150, 233, 302, 377, 431, 485].map((i) => PATHS[i]!)];
const BEST: Decisions = { plan: 'plan_target', answer: 'answer_measure', content: 'content_adapt', list: 'list_none', launch: 'launch_segmented', course: 'course_sales' };

describe('planned spend', () => {
  it('is what the model spends at the quoted prices, trade shows included; the email line bounds the platform cost', () => {
    const esp = PRICES.espCostPerEmail;
    for (const d of [...SAMPLE, BEST]) {
      const plan = planFor(d);
      const planned = plannedSpend(plan, PRICES);
      for (const seed of [1, 7]) {
        const o = simulate(plan, CENTRAL, seed);
        // Everything but the emailing platform is fixed by the plan: the model spends it to the euro.
        expect(o.totals.spend - o.totals.sent * esp).toBeCloseTo(planned.total - planned.byLine.email, 0);
        expect(o.totals.sent).toBeLessThanOrEqual(planned.maxSends);
        expect(o.totals.spend).toBeLessThanOrEqual(SCENARIO.budget2016 + 1);
      }
    }
  });

  it('counts each trade show at its price (a minor fair at its share)', () => {
    const p = planAsChosen({ plan: 'plan_scale_all' });
    const shows = plannedSpend(p, PRICES).byLine.shows;
    const generic = p.shows.filter((s) => s.kind !== 'minor').length;
    const minor = p.shows.filter((s) => s.kind === 'minor').length;
    expect(minor).toBe(1);
    expect(shows).toBeCloseTo(PRICES.showCost * (generic + SCENARIO.minorShow.cost * minor), 6);
    const none = plannedSpend({ ...p, shows: [] }, PRICES);
    expect(plannedSpend(p, PRICES).total - none.total).toBeCloseTo(shows, 6);
  });

  it('replays 2015 near its stated spend', () => {
    const p = plannedSpend(baselinePlan2015(), PRICES);
    expect(Math.abs(p.total - SCENARIO.results2015.spend) / SCENARIO.results2015.spend).toBeLessThan(0.03);
    expect(p.byLine.shows).toBe(3 * PRICES.showCost);
  });
});

describe("finance's rule", () => {
  it('no plan of the game is simulated over the budget, and the cuts are what separates it from the plan as chosen', () => {
    for (const d of PATHS) {
      const c = budgetCheckFor(d);
      expect(c.overBy).toBe(0);
      expect(c.final.total).toBeLessThanOrEqual(c.budget + 0.5);
      const cut = c.launchCut.total + c.courseCut.total;
      if (c.planned.total <= c.budget) expect(cut).toBe(0);
      // Cut to the budget, to the euro, unless a whole trade show had to go (its price is a lump).
      else if (c.launchCut.shows.length + c.courseCut.shows.length === 0) expect(c.final.total).toBeCloseTo(c.budget, -1);
      // Within a euro, the plan lost exactly what finance says it cut (plus the emails it no longer sends: none).
      expect(c.planned.total - c.final.total).toBeCloseTo(cut, -1);
    }
  });

  it("Alice's plan is over the budget as she chose it, and finance trims the banners first", () => {
    const c = budgetCheckFor(ALICE_PATH);
    expect(c.planned.total).toBeGreaterThan(c.budget * 1.1);
    expect(c.launchCut.display).toBeGreaterThan(0);
    expect(c.courseCut.display).toBeGreaterThan(0);
    expect(c.launchCut.linkedin + c.courseCut.linkedin).toBe(0);
    expect(c.launchCut.shows.length + c.courseCut.shows.length).toBe(0);
    expect(c.plan.phases[0].displayWeekly).toBeLessThan(planAsChosen(ALICE_PATH).phases[0].displayWeekly);
  });

  it('cuts banners, then sponsored LinkedIn, then trade shows from the last one', () => {
    const p = planAsChosen({ plan: 'plan_analyse' });
    const total = plannedSpend(p, PRICES).total;
    const display = plannedSpend(p, PRICES).byLine.display;
    const linkedin = plannedSpend(p, PRICES).byLine.linkedin;
    // A little over: only banners go.
    let r = cutToBudget(p, total - display / 2, PRICES, 0);
    expect(r.cut.display).toBeCloseTo(display / 2, 0);
    expect(r.cut.linkedin).toBe(0);
    // Over by more than the banners: LinkedIn next, shows untouched.
    r = cutToBudget(p, total - display - linkedin / 2, PRICES, 0);
    expect(r.plan.phases[0].displayWeekly).toBeCloseTo(0, 6);
    expect(r.cut.linkedin).toBeCloseTo(linkedin / 2, 0);
    expect(r.cut.shows).toEqual([]);
    // Over by more than both: the last show is cancelled first.
    r = cutToBudget(p, total - display - linkedin - 1000, PRICES, 0);
    expect(r.cut.shows.map((s) => s.week)).toEqual([Math.max(...p.shows.map((s) => s.week))]);
    expect(r.plan.shows.length).toBe(p.shows.length - 1);
  });

  it('in week 9 only weeks 9-26 are cut: weeks 1-8 are the same whatever D6 is', () => {
    for (const d of SAMPLE) {
      const ph1 = (['course_double_down', 'course_data', 'course_sales'] as const).map((course) => planFor({ ...d, course }).phases[0]);
      expect(ph1[1]).toEqual(ph1[0]);
      expect(ph1[2]).toEqual(ph1[0]);
      const { course: _c, ...launch } = d;
      expect(planFor(launch).phases[0]).toEqual(ph1[0]);
    }
  });

  it('leaves a plan within the budget as it was', () => {
    const d = { plan: 'plan_analyse', answer: 'answer_bravado', content: 'content_wp_targeted', list: 'list_none', launch: 'launch_blast', course: 'course_sales' } as const;
    const c = budgetCheckFor(d);
    expect(c.planned.total).toBeLessThanOrEqual(c.budget);
    expect(planFor(d)).toEqual(planAsChosen(d));
  });

  it('prices the plan at the assumptions in use: dearer shows, deeper cuts', () => {
    const dear = withParams(DEFAULT_ASSUMPTIONS, { showCost: { value: 24000, low: 16000, high: 25000 } });
    const a = budgetCheckFor(ALICE_PATH);
    const b = budgetCheckFor(ALICE_PATH, dear);
    expect(b.planned.byLine.shows).toBeGreaterThan(a.planned.byLine.shows);
    expect(b.launchCut.total + b.courseCut.total).toBeGreaterThan(a.launchCut.total + a.courseCut.total);
    expect(b.overBy).toBe(0);
  });
});
