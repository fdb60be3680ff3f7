// Benchmarks of the lead-outcome model (part of `npm run bench`). One JSON object per line with
// --json: {name, value, unit, baseline?, ratio?}; a readable summary otherwise.
//   sim.semester        one simulated semester, mean over many (the Monte Carlo core: its model, monteCarloModel, no outcome objects)
//   sim.simulate        one simulate() call with its full Outcome (what the story's seeded run costs)
//   sim.montecarlo_1000 a 1,000-run Monte Carlo of Alice's path; baseline = the PRNG floor below
//   sim.prng_floor      drawing as many uniform variates as the Monte Carlo really draws (rng.count:
//                       every hashed slot; certain counts draw nothing), with the PRNG alone
//   sim.draws_per_run   those variates per run
//   sim.sampler_floor   the same binomial variates (same n, p, slot, seed), drawn by the sampler alone:
//                       those of each run AND of its H1 2015 replay (target.ts), which every Monte Carlo
//                       run also makes (run i is judged against its own replay, same seed), with both
//                       parameter draws. Until issue 12 item 12 the floor counted the 2016 run's draws
//                       only (about half of what the Monte Carlo draws): that floor is still reported,
//                       sim.sampler_floor_2016 and sim.montecarlo_vs_sampler_2016.
//   sim.branch_table    every path of the branch table, as `npm run branches` computes it
//   sim.workshop_recompute  the workshop panel's recompute after an edit (comparePaths: two paths,
//                       500 runs, seed 2016, under a freshly parsed edited assumptions object, so the
//                       2015 replay and the target are recomputed too), in Node: the browser runs the
//                       same code in its worker; budget 1 s
// The Monte Carlo and its floor are timed in alternation (a loaded machine slows both alike).
// Budgets (QUALITY.md): Monte Carlo 1,000 runs < 100 ms; branch table < 5 s; Monte Carlo within 3x the floor.
//   --reps N   repetitions per measure (median reported; default 7, branch table 3)
import { availableParallelism } from 'node:os';
import { ALICE_PATH, DEFAULT_ASSUMPTIONS, baselinePlan2015, monteCarlo, planFor, simulate } from '../src/sim/index';
import { NPARAM, monteCarloModel } from '../src/sim/model';
import { lastDrawCount } from '../src/sim/montecarlo';
import { drawParams, paramTable } from '../src/sim/params';
import { Rng, mixSeed } from '../src/sim/rng';
import { DEFAULT_RUNS, computeTable } from './branches';
import { comparePaths } from '../src/service/workshop-request';
import { allDecisionPaths } from '../src/sim/decisions';

interface Line {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number;
  readonly ratio?: number;
}

const json = process.argv.includes('--json');
const repsArg = process.argv.indexOf('--reps');
const REPS = repsArg >= 0 ? Math.max(1, Number(process.argv[repsArg + 1]) || 1) : 7;
const TABLE_REPS = repsArg >= 0 ? REPS : 3;

const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
const r3 = (x: number): number => Number(x.toPrecision(4));

let sink = 0; // keeps results alive so nothing is optimised away

/** Records the (n, p, slot) of every binomial count of some runs, to replay them through the sampler alone. */
class RecordingRng extends Rng {
  readonly ns: number[] = [];
  readonly ps: number[] = [];
  readonly slots: number[] = [];
  override bin(n: number, p: number, slot: number): number {
    this.ns.push(n);
    this.ps.push(p);
    this.slots.push(slot);
    return super.bin(n, p, slot);
  }
}

