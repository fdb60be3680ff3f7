// `npm run branches`: every decision path with its Monte Carlo outcome.
//   --json               one JSON object: { runs, seed, baselineAccepted, targetAccepted, budget,
//                        assumptionsHash (sha256 of the canonical JSON), ..., paths: [...] }; each
//                        path's fields are the BranchRow type's (src/sim/branches.ts)
//   --assumptions FILE   the assumptions to use: a file the workshop panel saved (default: the
//                        published figures). A bad file is refused before anything runs: exit 2,
//                        the faulty field named on stderr, nothing on stdout. A version 1 file (an
//                        earlier build's) runs with the assumptions it lacks at their published
//                        values, named on stderr and in the JSON's assumptionsFilled.
//   --runs N             Monte Carlo runs per path (default 100)
//   --seed N             base seed (default 1)
//   --workers N          threads: this one and N - 1 worker threads (default: 2 when the machine has 2+ cores; 1 = in-process)
// An unknown argument or a bad value is refused the same way (exit 2, nothing run).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ALICE_PATH, DEFAULT_ASSUMPTIONS, TIERS, allDecisionPaths, type Assumptions } from '../src/sim/index';
import { checkAssumptionsSize, canonicalJson, describeIssue, readAssumptionsText } from '../src/sim/assumptions';
import { branchRows, choicesOf, groupByPhase1, tableHeader, type BranchRow, type BranchTable } from '../src/sim/branches';

export const DEFAULT_RUNS = 100;

/** Exit code of a refused command line or assumptions file (nothing was run). */
export const EXIT_REFUSED = 2;

function refuse(message: string): never {
  process.stderr.write(`branches: ${message}\nNothing was run.\n`);
  process.exit(EXIT_REFUSED);
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) refuse(`${name} needs a value`);
  return v;
}
function intArg(name: string, dflt: number, min: number): number {
  const v = arg(name);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) refuse(`${name} needs an integer >= ${min}, got ${JSON.stringify(v)}`);
  return n;
}

/**
 * The assumptions in a file, or the reason it is refused (the faulty field first). The size is
 * checked before the content is read.
 */
export function loadAssumptionsFile(file: string): { ok: true; value: Assumptions; filled: readonly string[] } | { ok: false; error: string } {
  let bytes: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return { ok: false, error: `${file}: not a file` };
    bytes = st.size;
  } catch (e) {
    return { ok: false, error: `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const big = checkAssumptionsSize(bytes);
  if (big) return { ok: false, error: `${file}: ${describeIssue(big)}` };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, error: `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const r = readAssumptionsText(text);
  return r.ok ? r : { ok: false, error: `${file}: ${r.error}` };
}

/** sha256 of the assumptions' canonical JSON (keys sorted): the same assumptions give the same hash, whatever the file's layout. */
export function assumptionsHash(a: Assumptions): string {
  return createHash('sha256').update(canonicalJson(a)).digest('hex');
}

/**
 * Computes the table on `threads` threads: this one and threads - 1 workers (same result as one
 * thread). The work is handed out as groups of paths that share D1-D5 (their weeks 1-8 are
 * simulated once per run, see branchRows), one group at a time to whichever thread is free.
 */
export async function computeTable(runs: number, seed: number, threads: number, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): Promise<BranchTable> {
  const paths = allDecisionPaths();
  const queue = groupByPhase1(paths);
  let next = 0;
  const rows: BranchRow[] = new Array(paths.length);
  const store = (idx: readonly number[], got: readonly BranchRow[]): void => idx.forEach((i, j) => (rows[i] = got[j]!));

  // Worker threads do not inherit tsx's loader hooks: register them, then load the TS module.
  const entry = new URL('./sim-branches-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  const worker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const w = new Worker(boot, { eval: true, workerData: { runs, seed, assumptions } });
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
      store(idx, branchRows(idx.map((i) => paths[i]!), assumptions, seed, runs));
      await new Promise((r) => setImmediate(r));
    }
  };
  await Promise.all([local(), ...Array.from({ length: Math.max(0, threads - 1) }, worker)]);
  return { ...tableHeader(runs, assumptions), paths: rows };
}

