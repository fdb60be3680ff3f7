import { describe, expect, it } from 'vitest';
import {
  CALIBRATION, DECISIONS, DEFAULT_ASSUMPTIONS, PARAM_IDS, PLAN_TABLE, SCENARIO, SEGMENT_INFO, UNIT_BOUNDS, baselinePlan2015,
  quantile, simulate, BASELINE_ACCEPTED, TARGET_ACCEPTED,
} from '../../../src/sim';

describe('calibration table', () => {
  it('every parameter has a range around its value, a source and a reliability', () => {
    expect(PARAM_IDS.length).toBeGreaterThan(60);
    for (const id of PARAM_IDS) {
      const c = CALIBRATION[id];
      expect(c.low, id).toBeLessThanOrEqual(c.value);
      expect(c.value, id).toBeLessThanOrEqual(c.high);
      const [min, max] = UNIT_BOUNDS[c.unit];
      expect(c.low, id).toBeGreaterThanOrEqual(min);
      expect(c.high, id).toBeLessThanOrEqual(max);
      expect(c.source.length, id).toBeGreaterThan(5);
      expect(['H', 'M', 'L', 'U', 'S']).toContain(c.rel);
      expect(c.label.length, id).toBeGreaterThan(3);
    }
  });

  it('keeps the published email benchmarks as central values (Mailchimp, May 2016, Business & Finance)', () => {
    expect(CALIBRATION.emailOpenRate.value).toBe(0.2131);
    expect(CALIBRATION.emailClickRate.value).toBe(0.0276);
    expect(CALIBRATION.emailSoftBounce.value).toBe(0.0072);
    expect(CALIBRATION.emailHardBounce.value).toBe(0.006);
    expect(CALIBRATION.bannerCtr.low).toBe(0.0005);
    expect(CALIBRATION.bannerCtr.high).toBe(0.0009);
    expect(CALIBRATION.platformReviewBounce.value).toBe(0.05);
    expect(CALIBRATION.platformSuspendBounce.value).toBe(0.1);
  });

  it('scenario is consistent: segments, mixes summing to 1, target = baseline + 20%', () => {
    expect(SEGMENT_INFO.map((s) => s.id)).toEqual(['small', 'mid', 'large', 'public', 'other']);
    for (const [k, v] of Object.entries(SCENARIO.audiences)) expect(v.reduce((a, b) => a + b, 0), k).toBeCloseTo(1, 9);
    expect(SCENARIO.boughtMix.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(SCENARIO.rel).toBe('S');
    expect(BASELINE_ACCEPTED).toBe(SCENARIO.results2015.accepted);
    expect(TARGET_ACCEPTED).toBe(Math.ceil(BASELINE_ACCEPTED * 1.2));
  });

  it('the plan table covers every decision option of the story', () => {
    for (const d of DECISIONS) for (const o of d.options) expect(PLAN_TABLE[o]?.does.length, o).toBeGreaterThan(10);
    expect(Object.keys(PLAN_TABLE).length).toBe(DECISIONS.reduce((n, d) => n + d.options.length, 0));
  });
});

describe('replaying H1 2015', () => {
  const runs = 120;
  const plan = baselinePlan2015();
  const o = Array.from({ length: runs }, (_, i) => simulate(plan, DEFAULT_ASSUMPTIONS, 5000 + i));
  const med = (f: (x: (typeof o)[number]) => number) => quantile(o.map(f).sort((a, b) => a - b), 0.5);
  const range = (id: keyof typeof CALIBRATION) => [CALIBRATION[id].low, CALIBRATION[id].high] as const;

  it('reproduces the calibration email rates within their ranges', () => {
    const cases: [keyof typeof CALIBRATION, number][] = [
      ['emailOpenRate', med((x) => x.channels.email.viewed / x.channels.email.delivered)],
      ['emailClickRate', med((x) => x.channels.email.clicked / x.channels.email.delivered)],
      ['emailHardBounce', med((x) => x.totals.hardBounces / x.totals.sent)],
      ['emailSoftBounce', med((x) => x.totals.softBounces / x.totals.sent)],
      ['emailComplaintRate', med((x) => x.totals.complaints / x.totals.delivered)],
      ['emailUnsubRate', med((x) => x.totals.unsubscribes / x.totals.delivered)],
    ];
    for (const [id, v] of cases) {
      const [lo, hi] = range(id);
      expect(v, id).toBeGreaterThanOrEqual(lo);
      expect(v, id).toBeLessThanOrEqual(hi);
    }
    // Inbox placement near Return Path's European 84%, no platform event in a normal year.
    expect(med((x) => x.totals.inboxRate)).toBeGreaterThan(0.8);
    expect(med((x) => x.totals.inboxRate)).toBeLessThan(0.88);
    expect(o.filter((x) => x.events.some((e) => e.id === 'platform_review' || e.id === 'platform_suspension')).length / runs).toBeLessThan(0.05);
  });

  it("lands on the scenario's stated 2015 results (within 8%)", () => {
    const r = SCENARIO.results2015;
    const close = (model: number, stated: number, what: string) => expect(Math.abs(model / stated - 1), what).toBeLessThan(0.08);
    close(med((x) => x.totals.accepted), r.accepted, 'accepted');
    close(med((x) => x.totals.qualified), r.qualified, 'qualified');
    close(med((x) => x.totals.rawLeads), r.rawLeads, 'rawLeads');
    close(med((x) => x.totals.spend), r.spend, 'spend');
    close(med((x) => x.totals.sent), r.sent, 'sent');
  });

  it('has believable B2B magnitudes: hundreds of accepted leads, cost per lead in the hundreds of euros, banners near useless', () => {
    const acc = med((x) => x.totals.accepted);
    expect(acc).toBeGreaterThan(100);
    expect(acc).toBeLessThan(3000);
    const cpq = med((x) => x.totals.costPerQualified);
    expect(cpq).toBeGreaterThan(30);
    expect(cpq).toBeLessThan(1000);
    const ctr = med((x) => x.channels.display.clicked / x.channels.display.reach);
    expect(ctr).toBeGreaterThanOrEqual(CALIBRATION.bannerCtr.low * 0.7);
    expect(ctr).toBeLessThanOrEqual(CALIBRATION.bannerCtr.high);
    expect(med((x) => x.channels.display.qualified)).toBeLessThan(med((x) => x.channels.email.qualified) / 20);
  });
});
