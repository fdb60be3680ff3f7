// The Class panel's load of 200 result codes (issue 14: under 2 s): reading the codes (parser,
// dedupe), then the simulation service's `cohort` answer for their distinct paths (Alice's and the
// best path included), cold (the best-path search for the seed included) and warm (the search
// already done, as when the panel was opened before the codes were pasted). Node, one thread: the
// browser runs the same handlers in its worker. JSON lines with --json.
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

async function load(h: ReturnType<typeof createHandlers>): Promise<{ parse: number; total: number }> {
  const t0 = performance.now();
  const c = parseClass(text);
  const t1 = performance.now();
  const distinct = distinctPaths(c.trainees);
  const r = await h.cohort({ paths: distinct, seed: CLASS_SEED, runs: CLASS_RUNS, assumptions: null });
  if (!r.ok) throw new Error(r.error);
  const by = new Map(distinct.map((d, i) => [pathKey(d), r.numbers[i]!]));
  ranking(c.trainees, (d) => by.get(pathKey(d)));
  return { parse: t1 - t0, total: performance.now() - t0 };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const h = createHandlers();
const cold = await load(h);
const warm = await load(h);
const out = [
  { name: 'class.parse_200', value: r3(warm.parse), unit: 'ms' },
  { name: 'class.load_200_cold', value: r3(cold.total), unit: 'ms', budget: 2000 },
  { name: 'class.load_200_warm', value: r3(warm.total), unit: 'ms', budget: 2000 },
];
if (json) for (const l of out) process.stdout.write(`${JSON.stringify(l)}\n`);
else for (const l of out) process.stdout.write(`${l.name}: ${l.value} ${l.unit}${l.budget ? ` (budget ${l.budget} ms)` : ''}\n`);
