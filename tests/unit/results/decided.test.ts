// "What decided your result": each mechanism is named only when the path's own numbers cross
// its stated mark, its sentences state the model's numbers, and hostile numbers (NaN, infinities,
// negatives, missing parts) never put NaN, Infinity, undefined or an unfilled {placeholder} on screen.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALICE_PATH, CALIBRATION, type Quantiles } from '../../../src/sim';
import { evaluatePath } from '../../../src/service/debrief-request';
import type { PathNumbers } from '../../../src/service/protocol';
import { DECIDED_IDS, DECIDED_PARAMS, MARKS, decidedItems, decidedTexts, type DecidedItem } from '../../../src/ui/debrief/decided';
import { resultsEn } from '../../../src/i18n/results-en';
import { resultsFr } from '../../../src/i18n/results-fr';
import { formats } from '../../../src/ui/results/format';

const LANGS = [['en', resultsEn], ['fr', resultsFr]] as const;
const qn = (v: number): Quantiles => ({ p10: v, p50: v, p90: v });

/** A quiet path: nothing crosses a mark. */
function quiet(): PathNumbers {
  return {
    accepted: qn(400), qualified: qn(1200), rawLeads: qn(5200), spend: qn(110000), costPerAccepted: qn(275), inboxRate: qn(0.84), hardBounceRate: qn(0.005),
    pObjective: 0.8, tier: 'ending_met',
    eventShare: { platform_review: 0, platform_suspension: 0, spam_trap: 0, list_fatigue: 0, sales_overload: 0, pool_suppressed: 0 },
    baseline: 263, target: 316,
    // 8 weeks then 18 weeks at the same pace.
    phase1: { rawLeads: qn(1600), qualified: qn(370), accepted: qn(123) },
    salesBottleneckShare: 0, bottleneck: 'marketing',
    runs: {
      salesLost: qn(0), salesLostShare: qn(0),
      late: { rawLeads: qn(3600), qualified: qn(830), accepted: qn(277) },
      mailEarly: { sentPerWeek: 20000, inboxRate: 0.84, openRate: 0.3, unsubRate: 0.003, complaintRate: 0.0002, hardBounceRate: 0.004 },
      mailLate: { sentPerWeek: 20000, inboxRate: 0.84, openRate: 0.29, unsubRate: 0.003, complaintRate: 0.0002, hardBounceRate: 0.004 },
    },
    budget: {
      budget: 115000, planned: { email: 0, display: 0, linkedin: 0, shows: 0, content: 0, data: 0, projects: 0 }, plannedTotal: 112000,
      final: { email: 0, display: 0, linkedin: 0, shows: 0, content: 0, data: 0, projects: 0 }, finalTotal: 112000,
      launchCut: { display: 0, linkedin: 0, shows: [], total: 0 }, courseCut: { display: 0, linkedin: 0, shows: [], total: 0 }, overBy: 0,
    },
  };
}

const ids = (items: readonly DecidedItem[]) => items.map((x) => x.id);

function allTexts(items: readonly DecidedItem[], runs = 100): string[] {
  return LANGS.flatMap(([lang, s]) => decidedTexts(items, runs, s, formats(lang), lang).flatMap((t) => [t.title, t.text, t.rule]));
}

function expectClean(texts: readonly string[]): void {
  for (const t of texts) {
    expect(t).not.toMatch(/NaN|Infinity|undefined|null|[{}]/);
    expect(t.trim().length).toBeGreaterThan(5);
  }
}

