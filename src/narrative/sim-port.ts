// The simulation behind the session's SimPort: in a Web Worker in the browser (no long task on
// the main thread), or in-process where workers do not exist (tests, Node scripts).
import type { SimPort, SimReport, SimRequest } from './session';
import type { SimDetail } from './sim-request';

export function createWorkerSimPort(): SimPort<SimDetail> {
  if (typeof Worker === 'undefined') return createLocalSimPort();
  let worker: Worker | null = null;
  let seq = 0;
  const waiting = new Map<number, { resolve: (r: SimReport<SimDetail>) => void; reject: (e: Error) => void }>();
  const fail = (message: string) => {
    for (const w of waiting.values()) w.reject(new Error(message));
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; report?: SimReport<SimDetail>; error?: string }>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if (e.data.report) w.resolve(e.data.report);
      else w.reject(new Error(e.data.error ?? 'the simulation failed'));
    };
    worker.onerror = (e) => fail(`the simulation worker failed: ${e.message}`);
    return worker;
  };
  return {
    run(request: SimRequest) {
      return new Promise((resolve, reject) => {
        const id = ++seq;
        waiting.set(id, { resolve, reject });
        ensure().postMessage({ id, request });
      });
    },
  };
}

/** Runs the model in this thread; loaded on first use so the model stays out of the start-up bundle. */
export function createLocalSimPort(): SimPort<SimDetail> {
  return { run: async (request) => (await import('./sim-request')).runSimRequest(request) };
}
