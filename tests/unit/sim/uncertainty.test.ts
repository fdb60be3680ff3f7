// Honest uncertainty: the A/B winner's lift is drawn (it can be nil or negative), small counts are
// drawn rather than rounded away, show leads slip as CEIR says, open and click rates move together.
import { describe, expect, it } from 'vitest';
import { CALIBRATION, DEFAULT_ASSUMPTIONS, PARAM_IDS, baselinePlan2015, simulate } from '../../../src/sim';
import { drawParams, paramTable } from '../../../src/sim/params';
import { Rng, mixSeed } from '../../../src/sim/rng';

const A = DEFAULT_ASSUMPTIONS;
const draws = (ids: readonly (typeof PARAM_IDS)[number][], n: number): number[][] => {
  const t = paramTable(A), r = new Rng(1), out = new Float64Array(PARAM_IDS.length);
  const idx = ids.map((id) => PARAM_IDS.indexOf(id));
  const res: number[][] = ids.map(() => []);
  for (let i = 0; i < n; i++) {
    r.reseed(mixSeed(21, i));
    drawParams(t, r, out);
    idx.forEach((k, j) => res[j]!.push(out[k]!));
  }
  return res;
};
const corr = (x: number[], y: number[]): number => {
  const m = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = m(x), my = m(y);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
};

describe('honest uncertainty', () => {
  it("the A/B winner's lift is drawn and can be zero or negative", () => {
    const [open, fill] = draws(['abOpenLift', 'abFillLift'], 2000);
    for (const v of [open!, fill!]) {
      expect(v.filter((x) => x <= 0).length / v.length).toBeGreaterThan(0.03);
      expect(v.filter((x) => x > 0).length / v.length).toBeGreaterThan(0.5);
    }
  });

  it('small counts are drawn, not rounded away: 2015 Twitter gets its ~11 clicks', () => {
    const plan = baselinePlan2015();
    const central = { ...A, sampleRanges: false };
    let clicks = 0, reach = 0;
    const n = 100;
    for (let i = 0; i < n; i++) {
      const t = simulate(plan, central, 300 + i).channels.twitter;
      clicks += t.clicked;
      reach += t.reach;
    }
    const due = (reach / n) * CALIBRATION.twitterClickRate.value;
    expect(clicks / n).toBeGreaterThan(0.7 * due);
    expect(clicks / n).toBeLessThan(1.3 * due);
  });

  it('show leads slip at least as CEIR says', () => {
    expect(CALIBRATION.showSlip.low).toBeGreaterThanOrEqual(0.4);
    expect(CALIBRATION.showSlip.value).toBeGreaterThanOrEqual(0.4);
  });

  it('open and click rates are drawn correlated, each keeping its own range', () => {
    const [o, c] = draws(['emailOpenRate', 'emailClickRate'], 3000);
    expect(corr(o!, c!)).toBeGreaterThan(0.5);
    const t = paramTable(A), ic = PARAM_IDS.indexOf('emailClickRate');
    for (const x of c!) {
      expect(x).toBeGreaterThanOrEqual(t.low[ic]! - 1e-12);
      expect(x).toBeLessThanOrEqual(t.high[ic]! + 1e-12);
    }
  });
});