describe('what decided your result', () => {
  it('names nothing on a quiet path, and every mechanism once its own mark is crossed', () => {
    expect(decidedItems(quiet(), quiet())).toEqual([]);
    const base = quiet();
    const r = base.runs!;
    const cases: [string, PathNumbers][] = [
      // Weeks 1-8 at 1.3x the later weekly pace of accepted leads.
      ['rush', { ...base, phase1: { ...base.phase1, accepted: qn(123) }, runs: { ...r, late: { ...r.late, accepted: qn(Math.floor((123 / 8 / 1.3) * 18)) } } }],
      ['fatigue', { ...base, runs: { ...r, mailLate: { ...r.mailLate, openRate: 0.3 * (1 - MARKS.fatigueOpenFall) - 0.001 } } }],
      ['deliverability', { ...base, eventShare: { ...base.eventShare, platform_suspension: MARKS.suspensionShare } }],
      ['deliverability', { ...base, inboxRate: qn(MARKS.inboxBelow - 0.01) }],
      ['sales', { ...base, salesBottleneckShare: MARKS.salesShare }],
      ['sales', { ...base, runs: { ...r, salesLostShare: qn(MARKS.lostShare) } }],
      ['budget', { ...base, budget: { ...base.budget!, launchCut: { display: 6000, linkedin: 0, shows: [], total: 6000 } } }],
      ['budget', { ...base, costPerAccepted: qn(275 * MARKS.costRatio) }],
    ];
    for (const [id, n] of cases) expect(ids(decidedItems(n, quiet())), id).toEqual([id]);
    // Just under each mark: nothing.
    const under: PathNumbers[] = [
      { ...base, runs: { ...r, late: { ...r.late, accepted: qn(Math.ceil((123 / 8 / 1.2) * 18)) } } },
      { ...base, runs: { ...r, mailLate: { ...r.mailLate, openRate: 0.3 * (1 - MARKS.fatigueOpenFall) + 0.001 } } },
      { ...base, eventShare: { ...base.eventShare, platform_suspension: MARKS.suspensionShare - 0.01, platform_review: MARKS.reviewShare - 0.01 } },
      { ...base, salesBottleneckShare: MARKS.salesShare - 0.01 },
      { ...base, budget: { ...base.budget!, launchCut: { display: 5000, linkedin: 0, shows: [], total: 5000 } } },
    ];
    for (const n of under) expect(ids(decidedItems(n, quiet()))).toEqual([]);
  });

  it("states the model's own numbers on Alice's path, with a source for every rate it links", () => {
    const n = evaluatePath(ALICE_PATH, 2016, 40);
    const items = decidedItems(n, null);
    expect(items.length).toBeGreaterThan(0);
    for (const it of items) {
      expect(it.params.length, it.id).toBeGreaterThan(0);
      for (const p of it.params) expect(CALIBRATION[p], p).toBeDefined();
      expect(DECIDED_PARAMS[it.id]).toEqual(expect.arrayContaining([...it.params]));
    }
    const f = formats('en');
    const texts = decidedTexts(items, 40, resultsEn, f, 'en');
    const rush = texts.find((t) => t.id === 'rush');
    if (rush) {
      expect(rush.text).toContain(`${f.int(n.phase1.accepted.p50)} leads accepted`);
      expect(rush.text).toContain(f.int(n.runs!.late.accepted.p50));
    }
    const budget = texts.find((t) => t.id === 'budget');
    if (budget) expect(budget.text).toContain(f.eur(n.costPerAccepted.p50));
    const sales = texts.find((t) => t.id === 'sales');
    if (sales) expect(sales.text).toContain(f.pct(n.salesBottleneckShare, 0));
    expectClean(allTexts(items, 40));
  });

  it('never shows NaN, Infinity or an unfilled placeholder, whatever the numbers', () => {
    const hostile = fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, 1e12, 0.5, undefined as unknown as number);
    const q = fc.record({ p10: hostile, p50: hostile, p90: hostile });
    const mail = fc.record({ sentPerWeek: hostile, inboxRate: hostile, openRate: hostile, unsubRate: hostile, complaintRate: hostile, hardBounceRate: hostile });
    const cut = fc.record({ display: hostile, linkedin: hostile, total: hostile, shows: fc.array(fc.record({ week: hostile, kind: fc.constant('generic' as const), euros: hostile }), { maxLength: 2 }) });
    const numbers = fc.record({
      accepted: q, qualified: q, rawLeads: q, spend: q, costPerAccepted: q, inboxRate: q, hardBounceRate: q, pObjective: hostile,
      tier: fc.constant('ending_wall' as const),
      eventShare: fc.record({ platform_review: hostile, platform_suspension: hostile, spam_trap: hostile, list_fatigue: hostile, sales_overload: hostile, pool_suppressed: hostile }),
      baseline: hostile, target: hostile,
      phase1: fc.record({ rawLeads: q, qualified: q, accepted: q }),
      salesBottleneckShare: hostile, bottleneck: fc.constant('sales' as const),
      runs: fc.option(fc.record({ salesLost: q, salesLostShare: q, late: fc.record({ rawLeads: q, qualified: q, accepted: q }), mailEarly: mail, mailLate: mail }), { nil: undefined }),
      budget: fc.option(fc.record({
        budget: hostile, plannedTotal: hostile, finalTotal: hostile, overBy: hostile, launchCut: cut, courseCut: cut,
        planned: fc.constant({ email: 0, display: 0, linkedin: 0, shows: 0, content: 0, data: 0, projects: 0 }),
        final: fc.constant({ email: 0, display: 0, linkedin: 0, shows: 0, content: 0, data: 0, projects: 0 }),
      }), { nil: undefined }),
    }) as fc.Arbitrary<PathNumbers>;
    fc.assert(fc.property(numbers, fc.option(numbers, { nil: null }), hostile, (played, best, runs) => {
      const items = decidedItems(played, best);
      for (const it of items) expect(DECIDED_IDS).toContain(it.id);
      expectClean(allTexts(items, runs));
    }), { numRuns: 400 });
  });

  it('names every rate it links in French too', () => {
    for (const id of DECIDED_IDS) for (const p of DECIDED_PARAMS[id]) expect(resultsFr.params[p as keyof typeof resultsFr.params], p).toBeTruthy();
  });

  it('reads numbers from an older or partial answer (missing parts) without failing', () => {
    const base = quiet();
    const partial = { ...base, runs: {} as PathNumbers['runs'], budget: {} as PathNumbers['budget'], eventShare: {} as PathNumbers['eventShare'], phase1: undefined as unknown as PathNumbers['phase1'] };
    const items = decidedItems(partial, null);
    expectClean(allTexts(items));
  });

  it('states every mark in both languages from MARKS (the texts cannot drift from the rule)', () => {
    for (const [lang, s] of LANGS) {
      for (const id of DECIDED_IDS) {
        const rule = s.decided.items[id].rule;
        expect(rule, `${lang} ${id}`).toMatch(/\{\w+\}/);
        // No mark written as a number: percentages and ratios come from MARKS.
        expect(rule, `${lang} ${id}`).not.toMatch(/\d\s?%|\d[.,]\d|\btimes\b.*\d|\d\s*(times|fois)/);
      }
    }
  });
});
