import { describe, expect, it } from 'vitest';
import { ALICE_PATH, CALIBRATION, DEFAULT_ASSUMPTIONS, PARAM_IDS, withParams } from '../../../src/sim';
import { evaluatePath } from '../../../src/service/debrief-request';
import { checkPath, comparePaths } from '../../../src/service/workshop-request';
import { MEASURED_PATH, published } from '../../../src/ui/workshop/panel';
import { PARAM_NAMES_FR, WORKSHOP_STRINGS } from '../../../src/ui/workshop/strings';
import { resultsFr } from '../../../src/i18n/results-fr';

const RUNS = 60;
const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

describe('workshop: paths side by side', () => {
  it('gives each path the same numbers as the debrief under the same seed', () => {
    const r = ok(comparePaths({ paths: [ALICE_PATH, MEASURED_PATH], seed: 7, runs: RUNS, assumptions: null }));
    expect(r.numbers).toHaveLength(2);
    // The debrief's numbers, without the per-run watch only the debrief reads.
    const { runs: _a, ...alice } = evaluatePath(ALICE_PATH, 7, RUNS);
    const { runs: _m, ...measured } = evaluatePath(MEASURED_PATH, 7, RUNS);
    expect(r.numbers[0]).toEqual(alice);
    expect(r.numbers[1]).toEqual(measured);
    // The lesson a room should see: the measured path beats Alice's on every count that matters.
    expect(r.numbers[1]!.accepted.p50).toBeGreaterThan(r.numbers[0]!.accepted.p50);
    expect(r.numbers[1]!.inboxRate.p50).toBeGreaterThan(r.numbers[0]!.inboxRate.p50);
    expect(r.numbers[1]!.costPerAccepted.p50).toBeLessThan(r.numbers[0]!.costPerAccepted.p50);
  });

  it('moves the numbers when an assumption changes', () => {
    const base = ok(comparePaths({ paths: [ALICE_PATH], seed: 3, runs: RUNS, assumptions: DEFAULT_ASSUMPTIONS }));
    // Ten times the banner click rate: Alice's banners suddenly bring people in.
    const ctr = CALIBRATION.bannerCtr;
    const edited = withParams(DEFAULT_ASSUMPTIONS, { bannerCtr: { value: ctr.value * 10, high: ctr.value * 10 } });
    const more = ok(comparePaths({ paths: [ALICE_PATH], seed: 3, runs: RUNS, assumptions: JSON.parse(JSON.stringify(edited)) }));
    expect(more.numbers[0]!.rawLeads.p50).toBeGreaterThan(base.numbers[0]!.rawLeads.p50);
  });

  it('refuses broken assumptions with a message that names the field', () => {
    const broken = JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS));
    broken.params.emailOpenRate.value = 1.7; // a rate above 100%
    const r = comparePaths({ paths: [ALICE_PATH], seed: 1, runs: RUNS, assumptions: broken });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/emailOpenRate/);
    for (const bad of [42, 'x', { version: 2 }, [], { ...JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS)), extra: 1 }]) {
      const res = comparePaths({ paths: [ALICE_PATH], seed: 1, runs: RUNS, assumptions: bad });
      expect(res.ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it('refuses paths, seeds and run counts that are not', () => {
    expect(checkPath({ ...ALICE_PATH, plan: 'plan_nonsense' })).toMatchObject({ ok: false });
    expect(checkPath({ ...ALICE_PATH, extra: 'x' })).toMatchObject({ ok: false });
    expect(checkPath(null)).toMatchObject({ ok: false });
    const { course: _, ...partial } = ALICE_PATH;
    expect(checkPath(partial)).toMatchObject({ ok: false });
    expect(comparePaths({ paths: [], seed: 1, runs: RUNS, assumptions: null }).ok).toBe(false);
    expect(comparePaths({ paths: [ALICE_PATH], seed: -1, runs: RUNS, assumptions: null }).ok).toBe(false);
    expect(comparePaths({ paths: [ALICE_PATH], seed: 1, runs: 0, assumptions: null }).ok).toBe(false);
    expect(comparePaths({ paths: [ALICE_PATH], seed: 1, runs: 1e9, assumptions: null }).ok).toBe(false);
  });

  it('starts the panel from the same published figures as the model', () => {
    expect(published()).toEqual(DEFAULT_ASSUMPTIONS);
  });

  it('names every parameter in French and every group in both languages', () => {
    const fr = resultsFr.params as Partial<Record<string, string>>;
    for (const id of PARAM_IDS) expect(fr[id] ?? PARAM_NAMES_FR[id], id).toBeTruthy();
    for (const lang of ['en', 'fr'] as const) {
      for (const id of PARAM_IDS) expect(WORKSHOP_STRINGS[lang].groups[CALIBRATION[id].group], id).toBeTruthy();
    }
  });
});
