// The dashboard's numbers are the story's numbers (the report's vars) and the model's series;
// the spread of weeks 1-8 is the first 8 weeks of the semester Monte Carlo's own runs.
import { describe, expect, it } from 'vitest';
import { ALICE_PATH, DEFAULT_ASSUMPTIONS, monteCarlo, planFor, simulate, type Decisions } from '../../../src/sim';
import { mixSeed } from '../../../src/sim/rng';
import { runSimRequest } from '../../../src/service/sim-request';
import { phase1Spread } from '../../../src/service/debrief-request';
import { dashboardModel, histogram, kpisOf, silentWeeks } from '../../../src/ui/results/data';

const SEED = 4242;
const { course: _c, ...ALICE_D1_5 } = ALICE_PATH;
const GOOD: Decisions = { plan: 'plan_analyse', answer: 'answer_measure', content: 'content_adapt', list: 'list_none', launch: 'launch_test_first', course: 'course_data' };

describe('dashboard data', () => {
  it('shows weeks 1-8 with the numbers the story prints after #sim:phase1', () => {
    const report = runSimRequest({ phase: 'phase1', decisions: ALICE_D1_5, seed: SEED });
    const m = dashboardModel(report);
    expect(m.weeks).toBe(8);
    expect(m.kpis.accepted).toBe(report.vars['accepted']);
    expect(m.kpis.raw).toBe(report.vars['raw']);
    expect(m.kpis.qualified).toBe(report.vars['qualified']);
    expect(Math.round(m.kpis.spend)).toBe(report.vars['spend']);
    expect(m.kpis.target).toBe(report.vars['pace']);
    expect(m.weekly.cumulative).toHaveLength(8);
    expect(m.weekly.cumulative.at(-1)).toBe(m.kpis.accepted);
    expect(m.deliverability.inbox).toHaveLength(8);
    expect(m.events.every((e) => e.week <= 8)).toBe(true);
    expect(m.funnel.map((r) => r.channel)).toEqual(['email', 'landing', 'linkedin', 'twitter', 'facebook', 'display', 'shows']);
    const email = m.funnel[0]!.values;
    expect(email.reach).toBe(report.vars['sent']);
    expect(m.funnel.reduce((s, r) => s + r.values.accepted, 0)).toBe(m.kpis.accepted);
    expect(m.funnel.reduce((s, r) => s + r.values.filled, 0)).toBe(m.kpis.raw);
    expect(m.spread).toBeNull();
    // Funnel counts never grow down the funnel, and weeks 1-8 never exceed the semester.
    const semester = runSimRequest({ phase: 'semester', decisions: { ...ALICE_D1_5, course: 'course_data' }, seed: SEED }, undefined, 20).detail.outcome;
    for (const r of m.funnel) {
      const f = r.values;
      expect(f.delivered).toBeLessThanOrEqual(f.reach);
      expect(f.inbox).toBeLessThanOrEqual(f.delivered);
      expect(f.viewed).toBeLessThanOrEqual(f.inbox);
      expect(f.clicked).toBeLessThanOrEqual(f.viewed);
      expect(f.qualified).toBeLessThanOrEqual(f.filled);
      expect(f.accepted).toBeLessThanOrEqual(f.qualified);
      expect(f.reach).toBeLessThanOrEqual(semester.channels[r.channel].reach);
    }
  });

  it('shows the semester with the numbers the story prints after #sim:semester', () => {
    for (const path of [ALICE_PATH, GOOD]) {
      const report = runSimRequest({ phase: 'semester', decisions: path, seed: SEED }, undefined, 100);
      const m = dashboardModel(report);
      const k = kpisOf(report);
      expect(m.weeks).toBe(26);
      expect(k.accepted).toBe(report.vars['accepted']);
      expect(k.raw).toBe(report.vars['raw']);
      expect(k.qualified).toBe(report.vars['qualified']);
      expect(Math.round(k.spend)).toBe(report.vars['spend']);
      expect(Math.round(k.costPerAccepted)).toBe(report.vars['cost_per_lead']);
      expect(k.target).toBe(report.vars['target']);
      expect(k.baseline).toBe(report.vars['baseline']);
      expect(Math.round(100 * m.spread!.pGoal)).toBe(report.vars['p_objective']);
      expect(m.funnel.map((r) => r.channel)).toEqual(['email', 'landing', 'linkedin', 'twitter', 'facebook', 'display', 'shows']);
      expect(m.funnel.reduce((s, r) => s + r.values.accepted, 0)).toBe(k.accepted);
      const bins = histogram(m.spread!);
      expect(bins.reduce((s, b) => s + b.count, 0)).toBe(100);
      expect(bins[0]!.from).toBeLessThanOrEqual(Math.min(m.spread!.sorted[0]!, k.accepted, k.target));
      expect(bins.at(-1)!.to).toBeGreaterThan(Math.max(m.spread!.sorted.at(-1)!, k.accepted, k.target));
    }
  });

  it('draws the spread of weeks 1-8 from the semester Monte Carlo runs themselves', () => {
    const runs = 24;
    const spread = phase1Spread({ decisions: ALICE_D1_5, seed: SEED, runs });
    // Run i of the Monte Carlo is simulate() on stream mixSeed(seed, i) ...
    const plan = planFor(ALICE_PATH);
    const totals = Array.from({ length: runs }, (_, i) => simulate(plan, DEFAULT_ASSUMPTIONS, mixSeed(SEED, i)).totals.accepted).sort((a, b) => a - b);
    expect(monteCarlo(plan, DEFAULT_ASSUMPTIONS, SEED, runs).acceptedSorted).toEqual(totals);
    // ... and weeks 1-8 of those runs do not depend on D6: the spread is their first 8 weeks.
    const first8 = Array.from({ length: runs }, (_, i) => simulate(plan, DEFAULT_ASSUMPTIONS, mixSeed(SEED, i)).weekly.accepted.slice(0, 8).reduce((a, b) => a + b, 0)).sort((a, b) => a - b);
    expect(spread.acceptedSorted).toEqual(first8);
    expect(spread.pace).toBe(runSimRequest({ phase: 'phase1', decisions: ALICE_D1_5, seed: SEED }).vars['pace']);
    const m = dashboardModel(runSimRequest({ phase: 'phase1', decisions: ALICE_D1_5, seed: SEED }), spread);
    expect(m.spread!.runs).toBe(runs);
    expect(m.spread!.pGoal).toBe(spread.pOnPace);
  });

  it('names the silent weeks of a suspension', () => {
    expect(silentWeeks([0.01, null, null, null, 0.02, null])).toBe('2–4, 6');
    expect(silentWeeks([0.01, 0.02])).toBe('');
  });
});

