// The outcome tier of STORY.md's endings, from accepted leads against the President's target.
import type { Tier } from './types';

/** accepted / target below these ratios: wall, short, met; at or above the last one: beyond. */
export const TIER_RULE = { wall: 0.8, short: 1.0, met: 1.25 } as const;

export function tierFor(accepted: number, target: number): Tier {
  const r = target > 0 ? accepted / target : 0;
  if (r < TIER_RULE.wall) return 'ending_wall';
  if (r < TIER_RULE.short) return 'ending_short';
  if (r < TIER_RULE.met) return 'ending_met';
  return 'ending_beyond';
}