async function main(): Promise<void> {
  const plan = planFor(ALICE_PATH);
  const A = DEFAULT_ASSUMPTIONS;
  const out: Line[] = [];

  // Warm-up: let the JIT settle on the model's hot paths.
  for (let i = 0; i < 6; i++) sink += monteCarlo(plan, A, 100 + i, 500).accepted.p50;
  for (let i = 0; i < 200; i++) sink += simulate(plan, A, i).totals.accepted;

  // One semester: the Monte Carlo core, mean over 2,000 runs, median of REPS.
  const model = monteCarloModel();
  const rng = new Rng(1);
  const params = new Float64Array(NPARAM);
  const table = paramTable(A);
  const semester = median(Array.from({ length: REPS }, (_, k) => {
    const n = 2000;
    return time(() => {
      for (let i = 0; i < n; i++) {
        rng.reseed(mixSeed(k, i));
        drawParams(table, rng, params);
        model.run(plan, params, rng);
        sink += model.finalReputation;
      }
    }) / n;
  }));
  out.push({ name: 'sim.semester', value: r3(semester * 1000), unit: 'us' });
  const sim = median(Array.from({ length: REPS }, (_, k) => time(() => {
    for (let i = 0; i < 200; i++) sink += simulate(plan, A, k * 1000 + i).totals.accepted;
  }) / 200));
  out.push({ name: 'sim.simulate', value: r3(sim * 1000), unit: 'us' });

  // Monte Carlo, 1,000 runs, and floor 1: as many uniform variates from the PRNG alone (alternating).
  sink += monteCarlo(plan, A, 0, 1000).accepted.p50;
  const draws = lastDrawCount;
  const floorRng = new Rng(7);
  const mcTimes: number[] = [], floorTimes: number[] = [];
  for (let k = 0; k < REPS; k++) {
    mcTimes.push(time(() => (sink += monteCarlo(plan, A, k, 1000).accepted.p50)));
    floorTimes.push(time(() => {
      let s = 0;
      for (let i = 0; i < draws; i++) s += floorRng.uniform();
      sink += s;
    }));
  }
  const mc = median(mcTimes);
  const floor = median(floorTimes);
  out.push({ name: 'sim.montecarlo_1000', value: r3(mc), unit: 'ms', baseline: r3(floor), ratio: r3(mc / floor) });
  out.push({ name: 'sim.prng_floor', value: r3(floor), unit: 'ms' });
  out.push({ name: 'sim.draws_per_run', value: draws / 1000, unit: 'draws' });

  // Floor 2: the same binomial variates (recorded from 100 runs, replayed 10 times) by the sampler
  // alone, plus the parameters' triangular draws. Recorded last: the recording subclass would make
  // the model's call sites polymorphic. Recorded with the Monte Carlo's own model (monteCarloModel:
  // no ad clicks and visits, which it does not draw) and, for each run, its H1 2015 replay first
  // (as baselineRuns draws it: same seed, same parameter draw) then the run itself. The 2016-only
  // floor (the definition before issue 12 item 12) replays the run's part alone.
  const rec = new RecordingRng(1);
  const mcModel = monteCarloModel();
  const plan2015 = baselinePlan2015();
  const replayEnd: number[] = [], runEnd: number[] = [];
  for (let i = 0; i < 100; i++) {
    rec.reseed(mixSeed(3, i));
    drawParams(table, rec, params);
    mcModel.run(plan2015, params, rec);
    replayEnd.push(rec.ns.length);
    rec.reseed(mixSeed(3, i));
    drawParams(table, rec, params);
    mcModel.run(plan, params, rec);
    runEnd.push(rec.ns.length);
  }
  const nArr = Float64Array.from(rec.ns);
  const pArr = Float64Array.from(rec.ps);
  const sArr = Int32Array.from(rec.slots);
  const replay = new Rng(9);
  const samplerTimes = (withReplay: boolean): number => median(Array.from({ length: REPS }, () => time(() => {
    let s = 0;
    for (let rep = 0; rep < 10; rep++) {
      for (let i = 0; i < runEnd.length; i++) {
        if (withReplay) {
          replay.reseed(mixSeed(3, i));
          drawParams(table, replay, params);
          for (let j = i > 0 ? runEnd[i - 1]! : 0, end = replayEnd[i]!; j < end; j++) s += replay.bin(nArr[j]!, pArr[j]!, sArr[j]!);
        }
        replay.reseed(mixSeed(3, i));
        drawParams(table, replay, params);
        for (let j = replayEnd[i]!, end = runEnd[i]!; j < end; j++) s += replay.bin(nArr[j]!, pArr[j]!, sArr[j]!);
      }
    }
    sink += s;
  })));
  const sampler = samplerTimes(true);
  const sampler2016 = samplerTimes(false);
  out.push({ name: 'sim.sampler_floor', value: r3(sampler), unit: 'ms', baseline: r3(floor), ratio: r3(sampler / floor) });
  out.push({ name: 'sim.montecarlo_vs_sampler', value: r3(mc), unit: 'ms', baseline: r3(sampler), ratio: r3(mc / sampler) });
  out.push({ name: 'sim.sampler_floor_2016', value: r3(sampler2016), unit: 'ms', baseline: r3(floor), ratio: r3(sampler2016 / floor) });
  out.push({ name: 'sim.montecarlo_vs_sampler_2016', value: r3(mc), unit: 'ms', baseline: r3(sampler2016), ratio: r3(mc / sampler2016) });

  // The workshop's recompute after an edit: a new assumptions object each time (cold caches).
  const paths = allDecisionPaths();
  const workshop = median(Array.from({ length: REPS }, (_, k) => {
    const edited = JSON.parse(JSON.stringify(A)) as typeof A;
    edited.params.emailOpenRate.value = A.params.emailOpenRate.value * (1 + (k + 1) / 100);
    return time(() => {
      const res = comparePaths({ paths: [ALICE_PATH, paths[485]!], seed: 2016, runs: 500, assumptions: edited });
      if (!res.ok) throw new Error(res.error);
      sink += res.numbers.length;
    });
  }));
  out.push({ name: 'sim.workshop_recompute', value: r3(workshop), unit: 'ms' });

  // The whole branch table, as `npm run branches` runs it (worker threads included).
  const workers = Math.min(2, availableParallelism());
  const tables: number[] = [];
  for (let k = 0; k < TABLE_REPS; k++) {
    const t = performance.now();
    const tab = await computeTable(DEFAULT_RUNS, 1, workers);
    tables.push(performance.now() - t);
    sink += tab.paths.length;
  }
  out.push({ name: 'sim.branch_table', value: r3(median(tables)), unit: 'ms' });

  if (json) {
    for (const l of out) process.stdout.write(`${JSON.stringify(l)}\n`);
  } else {
    const get = (n: string) => out.find((l) => l.name === n)!;
    const ok = (b: boolean) => (b ? 'ok' : 'OVER BUDGET');
    const lines = [
      `One semester (model core):    ${get('sim.semester').value} us   simulate() with outcome: ${get('sim.simulate').value} us`,
      `Monte Carlo 1,000 runs:       ${get('sim.montecarlo_1000').value} ms   (budget 100 ms: ${ok(mc < 100)})`,
      `  PRNG floor (${draws} variates): ${get('sim.prng_floor').value} ms   ratio ${get('sim.montecarlo_1000').ratio}x (budget 3x: ${ok(mc / floor <= 3)})`,
      `  sampler floor (same variates, 2015 replays included): ${get('sim.sampler_floor').value} ms   Monte Carlo / sampler ${get('sim.montecarlo_vs_sampler').ratio}x (budget 2.5x: ${ok(mc / sampler <= 2.5)})`,
      `  sampler floor of the 2016 runs alone (the old floor): ${get('sim.sampler_floor_2016').value} ms   Monte Carlo / sampler ${get('sim.montecarlo_vs_sampler_2016').ratio}x`,
      `Branch table (${DEFAULT_RUNS} runs x 486 paths, ${workers} thread(s)): ${get('sim.branch_table').value} ms   (budget 5,000 ms: ${ok(get('sim.branch_table').value < 5000)})`,
      `Workshop recompute after an edit (2 paths x 500 runs): ${get('sim.workshop_recompute').value} ms   (budget 1,000 ms: ${ok(get('sim.workshop_recompute').value < 1000)})`,
      `Medians of ${REPS} repetitions (branch table: ${TABLE_REPS}), after warm-up.`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (sink === 42.4242) process.stdout.write('\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
