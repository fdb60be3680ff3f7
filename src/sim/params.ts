// Turns assumptions into per-run parameter vectors: one triangular draw per parameter, parameter i
// at slot SLOT_PARAMS + i, always (central values when ranges are off).
import type { Assumptions } from './assumptions';
import { PARAM_IDS } from './calibration';
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
    low[i] = r.low;
    mode[i] = r.value;
    high[i] = r.high;
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
