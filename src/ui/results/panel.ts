// The results dashboard (loaded when it first opens): KPIs against the target, four charts
// with their tables, the events of the weeks shown, and where the figures come from.
import { h, clear, fill } from '../dom';
import type { ResultsStrings } from '../../i18n/results-strings';
import { resultsStrings } from './strings';
import { withModelMarks } from './model-marks';
import type { Lang } from '../../i18n/strings';
import type { Phase1Spread, SimDetail, SimReport } from '../../service/protocol';
import { CALIBRATION } from '../../sim/calibration';
import type { EventId } from '../../sim/types';
import { FUNNEL_STAGES, dashboardModel, histogram, silentWeeks, type DashboardModel, type ResultsPhase, type Spread } from './data';
import { formats, type Formats } from './format';
import type { ChartEnv, ChartJob } from './charts';

export interface DashboardInput {
  readonly lang: Lang;
  readonly reports: ReadonlyMap<ResultsPhase, SimReport<SimDetail>>;
  readonly phase: ResultsPhase;
  readonly seed: number;
  /** The spread of weeks 1-8 (simulated on demand); null for the semester. */
  readonly spread: Promise<Phase1Spread> | null;
  readonly canDebrief: boolean;
  readonly highContrast: boolean;
  onPhase(phase: ResultsPhase): void;
  onClose(): void;
  onDebrief(): void;
}

export interface Rendered {
  destroy(): void;
}

type ChartsModule = typeof import('./charts');

let chartsModule: Promise<ChartsModule> | null = null;
const loadCharts = () => (chartsModule ??= import('./charts'));
type ChartHost = typeof import('./chart-host');
let hostModule: Promise<ChartHost> | null = null;
const loadHost = () => (hostModule ??= import('./chart-host'));

/** After the next frame is painted (a task of its own), or soon if the page shows no frames. */
const afterFrame = () =>
  new Promise<void>((r) => {
    const t = setTimeout(r, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(t), r()), 0));
  });

/** A chart on one canvas: drawn in the chart worker where it can be (chart-host.ts), else on the page. */
class ChartSlot {
  private off: import('./chart-host').OffscreenChart | null = null;
  private local: { destroy(): void } | null = null;
  private dead = false;
  constructor(private canvas: HTMLCanvasElement) {}

  async draw(job: ChartJob, env: () => ChartEnv, lang: Lang): Promise<void> {
    const host = await loadHost();
    if (this.dead) return;
    if (!this.local && host.OffscreenChart.available()) {
      this.off ??= new host.OffscreenChart(this.canvas);
      try {
        await this.off.draw(job, () => {
          const e = env();
          return { lang, fontPx: e.fontPx, highContrast: e.highContrast };
        });
        this.drawnBy('worker');
        return;
      } catch (e) {
        // The worker failed: a fresh canvas (the old one is handed over for good), drawn on the page.
        console.warn('chart worker failed; drawing on the page', e);
        this.off.destroy();
        this.off = null;
        const fresh = this.canvas.cloneNode(false) as HTMLCanvasElement;
        fresh.removeAttribute('style');
        this.canvas.replaceWith(fresh);
        this.canvas = fresh;
      }
    }
    const c = await loadCharts();
    if (this.dead) return;
    // One chart per task on the page, so opening the dashboard never blocks it for long.
    await new Promise((r) => setTimeout(r, 0));
    if (this.dead) return;
    this.local?.destroy();
    this.local = c.makeChart(this.canvas, job, env());
    this.drawnBy('page');
  }

  /** Where the chart was drawn, on its figure (the browser tests check both ways). */
  private drawnBy(where: 'worker' | 'page'): void {
    this.canvas.closest('figure')?.setAttribute('data-drawn', where);
  }

  destroy(): void {
    this.dead = true;
    this.off?.destroy();
    this.local?.destroy();
  }
}

