// The numbers the ink story prints (the game prefixes the keys with p1_ / s_). Percentages are
// numbers with one decimal (7.4 means 7.4%), money in whole euros.
import { PHASE1_WEEKS, WEEKS } from './model';
import type { Distribution, Outcome, Tier } from './types';

const pct1 = (num: number, den: number): number => (den > 0 ? Math.round((1000 * num) / den) / 10 : 0);
const sum = (v: readonly number[], from: number, to: number): number => {
  let s = 0;
  for (let i = from; i < to; i++) s += v[i] ?? 0;
  return s;
};

export interface Phase1Summary {
  readonly sent: number;
  readonly hard_bounce: number;
  readonly bounce: number;
  readonly complaints: number;
  readonly inbox: number;
  readonly open: number;
  readonly raw: number;
  readonly qualified: number;
  readonly accepted: number;
  readonly pace: number;
  readonly spend: number;
  readonly banner_clicks: number;
  readonly review: boolean;
  readonly suspended: boolean;
  /** Week (1-8) of the first platform review / suspension in weeks 1-8; 0 if none. */
  readonly review_week: number;
  readonly suspend_week: number;
  /** The worst week's hard-bounce rate (percent) and that week (1-8; 0 if nothing was sent). */
  readonly peak_hard_bounce: number;
  readonly peak_week: number;
}

/** The week (1-based) of weeks [0, to) with the highest hard-bounce rate, and that rate in percent; 0 and 0 without sends. */
function peakHardBounce(o: Outcome, to: number): { rate: number; week: number } {
  let rate = 0, week = 0;
  for (let i = 0; i < to; i++) {
    const sent = o.weekly.sent[i] ?? 0;
    const r = sent > 0 ? pct1(o.weekly.hardBounces[i] ?? 0, sent) : 0;
    if (sent > 0 && (week === 0 || r > rate)) {
      rate = r;
      week = i + 1;
    }
  }
  return { rate, week };
}

const firstWeek = (o: Outcome, id: string, to: number): number =>
  o.events.find((e) => e.id === id && e.week <= to)?.week ?? 0;

/** Weeks 1-8 only: identical whatever D6 is. */
export function summarisePhase1(o: Outcome): Phase1Summary {
  const w = o.weekly;
  const to = PHASE1_WEEKS;
  const sent = sum(w.sent, 0, to);
  const delivered = sum(w.delivered, 0, to);
  const hard = sum(w.hardBounces, 0, to);
  const inbox = delivered > 0 ? pct1(sum(w.inbox, 0, to), delivered) : pct1(sum(w.inboxRate, 0, to), to);
  const peak1 = peakHardBounce(o, to);
  return {
    sent,
    hard_bounce: pct1(hard, sent),
    bounce: pct1(hard + sum(w.softBounces, 0, to), sent),
    complaints: pct1(sum(w.complaints, 0, to), delivered),
    inbox,
    open: pct1(sum(w.opens, 0, to), delivered),
    raw: sum(w.rawLeads, 0, to),
    qualified: sum(w.qualified, 0, to),
    accepted: sum(w.accepted, 0, to),
    pace: Math.ceil((o.target * PHASE1_WEEKS) / WEEKS),
    spend: Math.round(sum(w.spend, 0, to)),
    banner_clicks: sum(w.bannerClicks, 0, to),
    review: o.events.some((e) => e.id === 'platform_review' && e.week <= to),
    suspended: o.events.some((e) => e.id === 'platform_suspension' && e.week <= to),
    review_week: firstWeek(o, 'platform_review', to),
    suspend_week: firstWeek(o, 'platform_suspension', to),
    peak_hard_bounce: peak1.rate,
    peak_week: peak1.week,
  };
}

export interface SemesterSummary {
  readonly raw: number;
  readonly qualified: number;
  readonly accepted: number;
  readonly target: number;
  readonly baseline: number;
  readonly pct_target: number;
  readonly spend: number;
  readonly cost_per_lead: number;
  readonly hard_bounce: number;
  readonly inbox: number;
  readonly unsubscribed: number;
  readonly suspended: boolean;
  readonly sales_overload: boolean;
  readonly p_objective: number;
  readonly tier: Tier;
  /** The semester's worst week for hard bounces: rate (percent) and week (1-26; 0 if nothing was sent). */
  readonly peak_hard_bounce: number;
  readonly peak_week: number;
  /** Semesters simulated behind p_objective. */
  readonly runs: number;
  /** Qualified leads nobody called in time (the sales queue), and what limited the result. */
  readonly lost: number;
  readonly bottleneck: string;
  /** Share of runs in which sales was the bottleneck, percent. */
  readonly p_sales_bottleneck: number;
  /** Open rate of delivered emails, weeks 1-8 and weeks 9-26 (percent; 0 when nothing was delivered). */
  readonly open_early: number;
  readonly open_late: number;
  /** A segment's open rate fell by 15% or more from fatigue (the list_fatigue event). */
  readonly fatigue: boolean;
}

/** The seeded run's semester, with the spread's chance of success and the tier of its median. */
export function summariseSemester(o: Outcome, d: Distribution): SemesterSummary {
  const t = o.totals;
  const peak = peakHardBounce(o, WEEKS);
  return {
    raw: t.rawLeads,
    qualified: t.qualified,
    accepted: t.accepted,
    target: o.target,
    baseline: o.baseline,
    pct_target: Math.round((100 * t.accepted) / o.target),
    spend: Math.round(t.spend),
    cost_per_lead: Math.round(t.spend / Math.max(1, t.accepted)),
    hard_bounce: pct1(t.hardBounces, t.sent),
    inbox: Math.round(1000 * t.inboxRate) / 10,
    unsubscribed: t.unsubscribes,
    suspended: o.events.some((e) => e.id === 'platform_suspension'),
    sales_overload: o.events.some((e) => e.id === 'sales_overload'),
    p_objective: Math.round(100 * d.pObjective),
    tier: d.tier,
    peak_hard_bounce: peak.rate,
    peak_week: peak.week,
    runs: d.runs,
    lost: t.lost,
    bottleneck: o.bottleneck,
    p_sales_bottleneck: Math.round(100 * d.salesBottleneckShare),
    open_early: pct1(sum(o.weekly.opens, 0, PHASE1_WEEKS), sum(o.weekly.delivered, 0, PHASE1_WEEKS)),
    open_late: pct1(sum(o.weekly.opens, PHASE1_WEEKS, WEEKS), sum(o.weekly.delivered, PHASE1_WEEKS, WEEKS)),
    fatigue: o.events.some((e) => e.id === 'list_fatigue'),
  };
}