describe('dashboard sentences', () => {
  it('puts the widest channel’s accepted leads in the singular when there is one (EN: 1; FR: 0 and 1)', async () => {
    const { summaries } = await import('../../../src/ui/results/panel');
    const { formats } = await import('../../../src/ui/results/format');
    const { resultsStrings } = await import('../../../src/ui/results/strings');
    const report = runSimRequest({ phase: 'semester', decisions: ALICE_PATH, seed: SEED }, undefined, 20);
    const base = dashboardModel(report);
    const widest = [...base.funnel].sort((a, b) => b.values.reach - a.values.reach)[0]!;
    const withAccepted = (n: number) => ({
      ...base,
      funnel: base.funnel.map((r) => (r === widest ? { ...r, values: { ...r.values, accepted: n } } : r)),
    });
    const funnelText = (lang: 'en' | 'fr', n: number) => summaries(withAccepted(n), resultsStrings(lang), formats(lang)).funnel;
    expect(funnelText('en', 1)).toContain('for 1 accepted lead.');
    expect(funnelText('en', 0)).toContain('for 0 accepted leads.');
    expect(funnelText('en', 12)).toContain('for 12 accepted leads.');
    expect(funnelText('fr', 1)).toContain('pour 1 lead accepté.');
    expect(funnelText('fr', 0)).toContain('pour 0 lead accepté.');
    expect(funnelText('fr', 12)).toContain('pour 12 leads acceptés.');
  });
});
