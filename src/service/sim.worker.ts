// Web Worker entry: runs the model off the main thread. Messages carry a `kind` (none: the story's
// `run`). The debrief's long computations pause between chunks, so a story request that arrives
// meanwhile is answered within a chunk (tens of ms), not after the whole search.
import { runSimRequest } from './sim-request';
import type { SimRequest } from '../narrative/session';
import {
  computeDebrief, findBestPath, pathKey, phase1Spread,
  type BestPath, type DebriefRequest, type DebriefResult, type Phase1SpreadRequest,
} from './debrief-request';
import { comparePaths, type CompareRequest } from './workshop-request';

type Message =
  | { id: number; kind?: 'run'; request: SimRequest }
  | { id: number; kind: 'debrief'; request: DebriefRequest }
  | { id: number; kind: 'warm'; request: { seed: number } }
  | { id: number; kind: 'spread'; request: Phase1SpreadRequest }
  | { id: number; kind: 'compare'; request: CompareRequest };

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// One seed is live at a time (the session's): searches for other seeds are dropped.
let liveSeed = -1;
const bestBySeed = new Map<number, Promise<BestPath>>();
const debriefs = new Map<string, Promise<DebriefResult>>();

class Stale extends Error {}

function setLiveSeed(seed: number): void {
  if (seed === liveSeed) return;
  liveSeed = seed;
  for (const k of bestBySeed.keys()) if (k !== seed) bestBySeed.delete(k);
  for (const k of debriefs.keys()) if (!k.startsWith(`${seed}|`)) debriefs.delete(k);
}

/** A pause that abandons the work once its seed is no longer the live one. */
const pauseFor = (seed: number) => async () => {
  await pause();
  if (seed !== liveSeed) throw new Stale('superseded by a newer game');
};

function bestPath(seed: number): Promise<BestPath> {
  setLiveSeed(seed);
  let p = bestBySeed.get(seed);
  if (!p) {
    p = findBestPath(seed, undefined, undefined, pauseFor(seed));
    p.catch(() => bestBySeed.delete(seed));
    bestBySeed.set(seed, p);
  }
  return p;
}

function debrief(req: DebriefRequest): Promise<DebriefResult> {
  const key = `${req.seed}|${pathKey(req.decisions)}`;
  let p = debriefs.get(key);
  if (!p) {
    const search = bestPath(req.seed);
    p = computeDebrief(req, undefined, undefined, pauseFor(req.seed), search);
    p.catch(() => debriefs.delete(key));
    debriefs.set(key, p);
  }
  return p;
}

self.onmessage = async (e: MessageEvent<Message>) => {
  const m = e.data;
  try {
    switch (m.kind) {
      case 'debrief':
        self.postMessage({ id: m.id, report: await debrief(m.request) });
        break;
      case 'warm':
        await bestPath(m.request.seed);
        self.postMessage({ id: m.id, report: true });
        break;
      case 'spread':
        self.postMessage({ id: m.id, report: phase1Spread(m.request) });
        break;
      case 'compare':
        self.postMessage({ id: m.id, report: comparePaths(m.request) });
        break;
      default:
        self.postMessage({ id: m.id, report: runSimRequest(m.request) });
    }
  } catch (err) {
    self.postMessage({ id: m.id, error: (err as Error).message, stale: err instanceof Stale });
  }
};
