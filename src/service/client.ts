// The simulation service's client: the one door through which the session, the results and the
// workshop reach the model. In the browser the model runs in a Web Worker (no long task on the
// main thread), reached over comlink; where workers do not exist (tests, Node scripts) the same
// handlers run in this thread, loaded on first use so the model stays out of the start-up bundle.
// If the worker cannot start or dies (issue 13), the questions waiting on it are asked again of
// the same handlers on this thread, in slices (the page stays responsive), and so is every later
// question: the player sees at most the story's "computing" notice.
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

export interface SimClientOptions {
  /** Told once when the model moves to this thread, with why. */
  onFallback?(reason: string): void;
  /** Makes the worker (tests); default: the module worker of sim.worker.ts. */
  makeWorker?(): Worker;
}

export function createSimClient(opts: SimClientOptions = {}): SimService {
  if (typeof Worker === 'undefined') return createLocalSimClient();
  let local: SimService | null = null;
  let fellBack = false;
  const onThread = (reason: string): SimService => {
    if (!fellBack) {
      fellBack = true;
      opts.onFallback?.(reason);
    }
    return (local ??= createLocalSimClient({ sliced: true }));
  };
  let worker: { readonly w: Worker; readonly remote: SimService } | null = null;
  type Pending = { readonly ask: (s: SimService) => Promise<unknown>; resolve(v: unknown): void; reject(e: unknown): void };
  const waiting = new Set<Pending>();
  const fail = (reason: string) => {
    worker?.w.terminate();
    worker = null;
    const pending = [...waiting];
    waiting.clear();
    const s = onThread(reason);
    for (const p of pending) p.ask(s).then(p.resolve, p.reject);
  };
  const ensure = (): SimService => {
    if (fellBack) return onThread('');
    if (worker) return worker.remote;
    let w: Worker;
    try {
      w = opts.makeWorker ? opts.makeWorker() : new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      return onThread(`the simulation worker cannot start: ${(e as Error).message || String(e)}`);
    }
    w.addEventListener('error', (e) => fail(`the simulation worker failed${e.message ? `: ${e.message}` : ''}`));
    w.addEventListener('messageerror', () => fail('the simulation worker sent an unreadable answer'));
    worker = { w, remote: wrap<SimService>(w) };
    return worker.remote;
  };
  return forward(
    <T>(ask: (s: SimService) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        const s = ensure();
        if (s === local) return void ask(s).then(resolve, reject);
        const p: Pending = { ask, resolve: resolve as (v: unknown) => void, reject };
        waiting.add(p);
        ask(s).then(
          (v) => {
            if (waiting.delete(p)) resolve(v);
          },
          (e: unknown) => {
            if (waiting.delete(p)) reject(e);
          },
        );
      }),
  );
}

/** A pause of the page's thread: scheduler.yield where it exists, else a message-channel task (no 4 ms clamp). */
function yieldToPage(): Promise<void> {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched?.yield) return sched.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/** Slices of about `ms` of work between pauses. */
export function sliceEvery(ms: number, now: () => number = () => performance.now()): () => Promise<void> | undefined {
  let start = now();
  return () => {
    if (now() - start < ms) return undefined;
    return yieldToPage().then(() => void (start = now()));
  };
}

/** The handlers in this thread (no worker); `sliced`: the story's runs pause every few ms (the page's own thread). */
export function createLocalSimClient(o: { sliced?: boolean } = {}): SimService {
  let handlers: Promise<SimService> | null = null;
  return forward((ask) => (handlers ??= import('./handlers').then((m) => m.createHandlers(undefined, o.sliced ? sliceEvery(8) : undefined))).then(ask));
}
