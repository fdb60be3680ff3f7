import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng, expNeg, expSmall, invNormal, mixSeed } from '../../../src/sim/rng';

describe('Rng', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(43);
    const xa = Array.from({ length: 50 }, () => a.nextU32());
    const xb = Array.from({ length: 50 }, () => b.nextU32());
    const xc = Array.from({ length: 50 }, () => c.nextU32());
    expect(xa).toEqual(xb);
    expect(xa).not.toEqual(xc);
    expect(mixSeed(1, 0)).not.toBe(mixSeed(1, 1));
  });

  it('gives uniforms strictly inside (0, 1) with a sane mean', () => {
    const r = new Rng(7);
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      const u = r.uniform();
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(Math.abs(sum / 20000 - 0.5)).toBeLessThan(0.01);
  });

  it('binomial: an integer in [0, n], one draw per call, whatever n and p', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.integer(), (n, p, seed) => {
        const r = new Rng(seed);
        const k = r.binomial(n, p);
        expect(Number.isInteger(k)).toBe(true);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThanOrEqual(n);
        expect(r.count).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('binomial has the right mean and variance in both regimes', () => {
    for (const [n, p] of [[40, 0.1], [12, 0.7], [5000, 0.02], [100000, 0.3], [300, 0.5]] as const) {
      const r = new Rng(n);
      const N = 20000;
      let s = 0, s2 = 0;
      for (let i = 0; i < N; i++) {
        const k = r.binomial(n, p);
        s += k;
        s2 += k * k;
      }
      const mean = s / N, v = s2 / N - mean * mean;
      expect(Math.abs(mean - n * p)).toBeLessThan(4 * Math.sqrt((n * p * (1 - p)) / N) + 1e-9);
      expect(v / (n * p * (1 - p))).toBeGreaterThan(0.9);
      expect(v / (n * p * (1 - p))).toBeLessThan(1.1);
    }
  });

  it('binomial is monotone in p and in n for the same draw (within a regime)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer(), (n, p1, p2, seed) => {
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const regime = (p: number) => n * p * (1 - p) >= 5;
        fc.pre(regime(lo) === regime(hi));
        expect(new Rng(seed).binomial(n, lo)).toBeLessThanOrEqual(new Rng(seed).binomial(n, hi));
      }),
      { numRuns: 500 },
    );
  });

  it('invNormal and expNeg are accurate', () => {
    expect(invNormal(0.5)).toBeCloseTo(0, 6);
    expect(invNormal(0.975)).toBeCloseTo(1.959964, 4);
    expect(invNormal(0.01)).toBeCloseTo(-2.326348, 5);
    for (const x of [0, -1e-6, -0.3, -2.5, -17, -60]) expect(Math.abs(expNeg(x) / Math.exp(x) - 1)).toBeLessThan(1e-12);
    for (const x of [0, -1e-6, -0.3, -2.5, -9.99, -15.9, -17, -60]) expect(Math.abs(expSmall(x) / Math.exp(x) - 1)).toBeLessThan(1e-9);
  });

  it('addresses variates by slot: the same slot gives the same variate whatever was drawn before', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 1 << 20 }), fc.array(fc.integer({ min: 0, max: 1 << 20 }), { maxLength: 20 }), (seed, slot, others) => {
        const a = new Rng(seed), b = new Rng(seed);
        for (const o of others) b.uniformAt(o);
        expect(a.uniformAt(slot)).toBe(b.uniformAt(slot));
        expect(a.uniformAt(slot)).not.toBe(a.uniformAt(slot + 1));
      }),
      { numRuns: 200 },
    );
  });

  it('bin draws nothing for a certain count, else one variate, and matches the sequential binomial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.integer(), fc.integer({ min: 0, max: 1 << 20 }), (n, p, seed, slot) => {
        const r = new Rng(seed);
        const k = r.bin(n, p, slot);
        const certain = n < 1 || p <= 0 || p >= 1;
        expect(r.count).toBe(certain ? 0 : 1);
        expect(Number.isInteger(k) && k >= 0 && k <= n).toBe(true);
        const seq = new Rng(seed);
        seq.skip(slot);
        expect(seq.binomial(n, p)).toBe(k);
      }),
      { numRuns: 500 },
    );
  });

  it('bin is monotone in p and in n for the same slot (within a regime)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 100000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer(), (n1, dn, p1, p2, seed) => {
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const regime = (n: number, p: number) => n * p * (1 - p) >= 5;
        const n2 = n1 + dn;
        fc.pre(regime(n1, lo) === regime(n1, hi) && regime(n1, hi) === regime(n2, hi));
        const r = new Rng(seed);
        expect(r.bin(n1, lo, 7)).toBeLessThanOrEqual(r.bin(n1, hi, 7));
        expect(r.bin(n1, hi, 7)).toBeLessThanOrEqual(r.bin(n2, hi, 7));
      }),
      { numRuns: 500 },
    );
  });

  it('triangular stays in range and its central value is the mode when the range is empty', () => {
    const r = new Rng(3);
    for (let i = 0; i < 1000; i++) {
      const x = r.triangular(2, 3, 7);
      expect(x).toBeGreaterThanOrEqual(2);
      expect(x).toBeLessThanOrEqual(7);
    }
    expect(r.triangular(5, 5, 5)).toBe(5);
  });
});
