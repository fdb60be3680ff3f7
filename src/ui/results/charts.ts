// The dashboard's four charts (Chart.js, tree-shaken, loaded with the dashboard only).
// Every chart has its numbers in a table next to it (panel.ts): the canvas is decoration for
// sighted readers, labelled as an image with the chart's one-sentence summary.
import {
  BarController, BarElement, CategoryScale, Chart, Filler, Legend, LineController, LineElement, LinearScale,
  LogarithmicScale, PointElement, Tooltip, type ChartConfiguration, type Plugin,
} from 'chart.js';
import { histogram, type DashboardModel, type Spread } from './data';
import type { Formats } from './format';
import type { ResultsStrings } from '../../i18n/results-strings';
import type { ChannelId } from '../../sim/types';
import { fill } from '../dom';

Chart.register(BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, LogarithmicScale, Legend, Tooltip, Filler);

/** Okabe–Ito: distinguishable with every common colour-vision deficiency, and on a projector. */
export const CHANNEL_COLOURS: Readonly<Record<ChannelId, string>> = {
  email: '#0072B2', landing: '#009E73', linkedin: '#56B4E9', twitter: '#CC79A7', facebook: '#E69F00', display: '#D55E00', shows: '#000000',
};
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded'] as const;

export interface ChartEnv {
  readonly s: ResultsStrings;
  readonly f: Formats;
  /** Base font size in px (the panel's, so charts follow the text-size setting). */
  readonly fontPx: number;
  readonly highContrast: boolean;
  /** Drawn in the chart worker on an OffscreenCanvas (chart-worker.ts): its pixel ratio; sized by the page. */
  readonly offscreen?: { readonly dpr: number };
}

/** Where a chart draws: the page's canvas, or its OffscreenCanvas in the chart worker. */
export type ChartCanvas = HTMLCanvasElement | OffscreenCanvas;

interface Palette {
  ink: string; grid: string; accepted: string; acceptedFill: string; target: string; baseline: string;
  bounce: string; inbox: string; review: string; suspend: string; band: string; outside: string; run: string;
}

function palette(hc: boolean): Palette {
  return hc
    ? { ink: '#000', grid: 'rgba(0,0,0,0.35)', accepted: '#003a8c', acceptedFill: 'rgba(0,58,140,0.3)', target: '#b34700', baseline: '#000', bounce: '#a00000', inbox: '#005a50', review: '#b34700', suspend: '#a00000', band: '#003a8c', outside: '#8aa6cc', run: '#000' }
    : { ink: '#1d2433', grid: 'rgba(29,36,51,0.14)', accepted: '#1f4e8c', acceptedFill: 'rgba(45,108,192,0.22)', target: '#c2410c', baseline: '#5b6472', bounce: '#b91c1c', inbox: '#0f766e', review: '#d97706', suspend: '#b91c1c', band: '#2d6cc0', outside: '#b9cce6', run: '#111827' };
}

interface Marker {
  readonly value: number;
  readonly label: string;
  readonly colour: string;
  readonly dash?: readonly number[];
  readonly width?: number;
}

/** Vertical markers with labels that step down when they would overlap. */
function markers(list: readonly Marker[], toPixel: (chart: Chart, v: number) => number, fontPx: number, ink: string): Plugin {
  return {
    id: 'rsMarkers',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const rows: number[] = [];
      const sorted = [...list].map((m) => ({ m, x: toPixel(chart, m.value) })).sort((a, b) => a.x - b.x);
      ctx.save();
      ctx.font = `600 ${Math.round(fontPx * 0.85)}px system-ui, sans-serif`;
      for (const { m, x } of sorted) {
        if (!Number.isFinite(x) || x < chartArea.left - 1 || x > chartArea.right + 1) continue;
        ctx.strokeStyle = m.colour;
        ctx.lineWidth = m.width ?? 2;
        ctx.setLineDash([...(m.dash ?? [])]);
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        const w = ctx.measureText(m.label).width + 8;
        const lx = x + 3 + w > chartArea.right ? x - 3 - w : x + 3;
        let row = 0;
        while ((rows[row] ?? -Infinity) > lx - 2) row++;
        rows[row] = Math.max(lx + w, x + 2);
        const ly = chartArea.top + 2 + row * (fontPx * 1.05);
        ctx.setLineDash([]);
        ctx.fillStyle = 'rgba(255,255,255,0.88)';
        ctx.fillRect(lx, ly, w, fontPx * 0.98);
        ctx.fillStyle = ink;
        ctx.textBaseline = 'top';
        ctx.fillText(m.label, lx + 4, ly + 1);
      }
      ctx.restore();
    },
  };
}

