// Seeded randomness for the model: a counter-based generator, triangular parameter draws and
// binomial counts.
//
// Every variate is addressed: output(slot) = mix(key + slot * golden), a Weyl sequence through a
// 32-bit avalanche hash (SplitMix-style; the finaliser is hash-prospector's best two-multiply
// 32-bit one), keyed by the run's seed. The model gives each count of each week its own slot, so
// the draw structure is fixed without consuming anything: a count that is certainly 0 or n draws
// nothing, and every other count reads the same slot whatever the plan or the earlier outcomes.
// Weeks 1-8 therefore see the same variates whatever comes after week 8, and two plans compared
// under one seed see the same variate for the same count (common random numbers).

const U32 = 2.3283064365386963e-10; // 2^-32
const U30 = 9.313225746154785e-10; // 2^-30: binomial draws use the top 30 bits (a small integer in V8)
const GOLDEN = 0x9e3779b9 | 0;
/** Variance from which the normal approximation replaces exact inversion. */
const V_NORMAL = 5;
/** |z| cap: below 2 sqrt(V_NORMAL), mean + z sd stays monotone in n and p. */
const Z_MAX = 4.4;
// 1 / k for the inversion's recurrence (the variance is below 5, so the mean below 10: k never nears 255).
const K_MAX = 255;
const INV_K = new Float64Array(K_MAX + 1);
for (let k = 1; k <= K_MAX; k++) INV_K[k] = 1 / k;

