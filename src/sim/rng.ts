// Seeded randomness for the model: sfc32 (seeded through splitmix32), triangular parameter draws
// and binomial counts. Every draw consumes exactly one 32-bit output, whatever its arguments,
// so two runs with the same seed stay aligned draw for draw even when their plans differ.

const U32 = 2.3283064365386963e-10; // 2^-32
/** Variance from which the normal approximation replaces exact inversion. */
const V_NORMAL = 5;
/** |z| cap: below 2 sqrt(V_NORMAL), mean + z sd stays monotone in n and p. */
const Z_MAX = 4.4;
// 1 / k for the inversion's recurrence (k < 64 covers every mean below V_NORMAL / (1 - p) + 10 sd).
const INV_K = new Float64Array(64);
for (let k = 1; k < 64; k++) INV_K[k] = 1 / k;

/** Mixes a seed and a stream index into a well-spread 32-bit seed. */
export function mixSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;
  /** Number of 32-bit outputs drawn since the last reseed. */
  count = 0;

  constructor(seed: number) {
    this.reseed(seed);
  }

  reseed(seed: number): void {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) | 0; // int32 state: keeps the fields small integers
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.nextU32();
    this.count = 0;
  }

  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    this.count++;
    return t >>> 0;
  }

  /** Consumes k outputs: what k draws of an empty count would consume, without their arithmetic. */
  skip(k: number): void {
    for (let i = 0; i < k; i++) this.nextU32();
  }

  /** Uniform in the open interval (0, 1). */
  uniform(): number {
    return (this.nextU32() + 0.5) * U32;
  }

  /** Triangular(low, mode, high) by inversion; one draw even when the range is empty. */
  triangular(low: number, mode: number, high: number): number {
    const u = this.uniform();
    const span = high - low;
    if (!(span > 0)) return mode;
    const f = (mode - low) / span;
    return u < f ? low + Math.sqrt(u * span * (mode - low)) : high - Math.sqrt((1 - u) * span * (high - mode));
  }

  /**
   * Binomial(n, p) count, always one draw. Exact inversion while the variance is below 5, normal
   * approximation with continuity correction from there (monotone in n and p: |z| <= 4.4 and
   * variance >= 5). Never negative, never above n, always an integer.
   */
  binomial(n: number, p: number): number {
    this.pArg[0] = p;
    return this.binomialAt(n, this.pArg, 0);
  }

  private readonly pArg = new Float64Array(1);
  private sn = 0;
  private sp = 0;
  private su = 0;

  /**
   * binomial(n, ps[i]): the hot form. Passing the probability by reference keeps doubles out of
   * the call (no boxing when the caller is too big for this to be inlined).
   */
  binomialAt(n: number, ps: Float64Array, i: number): number {
    // The sfc32 step, written out: a call returning a double would box it.
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    this.count++;
    const u = ((t >>> 0) + 0.5) * U32;
    const p = ps[i]!;
    if (!(n >= 1) || !(p > 0)) return 0;
    if (p >= 1) return n | 0;
    const mean = n * p;
    const v = mean - mean * p;
    if (v >= V_NORMAL) {
      let z: number;
      if (u < P_LOW || u > 1 - P_LOW) {
        // Acklam's tails, inline (a call here would box z).
        const q = Math.sqrt(-2 * Math.log(u < P_LOW ? u : 1 - u));
        const t = (((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6) / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
        z = u < P_LOW ? t : -t;
      } else {
        const x = (u - P_LOW) * T_SCALE;
        let j = x | 0;
        if (j >= T_N) j = T_N - 1;
        const a = TABLE[j]!;
        z = a + (x - j) * (TABLE[j + 1]! - a);
      }
      z = z > Z_MAX ? Z_MAX : z < -Z_MAX ? -Z_MAX : z;
      const k = Math.floor(mean + z * Math.sqrt(v) + 0.5);
      return (k < 0 ? 0 : k > n ? n : k) | 0;
    }
    this.sn = n;
    this.sp = p;
    this.su = u;
    return this.inversion();
  }

  /**
   * Exact inversion: the smallest k with P(X <= k) >= u (by symmetry when p > 1/2), for p <= 1/2
   * and n p < 10. Reads its inputs from fields: doubles passed as arguments would be boxed.
   */
  private inversion(): number {
    const n = this.sn;
    const flip = this.sp > 0.5;
    const p = flip ? 1 - this.sp : this.sp;
    const u = flip ? 1 - this.su : this.su;
    let k = 0;
    // P(X = 0) = (1 - p)^n >= 1 - n p (Bernoulli's inequality): below that bound the answer is 0.
    if (u > 1 - n * p) {
      const s = p / (1 - p);
      let f = expNeg(n * log1mp(p));
      let cdf = f;
      while (u > cdf && k < n) {
        f *= s * (n - k) * (k < 63 ? INV_K[k + 1]! : 1 / (k + 1));
        k++;
        cdf += f;
      }
    }
    return (flip ? n - k : k) | 0;
  }
}

// exp(x) for x <= 0 without a library call: x log2(e) = k + j/64 + t (|t| <= 1/128),
// 2^k and 2^(j/64) from tables, 2^t by a degree-5 polynomial (relative error < 1e-13).
const LOG2E = 1.4426950408889634;
const LN2 = 0.6931471805599453;
const POW2 = new Float64Array(1100); // 2^-k
for (let k = 0; k < 1100; k++) POW2[k] = Math.pow(2, -k);
const POW2_64 = new Float64Array(65); // 2^(j/64), j = 0..64
for (let j = 0; j <= 64; j++) POW2_64[j] = Math.pow(2, j / 64);

export function expNeg(x: number): number {
  if (!(x > -700)) return 0;
  const y = x * LOG2E; // <= 0
  const k = Math.floor(y);
  const f = y - k; // [0, 1)
  const j = Math.round(f * 64); // 0..64
  const t = (f - j / 64) * LN2; // |t| <= ln2 / 128
  const e = 1 + t * (1 + t * (0.5 + t * (1 / 6 + t * (1 / 24 + t / 120))));
  return e * POW2_64[j]! * POW2[-k]!;
}

// log(q) for q in [0.49, 1): q = c (1 + d) with c from a 512-point table, log(1 + d) by its series.
const LOG_N = 512;
const LOG_C = new Float64Array(LOG_N + 1); // log(c_i), c_i = 0.49 + 0.51 i / LOG_N
for (let i = 0; i <= LOG_N; i++) LOG_C[i] = Math.log(0.49 + (0.51 * i) / LOG_N);

/** log(1 - p) for 0 < p <= 0.51 (relative error ~1e-13). */
export function log1mp(p: number): number {
  if (p < 0.01) return -p * (1 + p * (0.5 + p * (1 / 3 + p * (0.25 + p * (0.2 + p / 6)))));
  const q = 1 - p;
  const i = Math.round(((q - 0.49) * LOG_N) / 0.51);
  const c = 0.49 + (0.51 * i) / LOG_N;
  const d = (q - c) / c; // |d| < 0.00102
  return LOG_C[i]! + d * (1 - d * (0.5 - d * (1 / 3 - d * (0.25 - d * 0.2))));
}

// Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9).
const A1 = -3.969683028665376e1, A2 = 2.209460984245205e2, A3 = -2.759285104469687e2;
const A4 = 1.38357751867269e2, A5 = -3.066479806614716e1, A6 = 2.506628277459239;
const B1 = -5.447609879822406e1, B2 = 1.615858368580409e2, B3 = -1.556989798598866e2;
const B4 = 6.680131188771972e1, B5 = -1.328068155288572e1;
const C1 = -7.784894002430293e-3, C2 = -3.223964580411365e-1, C3 = -2.400758277161838;
const C4 = -2.549732539343734, C5 = 4.374664141464968, C6 = 2.938163982698783;
const D1 = 7.784695709041462e-3, D2 = 3.224671290700398e-1, D3 = 2.445134137142996, D4 = 3.754408661907416;
const P_LOW = 0.02425;

function acklam(u: number): number {
  if (u < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(u));
    return (((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6) / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
  }
  if (u > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(1 - u));
    return -(((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6) / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
  }
  const q = u - 0.5;
  const r = q * q;
  return ((((((A1 * r + A2) * r + A3) * r + A4) * r + A5) * r + A6) * q) / (((((B1 * r + B2) * r + B3) * r + B4) * r + B5) * r + 1);
}

// Central region by table: 4,096 intervals, linear interpolation (monotone; |error| < 1e-5 in z).
const T_N = 4096;
const T_SCALE = T_N / (1 - 2 * P_LOW);
const TABLE = new Float64Array(T_N + 1);
for (let i = 0; i <= T_N; i++) TABLE[i] = acklam(P_LOW + i / T_SCALE);

/** Standard normal quantile: a table in the centre, Acklam's approximation in the tails. */
export function invNormal(u: number): number {
  if (u < P_LOW || u > 1 - P_LOW) return acklam(u);
  const x = (u - P_LOW) * T_SCALE;
  let i = x | 0;
  if (i >= T_N) i = T_N - 1;
  const a = TABLE[i]!;
  return a + (x - i) * (TABLE[i + 1]! - a);
}
