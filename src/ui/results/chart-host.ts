// The page's side of the chart worker (chart.worker.ts): each chart's canvas hands its drawing
// over (transferControlToOffscreen) and Chart.js draws it in the worker, so the page's thread
// only sizes the canvas and forwards the pointer. Where OffscreenCanvas or the worker is missing,
// `available()` is false and the dashboard draws on the page, one chart per task (panel.ts).
import type { ChartJob } from './charts';
import type { FromChartWorker, ToChartWorker } from './chart.worker';
import type { Lang } from '../../i18n/strings';

export interface ChartLook {
  readonly lang: Lang;
  readonly fontPx: number;
  readonly highContrast: boolean;
}

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(): void; reject(e: Error): void }>();

function failAll(why: string): void {
  for (const p of pending.values()) p.reject(new Error(why));
  pending.clear();
}

function chartWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  try {
    if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined' || !('transferControlToOffscreen' in HTMLCanvasElement.prototype)) return null;
    const w = new Worker(new URL('./chart.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<FromChartWorker>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      if (e.data.type === 'drawn') p.resolve();
      else p.reject(new Error(e.data.error));
    };
    // A worker that cannot start or dies: charts already handed over are lost (the panel redraws them on the page).
    w.onerror = (e) => {
      e.preventDefault();
      worker = null;
      w.terminate();
      failAll('chart worker failed');
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

const send = (m: ToChartWorker, transfer: Transferable[] = []) => worker?.postMessage(m, transfer);

/** One chart drawn in the worker on its canvas's OffscreenCanvas. */
export class OffscreenChart {
  static available(): boolean {
    return chartWorker() !== null;
  }

  private readonly id = nextId++;
  private transferred = false;
  private dead = false;
  private size: { width: number; height: number } | null = null;
  private waiting: (() => void) | null = null;
  private readonly ro: ResizeObserver;
  private readonly move = (e: MouseEvent) => send({ type: 'pointer', id: this.id, event: 'mousemove', x: e.offsetX, y: e.offsetY });
  private readonly out = () => send({ type: 'pointer', id: this.id, event: 'mouseout', x: -1, y: -1 });

  constructor(private readonly canvas: HTMLCanvasElement) {
    canvas.style.display = 'block';
    canvas.style.width = '100%';
    canvas.style.height = '100%';
    // The box's size arrives after the page's own layout: reading it never forces one.
    this.ro = new ResizeObserver((entries) => {
      const r = entries[entries.length - 1]!.contentRect;
      if (r.width <= 0 || r.height <= 0) return;
      const first = !this.size;
      this.size = { width: r.width, height: r.height };
      if (first) this.waiting?.();
      else if (this.transferred) send({ type: 'resize', id: this.id, width: r.width, height: r.height });
    });
    this.ro.observe(canvas.parentElement ?? canvas);
    canvas.addEventListener('mousemove', this.move);
    canvas.addEventListener('mouseleave', this.out);
  }

  /** Draws (or redraws) the chart once its box has a size (`look` is read then: style is clean); resolves once it is on the canvas. */
  async draw(job: ChartJob, look: () => ChartLook): Promise<void> {
    if (!this.size) await new Promise<void>((r) => (this.waiting = r));
    if (this.dead) return;
    const w = chartWorker();
    if (!w) throw new Error('no chart worker');
    const { width, height } = this.size!;
    const offscreen = this.transferred ? undefined : this.canvas.transferControlToOffscreen();
    this.transferred = true;
    const done = new Promise<void>((resolve, reject) => pending.set(this.id, { resolve, reject }));
    send({ type: 'draw', id: this.id, canvas: offscreen, job, ...look(), dpr: window.devicePixelRatio || 1, width, height }, offscreen ? [offscreen] : []);
    return done;
  }

  destroy(): void {
    this.dead = true;
    this.ro.disconnect();
    this.waiting?.();
    this.waiting = null;
    this.canvas.removeEventListener('mousemove', this.move);
    this.canvas.removeEventListener('mouseleave', this.out);
    pending.delete(this.id);
    send({ type: 'destroy', id: this.id });
  }
}