const pct = (x: number, d = 1): string => `${(100 * x).toFixed(d)}%`;

function printTable(t: BranchTable, ms: number, hash: string, file: string | undefined): void {
  const alice = choicesOf(ALICE_PATH).join(' ');
  const rows = [...t.paths].sort((a, b) => b.accepted.p50 - a.accepted.p50);
  const out: string[] = [];
  out.push(`Branch table: ${t.paths.length} paths x ${t.runs} runs (${(ms / 1000).toFixed(1)} s).`);
  out.push(`Assumptions: ${file ?? 'the published figures'} (sha256 ${hash.slice(0, 16)}).`);
  out.push(`Target: ${t.targetAccepted} qualified leads accepted by sales in H1 2016 (H1 2015: ${t.baselineAccepted}, +20%). Budget: EUR ${t.budget}.`);
  out.push(`Tier of the median: accepted/target < 0.8 wall, < 1.0 short, < 1.25 met, else beyond. * = Alice's path.`);
  out.push('');
  const counts = TIERS.map((tier) => `${tier.replace('ending_', '')} ${rows.filter((r) => r.tier === tier).length}`).join(' · ');
  out.push(`Tiers: ${counts}`);
  out.push('');
  const head = ['#', 'tier', 'P(obj)', 'accepted p10-p50-p90', 'qualified', 'raw', 'wk1-8 acc', 'spend', 'EUR/acc', 'hard b.', 'inbox', 'bottleneck', 'choices'];
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
      r.phase1.accepted.p50.toFixed(0),
      r.spend.p50.toFixed(0),
      r.costPerAccepted.p50.toFixed(0),
      pct(r.hardBounceRate.p50, 2),
      pct(r.inboxRate.p50),
      r.bottleneck,
      choices.replace(/(plan|answer|content|list|launch|course)_/g, ''),
    ].join('\t'));
  });
  out.push('');
  out.push(`* Alice: ${alice}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

const FLAGS = new Set(['--json']);
const OPTIONS = new Set(['--runs', '--seed', '--workers', '--assumptions']);

/** Refuses what this command does not know (a mistyped `--assumption` must not quietly run the published figures). */
function checkArgs(args: readonly string[]): void {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (OPTIONS.has(a)) i++;
    else if (!FLAGS.has(a)) refuse(`unknown argument ${JSON.stringify(a)} (known: ${[...FLAGS, ...OPTIONS].join(', ')})`);
  }
}

async function main(): Promise<void> {
  // Everything is checked before anything runs.
  checkArgs(process.argv.slice(2));
  const runs = intArg('--runs', DEFAULT_RUNS, 1);
  const seed = intArg('--seed', 1, 0);
  const workers = intArg('--workers', Math.min(2, availableParallelism()), 1);
  const file = arg('--assumptions');
  let assumptions = DEFAULT_ASSUMPTIONS;
  let filled: readonly string[] = [];
  if (file !== undefined) {
    const r = loadAssumptionsFile(file);
    if (!r.ok) refuse(`refused the assumptions file ${r.error}`);
    assumptions = r.value;
    filled = r.filled;
    // An older (version 1) file: run, and say which assumptions it lacked (at their published values).
    if (filled.length) process.stderr.write(`note: ${file} is an older file (version 1): ${filled.length} assumptions it lacks run at their published values: ${filled.join(', ')}\n`);
  }
  const hash = assumptionsHash(assumptions);
  const t0 = performance.now();
  const table = await computeTable(runs, seed, workers, assumptions);
  const ms = performance.now() - t0;
  if (process.argv.includes('--json')) {
    const { paths, ...head } = table;
    process.stdout.write(`${JSON.stringify({ ...head, seed, assumptionsHash: hash, assumptionsFilled: filled, paths })}\n`);
  } else printTable(table, ms, hash, file);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('branches.ts')) {
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
