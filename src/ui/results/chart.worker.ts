// The chart worker: Chart.js draws the dashboard's charts here, on the OffscreenCanvas each
// chart's canvas handed over (chart-host.ts), so that drawing a chart (70-130 ms on a slow
// machine) never holds up the page. The page sizes the canvases and forwards the pointer, so
// tooltips work as on the page.
import type { Chart } from 'chart.js';
import { makeChart, type ChartJob } from './charts';
import { formats } from './format';
import { resultsStrings } from './strings';
import type { Lang } from '../../i18n/strings';

export type ToChartWorker =
  | { readonly type: 'draw'; readonly id: number; readonly canvas?: OffscreenCanvas; readonly job: ChartJob; readonly lang: Lang; readonly fontPx: number; readonly highContrast: boolean; readonly dpr: number; readonly width: number; readonly height: number }
  | { readonly type: 'resize'; readonly id: number; readonly width: number; readonly height: number }
  | { readonly type: 'pointer'; readonly id: number; readonly event: 'mousemove' | 'mouseout'; readonly x: number; readonly y: number }
  | { readonly type: 'destroy'; readonly id: number };

export type FromChartWorker = { readonly type: 'drawn'; readonly id: number } | { readonly type: 'failed'; readonly id: number; readonly error: string };

interface PointerHandler {
  _eventHandler(e: { type: string; chart: Chart; native: { type: string }; x: number; y: number }): void;
}

const canvases = new Map<number, OffscreenCanvas>();
const charts = new Map<number, Chart>();
const post = (m: FromChartWorker) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<ToChartWorker>) => {
  const m = e.data;
  try {
    switch (m.type) {
      case 'draw': {
        if (m.canvas) canvases.set(m.id, m.canvas);
        const canvas = canvases.get(m.id);
        if (!canvas) throw new Error(`no canvas ${m.id}`);
        charts.get(m.id)?.destroy();
        canvas.width = Math.max(1, Math.round(m.width));
        canvas.height = Math.max(1, Math.round(m.height));
        const env = { s: resultsStrings(m.lang), f: formats(m.lang), fontPx: m.fontPx, highContrast: m.highContrast, offscreen: { dpr: m.dpr } };
        charts.set(m.id, makeChart(canvas, m.job, env));
        post({ type: 'drawn', id: m.id });
        break;
      }
      case 'resize':
        if (m.width > 0 && m.height > 0) charts.get(m.id)?.resize(m.width, m.height);
        break;
      case 'pointer': {
        const chart = charts.get(m.id);
        if (chart) (chart as unknown as PointerHandler)._eventHandler({ type: m.event, chart, native: { type: m.event }, x: m.x, y: m.y });
        break;
      }
      case 'destroy':
        charts.get(m.id)?.destroy();
        charts.delete(m.id);
        canvases.delete(m.id);
        break;
    }
  } catch (err) {
    if (m.type === 'draw') {
      charts.delete(m.id);
      post({ type: 'failed', id: m.id, error: String(err) });
    }
  }
};
