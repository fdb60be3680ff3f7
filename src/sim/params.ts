// Turns assumptions into per-run parameter vectors: one triangular draw per parameter, parameter i
// at slot SLOT_PARAMS + i, always (central values when ranges are off).
//
// Centred ranges: the draw's range is the table's range re-centred on its value, keeping its width
// (half-width = (high - low) / 2, narrowed where it would leave the unit's bounds, e.g. a rate
// below 0). Sourced ranges are often lopsided (a low end from another benchmark), and a triangle
// over a lopsided range puts its median away from the sourced value: over ~90 parameters that
// pulled the replayed 2015's Monte Carlo median 12% below the central-value replay (288 vs 326
// accepted). Centred, they agree within 5% (tests/unit/sim/target.test.ts), and the sourced value
// is every parameter's median and mean. The table keeps the sourced low and high (what the
// assumptions panel shows and the facilitator edits): the width of the range is what the draw uses.
import type { Assumptions } from './assumptions';
import { CALIBRATION, PARAM_IDS, UNIT_BOUNDS } from './calibration';
import { NPARAM, SLOT_PARAMS } from './model';
import type { Rng } from './rng';

export interface ParamTable {
  readonly low: Float64Array;
  readonly mode: Float64Array;
  readonly high: Float64Array;
  readonly sample: boolean;
}

const cache = new WeakMap<Assumptions, ParamTable>();

/** Flat arrays of the assumptions' ranges (cached per assumptions object; treat it as immutable). */
export function paramTable(a: Assumptions): ParamTable {
  const hit = cache.get(a);
  if (hit) return hit;
  const low = new Float64Array(NPARAM);
  const mode = new Float64Array(NPARAM);
  const high = new Float64Array(NPARAM);
  PARAM_IDS.forEach((id, i) => {
    const r = a.params[id];
    const [lo, hi] = UNIT_BOUNDS[CALIBRATION[id].unit];
    const hw = Math.max(0, Math.min((r.high - r.low) / 2, r.value - lo, hi - r.value));
    low[i] = r.value - hw;
    mode[i] = r.value;
    high[i] = r.value + hw;
  });
  const t = { low, mode, high, sample: a.sampleRanges };
  cache.set(a, t);
  return t;
}

export function drawParams(t: ParamTable, rng: Rng, out: Float64Array): void {
  for (let i = 0; i < NPARAM; i++) {
    const v = rng.triangularAt(SLOT_PARAMS + i, t.low[i]!, t.mode[i]!, t.high[i]!);
    out[i] = t.sample ? v : t.mode[i]!;
  }
}
