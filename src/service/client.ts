// The simulation service's client: the one door through which the session, the results and the
// workshop reach the model. In the browser the model runs in a Web Worker (no long task on the
// main thread), reached over comlink; where workers do not exist (tests, Node scripts) the same
// handlers run in this thread, loaded on first use so the model stays out of the start-up bundle.
// The worker is started on the first question; if it dies, every question waiting on it fails
// with a message and the next question starts a new worker.
import { wrap } from 'comlink';
import type { SimService } from './protocol';

/** Each kind of the protocol, answered by whatever `answer` hands the question to. */
function forward(answer: <T>(ask: (s: SimService) => Promise<T>) => Promise<T>): SimService {
  return {
    run: (request) => answer((s) => s.run(request)),
    debrief: (request) => answer((s) => s.debrief(request)),
    spread: (request) => answer((s) => s.spread(request)),
    warm: (seed) => answer((s) => s.warm(seed)),
    compare: (request) => answer((s) => s.compare(request)),
    cohort: (request) => answer((s) => s.cohort(request)),
  };
}

export function createSimClient(): SimService {
  if (typeof Worker === 'undefined') return createLocalSimClient();
  let worker: { readonly w: Worker; readonly remote: SimService } | null = null;
  const waiting = new Set<(e: Error) => void>();
  const fail = (message: string) => {
    for (const reject of waiting) reject(new Error(message));
    waiting.clear();
    worker?.w.terminate();
    worker = null;
  };
  const ensure = (): SimService => {
    if (worker) return worker.remote;
    const w = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('error', (e) => fail(`the simulation worker failed: ${e.message}`));
    worker = { w, remote: wrap<SimService>(w) };
    return worker.remote;
  };
  return forward(
    <T>(ask: (s: SimService) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        waiting.add(reject);
        ask(ensure())
          .then(resolve, reject)
          .finally(() => waiting.delete(reject));
      }),
  );
}

/** The handlers in this thread (no worker). */
export function createLocalSimClient(): SimService {
  let handlers: Promise<SimService> | null = null;
  return forward((ask) => (handlers ??= import('./handlers').then((m) => m.createHandlers())).then(ask));
}
