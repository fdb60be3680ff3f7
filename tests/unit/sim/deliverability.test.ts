// Deliverability charged where it happens: bounces on mail sent, complaints and unsubscribes on
// mail that reached the inbox; a suspension stops email and makes the whole mailed list re-permission.
import { describe, expect, it } from 'vitest';
import { ALICE_PATH, DEFAULT_ASSUMPTIONS, planFor, simulate, withParams, type Assumptions, type Decisions } from '../../../src/sim';
import { pairedDiff } from './crn';
import { PATHS } from './helpers';

const A = DEFAULT_ASSUMPTIONS;
const scaled = (id: 'emailComplaintRate', k: number): Assumptions => {
  const r = A.params[id];
  return withParams(A, { [id]: { value: r.value * k, low: r.low * k, high: r.high * k } });
};
/** Every send with a hard bounce above 0.1% suspends the account: a suspension in week 1 on every path that mails. */
const FORCED: Assumptions = withParams(A, { platformSuspendBounce: { value: 0.001, low: 0.001, high: 0.001 } });
const SAMPLE: readonly Decisions[] = [ALICE_PATH, PATHS[0]!, PATHS[100]!, PATHS[250]!, PATHS[400]!, PATHS[485]!];
const N = 80;

describe('deliverability', () => {
  it('lowering the complaint rate never lowers accepted leads (CRN, beyond noise)', () => {
    const low = scaled('emailComplaintRate', 0.5);
    for (const d of SAMPLE) {
      const { mean, se } = pairedDiff(planFor(d), A, low, N);
      expect(mean + 3 * se + 0.5, Object.values(d).join(' ')).toBeGreaterThanOrEqual(0);
    }
  });

  it('forcing a suspension never raises accepted leads (CRN, beyond noise)', () => {
    for (const d of SAMPLE) {
      const { mean, se } = pairedDiff(planFor(d), A, FORCED, N);
      expect(mean - 3 * se - 0.5, Object.values(d).join(' ')).toBeLessThanOrEqual(0);
    }
  });

  it('a suspension stops all email for its weeks, and the whole list is re-permissioned, not dropped', () => {
    const plan = planFor(ALICE_PATH);
    for (let seed = 1; seed <= 5; seed++) {
      const o = simulate(plan, FORCED, seed);
      const s = o.events.find((e) => e.id === 'platform_suspension');
      expect(s).toBeDefined();
      // Nothing sent the week after the suspension.
      expect(o.weekly.sent[s!.week]).toBe(0);
      const after = o.weekly.sent.findIndex((x, i) => i > s!.week && x > 0);
      if (after > 0) {
        // Mailing again: the whole list (own base and bought names) shrank to those who
        // confirmed, and some confirmed.
        expect(o.weekly.sent[after]!).toBeLessThan(0.5 * o.weekly.sent[s!.week - 1]!);
        expect(o.weekly.sent[after]!).toBeGreaterThan(0);
      }
    }
  });

  it('complaints come from mail that reached the inbox: worse placement, fewer complaints per delivered email', () => {
    // Same list and mail; spam traps cost more reputation, so less of the mail reaches the inbox.
    const harsh = withParams(A, { trapPenalty: { value: 6, low: 6, high: 6 } });
    const base = withParams(A, { trapPenalty: { value: 1, low: 1, high: 1 } });
    const plan = planFor(ALICE_PATH);
    let hi = 0, lo = 0, dh = 0, dl = 0, ih = 0, il = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const a = simulate(plan, base, seed).totals, b = simulate(plan, harsh, seed).totals;
      hi += a.complaints; dh += a.delivered; ih += a.inbox;
      lo += b.complaints; dl += b.delivered; il += b.inbox;
    }
    expect(il / dl).toBeLessThan(ih / dh);
    expect(lo / dl).toBeLessThan(hi / dh);
  });
});

describe('re-permission after a suspension', () => {
  it('keeps the share `rate` of the readers, the engaged core far more than the dormant: the list comes back smaller and keener', async () => {
    const { State, NENG, ENG_CORE, ENG_LUKE, ENG_DORMANT } = await import('../../../src/sim/state');
    const { repermission } = await import('../../../src/sim/audience');
    const s = new State();
    s.k.respCore = 2;
    s.k.respLuke = 0.8;
    s.k.respDormant = 0.08;
    const q = 1;
    s.eng[q * NENG + ENG_CORE] = 2500;
    s.eng[q * NENG + ENG_LUKE] = 4000;
    s.eng[q * NENG + ENG_DORMANT] = 3500;
    s.active[q] = 10_000;
    s.stale[q] = 700;
    s.traps[q] = 3;
    const before = { core: 2500 / 10_000, dormant: 3500 / 10_000 };
    repermission(s, q, q + 1, 0.12);
    expect(s.active[q]).toBe(1200);
    const sum = s.eng[q * NENG + ENG_CORE]! + s.eng[q * NENG + ENG_LUKE]! + s.eng[q * NENG + ENG_DORMANT]!;
    expect(sum).toBeCloseTo(1200, 6);
    const core = s.eng[q * NENG + ENG_CORE]! / sum, dormant = s.eng[q * NENG + ENG_DORMANT]! / sum;
    expect(core).toBeGreaterThan(2 * before.core);
    expect(dormant).toBeLessThan(before.dormant / 5);
    // Unread, dead and trap addresses never confirm.
    expect([s.stale[q], s.traps[q]]).toEqual([0, 0]);
  });

  it('a group never confirms above 100%, and a pool with nobody left stays empty', async () => {
    const { State, NENG, ENG_CORE, ENG_DORMANT } = await import('../../../src/sim/state');
    const { repermission } = await import('../../../src/sim/audience');
    const s = new State();
    s.k.respCore = 3;
    s.k.respLuke = 1;
    s.k.respDormant = 0.01;
    s.eng[ENG_CORE] = 100;
    s.eng[ENG_DORMANT] = 9900;
    s.active[0] = 10_000;
    repermission(s, 0, 2, 0.5);
    expect(s.eng[ENG_CORE]).toBeLessThan(100 * 1.001); // all of the core, to the rounding of the pool to whole people
    expect(s.active[0]).toBeLessThan(5000);
    expect(s.active[1]).toBe(0);
    expect(Number.isFinite(s.eng[NENG + ENG_CORE]!)).toBe(true);
  });
});