/** A table only screen readers see (the chart's text equivalent). */
function srTable(caption: string, head: readonly string[], rows: readonly (readonly (string | number)[])[]): HTMLElement {
  // The wrapper hides it: a table cannot be made smaller than its rows, and would stretch the panel's scroll area.
  return h('div', { class: 'sr-only rs-table' }, h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, String(c)) : h('td', {}, String(c))))))),
  ));
}

function figure(id: string, title: string, summary: string, table: HTMLElement, note?: string): { fig: HTMLElement; canvas: HTMLCanvasElement } {
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title}. ${summary}` });
  const fig = h(
    'figure',
    { class: 'rs-fig', 'data-chart': id, 'aria-labelledby': `rs-fig-${id}` },
    h('h3', { id: `rs-fig-${id}` }, title),
    h('div', { class: 'rs-chart-box' }, canvas),
    h('figcaption', { class: 'rs-summary', 'data-summary': id }, summary, note ? h('span', { class: 'rs-fig-note' }, ` ${note}`) : null),
    table,
  );
  return { fig, canvas };
}

function kpiCard(key: string, label: string, value: number, shown: string, ...rest: (Node | string | null)[]): HTMLElement {
  return h('div', { class: `rs-kpi rs-kpi-${key}`, 'data-kpi': key, 'data-value': value }, h('span', { class: 'rs-kpi-label' }, label), h('span', { class: 'rs-kpi-value' }, shown), ...rest);
}

function bar(share: number, cls: string): HTMLElement {
  const el = h('span', { class: `rs-bar ${cls}`, 'aria-hidden': 'true' });
  el.style.setProperty('--w', `${Math.max(0.5, Math.min(100, share * 100)).toFixed(2)}%`);
  return el;
}

function kpis(m: DashboardModel, s: ResultsStrings, f: Formats): HTMLElement {
  const k = m.kpis;
  const phase1 = m.phase === 'phase1';
  const scale = Math.max(k.accepted, k.target, k.baseline) || 1;
  const accepted = kpiCard(
    'accepted', s.kpi.accepted, k.accepted, f.int(k.accepted),
    h('span', { class: 'rs-kpi-sub' }, fill(phase1 ? s.kpi.acceptedSubPhase1 : s.kpi.acceptedSubSemester, { target: f.int(k.target), baseline: f.int(k.baseline) })),
    h(
      'span',
      { class: 'rs-progress', 'aria-hidden': 'true' },
      bar(k.accepted / scale, k.accepted >= k.target ? 'rs-bar-good' : 'rs-bar-bad'),
      h('span', { class: 'rs-tick rs-tick-target', style: `left:${((100 * k.target) / scale).toFixed(2)}%` }),
      h('span', { class: 'rs-tick rs-tick-base', style: `left:${((100 * k.baseline) / scale).toFixed(2)}%` }),
    ),
    h('span', { class: 'rs-kpi-sub rs-strong', 'data-kpi-of-target': Math.round(100 * k.ofTarget) }, fill(s.kpi.ofTarget, { pct: f.pct(k.ofTarget, 0) })),
  );
  const top = Math.max(1, k.raw);
  const row = (key: string, label: string, n: number, cls: string) =>
    h('li', { 'data-kpi': key, 'data-value': n }, h('span', { class: 'rs-vanity-label' }, label), bar(n / top, cls), h('span', { class: 'rs-vanity-n' }, f.int(n)));
  const vanity = h(
    'div',
    { class: 'rs-kpi rs-kpi-vanity' },
    h('span', { class: 'rs-kpi-label' }, s.kpi.vanity),
    h('ul', { class: 'rs-vanity' }, row('raw', s.kpi.vanityRaw, k.raw, 'rs-bar-raw'), row('qualified', s.kpi.vanityQualified, k.qualified, 'rs-bar-qual'), row('accepted-bar', s.kpi.vanityAccepted, k.accepted, 'rs-bar-acc')),
    k.accepted > 0 ? h('span', { class: 'rs-kpi-sub' }, fill(s.kpi.vanityRatio, { n: f.int(k.raw / k.accepted) })) : null,
  );
  const money = h(
    'div',
    { class: 'rs-kpi rs-kpi-money' },
    h('dl', {},
      h('div', { 'data-kpi': 'spend', 'data-value': Math.round(k.spend) }, h('dt', {}, s.kpi.spend), h('dd', {}, f.eur(k.spend))),
      h('div', { 'data-kpi': 'cost-per-qualified', 'data-value': Math.round(k.costPerQualified) }, h('dt', {}, s.kpi.costPerQualified), h('dd', {}, f.eur(k.costPerQualified))),
      h('div', { 'data-kpi': 'cost-per-accepted', 'data-value': Math.round(k.costPerAccepted) }, h('dt', {}, s.kpi.costPerAccepted), h('dd', {}, f.eur(k.costPerAccepted))),
      m.money ? h('div', { 'data-kpi': 'budget', 'data-value': m.money.budget }, h('dt', {}, s.money.budget), h('dd', {}, f.eur(m.money.budget))) : null,
    ),
  );
  const chance = m.spread
    ? kpiCard('chance', phase1 ? s.kpi.onPace : s.kpi.chance, Math.round(100 * m.spread.pGoal), f.pct(m.spread.pGoal, 0),
        h('span', { class: 'rs-kpi-sub' }, fill(phase1 ? s.kpi.onPaceSub : s.kpi.chanceSub, { runs: f.int(m.spread.runs) })))
    : h('div', { class: 'rs-kpi rs-kpi-chance', 'data-kpi': 'chance', 'aria-busy': 'true' }, h('span', { class: 'rs-kpi-label' }, s.kpi.onPace), h('span', { class: 'rs-kpi-value' }, '…'));
  return h('section', { class: 'rs-kpis', 'aria-label': s.dashboard.title[m.phase] }, accepted, vanity, money, chance);
}

/** The budget and finance's cuts, what limited the result, and weeks 1-8 on their own: text, from the model. */
export function contextLines(m: DashboardModel, s: ResultsStrings, f: Formats): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const mo = m.money;
  if (mo) {
    if (mo.cut > 0) {
      const detail = [
        mo.cutDisplay > 0 ? fill(s.money.cutDisplay, { n: f.eur(mo.cutDisplay) }) : null,
        mo.cutLinkedin > 0 ? fill(s.money.cutLinkedin, { n: f.eur(mo.cutLinkedin) }) : null,
        mo.cutShowWeeks.length ? fill(s.money.cutShows, { weeks: mo.cutShowWeeks.join(', ') }) : null,
      ].filter((x): x is string => x !== null).join(', ');
      out.push({ key: 'budget-cut', text: fill(s.money.cut, { planned: f.eur(mo.planned), budget: f.eur(mo.budget), cut: f.eur(mo.cut), detail }) });
    } else out.push({ key: 'budget-within', text: fill(s.money.within, { planned: f.eur(mo.planned), budget: f.eur(mo.budget) }) });
    if (m.phase === 'phase1') out.push({ key: 'budget-spent', text: fill(s.money.spentPhase1, { spent: f.eur(mo.spent), budget: f.eur(mo.budget) }) });
    else if (mo.overBudget > 0) out.push({ key: 'budget-over', text: fill(s.money.over, { over: f.eur(mo.overBudget) }) });
  }
  if (m.phase1) out.push({ key: 'phase1', text: fill(s.money.phase1, { raw: f.int(m.phase1.raw), qualified: f.int(m.phase1.qualified), accepted: f.int(m.phase1.accepted), pace: f.int(m.phase1.pace) }) });
  if (m.limit) {
    const l = m.limit;
    let text = fill(l.bottleneck === 'sales' ? s.money.limitSales : s.money.limitMarketing, { lost: f.int(l.lost) });
    if (l.salesShare !== null) text += ` ${fill(s.money.limitShare, { share: f.pct(l.salesShare, 0) })}`;
    out.push({ key: `limit-${l.bottleneck}`, text });
  }
  return out;
}

function contextSection(m: DashboardModel, s: ResultsStrings, f: Formats): HTMLElement | null {
  const lines = contextLines(m, s, f);
  if (!lines.length) return null;
  return h('section', { class: 'rs-context', 'aria-label': s.money.title, 'data-cut': m.money?.cut ?? 0, 'data-bottleneck': m.limit?.bottleneck ?? '' },
    h('ul', {}, ...lines.map((l) => h('li', { 'data-line': l.key }, l.text))));
}

function eventsList(m: DashboardModel, s: ResultsStrings): HTMLElement {
  // One line per kind of event, with every week it happened (sales overload can recur all spring).
  const weeks = new Map<EventId, number[]>();
  for (const e of m.events) weeks.set(e.id, [...(weeks.get(e.id) ?? []), e.week]);
  const items = [...weeks].map(([id, w]) =>
    h('li', { 'data-event': id, 'data-week': w.join(' ') },
      h('strong', {}, `${w.length > 1 ? fill(s.charts.weeks, { list: w.join(', ') }) : fill(s.charts.week, { n: w[0]! })} · ${s.events[id].short}`), ' — ', s.events[id].long),
  );
  return h(
    'section',
    { class: 'rs-events', 'aria-labelledby': 'rs-events-title' },
    h('h3', { id: 'rs-events-title' }, s.charts.eventsTitle),
    items.length ? h('ol', {}, ...items) : h('p', {}, s.charts.noEvents),
  );
}

export function summaries(m: DashboardModel, s: ResultsStrings, f: Formats) {
  const acc = m.weekly.accepted;
  let bestWeek = 0;
  acc.forEach((x, i) => { if (x > (acc[bestWeek] ?? 0)) bestWeek = i; });
  const last = m.weeks - 1;
  const weekly = fill(s.charts.weeklySummary, {
    weeks: m.weeks, acc: f.int(m.kpis.accepted), pace: f.int(m.kpis.target),
    base: f.int(m.kpis.baseline), bestWeek: bestWeek + 1, bestN: f.int(acc[bestWeek] ?? 0),
  });
  const byAccepted = [...m.funnel].sort((a, b) => b.values.accepted - a.values.accepted);
  const widest = [...m.funnel].sort((a, b) => b.values.reach - a.values.reach)[0]!;
  const funnel = `${s.charts.funnelByChannel} ${byAccepted.map((r) => `${s.channels[r.channel]} ${f.int(r.values.accepted)}`).join(' · ')}. `
    + fill(f.one(widest.values.accepted) ? s.charts.funnelSummaryOne : s.charts.funnelSummary, { channel: s.channels[widest.channel], reach: f.int(widest.values.reach), acc: f.int(widest.values.accepted) });
  const d = m.deliverability;
  let peak = 0;
  let peakWeek = 1;
  d.hardBounce.forEach((x, i) => { if (x !== null && x > peak) { peak = x; peakWeek = i + 1; } });
  const silent = silentWeeks(d.hardBounce);
  const deliver = fill(s.charts.deliverSummary, { peak: f.pct(peak), peakWeek, start: f.pct(d.inbox[0] ?? 0), end: f.pct(d.inbox[last] ?? 0), last: m.weeks })
    + (silent ? ` ${fill(s.charts.deliverNoSend, { weeks: silent })}` : '');
  const sp = m.spread;
  const spread = sp
    ? fill(s.charts.spreadSummary[m.phase], { p10: f.int(sp.p10), p50: f.int(sp.p50), p90: f.int(sp.p90), run: f.int(sp.thisRun), pGoal: f.pct(sp.pGoal, 0), target: f.int(sp.goal) })
    : s.charts.spreadLoading;
  return { weekly, funnel, deliver, spread };
}

function spreadTable(sp: Spread, s: ResultsStrings, f: Formats, title: string): HTMLElement {
  return srTable(title, [s.charts.spreadAxis, s.charts.runsAxis], histogram(sp).map((b) => [`${f.int(b.from)}–${f.int(b.to)}`, b.count]));
}

export function renderDashboard(container: HTMLElement, input: DashboardInput): Rendered {
  const s = withModelMarks(resultsStrings(input.lang), input.lang);
  const f = formats(input.lang);
  const report = input.reports.get(input.phase);
  const slots: ChartSlot[] = [];
  let alive = true;
  clear(container);
  if (!report) return { destroy() {} };
  const model = dashboardModel(report);
  const stageNames = FUNNEL_STAGES.map((st) => s.stages[st]);
  const sum = summaries(model, s, f);
  const phases = (['phase1', 'semester'] as const).filter((p) => input.reports.has(p));

  const head = h(
    'header',
    { class: 'rs-head' },
    h('h2', { id: 'rs-dash-title', tabindex: -1 }, s.dashboard.title[input.phase]),
    phases.length > 1
      ? h('div', { class: 'rs-tabs', role: 'group', 'aria-label': s.dashboard.tabsLabel },
          ...phases.map((p) => h('button', { type: 'button', 'aria-pressed': p === input.phase ? 'true' : 'false', 'data-phase': p, onclick: () => input.onPhase(p) }, s.dashboard.tab[p])))
      : null,
    h('div', { class: 'rs-actions' },
      input.canDebrief ? h('button', { type: 'button', class: 'rs-open-debrief', onclick: () => input.onDebrief() }, s.dashboard.openDebrief) : null,
      h('button', { type: 'button', class: 'primary rs-close', onclick: () => input.onClose() }, s.dashboard.close),
    ),
  );

  const weekRows = model.weekly.accepted.map((a, i) => [fill(s.charts.week, { n: i + 1 }), f.int(a), f.int(model.weekly.cumulative[i] ?? 0), f.int(model.weekly.targetPace[i] ?? 0)]);
  const weekly = figure('weekly', s.charts.weeklyTitle, sum.weekly, srTable(s.charts.weeklyTitle, [s.charts.weekAxis, s.charts.perWeek, s.charts.cumulative, s.charts.targetPace], weekRows));
  const funnel = figure(
    'funnel', s.charts.funnelTitle[input.phase], sum.funnel,
    srTable(s.charts.funnelTitle[input.phase], [s.charts.channel, ...stageNames], model.funnel.map((r) => [s.channels[r.channel], ...FUNNEL_STAGES.map((st) => f.int(r.values[st]))])),
    s.charts.funnelNote[input.phase],
  );
  const deliver = figure(
    'deliverability', s.charts.deliverTitle, sum.deliver,
    srTable(s.charts.deliverTitle, [s.charts.weekAxis, s.charts.hardBounce, s.charts.inbox], model.deliverability.inbox.map((x, i) => {
      const b = model.deliverability.hardBounce[i];
      return [fill(s.charts.week, { n: i + 1 }), b === null || b === undefined ? s.charts.notSent : f.pct(b), f.pct(x)];
    })),
  );
  const goalLabel = input.phase === 'phase1' ? s.charts.targetPace : s.kpi.target;
  const spreadTitle = fill(s.charts.spreadTitle[input.phase], { runs: f.int(model.spread?.runs ?? 200) });
  const spread = figure('spread', spreadTitle, sum.spread, model.spread ? spreadTable(model.spread, s, f, spreadTitle) : srTable(spreadTitle, [], []));
  const review = CALIBRATION.platformReviewBounce;
  const kpiBox = h('div', {}, kpis(model, s, f));
  const status = h('p', { class: 'rs-status', role: 'status' }, s.dashboard.loading);

  const grid = h('div', { class: 'rs-grid' });
  container.append(
    head,
    h('p', { class: 'rs-note' }, fill(s.dashboard.seededNote, { seed: input.seed, runs: f.int(model.spread?.runs ?? report.detail.distribution?.runs ?? 200) })),
    kpiBox,
    ...[contextSection(model, s, f)].filter((x): x is HTMLElement => x !== null),
    status,
    grid,
  );
  // The figures, the events and the sources join in the next frames, one part each: laying out
  // the whole panel in one go (about 900 boxes) is one long task on a slow machine.
  const rest: [HTMLElement, HTMLElement][] = [
    [grid, weekly.fig], [grid, funnel.fig], [grid, deliver.fig], [grid, spread.fig],
    [container, eventsList(model, s)],
    [container, h(
      'footer',
      { class: 'rs-sources' },
      h('h3', {}, s.charts.sources),
      h('p', {}, fill(s.charts.sourceThresholds, { source: `${review.source}, ${review.year ?? ''}`.replace(/, $/, ''), rel: review.rel }), ' ', s.charts.sourceScenario, ' ', s.charts.sourceModel),
    )],
  ];
  const placed = (async () => {
    for (const [parent, part] of rest) {
      await afterFrame();
      if (!alive) return;
      parent.append(part);
    }
  })();
  container.dataset['phase'] = input.phase;
  container.dataset['ready'] = 'false';

  const fontPx = () => parseFloat(getComputedStyle(container).fontSize) || 16;
  let spreadSlot: ChartSlot | null = null;
  const draw = async () => {
    try {
      const env = () => ({ s, f, fontPx: fontPx(), highContrast: input.highContrast });
      const jobs: [HTMLCanvasElement, ChartJob][] = [
        [weekly.canvas, { kind: 'weekly', model }],
        [funnel.canvas, { kind: 'funnel', model, stages: stageNames }],
        [deliver.canvas, { kind: 'deliverability', model }],
        ...(model.spread ? [[spread.canvas, { kind: 'spread', spread: model.spread, goalLabel }] as [HTMLCanvasElement, ChartJob]] : []),
      ];
      for (const [canvas, job] of jobs) {
        if (!alive) return;
        const slot = new ChartSlot(canvas);
        slots.push(slot);
        if (job.kind === 'spread') spreadSlot = slot;
        await slot.draw(job, env, input.lang);
      }
      status.textContent = '';
      status.hidden = true;
    } catch (e) {
      status.textContent = s.dashboard.chartsFailed;
      console.warn('charts failed', e);
    }
  };
  const ready = draw();

  // Weeks 1-8: the spread is simulated in the worker on demand; fill it in when it arrives.
  const spreadDone = input.spread
    ? input.spread.then(async (sp) => {
        if (!alive) return;
        const full = dashboardModel(report, sp);
        if (!full.spread) return;
        kpiBox.replaceChildren(kpis(full, s, f));
        const text = summaries(full, s, f).spread;
        const cap = spread.fig.querySelector('figcaption');
        if (cap) cap.textContent = text;
        spread.canvas.setAttribute('aria-label', `${spreadTitle}. ${text}`);
        spread.fig.querySelector('.rs-table')?.replaceWith(spreadTable(full.spread, s, f, spreadTitle));
        await ready;
        if (!alive) return;
        if (!spreadSlot) slots.push((spreadSlot = new ChartSlot(spread.canvas)));
        await spreadSlot.draw({ kind: 'spread', spread: full.spread, goalLabel }, () => ({ s, f, fontPx: fontPx(), highContrast: input.highContrast }), input.lang);
      }, () => {
        const cap = spread.fig.querySelector('figcaption');
        if (cap) cap.textContent = s.dashboard.chartsFailed;
      })
    : Promise.resolve();
  void Promise.all([ready, spreadDone, placed]).then(() => {
    if (alive) container.dataset['ready'] = 'true';
  });

  return {
    destroy() {
      alive = false;
      for (const c of slots) c.destroy();
      slots.length = 0;
    },
  };
}
