// The one way the model shares a drawn total across parts (pools, segments, channels, queues).

/**
 * Shares `total` over parts [from, to) in proportion to `weight` (summing to `wsum`) by systematic
 * sampling with offset `u` in (0, 1): walking the cumulative shares from u, each part gets the
 * floor or the ceiling of its share, so one unit goes to part i with probability weight / wsum
 * (unbiased) when u is a uniform variate. With u = 0.5 it is plain cumulative rounding (shares sum
 * to the total, each within 1 of its proportional value). Never more than `cap[i]`. Writes `out`
 * (it may be `weight` itself: each weight is read before its share is written) and returns the
 * sum given (the total unless a cap binds). Nothing to share (total or wsum not > 0): zeros.
 */
export function splitShares(
  total: number, wsum: number, u: number, weight: Float64Array, cap: Float64Array, out: Float64Array, from: number, to: number,
): number {
  return splitSharesAt(total, wsum, u, weight, cap, out, PARTS, from, to);
}

/** Part i at PARTS[i]: a range of parts read as a list (the model's ranges are pools, segments, channels, cells: all < 256). */
const PARTS = Uint8Array.from({ length: 256 }, (_, i) => i);

/**
 * splitShares over the parts listed in `idx[start..end)` (ascending): the same shares, bit for bit,
 * as splitShares over a range holding them, when every other part of that range has weight 0 and
 * cap 0, `u` is in [0, 1) and total / wsum is finite (then such a part moves nothing: 0 times the
 * ratio is 0, the cumulative sum stays put and its share is 0). Writes `out` at the listed parts
 * only. The model's draws meet this: a total above 0 is drawn only when its mean is at least
 * 2^-31, so wsum is never near 0. splitShares is this over a range (idx = PARTS).
 */
export function splitSharesAt(
  total: number, wsum: number, u: number, weight: Float64Array, cap: Float64Array, out: Float64Array, idx: Uint8Array, start: number, end: number,
): number {
  if (!(total > 0) || !(wsum > 0)) {
    for (let j = start; j < end; j++) out[idx[j]!] = 0;
    return 0;
  }
  const r = total / wsum;
  let cum = u, prev = 0, given = 0;
  for (let j = start; j < end; j++) {
    const i = idx[j]!;
    cum += weight[i]! * r;
    const x = Math.floor(cum);
    let k = x - prev;
    prev = x;
    const m = cap[i]!;
    if (k > m) k = m;
    out[i] = k;
    given += k;
  }
  return given;
}