function common(env: ChartEnv) {
  const p = palette(env.highContrast);
  const size = Math.round(env.fontPx * 0.8);
  Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
  Chart.defaults.font.size = size;
  Chart.defaults.color = p.ink;
  Chart.defaults.borderColor = p.grid;
  const axisTitle = (text: string, colour = p.ink) => ({ display: true, text, color: colour, font: { size, weight: 600 as const } });
  return { p, size, axisTitle };
}

const onPage = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false as const,
  interaction: { mode: 'index' as const, intersect: false },
};
/** Options every chart shares; in the worker the page sizes the canvas and forwards the pointer (chart-worker.ts). */
const baseOptions = (env: ChartEnv) => (env.offscreen ? { ...onPage, responsive: false, devicePixelRatio: env.offscreen.dpr } : onPage);

/** Cumulative accepted leads against the target's pace, weekly bars, events as markers. */
export function weeklyChart(canvas: ChartCanvas, m: DashboardModel, env: ChartEnv): Chart {
  const { p, axisTitle } = common(env);
  const { s, f } = env;
  const labels = m.weekly.accepted.map((_, i) => String(i + 1));
  // One marker per week with events; an event's name only where it first happens (later weeks show their number).
  const byWeek = new Map<number, string[]>();
  const named = new Set<string>();
  for (const e of m.events) {
    const names = byWeek.get(e.week) ?? [];
    if (!named.has(e.id)) names.push(s.events[e.id].short);
    named.add(e.id);
    byWeek.set(e.week, names);
  }
  const marks: Marker[] = [...byWeek].map(([week, names]) => ({ value: week - 1, label: names.length ? `${week}${s.colon}${names.join(' · ')}` : String(week), colour: p.suspend, dash: [3, 3], width: 1.5 }));
  const config = {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { type: 'line', label: s.charts.cumulative, data: [...m.weekly.cumulative], yAxisID: 'y', borderColor: p.accepted, backgroundColor: p.accepted, borderWidth: env.highContrast ? 4 : 3, pointRadius: 2, order: 1 },
        { type: 'line', label: s.charts.targetPace, data: [...m.weekly.targetPace], yAxisID: 'y', borderColor: p.target, borderDash: [10, 6], borderWidth: 2.5, pointRadius: 0, order: 2 },
        { type: 'line', label: s.charts.baselinePace, data: [...m.weekly.baselinePace], yAxisID: 'y', borderColor: p.baseline, borderDash: [2, 5], borderWidth: 2.5, pointRadius: 0, order: 3 },
        { type: 'bar', label: s.charts.perWeek, data: [...m.weekly.accepted], yAxisID: 'y1', backgroundColor: p.acceptedFill, borderColor: p.accepted, borderWidth: 1, order: 4 },
      ],
    },
    options: {
      ...baseOptions(env),
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: env.fontPx * 1.6, usePointStyle: false } },
        tooltip: { callbacks: { title: (items: { label: string }[]) => fill(s.charts.week, { n: items[0]?.label ?? '' }), label: (c: { dataset: { label?: string }; parsed: { y: number } }) => `${c.dataset.label ?? ''}${s.colon}${f.int(c.parsed.y)}` } },
      },
      scales: {
        x: { title: axisTitle(s.charts.weekAxis), grid: { display: false } },
        y: { beginAtZero: true, position: 'left', title: axisTitle(s.charts.axisCumulative, p.accepted) },
        y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false }, title: axisTitle(s.charts.axisWeekly) },
      },
    },
    plugins: [markers(marks, (c, v) => c.scales['x']!.getPixelForValue(v), env.fontPx, p.ink)],
  };
  return new Chart(canvas as HTMLCanvasElement /* Chart.js draws on an OffscreenCanvas too; its types say only the element */, config as unknown as ChartConfiguration);
}

