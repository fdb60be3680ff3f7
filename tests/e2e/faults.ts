// Fault injection for the browser tests (issue 13): storage that throws, is full or is absent;
// files whose fetch fails; a worker that cannot start, dies mid-run or is slow. Each fault is an
// init script (it runs before the game's own scripts) or a route of the context.
import type { BrowserContext, Page } from 'playwright-core';

export interface Faults {
  /** Stored before the faults take effect (what the player had before). */
  readonly seed?: Readonly<Record<string, string>>;
  /** 'throws': reading localStorage raises SecurityError (site data blocked); 'full': every write raises QuotaExceededError; 'absent': no localStorage. */
  readonly storage?: 'throws' | 'full' | 'absent';
  /** Requests whose URL matches fail (aborted), `times` times each (default: always). */
  readonly failFiles?: { readonly match: RegExp; readonly times?: number };
  /** 'fail-start': `new Worker` throws; 'die': the worker dies after `afterMessages` messages to it (default 1: during its first run); 'slow': answers are delayed by `delayMs`. */
  readonly worker?: { readonly kind: 'fail-start' | 'die' | 'slow'; readonly afterMessages?: number; readonly delayMs?: number };
}

export async function injectFaults(context: BrowserContext, f: Faults): Promise<{ failed: string[] }> {
  const failed: string[] = [];
  await context.addInitScript(
    ({ seed, storage, worker }) => {
      const w = window as unknown as Record<string, unknown>;
      const firstOpen = !sessionStorage.getItem('__faults_seeded');
      if (seed && firstOpen) {
        for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
      }
      sessionStorage.setItem('__faults_seeded', '1');
      // The real storage, for the tests to read what is kept (storedNow).
      const real = localStorage;
      w['__realStorage'] = real;
      if (storage === 'throws') {
        Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
      } else if (storage === 'absent') {
        Object.defineProperty(window, 'localStorage', { configurable: true, get: () => undefined });
      } else if (storage === 'full') {
        Storage.prototype.setItem = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      }
      if (worker) {
        const Real = window.Worker;
        w['__workerStarts'] = 0;
        if (worker.kind === 'fail-start') {
          w['Worker'] = class {
            constructor() {
              w['__workerStarts'] = (w['__workerStarts'] as number) + 1;
              throw new DOMException('Workers are disabled', 'SecurityError');
            }
          };
        } else {
          w['Worker'] = class extends Real {
            private sent = 0;
            constructor(url: string | URL, opts?: WorkerOptions) {
              super(url, opts);
              w['__workerStarts'] = (w['__workerStarts'] as number) + 1;
            }
            override postMessage(message: unknown, opt?: StructuredSerializeOptions | Transferable[]): void {
              const args = [message, opt as StructuredSerializeOptions] as const;
              this.sent++;
              if (worker.kind === 'die' && this.sent > (worker.afterMessages ?? 0) && (w['__workerStarts'] as number) === 1) {
                super.postMessage(...args);
                // The worker crashes before it answers: its error event, then nothing more.
                setTimeout(() => {
                  this.terminate();
                  this.dispatchEvent(new ErrorEvent('error', { message: 'worker crashed (injected)' }));
                }, 5);
                return;
              }
              if (worker.kind === 'slow') setTimeout(() => super.postMessage(...args), worker.delayMs ?? 2000);
              else super.postMessage(...args);
            }
          };
        }
      }
    },
    { seed: f.seed ?? null, storage: f.storage ?? null, worker: f.worker ?? null },
  );
  if (f.failFiles) {
    const left = new Map<string, number>();
    const { match, times } = f.failFiles;
    await context.route(match, (route) => {
      const url = route.request().url();
      const file = url.split('?')[0]!; // a file fails `times` times, whatever query asks for it again
      const n = left.get(file) ?? times ?? Infinity;
      if (n <= 0) return route.fallback();
      left.set(file, n - 1);
      failed.push(url);
      return route.abort('failed');
    });
  }
  return { failed };
}

/** What the page's real localStorage holds now (read past the injected faults). */
export async function storedNow(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const ls = (window as unknown as { __realStorage?: Storage }).__realStorage ?? localStorage;
    for (let i = 0; i < ls.length; i++) {
      const k = ls.key(i)!;
      out[k] = Storage.prototype.getItem.call(ls, k)!;
    }
    return out;
  });
}
