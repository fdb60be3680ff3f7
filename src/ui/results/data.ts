// What the dashboard shows, computed from one simulation report (and, for weeks 1-8, the spread
// of other springs): pure data, no DOM, so tests can check it against the model's own numbers.
import type { Phase1Spread, SimDetail, SimReport } from '../../service/protocol';
import { SCENARIO } from '../../sim/scenario';
import { CHANNELS, type Bottleneck, type ChannelId, type SimEvent, type StageId } from '../../sim/types';

export type ResultsPhase = SimReport['phase'];

/** The funnel steps the dashboard draws ('visits' sits between clicks and fills; it is left out). */
export const FUNNEL_STAGES = ['reach', 'delivered', 'inbox', 'viewed', 'clicked', 'filled', 'qualified', 'accepted'] as const satisfies readonly StageId[];
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface Kpis {
  readonly accepted: number;
  readonly qualified: number;
  readonly raw: number;
  readonly spend: number;
  readonly costPerQualified: number;
  readonly costPerAccepted: number;
  /** The target for the weeks shown (its pace after 8 weeks in phase 1). */
  readonly target: number;
  /** H1 2015 over the same weeks. */
  readonly baseline: number;
  /** accepted / target, 0..n. */
  readonly ofTarget: number;
}

export interface Spread {
  readonly runs: number;
  readonly sorted: readonly number[];
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly thisRun: number;
  readonly goal: number;
  readonly baseline: number;
  /** Share of runs reaching the goal. */
  readonly pGoal: number;
}

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly inBand: boolean;
}

export interface DashboardModel {
  readonly phase: ResultsPhase;
  readonly weeks: number;
  readonly kpis: Kpis;
  readonly weekly: {
    readonly accepted: readonly number[];
    readonly cumulative: readonly number[];
    readonly targetPace: readonly number[];
    readonly baselinePace: readonly number[];
  };
  readonly deliverability: {
    /** Hard bounces / sends per week, null when nothing was sent. */
    readonly hardBounce: readonly (number | null)[];
    readonly inbox: readonly number[];
    readonly review: number;
    readonly suspension: number;
  };
  /** Per channel, over the weeks shown. */
  readonly funnel: readonly { readonly channel: ChannelId; readonly values: Readonly<Record<FunnelStage, number>> }[];
  readonly events: readonly SimEvent[];
  /** null until the spread of weeks 1-8 has been simulated. */
  readonly spread: Spread | null;
  /** The budget and what finance cut (null in reports without the check). */
  readonly money: Money | null;
  /** Semester only: what limited the result, and weeks 1-8 on their own (the early win, or not). */
  readonly limit: Limit | null;
  readonly phase1: Phase1Line | null;
}

export interface Money {
  readonly budget: number;
  /** The plan's spend as the choices made it, and after finance's cuts (at the quoted prices). */
  readonly planned: number;
  readonly afterCuts: number;
  readonly cut: number;
  readonly cutDisplay: number;
  readonly cutLinkedin: number;
  readonly cutShowWeeks: readonly number[];
  /** Spent in the weeks shown (this run's prices) and, for the semester, how far over the budget (0 if within). */
  readonly spent: number;
  readonly overBudget: number;
}

export interface Limit {
  readonly bottleneck: Bottleneck;
  /** Qualified leads nobody called in time. */
  readonly lost: number;
  /** Share of the simulated semesters in which sales was the bottleneck (null without the spread). */
  readonly salesShare: number | null;
}

export interface Phase1Line {
  readonly raw: number;
  readonly qualified: number;
  readonly accepted: number;
  readonly pace: number;
}

const PHASE1_WEEKS = SCENARIO.phase1Weeks;
const WEEKS = SCENARIO.weeks;
/** The emailing platform's thresholds on hard bounces (CALIBRATION platformReviewBounce / platformSuspendBounce). */
export const REVIEW_BOUNCE = 0.05;
export const SUSPEND_BOUNCE = 0.1;

const sum = (v: readonly number[], to: number): number => {
  let s = 0;
  for (let i = 0; i < to; i++) s += v[i] ?? 0;
  return s;
};

export function weeksOf(phase: ResultsPhase): number {
  return phase === 'phase1' ? PHASE1_WEEKS : WEEKS;
}

export function kpisOf(report: SimReport<SimDetail>): Kpis {
  const o = report.detail.outcome;
  const weeks = weeksOf(report.phase);
  if (report.phase === 'semester') {
    const t = o.totals;
    return {
      accepted: t.accepted, qualified: t.qualified, raw: t.rawLeads, spend: t.spend,
      costPerQualified: t.costPerQualified, costPerAccepted: t.costPerAccepted,
      target: o.target, baseline: o.baseline, ofTarget: t.accepted / o.target,
    };
  }
  const w = o.weekly;
  const accepted = sum(w.accepted, weeks);
  const qualified = sum(w.qualified, weeks);
  const spend = sum(w.spend, weeks);
  const target = Math.ceil((o.target * weeks) / WEEKS);
  return {
    accepted, qualified, raw: sum(w.rawLeads, weeks), spend,
    costPerQualified: spend / Math.max(1, qualified), costPerAccepted: spend / Math.max(1, accepted),
    target, baseline: Math.round((o.baseline * weeks) / WEEKS), ofTarget: accepted / target,
  };
}

