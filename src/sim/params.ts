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
  /** Gaussian-copula correlation of the click-rate draw with the open-rate draw. */
  readonly rhoOpenClick: number;
}

const I_OPEN = PARAM_IDS.indexOf('emailOpenRate');
const I_CLICK = PARAM_IDS.indexOf('emailClickRate');

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normInv(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const q0 = p < 1e-300 ? 1e-300 : p > 1 - 1e-16 ? 1 - 1e-16 : p;
  if (q0 < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(q0));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (q0 > 1 - 0.02425) return -normInv(1 - q0);
  const q = q0 - 0.5, r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 on erf, absolute error < 1.5e-7). */
export function normCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
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
  const t = { low, mode, high, sample: a.sampleRanges, rhoOpenClick: a.params.emailOpenClickCorrelation.value };
  cache.set(a, t);
  return t;
}

/**
 * One draw per parameter. The open and click rates are drawn together (sources tie them: lists
 * that open more click more): the click rate's uniform is coupled to the open rate's through a
 * Gaussian copula with correlation `rhoOpenClick`; each keeps its own triangular margin.
 */
export function drawParams(t: ParamTable, rng: Rng, out: Float64Array): void {
  if (!t.sample) {
    for (let i = 0; i < NPARAM; i++) {
      rng.uniformAt(SLOT_PARAMS + i); // the same variates are read whether ranges are on or off
      out[i] = t.mode[i]!;
    }
    return;
  }
  for (let i = 0; i < NPARAM; i++) out[i] = rng.triangularAt(SLOT_PARAMS + i, t.low[i]!, t.mode[i]!, t.high[i]!);
  const rho = t.rhoOpenClick;
  if (rho !== 0) {
    const zo = normInv(rng.uniformAt(SLOT_PARAMS + I_OPEN));
    const zc = normInv(rng.uniformAt(SLOT_PARAMS + I_CLICK));
    const u = normCdf(rho * zo + Math.sqrt(1 - rho * rho) * zc);
    out[I_CLICK] = triangularInv(u, t.low[I_CLICK]!, t.mode[I_CLICK]!, t.high[I_CLICK]!);
  }
}

/** Triangular(low, mode, high) by inversion of u (as Rng.triangularAt). */
function triangularInv(u: number, low: number, mode: number, high: number): number {
  const span = high - low;
  if (!(span > 0)) return mode;
  const f = (mode - low) / span;
  return u < f ? low + Math.sqrt(u * span * (mode - low)) : high - Math.sqrt((1 - u) * span * (high - mode));
}
