// The answer to each kind of the protocol, wherever the model runs (the worker, or this thread).
// One seed is live at a time (the session's): a search for another seed is dropped at its next
// pause. The debrief's long computations pause between chunks, so a story request that arrives
// meanwhile is answered within a chunk (tens of ms), not after the whole search. One best-path
// search per seed, shared by `warm` and `debrief`.
import { runSimRequest, runSimRequestSliced } from './sim-request';
import { computeDebrief, DEBRIEF_OPTIONS, findBestPath, pathKey, phase1Spread, phase1SpreadSliced, type DebriefOptions } from './debrief-request';
import { comparePaths, comparePathsSliced } from './workshop-request';
import { cohortBestCache, cohortNumbers, PathMemo } from './class-request';
import type { BestPath, DebriefResult, SimService } from './protocol';

/** Raised by work whose seed is no longer the live one. */
export class Stale extends Error {}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `slice`: on the page's own thread, the story's runs pause when it returns a promise (client.ts). */
export function createHandlers(opts: DebriefOptions = DEBRIEF_OPTIONS, slice?: () => Promise<void> | undefined): SimService {
  let liveSeed = -1;
  const bestBySeed = new Map<number, Promise<BestPath>>();
  const debriefs = new Map<string, Promise<DebriefResult>>();

  const setLiveSeed = (seed: number): void => {
    if (seed === liveSeed) return;
    liveSeed = seed;
    for (const k of bestBySeed.keys()) if (k !== seed) bestBySeed.delete(k);
    for (const k of debriefs.keys()) if (!k.startsWith(`${seed}|`)) debriefs.delete(k);
  };

  /** A pause that abandons the work once its seed is no longer the live one. */
  const pauseFor = (seed: number) => async () => {
    await pause();
    if (seed !== liveSeed) throw new Stale('superseded by a newer game');
  };

  /** The cache's entry is dropped when the work fails (a stale search is started again if asked). */
  const remember = <K, T>(cache: Map<K, Promise<T>>, key: K, start: () => Promise<T>): Promise<T> => {
    let p = cache.get(key);
    if (!p) {
      p = start();
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  };

  const cohortBest = cohortBestCache();
  const cohortMemo = new PathMemo();

  const bestPath = (seed: number): Promise<BestPath> => {
    setLiveSeed(seed);
    return remember(bestBySeed, seed, () => findBestPath(seed, opts, undefined, pauseFor(seed)));
  };

  return {
    run: async (request) => (slice ? runSimRequestSliced(request, slice) : runSimRequest(request)),
    debrief: (request) =>
      remember(debriefs, `${request.seed}|${pathKey(request.decisions)}`, () => {
        const search = bestPath(request.seed);
        return computeDebrief(request, opts, undefined, pauseFor(request.seed), search);
      }),
    // On the page's own thread (slice given) every long question runs in slices, not only the story's runs.
    spread: async (request) => (slice ? phase1SpreadSliced(request, slice) : phase1Spread(request)),
    warm: async (seed) => {
      await bestPath(seed);
    },
    compare: async (request) => (slice ? comparePathsSliced(request, slice) : comparePaths(request)),
    cohort: (request) => cohortNumbers(request, cohortBest, pause, undefined, cohortMemo),
  };
}
