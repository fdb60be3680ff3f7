import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALICE_PATH, DEFAULT_ASSUMPTIONS, PHASE1_WEEKS, marginalEffects, targetFor, monteCarlo, planFor, simulate,
  summarisePhase1, summariseSemester, TIERS,
} from '../../../src/sim';
import { arbPath, arbSeed } from './helpers';

const P1_KEYS = ['sent', 'hard_bounce', 'bounce', 'complaints', 'inbox', 'open', 'raw', 'qualified', 'accepted', 'pace', 'spend', 'banner_clicks', 'review', 'suspended', 'review_week', 'suspend_week', 'peak_hard_bounce', 'peak_week'];
const S_KEYS = ['raw', 'qualified', 'accepted', 'target', 'baseline', 'pct_target', 'spend', 'cost_per_lead', 'hard_bounce', 'inbox', 'unsubscribed', 'suspended', 'sales_overload', 'p_objective', 'tier', 'peak_hard_bounce', 'peak_week',
  'runs', 'lost', 'bottleneck', 'p_sales_bottleneck', 'open_early', 'open_late', 'fatigue'];
const { target: TARGET, baseline: BASELINE } = targetFor(DEFAULT_ASSUMPTIONS);
const oneDecimal = (x: number) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9;

describe('story summaries', () => {
  it('phase 1: exact keys, weeks 1-8 only, percents with one decimal', () => {
    fc.assert(
      fc.property(arbPath, arbSeed, (d, seed) => {
        const o = simulate(planFor(d), DEFAULT_ASSUMPTIONS, seed);
        const p = summarisePhase1(o);
        expect(Object.keys(p).sort()).toEqual([...P1_KEYS].sort());
        const sum = (v: readonly number[]) => v.slice(0, PHASE1_WEEKS).reduce((a, b) => a + b, 0);
        expect(p.sent).toBe(sum(o.weekly.sent));
        expect(p.accepted).toBe(sum(o.weekly.accepted));
        expect(p.raw).toBe(sum(o.weekly.rawLeads));
        expect(p.banner_clicks).toBe(sum(o.weekly.bannerClicks));
        expect(p.pace).toBe(Math.ceil((TARGET * 8) / 26));
        for (const k of ['hard_bounce', 'bounce', 'complaints', 'inbox', 'open'] as const) {
          expect(oneDecimal(p[k]), k).toBe(true);
          expect(p[k]).toBeGreaterThanOrEqual(0);
          expect(p[k]).toBeLessThanOrEqual(100);
        }
        expect(p.bounce).toBeGreaterThanOrEqual(p.hard_bounce);
        expect(Number.isInteger(p.spend)).toBe(true);
        expect(typeof p.review).toBe('boolean');
        expect(p.suspended).toBe(o.events.some((e) => e.id === 'platform_suspension' && e.week <= 8));
        // The story says in which week the platform wrote: the first such event of weeks 1-8, or 0.
        const first = (id: string) => o.events.filter((e) => e.id === id && e.week <= 8).map((e) => e.week).sort((a, b) => a - b)[0] ?? 0;
        expect(p.review_week).toBe(first('platform_review'));
        expect(p.suspend_week).toBe(first('platform_suspension'));
        expect(p.review_week > 0).toBe(p.review);
        expect(p.suspend_week > 0).toBe(p.suspended);
        // The worst week: no week of 1-8 bounces more, and it is at least the 8-week average.
        const rates = o.weekly.sent.slice(0, 8).map((s, i) => (s > 0 ? o.weekly.hardBounces[i]! / s : -1));
        if (p.sent > 0) {
          expect(p.peak_week).toBeGreaterThanOrEqual(1);
          expect(p.peak_week).toBeLessThanOrEqual(8);
          expect(Math.abs(p.peak_hard_bounce - Math.round(1000 * rates[p.peak_week - 1]!) / 10)).toBeLessThan(1e-9);
          for (const r of rates) expect(Math.round(1000 * r) / 10).toBeLessThanOrEqual(p.peak_hard_bounce + 1e-9);
          expect(p.peak_hard_bounce + 0.05).toBeGreaterThanOrEqual(p.hard_bounce);
        } else expect([p.peak_week, p.peak_hard_bounce]).toEqual([0, 0]);
      }),
      { numRuns: 25 },
    );
  });

  it("semester: exact keys and consistent numbers; Alice's dashboard shows her trouble", () => {
    const plan = planFor(ALICE_PATH);
    const o = simulate(plan, DEFAULT_ASSUMPTIONS, 1);
    const d = monteCarlo(plan, DEFAULT_ASSUMPTIONS, 1, 100);
    const s = summariseSemester(o, d);
    expect(Object.keys(s).sort()).toEqual([...S_KEYS].sort());
    expect(s.target).toBe(TARGET);
    expect(s.baseline).toBe(BASELINE);
    expect(s.pct_target).toBe(Math.round((100 * o.totals.accepted) / TARGET));
    expect(s.cost_per_lead).toBe(Math.round(o.totals.spend / o.totals.accepted));
    expect(TIERS).toContain(s.tier);
    expect(s.tier).toBe(d.tier);
    expect(s.p_objective).toBe(Math.round(100 * d.pObjective));
    // The platform steps in (the review of week 1); suspension is no longer decreed: complaints now
    // come from the inbox, and with her reputation falling fewer of her mails reach it.
    expect(s.suspended).toBe(o.events.some((e) => e.id === 'platform_suspension'));
    expect(oneDecimal(s.hard_bounce) && oneDecimal(s.inbox)).toBe(true);
    const p1 = summarisePhase1(o);
    expect(p1.review || p1.suspended).toBe(true);
    expect(p1.hard_bounce).toBeGreaterThan(1);
    // Alice's bought list makes one early week far worse than the average: the story can say so.
    expect(p1.peak_hard_bounce).toBeGreaterThan(5);
    expect(p1.peak_hard_bounce).toBeGreaterThan(2 * p1.hard_bounce);
    expect(s.peak_hard_bounce).toBeGreaterThanOrEqual(p1.peak_hard_bounce);
    // The mechanisms the story names, from the run: the queue, the bottleneck, fatigue.
    expect(s.runs).toBe(100);
    expect(s.lost).toBe(o.totals.lost);
    expect(s.bottleneck).toBe(o.bottleneck);
    expect(s.p_sales_bottleneck).toBe(Math.round(100 * d.salesBottleneckShare));
    expect(s.fatigue).toBe(o.events.some((e) => e.id === 'list_fatigue'));
    expect(oneDecimal(s.open_early) && oneDecimal(s.open_late)).toBe(true);
  });
});

describe('marginal effects (debrief)', () => {
  const m = marginalEffects(ALICE_PATH, DEFAULT_ASSUMPTIONS, 3, 60);

  it('lists every alternative of every decision', () => {
    expect(m.decisions.map((d) => d.key)).toEqual(['plan', 'answer', 'content', 'list', 'launch', 'course']);
    expect(m.decisions.map((d) => d.alternatives.length)).toEqual([2, 1, 2, 2, 2, 2]);
    for (const d of m.decisions) expect(d.alternatives.map((a) => a.option)).not.toContain(d.chosen);
  });

  it("says what changing only one of Alice's decisions would have done", () => {
    const get = (key: string, option: string) => m.decisions.find((d) => d.key === key)!.alternatives.find((a) => a.option === option)!;
    expect(get('list', 'list_none').inboxRate).toBeGreaterThan(0.05);
    expect(get('list', 'list_none').accepted).toBeGreaterThan(0);
    expect(get('content', 'content_adapt').qualified).toBeGreaterThan(0);
    expect(get('course', 'course_sales').accepted).toBeGreaterThan(0);
    expect(get('course', 'course_data').accepted).toBeGreaterThan(0);
    expect(get('launch', 'launch_test_first').accepted).toBeGreaterThan(0);
  });
});
