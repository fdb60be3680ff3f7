// Issue 13, item 5: a worker that cannot start or dies is replaced by the same handlers on this
// thread, in slices; the question waiting on the dead worker is answered.
import { afterEach, describe, expect, it } from 'vitest';
import { ALICE_PATH, DEFAULT_ASSUMPTIONS, monteCarlo, monteCarloSliced, planFor } from '../../../src/sim';
import { createSimClient, sliceEvery } from '../../../src/service/client';
import { runSimRequest, runSimRequestSliced } from '../../../src/service/sim-request';
import { comparePaths, comparePathsSliced } from '../../../src/service/workshop-request';
import { phase1Spread, phase1SpreadSliced } from '../../../src/service/debrief-request';

const SEED = 20160104;
const req = { phase: 'phase1' as const, decisions: ALICE_PATH, seed: SEED };

/** A worker stand-in: `die` dispatches an error event at the first message (as a crashed worker). */
class FakeWorker extends EventTarget {
  terminated = false;
  posted = 0;
  constructor(private readonly die: boolean) {
    super();
  }
  postMessage(): void {
    this.posted++;
    if (this.die) setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'crashed' })), 1);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const g = globalThis as { Worker?: unknown };
afterEach(() => {
  delete g.Worker;
});

describe('the simulation worker fallback', () => {
  it('a worker that cannot start: the question is answered on this thread, and the fallback is told once', async () => {
    g.Worker = class {};
    const told: string[] = [];
    const sim = createSimClient({ makeWorker: () => { throw new Error('blocked'); }, onFallback: (r) => told.push(r) });
    expect(await sim.run(req)).toEqual(runSimRequest(req));
    expect(await sim.run({ ...req, seed: 7 })).toEqual(runSimRequest({ ...req, seed: 7 }));
    expect(told).toEqual(['the simulation worker cannot start: blocked']);
  });

  it('a worker that dies mid-run: the pending question is answered by the fallback, and later ones too', async () => {
    g.Worker = class {};
    const workers: FakeWorker[] = [];
    const told: string[] = [];
    const sim = createSimClient({ makeWorker: () => { const w = new FakeWorker(true); workers.push(w); return w as unknown as Worker; }, onFallback: (r) => told.push(r) });
    expect(await sim.run(req)).toEqual(runSimRequest(req));
    expect(workers.length).toBe(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(await sim.run(req)).toEqual(runSimRequest(req));
    expect(workers.length).toBe(1); // no new worker: the rest of the visit runs here
    expect(told).toEqual(['the simulation worker failed: crashed']);
  });

  it('the sliced Monte Carlo gives exactly the numbers of the whole one, pausing as asked', async () => {
    const plan = planFor(ALICE_PATH);
    let pauses = 0;
    const fresh = SEED + 101; // a seed nothing replayed yet: its H1 2015 replay (the runs' own targets) is sliced too
    const sliced = await monteCarloSliced(plan, DEFAULT_ASSUMPTIONS, fresh, 60, () => (++pauses % 10 === 0 ? Promise.resolve() : undefined));
    expect(sliced).toEqual(monteCarlo(plan, DEFAULT_ASSUMPTIONS, fresh, 60));
    expect(pauses).toBeGreaterThanOrEqual(120);
    pauses = 0;
    await monteCarloSliced(plan, DEFAULT_ASSUMPTIONS, fresh, 60, () => void ++pauses);
    expect(pauses).toBe(60); // the replay is cached: one pause a run
    const semester = { ...req, phase: 'semester' as const };
    expect(await runSimRequestSliced(semester, sliceEvery(0), DEFAULT_ASSUMPTIONS, 40)).toEqual(runSimRequest(semester, DEFAULT_ASSUMPTIONS, 40));
  });

  it('the workshop comparison and the phase-1 spread run in slices too, with the same numbers', async () => {
    let pauses = 0;
    const slice = () => (++pauses % 25 === 0 ? Promise.resolve() : undefined);
    const other = { ...ALICE_PATH, list: 'list_none' as const };
    const creq = { paths: [ALICE_PATH, other], runs: 30, seed: SEED + 202, assumptions: null };
    expect(await comparePathsSliced(creq, slice, () => 0)).toEqual(comparePaths(creq, () => 0));
    expect(pauses).toBeGreaterThanOrEqual(60);
    pauses = 0;
    const sreq = { decisions: ALICE_PATH, seed: SEED + 303, runs: 40 };
    expect(await phase1SpreadSliced(sreq, slice)).toEqual(phase1Spread(sreq));
    expect(pauses).toBeGreaterThanOrEqual(40);
    // A refused request is refused the same way.
    expect(await comparePathsSliced({ ...creq, runs: 0 }, slice)).toEqual(comparePaths({ ...creq, runs: 0 }));
  });
});
