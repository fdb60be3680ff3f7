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
