// The model's two response curves, shared by the stages and by the per-run constants.

/** Inbox placement from a 0..100 reputation: Return Path's high/low anchors, linear between, falling below. */
export function placement(rep: number, high: number, low: number): number {
  if (rep >= 90) return high;
  if (rep >= 70) return low + ((high - low) * (rep - 70)) / 20;
  const p = low * ((rep - 30) / 40);
  return p < 0.05 ? 0.05 : p;
}

/** Qualification probability: the base odds scaled by fit, relevance and scoring (saturates below 1). */
export function qualProb(baseOdds: number, multiplier: number): number {
  const o = baseOdds * multiplier;
  return o / (1 + o);
}

export const clamp01 = (x: number, max: number): number => (x > max ? max : x < 0 ? 0 : x);