/** The funnel by channel on a log scale (each step is a share of the one before). */
export function funnelChart(canvas: ChartCanvas, m: DashboardModel, env: ChartEnv, stages: readonly string[]): Chart {
  const { axisTitle } = common(env);
  const { s, f } = env;
  const datasets = m.funnel.map((row, i) => ({
    label: s.channels[row.channel],
    data: Object.values(row.values).map((v) => (v > 0 ? v : null)),
    borderColor: CHANNEL_COLOURS[row.channel],
    backgroundColor: CHANNEL_COLOURS[row.channel],
    borderWidth: env.highContrast ? 3.5 : 2.5,
    pointStyle: POINT_STYLES[i % POINT_STYLES.length],
    pointRadius: env.fontPx * 0.32,
    spanGaps: false,
  }));
  const config = {
    type: 'line',
    data: { labels: [...stages], datasets },
    options: {
      ...baseOptions(env),
      interaction: { mode: 'nearest', intersect: false },
      plugins: {
        legend: { position: 'right', labels: { usePointStyle: true, boxWidth: env.fontPx, padding: env.fontPx * 0.5 } },
        tooltip: { callbacks: { label: (c: { dataset: { label?: string }; parsed: { y: number } }) => `${c.dataset.label ?? ''}${s.colon}${f.int(c.parsed.y)}` } },
      },
      scales: {
        x: { grid: { display: false }, ticks: { autoSkip: false, maxRotation: 35, minRotation: 0 } },
        y: {
          type: 'logarithmic', min: 1, title: axisTitle(s.charts.axisFunnel),
          ticks: { callback: (v: number | string) => { const l = Math.log10(Number(v)); return Math.abs(l - Math.round(l)) < 1e-9 ? f.compact(Number(v)) : ''; } },
        },
      },
    },
  };
  return new Chart(canvas as HTMLCanvasElement /* Chart.js draws on an OffscreenCanvas too; its types say only the element */, config as unknown as ChartConfiguration);
}

/** Weekly hard bounces against the platform's thresholds, and inbox placement. */
export function deliverabilityChart(canvas: ChartCanvas, m: DashboardModel, env: ChartEnv): Chart {
  const { p, axisTitle } = common(env);
  const { s, f } = env;
  const d = m.deliverability;
  const labels = d.inbox.map((_, i) => String(i + 1));
  const bounce = d.hardBounce.map((x) => (x === null ? null : x * 100));
  const peak = Math.max(0, ...bounce.map((x) => x ?? 0));
  const flat = (v: number) => labels.map(() => v);
  const config = {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: s.charts.hardBounce, data: bounce, yAxisID: 'y', borderColor: p.bounce, backgroundColor: p.bounce, borderWidth: env.highContrast ? 4 : 3, pointRadius: 3, spanGaps: false },
        { label: s.charts.reviewLine, data: flat(d.review * 100), yAxisID: 'y', borderColor: p.review, borderDash: [10, 6], borderWidth: 2, pointRadius: 0 },
        { label: s.charts.suspendLine, data: flat(d.suspension * 100), yAxisID: 'y', borderColor: p.suspend, borderDash: [3, 4], borderWidth: 2.5, pointRadius: 0 },
        { label: s.charts.inbox, data: d.inbox.map((x) => x * 100), yAxisID: 'y1', borderColor: p.inbox, backgroundColor: p.inbox, borderWidth: env.highContrast ? 4 : 3, pointRadius: 2, pointStyle: 'rect' },
      ],
    },
    options: {
      ...baseOptions(env),
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: env.fontPx * 1.6 } },
        tooltip: { callbacks: { title: (items: { label: string }[]) => fill(s.charts.week, { n: items[0]?.label ?? '' }), label: (c: { dataset: { label?: string }; parsed: { y: number | null } }) => `${c.dataset.label ?? ''}${s.colon}${c.parsed.y === null ? s.charts.notSent : f.pct(c.parsed.y / 100)}` } },
      },
      scales: {
        x: { title: axisTitle(s.charts.weekAxis), grid: { display: false } },
        // Two bands on one time axis (stacked scales): bounces below, inbox placement above.
        y: { min: 0, suggestedMax: Math.max(12, Math.ceil(peak * 1.1)), stack: 'deliverability', stackWeight: 1, offset: true, title: axisTitle(s.charts.axisBounce, p.bounce), ticks: { stepSize: 5, callback: (v: number | string) => f.pct(Number(v) / 100, 0) } },
        y1: { min: 0, max: 100, position: 'left', stack: 'deliverability', stackWeight: 1, offset: true, title: axisTitle(s.charts.axisInbox, p.inbox), ticks: { stepSize: 50, callback: (v: number | string) => f.pct(Number(v) / 100, 0) } },
      },
    },
  };
  return new Chart(canvas as HTMLCanvasElement /* Chart.js draws on an OffscreenCanvas too; its types say only the element */, config as unknown as ChartConfiguration);
}

