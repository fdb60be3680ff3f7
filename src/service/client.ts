// The simulation behind the session's SimPort: in a Web Worker in the browser (no long task on
// the main thread), or in-process where workers do not exist (tests, Node scripts). The same port
// answers the dashboard and the debrief (ResultsPort): the spread of weeks 1-8, the best-path
// search (started early: `warm`) and the decision ledger.
import type { SimPort, SimReport, SimRequest } from '../narrative/session';
import type { SimDetail } from './sim-request';
import type { BestPath, DebriefRequest, DebriefResult, Phase1Spread, Phase1SpreadRequest } from './debrief-request';
import type { CompareRequest, CompareResult } from './workshop-request';

export interface ResultsPort {
  debrief(request: DebriefRequest): Promise<DebriefResult>;
  spread(request: Phase1SpreadRequest): Promise<Phase1Spread>;
  /** Starts the best-path search for a seed ahead of the debrief (resolves when it is done). */
  warm(seed: number): Promise<void>;
  /** The workshop panel: paths side by side under the facilitator's assumptions (validated in the worker). */
  compare(request: CompareRequest): Promise<CompareResult>;
}

export type FullSimPort = SimPort<SimDetail> & ResultsPort;

type Kind = 'run' | 'debrief' | 'spread' | 'warm' | 'compare';

export function createWorkerSimPort(): FullSimPort {
  if (typeof Worker === 'undefined') return createLocalSimPort();
  let worker: Worker | null = null;
  let seq = 0;
  const waiting = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  const fail = (message: string) => {
    for (const w of waiting.values()) w.reject(new Error(message));
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; report?: unknown; error?: string }>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if (e.data.report !== undefined) w.resolve(e.data.report);
      else w.reject(new Error(e.data.error ?? 'the simulation failed'));
    };
    worker.onerror = (e) => fail(`the simulation worker failed: ${e.message}`);
    return worker;
  };
  const call = <T>(kind: Kind, request: unknown): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++seq;
      waiting.set(id, { resolve: resolve as (r: unknown) => void, reject });
      ensure().postMessage(kind === 'run' ? { id, request } : { id, kind, request });
    });
  return {
    run: (request: SimRequest) => call<SimReport<SimDetail>>('run', request),
    debrief: (request) => call<DebriefResult>('debrief', request),
    spread: (request) => call<Phase1Spread>('spread', request),
    warm: (seed) => call<true>('warm', { seed }).then(() => undefined),
    compare: (request) => call<CompareResult>('compare', request),
  };
}

/** Runs the model in this thread; loaded on first use so the model stays out of the start-up bundle. */
export function createLocalSimPort(): FullSimPort {
  const best = new Map<number, Promise<BestPath>>();
  const search = async (seed: number) => {
    let p = best.get(seed);
    if (!p) best.set(seed, (p = import('./debrief-request').then((m) => m.findBestPath(seed))));
    return p;
  };
  return {
    run: async (request) => (await import('./sim-request')).runSimRequest(request),
    debrief: async (request) => (await import('./debrief-request')).computeDebrief(request, undefined, undefined, undefined, search(request.seed)),
    spread: async (request) => (await import('./debrief-request')).phase1Spread(request),
    warm: async (seed) => {
      await search(seed);
    },
    compare: async (request) => (await import('./workshop-request')).comparePaths(request),
  };
}
