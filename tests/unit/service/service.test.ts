// The simulation service behind its protocol: the same handlers answer in the worker and in this
// thread; one best-path search per seed; one live seed; a story run is answered while a long
// best-path search is under way (the search pauses between chunks).
import { describe, expect, it, vi } from 'vitest';
import { ALICE_PATH } from '../../../src/sim';
import { createHandlers, Stale } from '../../../src/service/handlers';
import { createLocalSimClient, createSimClient } from '../../../src/service/client';
import { computeDebrief, findBestPath, phase1Spread, type DebriefOptions } from '../../../src/service/debrief-request';

// The real search, counted.
vi.mock('../../../src/service/debrief-request', async (actual) => {
  const m = await actual<typeof import('../../../src/service/debrief-request')>();
  return { ...m, findBestPath: vi.fn(m.findBestPath) };
});
const searches = (seed: number) => vi.mocked(findBestPath).mock.calls.filter((c) => c[0] === seed).length;
import { runSimRequest } from '../../../src/service/sim-request';
import { comparePaths } from '../../../src/service/workshop-request';

const OPTS: DebriefOptions = { runs: 20, screenRuns: 2, finalists: 2 };
const SEED = 20160104;

describe('the simulation service', () => {
  it('answers every kind of the protocol with the request builders’ numbers', async () => {
    const s = createHandlers(OPTS);
    expect(await s.run({ phase: 'semester', decisions: ALICE_PATH, seed: SEED })).toEqual(runSimRequest({ phase: 'semester', decisions: ALICE_PATH, seed: SEED }));
    expect(await s.spread({ decisions: ALICE_PATH, seed: SEED, runs: 30 })).toEqual(phase1Spread({ decisions: ALICE_PATH, seed: SEED, runs: 30 }));
    const cmp = await s.compare({ paths: [ALICE_PATH], seed: SEED, runs: 10, assumptions: null });
    expect(cmp.ok && cmp.numbers).toEqual((comparePaths({ paths: [ALICE_PATH], seed: SEED, runs: 10, assumptions: null }) as { numbers: unknown }).numbers);
    expect(await s.compare({ paths: [], seed: SEED, runs: 10, assumptions: null })).toMatchObject({ ok: false });
    const { timings: _t, ...debrief } = await s.debrief({ decisions: ALICE_PATH, seed: SEED });
    const { timings: _u, ...direct } = await computeDebrief({ decisions: ALICE_PATH, seed: SEED }, OPTS);
    expect(debrief).toEqual(direct);
  });

  it('runs one best-path search per seed, shared by warm and the debrief', async () => {
    const seed = 777;
    const s = createHandlers(OPTS);
    const warm = s.warm(seed);
    const r = await s.debrief({ decisions: ALICE_PATH, seed });
    await warm;
    await s.warm(seed);
    expect(await s.debrief({ decisions: ALICE_PATH, seed })).toBe(r);
    await s.debrief({ decisions: { ...ALICE_PATH, course: 'course_sales' }, seed });
    expect(searches(seed)).toBe(1);
    expect(r.best.screened).toBe(486);
  });

  it('answers a story run within a chunk of a long search, not after it', async () => {
    const s = createHandlers(OPTS);
    let searched = false;
    const search = s.warm(SEED).then(() => (searched = true));
    await new Promise((r) => setTimeout(r, 0));
    const report = await s.run({ phase: 'phase1', decisions: { plan: 'plan_target' }, seed: SEED });
    expect(report.phase).toBe('phase1');
    expect(searched).toBe(false);
    await search;
  });

  it('keeps one seed live: a search for an older game is dropped at its next pause', async () => {
    const s = createHandlers(OPTS);
    const old = s.warm(1);
    const current = s.warm(2);
    await expect(old).rejects.toBeInstanceOf(Stale);
    await expect(old).rejects.toThrow('superseded by a newer game');
    await expect(current).resolves.toBeUndefined();
  });

  it('runs the handlers in this thread where there are no workers', async () => {
    expect(typeof Worker).toBe('undefined');
    for (const client of [createSimClient(), createLocalSimClient()]) {
      expect(await client.run({ phase: 'phase1', decisions: ALICE_PATH, seed: 3 })).toEqual(runSimRequest({ phase: 'phase1', decisions: ALICE_PATH, seed: 3 }));
    }
  });
});
