// The money stage: spend by channel adds up to the semester's total, and each channel's spend
// comes from what the plan does there.
import { describe, expect, it } from 'vitest';
import { ALICE_PATH, CHANNELS, DEFAULT_ASSUMPTIONS, baselinePlan2015, planFor, simulate } from '../../../src/sim';
import { PATHS } from './helpers';

describe('spend by channel', () => {
  it('sums to the total spend, for every kind of plan', () => {
    for (const plan of [planFor(ALICE_PATH), baselinePlan2015(), ...[57, 200, 401, 485].map((i) => planFor(PATHS[i]!))]) {
      for (const seed of [1, 2, 3]) {
        const o = simulate(plan, DEFAULT_ASSUMPTIONS, seed);
        const parts = [...CHANNELS.map((c) => o.spendByChannel[c]), o.spendByChannel.shared];
        for (const x of parts) expect(x).toBeGreaterThanOrEqual(0);
        expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(o.totals.spend, 6);
      }
    }
  });

  it('charges email per send, paid media and shows where the plan has them, nothing to organic channels', () => {
    const o = simulate(planFor(ALICE_PATH), DEFAULT_ASSUMPTIONS, 1);
    expect(o.spendByChannel.email).toBeGreaterThan(0);
    expect(o.spendByChannel.twitter).toBe(0);
    expect(o.spendByChannel.facebook).toBe(0);
    expect(o.spendByChannel.landing).toBe(0);
    const weeksWithShows = o.channelsWeekly.shows.reach.filter((r) => r > 0).length;
    if (weeksWithShows > 0) expect(o.spendByChannel.shows).toBeGreaterThan(0);
    expect(o.spendByChannel.display + o.spendByChannel.linkedin).toBeGreaterThanOrEqual(0);
  });
});
