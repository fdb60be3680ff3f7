// The Class panel's best path without the search, when it can be trusted: the search (findBestPath,
// ~1 s of the model) depends only on the seed, the search's options and the assumptions, so the
// Class panel's own case (its seed, the published figures) is searched once, ahead of time, by
// scripts/gen-class-best.ts, which writes class-best.generated.ts. The entry carries a check: the
// best path's numbers over a few runs, recomputed here (a few ms) before the entry is used; a
// model that gives other numbers (the file is stale) gets the search instead, and
// tests/unit/service/class-best.test.ts fails until the file is written again.
import { DEFAULT_ASSUMPTIONS, type Assumptions, type Decisions } from '../sim';
import { DEBRIEF_OPTIONS, evaluatePath, findBestPath, type DebriefOptions } from './debrief-request';
import { CLASS_BEST } from './class-best.generated';

export const CLASS_BEST_FILE = 'src/service/class-best.generated.ts';
/** Runs of the check (the numbers of the best path the file was written with). */
export const CHECK_RUNS = 4;

export interface ClassBestEntry {
  readonly seed: number;
  readonly screenRuns: number;
  readonly finalists: number;
  readonly runs: number;
  readonly decisions: Decisions;
  /** accepted, spend and inbox-rate medians of the best path over CHECK_RUNS runs. */
  readonly check: readonly [number, number, number];
}

function checkOf(d: Decisions, seed: number, a: Assumptions): [number, number, number] {
  const n = evaluatePath(d, seed, CHECK_RUNS, a);
  return [n.accepted.p50, n.spend.p50, n.inboxRate.p50];
}

/** The search, and what the file keeps of it. */
export async function searchClassBest(seed: number, a: Assumptions, opts: DebriefOptions = DEBRIEF_OPTIONS): Promise<ClassBestEntry> {
  const b = await findBestPath(seed, opts, a);
  return { seed, screenRuns: opts.screenRuns, finalists: opts.finalists, runs: opts.runs, decisions: b.decisions, check: checkOf(b.decisions, seed, a) };
}

export function classBestSource(entries: readonly ClassBestEntry[]): string {
  return `// Written by scripts/gen-class-best.ts (the search under the published figures): do not edit.\nimport type { ClassBestEntry } from './class-best';\n\nexport const CLASS_BEST: readonly ClassBestEntry[] = ${JSON.stringify(entries, null, 2)};\n`;
}

const DEFAULT_KEY = JSON.stringify(DEFAULT_ASSUMPTIONS);

/** The best path searched ahead of time for this seed, options and assumptions, if there is one and the model still gives its numbers. */
export function precomputedBest(seed: number, a: Assumptions, opts: DebriefOptions = DEBRIEF_OPTIONS, entries: readonly ClassBestEntry[] = CLASS_BEST): Decisions | null {
  if (JSON.stringify(a) !== DEFAULT_KEY) return null;
  const e = entries.find((x) => x.seed === seed && x.screenRuns === opts.screenRuns && x.finalists === opts.finalists && x.runs === opts.runs);
  if (!e) return null;
  const c = checkOf(e.decisions, seed, a);
  return c.every((x, i) => x === e.check[i]) ? e.decisions : null;
}
