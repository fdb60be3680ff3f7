// `npm run branches`: every decision path with its Monte Carlo outcome.
//   --json       one JSON object: { runs, baselineQualified, targetQualified, paths: [...] }
//   --runs N     Monte Carlo runs per path (default 100)
//   --seed N     base seed (default 1)
//   --workers N  threads: this one and N - 1 worker threads (default: 2 when the machine has 2+ cores; 1 = in-process)
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ALICE_PATH, DEFAULT_ASSUMPTIONS, TIERS, allDecisionPaths } from '../src/sim/index';
import { branchRows, branchTable, choicesOf, groupByPhase1, type BranchRow, type BranchTable } from '../src/sim/branches';

export const DEFAULT_RUNS = 100;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function intArg(name: string, dflt: number, min: number): number {
  const v = arg(name);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`${name} needs an integer >= ${min}, got ${JSON.stringify(v)}\n`);
    process.exit(2);
  }
  return n;
}

/**
 * Computes the table on `threads` threads: this one and threads - 1 workers (same result as one
 * thread). The work is handed out as groups of paths that share D1-D5 (their weeks 1-8 are
 * simulated once per run, see branchRows), one group at a time to whichever thread is free.
 */
export async function computeTable(runs: number, seed: number, threads: number): Promise<BranchTable> {
  const paths = allDecisionPaths();
  const base = branchTable(DEFAULT_ASSUMPTIONS, seed, runs, []);
  const queue = groupByPhase1(paths);
  let next = 0;
  const rows: BranchRow[] = new Array(paths.length);
  const store = (idx: readonly number[], got: readonly BranchRow[]): void => idx.forEach((i, j) => (rows[i] = got[j]!));

  // Worker threads do not inherit tsx's loader hooks: register them, then load the TS module.
  const entry = new URL('./sim-branches-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  const worker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const w = new Worker(boot, { eval: true, workerData: { runs, seed } });
      let idx: number[] | undefined;
      const give = (): void => {
        idx = queue[next++];
        if (idx) w.postMessage(idx.map((i) => paths[i]!));
        else void w.terminate().then(() => resolve());
      };
      w.on('message', (msg: 'ready' | BranchRow[]) => {
        if (msg !== 'ready' && idx) store(idx, msg);
        give();
      });
      w.once('error', reject);
    });
  // This thread takes groups too, yielding between them so the workers' messages are served.
  const local = async (): Promise<void> => {
    for (let idx = queue[next++]; idx; idx = queue[next++]) {
      store(idx, branchRows(idx.map((i) => paths[i]!), DEFAULT_ASSUMPTIONS, seed, runs));
      await new Promise((r) => setImmediate(r));
    }
  };
  await Promise.all([local(), ...Array.from({ length: Math.max(0, threads - 1) }, worker)]);
  return { ...base, paths: rows };
}

const pct = (x: number, d = 1): string => `${(100 * x).toFixed(d)}%`;

function printTable(t: BranchTable, ms: number): void {
  const alice = choicesOf(ALICE_PATH).join(' ');
  const rows = [...t.paths].sort((a, b) => b.accepted.p50 - a.accepted.p50);
  const out: string[] = [];
  out.push(`Branch table: ${t.paths.length} paths x ${t.runs} runs (${(ms / 1000).toFixed(1)} s).`);
  out.push(`Target: ${t.targetQualified} qualified leads accepted by sales in H1 2016 (H1 2015: ${t.baselineQualified}, +20%).`);
  out.push(`Tier of the median: accepted/target < 0.8 wall, < 1.0 short, < 1.25 met, else beyond. * = Alice's path.`);
  out.push('');
  const counts = TIERS.map((tier) => `${tier.replace('ending_', '')} ${rows.filter((r) => r.tier === tier).length}`).join(' · ');
  out.push(`Tiers: ${counts}`);
  out.push('');
  const head = ['#', 'tier', 'P(obj)', 'accepted p10-p50-p90', 'qualified', 'raw', 'EUR/qual', 'hard b.', 'inbox', 'choices'];
  out.push(head.join('\t'));
  rows.forEach((r, i) => {
    const choices = r.choices.join(' ');
    out.push([
      `${i + 1}${choices === alice ? '*' : ''}`,
      r.tier.replace('ending_', ''),
      pct(r.pObjective, 0),
      `${r.accepted.p10.toFixed(0)}-${r.accepted.p50.toFixed(0)}-${r.accepted.p90.toFixed(0)}`,
      r.qualified.p50.toFixed(0),
      r.rawLeads.p50.toFixed(0),
      r.costPerQualified.p50.toFixed(0),
      pct(r.hardBounceRate.p50, 2),
      pct(r.inboxRate.p50),
      choices.replace(/(plan|answer|content|list|launch|course)_/g, ''),
    ].join('\t'));
  });
  out.push('');
  out.push(`* Alice: ${alice}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<void> {
  const runs = intArg('--runs', DEFAULT_RUNS, 1);
  const seed = intArg('--seed', 1, 0);
  const workers = intArg('--workers', Math.min(2, availableParallelism()), 1);
  const t0 = performance.now();
  const table = await computeTable(runs, seed, workers);
  const ms = performance.now() - t0;
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(table)}\n`);
  else printTable(table, ms);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('branches.ts')) {
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