/** 32-bit avalanche (hash-prospector [16 21f0aaad 15 735a2d97 15]); int32 in, int32 out. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  return x ^ (x >>> 15);
}

/** Mixes a seed and a stream index into a well-spread 32-bit seed. */
export function mixSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
  /** The run's key (int32), from the seed. */
  private key = 0;
  /** Next slot of the sequential API (nextU32, uniform, triangular, binomial). */
  private seq = 0;
  /** Number of 32-bit outputs computed since the last reseed: the variates really drawn. */
  count = 0;
  /** Probability of the sampler's current draw (see bin). */
  private sp = 0.5;

  constructor(seed: number) {
    this.reseed(seed);
  }

  reseed(seed: number): void {
    this.key = mix32(mix32((seed ^ 0x5bd1e995) | 0) + GOLDEN) | 0;
    this.seq = 0;
    this.count = 0;
  }

  /** The 32-bit output of a slot (a pure function of the seed and the slot). */
  at(slot: number): number {
    this.count++;
    return mix32((this.key + Math.imul(slot, GOLDEN)) | 0) >>> 0;
  }

  /** Uniform in the open interval (0, 1) at a slot. */
  uniformAt(slot: number): number {
    this.count++;
    return ((mix32((this.key + Math.imul(slot, GOLDEN)) | 0) >>> 0) + 0.5) * U32;
  }

  /** Sequential API: the next slot. */
  nextU32(): number {
    return this.at(this.seq++);
  }

  /** Sequential uniform in (0, 1). */
  uniform(): number {
    return this.uniformAt(this.seq++);
  }

  /** Moves the sequential API k slots on (nothing is computed). */
  skip(k: number): void {
    this.seq += k;
  }

  /** Triangular(low, mode, high) by inversion of the uniform at a slot (drawn even when the range is empty). */
  triangularAt(slot: number, low: number, mode: number, high: number): number {
    const u = this.uniformAt(slot);
    const span = high - low;
    if (!(span > 0)) return mode;
    const f = (mode - low) / span;
    return u < f ? low + Math.sqrt(u * span * (mode - low)) : high - Math.sqrt((1 - u) * span * (high - mode));
  }

  /** Sequential triangular draw. */
  triangular(low: number, mode: number, high: number): number {
    return this.triangularAt(this.seq++, low, mode, high);
  }

  /**
   * Sequential Binomial(n, p): always one slot and one output, whatever n and p. Exact inversion
   * while the variance is below 5, normal approximation with continuity correction from there
   * (monotone in n and p: |z| <= 4.4 and variance >= 5). Never negative, never above n, an integer.
   */
  binomial(n: number, p: number): number {
    const h = this.at(this.seq++) >>> 2;
    if (!(n >= 1) || !(p > 0)) return 0;
    n = Math.floor(n);
    if (p >= 1) return n;
    if ((h + 0.5) * U30 <= 1 - n * p) return 0;
    this.sp = p;
    return this.draw(n, h);
  }

  /**
   * Binomial(n, p) from the variate at `slot`: the model's hot form (n a whole number), small
   * enough to be inlined. Draws nothing when the count is certain (n < 1, p <= 0 or p >= 1);
   * otherwise the same sampler as `binomial`, and the same result for the same variate.
   */
  bin(n: number, p: number, slot: number): number {
    if (!(n >= 1) || !(p > 0)) return 0;
    if (p >= 1) return n;
    this.count++;
    const h = mix32((this.key + Math.imul(slot, GOLDEN)) | 0) >>> 2; // 30 bits: a small integer
    // Most small counts are 0: P(X = 0) = (1 - p)^n >= 1 - n p (Bernoulli), so u <= 1 - n p gives 0.
    const u = (h + 0.5) * U30;
    const mean = n * p;
    if (u <= 1 - mean) return 0;
    const v = mean - mean * p;
    if (v >= V_NORMAL && u >= P_LOW && u <= 1 - P_LOW) {
      // The normal approximation's central 95% inline (the same arithmetic as draw), the rest out of line.
      const x = (u - P_LOW) * S_SCALE;
      let j = x | 0;
      if (j >= S_N) j = S_N - 1;
      const a = SMALL[j]!;
      const k = Math.floor(mean + (a + (x - j) * (SMALL[j + 1]! - a)) * Math.sqrt(v) + 0.5);
      return k < 0 ? 0 : k > n ? n : k;
    }
    this.sp = p; // a double field is written in place; a double argument would be boxed
    return this.draw(n, h);
  }

  /** The sampler: count n, probability this.sp, uniform (h + 0.5) / 2^30. */
  private draw(n: number, h: number): number {
    const p = this.sp;
    const u = (h + 0.5) * U30;
    const mean = n * p;
    const v = mean - mean * p;
    if (v >= V_NORMAL) {
      // Normal approximation with continuity correction, |z| <= 4.4: z from a small table (it
      // stays in the L1 cache), Acklam's tails beyond 2.425%.
      let z: number;
      if (u < P_LOW || u > 1 - P_LOW) {
        z = acklam(u);
        z = z > Z_MAX ? Z_MAX : z < -Z_MAX ? -Z_MAX : z;
      } else {
        const x = (u - P_LOW) * S_SCALE;
        let j = x | 0;
        if (j >= S_N) j = S_N - 1;
        const a = SMALL[j]!;
        z = a + (x - j) * (SMALL[j + 1]! - a);
      }
      const k = Math.floor(mean + z * Math.sqrt(v) + 0.5);
      return k < 0 ? 0 : k > n ? n : k;
    }
    // Exact inversion: the smallest k with P(X <= k) >= u (by symmetry when p > 1/2).
    const flip = p > 0.5;
    const q = flip ? 1 - p : p;
    const w = flip ? 1 - u : u;
    let k = 0;
    // P(X = 0) = (1 - q)^n >= 1 - n q (Bernoulli's inequality): below that bound the answer is 0.
    if (w > 1 - n * q) {
      // P(X = 0) = (1 - q)^n = exp(n log(1 - q)), n log(1 - q) >= -14 here (the mean is below 10).
      let f = expSmall(n * log1mp(q));
      const s = q / (1 - q);
      const kmax = n < K_MAX ? n : K_MAX; // the mean is below 10: P(X > 255) is nil
      let cdf = f;
      while (w > cdf && k < kmax) {
        f *= s * (n - k) * INV_K[k + 1]!;
        k++;
        cdf += f;
      }
    }
    return flip ? n - k : k;
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

// exp(x) for -16 <= x <= 0 (else expNeg): e^(-i/32) from a table times e^-d (d < 1/32) by its
// series to d^4 (relative error < 3e-10): the inversion's P(X = 0), a few multiplications.
const EXP32 = new Float64Array(16 * 32 + 2);
for (let i = 0; i < EXP32.length; i++) EXP32[i] = Math.exp(-i / 32);

export function expSmall(x: number): number {
  const y = -x * 32;
  if (!(y < 16 * 32)) return expNeg(x);
  const i = y | 0;
  const d = (y - i) * (1 / 32);
  return EXP32[i]! * (1 - d * (1 - d * (0.5 - d * (1 / 6 - d * (1 / 24)))));
}

// log(q) for q in [0.49, 1): q = c (1 + d) with c from a 512-point table, log(1 + d) by its series.
const LOG_N = 512;
const LOG_C = new Float64Array(LOG_N + 1); // log(c_i), c_i = 0.49 + 0.51 i / LOG_N
const INV_C = new Float64Array(LOG_N + 1); // 1 / c_i
for (let i = 0; i <= LOG_N; i++) {
  LOG_C[i] = Math.log(0.49 + (0.51 * i) / LOG_N);
  INV_C[i] = 1 / (0.49 + (0.51 * i) / LOG_N);
}

/** log(1 - p) for 0 < p <= 0.51 (relative error ~1e-13). */
export function log1mp(p: number): number {
  if (p < 0.01) return -p * (1 + p * (0.5 + p * (1 / 3 + p * (0.25 + p * (0.2 + p / 6)))));
  const q = 1 - p;
  const i = Math.round((q - 0.49) * (LOG_N / 0.51));
  const d = (q - (0.49 + (0.51 * i) / LOG_N)) * INV_C[i]!; // |d| < 0.00102
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

// The sampler's table: 512 intervals (4 KB), |error| < 3e-4 in z (a few hundredths of a count at most).
const S_N = 512;
const S_SCALE = S_N / (1 - 2 * P_LOW);
const SMALL = new Float64Array(S_N + 1);
for (let i = 0; i <= S_N; i++) SMALL[i] = acklam(P_LOW + i / S_SCALE);

/** Standard normal quantile: a table in the centre, Acklam's approximation in the tails. */
export function invNormal(u: number): number {
  if (u < P_LOW || u > 1 - P_LOW) return acklam(u);
  const x = (u - P_LOW) * T_SCALE;
  let i = x | 0;
  if (i >= T_N) i = T_N - 1;
  const a = TABLE[i]!;
  return a + (x - i) * (TABLE[i + 1]! - a);
}