export function dashboardModel(report: SimReport<SimDetail>, phase1?: Phase1Spread | null): DashboardModel {
  const o = report.detail.outcome;
  const weeks = weeksOf(report.phase);
  const w = o.weekly;
  const kpis = kpisOf(report);

  const accepted = w.accepted.slice(0, weeks);
  const cumulative: number[] = [];
  accepted.reduce((acc, x) => (cumulative.push(acc + x), acc + x), 0);
  const targetPace = accepted.map((_, i) => (o.target * (i + 1)) / WEEKS);
  const baselinePace = accepted.map((_, i) => (o.baseline * (i + 1)) / WEEKS);

  const hardBounce = w.sent.slice(0, weeks).map((s, i) => (s > 0 ? (w.hardBounces[i] ?? 0) / s : null));
  const inbox = w.inboxRate.slice(0, weeks);

  // Per channel: the semester's totals, or weeks 1-8 summed from the weekly funnels.
  const funnel: DashboardModel['funnel'] = CHANNELS.map((channel) => {
    const weekly = o.channelsWeekly[channel];
    const values = Object.fromEntries(FUNNEL_STAGES.map((st) => [st, report.phase === 'semester' ? o.channels[channel][st] : sum(weekly[st], weeks)]));
    return { channel, values: values as Record<FunnelStage, number> };
  });

  let spread: Spread | null = null;
  const d = report.detail.distribution;
  if (report.phase === 'semester' && d) {
    spread = {
      runs: d.runs, sorted: d.acceptedSorted, p10: d.accepted.p10, p50: d.accepted.p50, p90: d.accepted.p90,
      thisRun: kpis.accepted, goal: o.target, baseline: o.baseline, pGoal: d.pObjective,
    };
  } else if (report.phase === 'phase1' && phase1) {
    spread = {
      runs: phase1.runs, sorted: phase1.acceptedSorted, p10: phase1.accepted.p10, p50: phase1.accepted.p50, p90: phase1.accepted.p90,
      thisRun: kpis.accepted, goal: phase1.pace, baseline: kpis.baseline, pGoal: phase1.pOnPace,
    };
  }

  const b = report.detail.budget;
  const money: Money | null = b
    ? {
        budget: b.budget, planned: b.plannedTotal, afterCuts: b.finalTotal,
        cut: b.launchCut.total + b.courseCut.total,
        cutDisplay: b.launchCut.display + b.courseCut.display,
        cutLinkedin: b.launchCut.linkedin + b.courseCut.linkedin,
        cutShowWeeks: [...b.launchCut.shows, ...b.courseCut.shows].map((x) => x.week).sort((x, y) => x - y),
        spent: kpis.spend,
        overBudget: report.phase === 'semester' ? Math.max(0, Math.round(kpis.spend - b.budget)) : 0,
      }
    : null;
  const semester = report.phase === 'semester';
  const limit: Limit | null = semester ? { bottleneck: o.bottleneck, lost: o.totals.lost, salesShare: d ? d.salesBottleneckShare : null } : null;
  const phase1Line: Phase1Line | null = semester
    ? { raw: o.phase1.rawLeads, qualified: o.phase1.qualified, accepted: o.phase1.accepted, pace: Math.ceil((o.target * PHASE1_WEEKS) / WEEKS) }
    : null;

  return {
    phase: report.phase,
    weeks,
    kpis,
    weekly: { accepted, cumulative, targetPace, baselinePace },
    deliverability: { hardBounce, inbox, review: REVIEW_BOUNCE, suspension: SUSPEND_BOUNCE },
    funnel,
    events: o.events.filter((e) => e.week <= weeks),
    spread,
    money,
    limit,
    phase1: phase1Line,
  };
}

/** About `target` bins of a round width covering the runs and the marked values. */
export function histogram(s: Spread, target = 18): HistogramBin[] {
  const values = [...s.sorted, s.thisRun, s.goal];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1) hi = lo + 1;
  const raw = (hi - lo) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const width = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((x) => x >= raw) ?? 10 * mag;
  const step = Math.max(1, width);
  lo = Math.floor(lo / step) * step;
  hi = (Math.floor(hi / step) + 1) * step;
  const bins: HistogramBin[] = [];
  for (let from = lo; from < hi; from += step) {
    const to = from + step;
    let count = 0;
    for (const v of s.sorted) if (v >= from && v < to) count++;
    bins.push({ from, to, count, inBand: to > s.p10 && from <= s.p90 });
  }
  return bins;
}

/** Weeks in which nothing was mailed, as compact ranges ("2–4, 9"). */
export function silentWeeks(hardBounce: readonly (number | null)[]): string {
  const out: string[] = [];
  let start = -1;
  hardBounce.forEach((v, i) => {
    if (v === null && start < 0) start = i;
    if ((v !== null || i === hardBounce.length - 1) && start >= 0) {
      const end = v === null ? i : i - 1;
      out.push(end > start ? `${start + 1}–${end + 1}` : `${start + 1}`);
      start = -1;
    }
  });
  return out.join(', ');
}