/** Histogram of the simulated runs, the p10–p90 band darker, this run, the goal and 2015 marked. */
export function spreadChart(canvas: ChartCanvas, spread: Spread, env: ChartEnv, goalLabel: string): Chart {
  const { p, axisTitle } = common(env);
  const { s, f } = env;
  const bins = histogram(spread);
  const lo = bins[0]?.from ?? 0;
  const hi = bins[bins.length - 1]?.to ?? 1;
  const marks: Marker[] = [
    { value: spread.thisRun, label: `${s.charts.thisRun}${s.colon}${f.int(spread.thisRun)}`, colour: p.run, width: 3 },
    { value: spread.goal, label: `${goalLabel}${s.colon}${f.int(spread.goal)}`, colour: p.target, dash: [10, 6], width: 2.5 },
    { value: spread.baseline, label: `${s.kpi.baseline}${s.colon}${f.int(spread.baseline)}`, colour: p.baseline, dash: [2, 5], width: 2.5 },
  ];
  const config = {
    type: 'bar',
    data: {
      labels: bins.map((b) => `${f.int(b.from)}–${f.int(b.to)}`),
      datasets: [{
        label: s.charts.runsAxis,
        data: bins.map((b) => b.count),
        backgroundColor: bins.map((b) => (b.inBand ? p.band : p.outside)),
        borderWidth: 0,
        categoryPercentage: 1,
        barPercentage: 0.92,
      }],
    },
    options: {
      ...baseOptions(env),
      plugins: { legend: { display: false } },
      scales: {
        x: { title: axisTitle(s.charts.spreadAxis), grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 12, callback: (_: unknown, i: number) => f.int(bins[i]?.from ?? 0) } },
        y: { beginAtZero: true, title: axisTitle(s.charts.runsAxis), ticks: { precision: 0 } },
      },
    },
    plugins: [markers(marks, (c, v) => c.chartArea.left + ((v - lo) / (hi - lo)) * (c.chartArea.right - c.chartArea.left), env.fontPx, p.ink)],
  };
  return new Chart(canvas as HTMLCanvasElement /* Chart.js draws on an OffscreenCanvas too; its types say only the element */, config as unknown as ChartConfiguration);
}

/** One chart to draw, as the page hands it to the chart worker (plain data: it is posted). */
export type ChartJob =
  | { readonly kind: 'weekly'; readonly model: DashboardModel }
  | { readonly kind: 'funnel'; readonly model: DashboardModel; readonly stages: readonly string[] }
  | { readonly kind: 'deliverability'; readonly model: DashboardModel }
  | { readonly kind: 'spread'; readonly spread: Spread; readonly goalLabel: string };

export function makeChart(canvas: ChartCanvas, job: ChartJob, env: ChartEnv): Chart {
  switch (job.kind) {
    case 'weekly': return weeklyChart(canvas, job.model, env);
    case 'funnel': return funnelChart(canvas, job.model, env, job.stages);
    case 'deliverability': return deliverabilityChart(canvas, job.model, env);
    case 'spread': return spreadChart(canvas, job.spread, env, job.goalLabel);
  }
}
