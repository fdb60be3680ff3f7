// The Class panel's load of 200 result codes (issue 14: under 2 s): reading the codes (parser,
// dedupe), then the simulation service's `cohort` answer for their distinct paths (Alice's and the
// best path included). cold: new handlers in a new process (the best path searched ahead of time,
// src/service/class-best.ts, checked against the model); warm: new handlers, the model's code
// already compiled by the JIT; search: a seed with no path searched ahead of time (what changed
// assumptions cost: the search runs); again: the same class read again (a live room's next
// result: every path already run). Node, one thread: the browser runs the same handlers in its
// worker (scripts/bench.mjs times the page). JSON lines with --json; `--codes` prints the 200 codes.
import { encodePath } from '../src/persist/path-code';
import { DECISIONS, allDecisionPaths } from '../src/sim/decisions';
import { CLASS_RUNS, CLASS_SEED, distinctPaths, parseClass, ranking } from '../src/ui/class/aggregate';
import { createHandlers } from '../src/service/handlers';
import { pathKey } from '../src/service/debrief-rank';

const json = process.argv.includes('--json');
const paths = allDecisionPaths();
// 200 trainees on 120 distinct paths (a class shares paths), each with its own seed and a name.
const text = Array.from({ length: 200 }, (_, i) => {
  const d = paths[(i * 7) % 120]!;
  const ids = DECISIONS.map((x) => d[x.key]);
  return `Trainee ${i + 1}: ${encodePath({ seed: 1000 + i, history: ['speech_applaud', ...ids.slice(0, 2), 'night_laptop', ...ids.slice(2)] })}`;
}).join('\n');

if (process.argv.includes('--codes')) {
  process.stdout.write(`${text}\n`);
  process.exit(0);
}

async function load(h: ReturnType<typeof createHandlers>, seed = CLASS_SEED): Promise<{ parse: number; total: number }> {
  const t0 = performance.now();
  const c = parseClass(text);
  const t1 = performance.now();
  const distinct = distinctPaths(c.trainees);
  const r = await h.cohort({ paths: distinct, seed, runs: CLASS_RUNS, assumptions: null });
  if (!r.ok) throw new Error(r.error);
  const by = new Map(distinct.map((d, i) => [pathKey(d), r.numbers[i]!]));
  ranking(c.trainees, (d) => by.get(pathKey(d)));
  return { parse: t1 - t0, total: performance.now() - t0 };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const h = createHandlers();
const cold = await load(h);
const again = await load(h);
const warm = await load(createHandlers());
const search = await load(createHandlers(), CLASS_SEED + 1);
const out = [
  { name: 'class.parse_200', value: r3(warm.parse), unit: 'ms' },
  { name: 'class.load_200_cold', value: r3(cold.total), unit: 'ms', budget: 2000 },
  { name: 'class.load_200_warm', value: r3(warm.total), unit: 'ms', budget: 2000 },
  { name: 'class.load_200_again', value: r3(again.total), unit: 'ms', budget: 2000, note: 'the same class again: a live room re-reads it at each result' },
  { name: 'class.load_200_search', value: r3(search.total), unit: 'ms', note: 'no best path searched ahead of time (another seed, or changed assumptions): the search runs' },
];
if (json) for (const l of out) process.stdout.write(`${JSON.stringify(l)}\n`);
else for (const l of out) process.stdout.write(`${l.name}: ${l.value} ${l.unit}${l.budget ? ` (budget ${l.budget} ms)` : ''}\n`);
