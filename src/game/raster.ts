// Turns SVG art into bitmaps once, off the frame path. Phaser's own SVG loader keeps the SVG
// <img> as the texture source, so the Canvas renderer re-rasterises every vector path of every
// visible image on every frame (15-30 ms a frame in software). Here each SVG is decoded by the
// browser, drawn once into a canvas at the size it is shown, trimmed to its visible pixels
// (a character's eyes are a few hundred pixels of a 600x900 layer), and the canvas becomes the
// texture. The drawing is the only long synchronous step: the scheduler runs one or a few of
// them per task, after a frame, so no task holds the main thread for long.

export interface Bitmap {
  readonly canvas: HTMLCanvasElement;
  /** The full (untrimmed) size the art was drawn at. */
  readonly width: number;
  readonly height: number;
  /** Where the canvas sits inside the full size; null when it is the full size. */
  readonly trim: { readonly x: number; readonly y: number } | null;
}

export type Priority = 'now' | 'idle';

interface Job {
  priority: Priority;
  readonly run: () => void;
}

export interface Scheduled<T> {
  readonly done: Promise<T>;
  /** Someone needs it now: move an idle job up. */
  urgent(): void;
}

/** A slice of main-thread work per task; one job may overrun it (an SVG draws in one call). */
const SLICE_MS = 8;
const queue: Job[] = [];
let pumping = false;

let channel: MessageChannel | null = null;
const waiters: (() => void)[] = [];

/** A new task, as soon as possible (no 4 ms timer clamping). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0);
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiters.shift()?.();
    }
    waiters.push(resolve);
    channel.port2.postMessage(0);
  });
}

/** Right after the next frame is produced: the longest stretch before the one after it. */
function afterFrame(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined' || document.hidden) return nextTask();
  return new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));
}

/** Idle time, but never later than `timeout` ms (prefetching must still happen in a busy scene). */
function idle(timeout: number): Promise<void> {
  if (typeof requestIdleCallback === 'undefined') return afterFrame();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout }));
}

function take(): Job | undefined {
  const i = queue.findIndex((j) => j.priority === 'now');
  return queue.splice(i >= 0 ? i : 0, 1)[0];
}

let wake: (() => void) | null = null;
const urgentWork = () => queue.some((j) => j.priority === 'now');

async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    while (queue.length) {
      if (!urgentWork()) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          void idle(400).then(resolve);
        });
        wake = null;
      }
      if (urgentWork()) await afterFrame();
      const start = performance.now();
      do {
        const job = take();
        if (!job) break;
        try {
          job.run();
        } catch (e) {
          console.warn('raster job failed', e);
        }
      } while (queue.length && performance.now() - start < SLICE_MS);
    }
  } finally {
    pumping = false;
  }
}

/** Runs `work` in a task of its own (or shared with other small jobs), soon or when idle. */
export function schedule<T>(priority: Priority, work: () => T): Scheduled<T> {
  let job!: Job;
  const done = new Promise<T>((resolve, reject) => {
    job = {
      priority,
      run: () => {
        try {
          resolve(work());
        } catch (e) {
          reject(e as Error);
        }
      },
    };
  });
  queue.push(job);
  if (priority === 'now') wake?.();
  void pump();
  return {
    done,
    urgent: () => {
      job.priority = 'now';
      wake?.(); // stop waiting for idle time
    },
  };
}

/** Work is queued or running (tests and benchmarks wait for a settled stage). */
export function rasterBusy(): boolean {
  return queue.length > 0 || pumping;
}

/** Loads and decodes the SVG (network and parsing happen off this task); rejects if it cannot. */
export async function decodeSvg(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  await img.decode();
  if (!img.naturalWidth && !img.naturalHeight) throw new Error('empty image');
  return img;
}

/** Pixels drawn per job: a 1920x1080 place is drawn in bands, each in a task of its own. */
export const BAND_PX = 300_000;

export function bandsFor(width: number, height: number): number {
  return Math.max(1, Math.ceil((width * height) / BAND_PX));
}

/** Draws band `i` of `n` (horizontal stripes) of a decoded image over the whole canvas, and rasterises it now. */
export function drawBand(canvas: HTMLCanvasElement, img: HTMLImageElement, i: number, n: number, readBack: boolean): void {
  const { width: w, height: h } = canvas;
  const ctx = canvas.getContext('2d', { willReadFrequently: readBack })!;
  const y0 = Math.floor((h * i) / n);
  const y1 = Math.floor((h * (i + 1)) / n);
  const nw = img.naturalWidth || w;
  const nh = img.naturalHeight || h;
  if (n === 1) ctx.drawImage(img, 0, 0, w, h);
  else ctx.drawImage(img, 0, (y0 * nh) / h, nw, ((y1 - y0) * nh) / h, 0, y0, w, y1 - y0);
  // Rasterise now, in this task, not in the first frame that shows it.
  ctx.getImageData(0, 0, 1, 1);
}

export function newCanvas(width: number, height: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = Math.max(1, Math.round(width));
  c.height = Math.max(1, Math.round(height));
  return c;
}

/** Cuts the transparent margins of a drawn canvas (a character's eyes are a few hundred pixels of a 600x900 layer). */
export function trimmed(canvas: HTMLCanvasElement): Bitmap {
  const { width: w, height: h } = canvas;
  const box = opaqueBox(canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, w, h).data, w, h);
  if (!box) {
    // Nothing visible: a 1x1 transparent pixel standing for the full size.
    canvas.width = 1;
    canvas.height = 1;
    return { canvas, width: w, height: h, trim: { x: 0, y: 0 } };
  }
  if (box.w * box.h > w * h * 0.8) return { canvas, width: w, height: h, trim: null };
  const out = newCanvas(box.w, box.h);
  out.getContext('2d')!.drawImage(canvas, box.x, box.y, box.w, box.h, 0, 0, box.w, box.h);
  canvas.width = 0; // let the big one go at once
  canvas.height = 0;
  return { canvas: out, width: w, height: h, trim: { x: box.x, y: box.y } };
}

/** The smallest rectangle holding every non-transparent pixel (RGBA bytes), or null. */
export function opaqueBox(data: Uint8ClampedArray, w: number, h: number): { x: number; y: number; w: number; h: number } | null {
  let top = -1;
  for (let y = 0; y < h && top < 0; y++) for (let i = y * w * 4 + 3, end = i + w * 4; i < end; i += 4) if (data[i]) { top = y; break; }
  if (top < 0) return null;
  let bottom = top;
  for (let y = h - 1; y > top; y--) {
    let hit = false;
    for (let i = y * w * 4 + 3, end = i + w * 4; i < end; i += 4) if (data[i]) { hit = true; break; }
    if (hit) { bottom = y; break; }
  }
  let left = w;
  let right = -1;
  for (let y = top; y <= bottom; y++) {
    const row = y * w * 4 + 3;
    for (let x = 0; x < left; x++) if (data[row + x * 4]) { left = x; break; }
    for (let x = w - 1; x > right; x--) if (data[row + x * 4]) { right = x; break; }
  }
  return { x: left, y: top, w: right - left + 1, h: bottom - top + 1 };
}
