// The splitting helpers (split.ts): splitSharesAt, which the ads' qualification uses over the
// cells with fills only, must give bit for bit what splitShares gives over the whole range, the
// other parts having weight 0 and cap 0.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitShares, splitSharesAt } from '../../../src/sim/split';

const N = 25;

describe('splitSharesAt', () => {
  it('equals splitShares over the range when the unlisted parts have weight 0 and cap 0 (u in [0, 1), a finite ratio)', () => {
    const part = fc.record({
      listed: fc.boolean(),
      weight: fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 50, noNaN: true })),
      cap: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(part, { minLength: N, maxLength: N }),
        fc.integer({ min: 0, max: 200 }),
        fc.oneof(fc.constant(0.5), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })),
        (parts, total, u) => {
          const weight = new Float64Array(N), cap = new Float64Array(N), idx = new Uint8Array(N);
          let n = 0, wsum = 0;
          parts.forEach((p, i) => {
            if (!p.listed) return;
            weight[i] = p.weight;
            cap[i] = p.cap;
            wsum += p.weight;
            idx[n++] = i;
          });
          const full = new Float64Array(N), at = new Float64Array(N).fill(-1);
          const givenFull = splitShares(total, wsum, u, weight, cap, full, 0, N);
          const givenAt = splitSharesAt(total, wsum, u, weight, cap, at, idx, 0, n);
          expect(givenAt).toBe(givenFull);
          for (let j = 0; j < n; j++) expect(at[idx[j]!]).toBe(full[idx[j]!]);
          // The parts left out take nothing in the full split, and splitSharesAt does not write them.
          for (let i = 0; i < N; i++) {
            if (!parts[i]!.listed) {
              expect(full[i]).toBe(0);
              expect(at[i]).toBe(-1);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('shares the total when nothing caps it, each part within one of its proportional share', () => {
    const weight = Float64Array.from([0, 3, 0, 0, 1.5, 0, 5.5]);
    const cap = new Float64Array(7).fill(100);
    const idx = Uint8Array.from([1, 4, 6]);
    const out = new Float64Array(7);
    expect(splitSharesAt(20, 10, 0.5, weight, cap, out, idx, 0, 3)).toBe(20);
    expect(Math.abs(out[1]! - 6)).toBeLessThanOrEqual(1);
    expect(Math.abs(out[4]! - 3)).toBeLessThanOrEqual(1);
    expect(Math.abs(out[6]! - 11)).toBeLessThanOrEqual(1);
    expect(out[1]! + out[4]! + out[6]!).toBe(20);
  });
});
