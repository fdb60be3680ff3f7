import { describe, expect, it } from 'vitest';
import { ALICE_PATH, PHASE_2015, SCENARIO, baselinePlan2015, planFor, type Decisions } from '../../../src/sim';
import { planAsChosen } from '../../../src/sim/plan';

describe('decision -> plan table', () => {
  it('without D6, weeks 9-26 continue the plan of weeks 1-8', () => {
    const { course: _course, ...d15 } = ALICE_PATH;
    const p = planFor(d15);
    expect(p.phases[1]).toEqual(p.phases[0]);
    expect(planFor({}).phases[0]).toEqual(PHASE_2015);
  });

  it('D6 changes only weeks 9-26', () => {
    for (const course of ['course_double_down', 'course_data', 'course_sales'] as const) {
      const p = planFor({ ...ALICE_PATH, course });
      expect(p.phases[0]).toEqual(planFor({ ...ALICE_PATH, course: 'course_sales' }).phases[0]);
      expect(p.phases[1]).not.toEqual(p.phases[0]);
    }
  });

  it("maps Alice's choices to what she did: more of everything, the paper to all, the list merged at once, the blast", () => {
    // What she chose (finance trims it to the budget afterwards: budget.test.ts).
    const p = planAsChosen(ALICE_PATH);
    const ph = p.phases[0];
    expect(ph.campaignPerMonth + ph.newsletterPerMonth).toBeGreaterThan(PHASE_2015.campaignPerMonth + PHASE_2015.newsletterPerMonth);
    expect(ph.campaign.share).toEqual([1, 1, 1, 1, 1]);
    expect(ph.campaign.segmented).toBe(false);
    expect(ph.displayMedia).toBe('broad');
    expect(ph.displayWeekly).toBeGreaterThan(PHASE_2015.displayWeekly);
    expect(p.content.gated).toEqual([1, 1, 1, 1, 1]);
    expect(p.list).toMatchObject({ buy: true, verify: false, arrivalWeek: 1 });
    expect(p.tracking || p.monitoring).toBe(false);
    expect(p.shows.length).toBeGreaterThan(baselinePlan2015().shows.length);
    expect(p.phases[1].campaignPerMonth).toBeGreaterThan(ph.campaignPerMonth);
  });

  it('the better options map to targeted, tested, tracked actions', () => {
    const d: Decisions = { plan: 'plan_target', answer: 'answer_measure', content: 'content_adapt', list: 'list_buy_verify', launch: 'launch_test_first', course: 'course_data' };
    const p = planFor(d);
    expect(p.phases[0].campaign.segmented).toBe(true);
    expect(p.phases[0].campaign.share[4]).toBe(0);
    expect(p.testWeeks).toBe(2);
    expect(p.campaignStartWeek).toBeGreaterThan(1);
    expect(p.list.arrivalWeek).toBeGreaterThan(1);
    expect(p.tracking && p.monitoring).toBe(true);
    expect(p.reallocShare).toBeGreaterThan(planFor({ ...d, course: 'course_sales' }).reallocShare);
    expect(p.phases[1]).toMatchObject({ scoring: true, nurture: true, engagedOnly: true });
    expect(p.enrichedContacts).toEqual(SCENARIO.enrichTarget);
  });

  it('plans stay within reach of the budget: every phase-1 plan spends similar money on paid media', () => {
    const weeklyPaid = (d: Partial<Decisions>) => {
      const ph = planAsChosen(d).phases[0];
      return ph.displayWeekly + ph.linkedinSponsoredWeekly;
    };
    const a = weeklyPaid({ plan: 'plan_scale_all', launch: 'launch_blast' });
    const b = weeklyPaid({ plan: 'plan_scale_all', launch: 'launch_segmented' });
    expect(a).toBeCloseTo(b, 6); // launches move money between media, they do not add any
  });
});
