import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHANNELS, DEFAULT_ASSUMPTIONS, SEGMENTS, STAGES, WEEKS, planFor, simulate, withParams, type Plan,
} from '../../../src/sim';
import { qualProb } from '../../../src/sim/model';
import { NO_ENFORCEMENT, arbPath, arbSeed, numbers } from './helpers';

const RUNS = { numRuns: 40 };

describe('simulate: invariants over random paths and seeds', () => {
  it('is deterministic: same plan, assumptions and seed give the same outcome', () => {
    fc.assert(
      fc.property(arbPath, arbSeed, (d, seed) => {
        const plan = planFor(d);
        expect(simulate(plan, DEFAULT_ASSUMPTIONS, seed)).toEqual(simulate(plan, DEFAULT_ASSUMPTIONS, seed));
      }),
      { numRuns: 15 },
    );
  });

  it('differs across seeds', () => {
    const plan = planFor(PATH_ANY);
    expect(simulate(plan, DEFAULT_ASSUMPTIONS, 1).totals.accepted).not.toEqual(simulate(plan, DEFAULT_ASSUMPTIONS, 2).totals.accepted + 0.5);
    expect(simulate(plan, DEFAULT_ASSUMPTIONS, 1).weekly.opens).not.toEqual(simulate(plan, DEFAULT_ASSUMPTIONS, 2).weekly.opens);
  });

  it('never gives NaN, infinities or negative numbers; counts are integers', () => {
    fc.assert(
      fc.property(arbPath, arbSeed, (d, seed) => {
        const o = simulate(planFor(d), DEFAULT_ASSUMPTIONS, seed);
        const bad = numbers(o).filter(([, v]) => !Number.isFinite(v) || v < 0);
        expect(bad).toEqual([]);
        const counts = [...numbers(o.channels), ...numbers(o.channelsWeekly), ...numbers(o.segments)];
        for (const k of ['sent', 'delivered', 'hardBounces', 'softBounces', 'complaints', 'unsubscribes', 'inbox', 'opens', 'clicks', 'rawLeads', 'qualified', 'accepted', 'lost'] as const) {
          counts.push(...numbers(o.weekly[k], k));
        }
        expect(counts.filter(([, v]) => !Number.isInteger(v))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('funnel counts never grow downstream, per channel and per week', () => {
    fc.assert(
      fc.property(arbPath, arbSeed, (d, seed) => {
        const o = simulate(planFor(d), DEFAULT_ASSUMPTIONS, seed);
        const bad: string[] = [];
        const le = (a: number, b: number, what: string) => {
          if (!(a <= b)) bad.push(`${what}: ${a} > ${b}`);
        };
        const filled = STAGES.indexOf('filled');
        for (const ch of CHANNELS) {
          const f = o.channels[ch];
          for (let i = 1; i < STAGES.length; i++) le(f[STAGES[i]!], f[STAGES[i - 1]!], `${ch} ${STAGES[i]}`);
          const fw = o.channelsWeekly[ch];
          let cumFilled = 0, cumQual = 0, cumAcc = 0;
          for (let w = 0; w < WEEKS; w++) {
            // Within a week, reach -> ... -> filled; qualification and calls may concern earlier weeks' fills.
            for (let i = 1; i <= filled; i++) le(fw[STAGES[i]!][w]!, fw[STAGES[i - 1]!][w]!, `${ch} week ${w + 1} ${STAGES[i]}`);
            cumFilled += fw.filled[w]!;
            cumQual += fw.qualified[w]!;
            cumAcc += fw.accepted[w]!;
            le(cumQual, cumFilled, `${ch} qualified to week ${w + 1}`);
            le(cumAcc, cumQual, `${ch} accepted to week ${w + 1}`);
          }
        }
        const W = o.weekly;
        for (let w = 0; w < WEEKS; w++) {
          if (W.delivered[w]! + W.hardBounces[w]! + W.softBounces[w]! !== W.sent[w]!) bad.push(`week ${w + 1}: sent != delivered + bounces`);
          le(W.inbox[w]!, W.delivered[w]!, `week ${w + 1} inbox`);
          le(W.opens[w]!, W.inbox[w]!, `week ${w + 1} opens`);
        }
        le(o.totals.accepted, o.totals.qualified, 'accepted');
        le(o.totals.qualified, o.totals.rawLeads, 'qualified');
        expect(bad).toEqual([]);
      }),
      RUNS,
    );
  });

  it("a segment's email leads never exceed its contacts", () => {
    fc.assert(
      fc.property(arbPath, arbSeed, (d, seed) => {
        const o = simulate(planFor(d), DEFAULT_ASSUMPTIONS, seed);
        let emailLeads = 0;
        for (const s of SEGMENTS) {
          expect(o.segments[s].emailLeads, s).toBeLessThanOrEqual(o.segments[s].contacts);
          expect(o.segments[s].qualified, s).toBeLessThanOrEqual(o.segments[s].rawLeads);
          emailLeads += o.segments[s].emailLeads;
        }
        expect(emailLeads).toBe(o.channels.email.filled);
      }),
      RUNS,
    );
  });
});

const PATH_ANY = { plan: 'plan_analyse', answer: 'answer_measure', content: 'content_wp_targeted', list: 'list_none', launch: 'launch_segmented', course: 'course_sales' } as const;

describe('monotone effects, all else equal', () => {
  it('a higher hard-bounce assumption never raises reputation or inbox placement', () => {
    fc.assert(
      fc.property(arbPath, arbSeed, fc.double({ min: 0.005, max: 0.06, noNaN: true }), fc.boolean(), (d, seed, extra, sample) => {
        const base = { ...NO_ENFORCEMENT, sampleRanges: sample };
        const hb = base.params.emailHardBounce;
        const more = withParams(base, { emailHardBounce: { value: hb.value + extra, low: hb.low + extra, high: hb.high + extra } });
        const plan = planFor(d);
        const lo = simulate(plan, base, seed);
        const hi = simulate(plan, more, seed);
        expect(hi.totals.hardBounces).toBeGreaterThan(lo.totals.hardBounces);
        // Tolerance: a hundredth of a reputation point. The complaint penalty reads the expected
        // complaints of the people mailed that reached the inbox: one fill moving between pools
        // (systematic split) moves it by ~1e-5 points either way, and the week's soft bounces (one
        // draw over the addresses that reach someone, fewer when more of them are dead) move the
        // delivered share of those complaints by ~1e-3 points.
        for (let w = 0; w < WEEKS; w++) {
          expect(hi.weekly.reputation[w]!, `week ${w + 1}`).toBeLessThanOrEqual(lo.weekly.reputation[w]! + 1e-2);
          expect(hi.weekly.inboxRate[w]!, `week ${w + 1}`).toBeLessThanOrEqual(lo.weekly.inboxRate[w]! + 1e-5);
        }
      }),
      RUNS,
    );
  });

  it('merging the bought list never raises reputation or inbox placement', () => {
    fc.assert(
      fc.property(arbPath, arbSeed, (d, seed) => {
        const withList = planFor({ ...d, list: 'list_buy_merge' });
        const without: Plan = { ...withList, list: { ...withList.list, buy: false } };
        const a = simulate(withList, NO_ENFORCEMENT, seed);
        const b = simulate(without, NO_ENFORCEMENT, seed);
        expect(a.totals.hardBounces).toBeGreaterThan(b.totals.hardBounces);
        for (let w = 0; w < WEEKS; w++) {
          expect(a.weekly.reputation[w]!, `week ${w + 1}`).toBeLessThanOrEqual(b.weekly.reputation[w]! + 1e-9);
          expect(a.weekly.inboxRate[w]!, `week ${w + 1}`).toBeLessThanOrEqual(b.weekly.inboxRate[w]! + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it('qualification probability never falls with better fit or relevance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }),
        fc.double({ min: 0.6, max: 1.2, noNaN: true }), fc.double({ min: 0.05, max: 1, noNaN: true }), fc.double({ min: 0.05, max: 1, noNaN: true }),
        (mql, f1, f2, k, r1, r2) => {
          const odds = mql / (1 - mql);
          const q = (fit: number, rel: number) => qualProb(odds, fit * Math.pow(rel / 0.5, k));
          expect(q(Math.max(f1, f2), Math.max(r1, r2))).toBeGreaterThanOrEqual(q(Math.min(f1, f2), Math.min(r1, r2)));
          expect(q(1, 0.5)).toBeCloseTo(mql, 12);
        },
      ),
      { numRuns: 300 },
    );
  });
});
