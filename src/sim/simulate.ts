// One seeded semester: draw the parameters, run the weekly model, package the outcome.
import type { Assumptions } from './assumptions';
import {
  CH_EMAIL, M_ACC, M_BANNER, M_CLICKS, M_COMPLAINTS, M_DELIVERED, M_HARD, M_INBOX, M_INBOX_RATE, M_LOST,
  M_OPENS, M_QUAL, M_RAW, M_REP, M_SENT, M_SOFT, M_SPEND, M_TRAPS, M_UNSUBS, M_VISITS, Model, NCH, NPARAM, NST,
  PHASE1_WEEKS, WEEKS, sumWeeks,
} from './model';
import { spendByChannel } from './money';
import { drawParams, paramTable } from './params';
import { Rng } from './rng';
import { targetFor } from './target';
import { tierFor } from './tiers';
import {
  CHANNELS, EVENT_IDS, SEGMENTS, STAGES, type ChannelFunnel, type ChannelFunnelWeekly, type ChannelId, type Outcome, type Plan,
  type SegmentId, type SegmentTotals, type SimEvent, type Totals, type WeeklySeries,
} from './types';

/** Runs one semester for a seed. Same plan, assumptions and seed: same outcome, draw for draw. */
export function simulate(plan: Plan, assumptions: Assumptions, seed: number): Outcome {
  const model = new Model();
  const rng = new Rng(seed >>> 0);
  const p = new Float64Array(NPARAM);
  drawParams(paramTable(assumptions), rng, p);
  model.run(plan, p, rng);
  return buildOutcome(model, seed >>> 0, targetFor(assumptions));
}

function spendOf(m: Model): Record<ChannelId | 'shared', number> {
  const v = new Float64Array(NCH + 1);
  spendByChannel(m, v);
  const out = {} as Record<ChannelId | 'shared', number>;
  CHANNELS.forEach((ch, c) => (out[ch] = v[c]!));
  out.shared = v[NCH]!;
  return out;
}

function series(m: Model, metric: number): number[] {
  return Array.from(m.weekly.subarray(metric * WEEKS, (metric + 1) * WEEKS));
}

/** Semester inbox rate: inboxed / delivered, or the mean weekly placement when nothing was delivered. */
export function inboxRateOf(m: Model, from = 0, to = WEEKS): number {
  const delivered = sumWeeks(m, M_DELIVERED, from, to);
  if (delivered > 0) return sumWeeks(m, M_INBOX, from, to) / delivered;
  return sumWeeks(m, M_INBOX_RATE, from, to) / (to - from);
}

/** `ref`: the replayed 2015 and the target under the run's assumptions (targetFor). */
export function buildOutcome(m: Model, seed: number, ref: { baseline: number; target: number }): Outcome {
  m.sumFunnel();
  const spendS = series(m, M_SPEND);
  const qualS = series(m, M_QUAL);
  const accS = series(m, M_ACC);
  const cpq: number[] = [];
  const cpa: number[] = [];
  let cs = 0, cq = 0, ca = 0;
  for (let w = 0; w < WEEKS; w++) {
    cs += spendS[w]!;
    cq += qualS[w]!;
    ca += accS[w]!;
    cpq.push(cs / Math.max(1, cq));
    cpa.push(cs / Math.max(1, ca));
  }
  const weekly: WeeklySeries = {
    sent: series(m, M_SENT),
    delivered: series(m, M_DELIVERED),
    hardBounces: series(m, M_HARD),
    softBounces: series(m, M_SOFT),
    complaints: series(m, M_COMPLAINTS),
    unsubscribes: series(m, M_UNSUBS),
    spamTrapHits: series(m, M_TRAPS),
    inboxRate: series(m, M_INBOX_RATE),
    inbox: series(m, M_INBOX),
    opens: series(m, M_OPENS),
    clicks: series(m, M_CLICKS),
    visits: series(m, M_VISITS),
    rawLeads: series(m, M_RAW),
    qualified: qualS,
    accepted: accS,
    lost: series(m, M_LOST),
    spend: spendS,
    costPerQualified: cpq,
    costPerAccepted: cpa,
    reputation: series(m, M_REP),
    bannerClicks: series(m, M_BANNER),
  };
  const sent = sumWeeks(m, M_SENT);
  const hard = sumWeeks(m, M_HARD);
  const totals: Totals = {
    sent,
    delivered: sumWeeks(m, M_DELIVERED),
    hardBounces: hard,
    softBounces: sumWeeks(m, M_SOFT),
    complaints: sumWeeks(m, M_COMPLAINTS),
    unsubscribes: sumWeeks(m, M_UNSUBS),
    spamTrapHits: sumWeeks(m, M_TRAPS),
    inbox: sumWeeks(m, M_INBOX),
    opens: sumWeeks(m, M_OPENS),
    clicks: sumWeeks(m, M_CLICKS),
    visits: sumWeeks(m, M_VISITS),
    rawLeads: sumWeeks(m, M_RAW),
    qualified: cq,
    accepted: ca,
    lost: sumWeeks(m, M_LOST),
    spend: cs,
    bannerClicks: sumWeeks(m, M_BANNER),
    hardBounceRate: sent > 0 ? hard / sent : 0,
    inboxRate: inboxRateOf(m),
    costPerQualified: cs / Math.max(1, cq),
    costPerAccepted: cs / Math.max(1, ca),
    finalReputation: m.finalReputation,
  };
  const channels = {} as Record<ChannelId, ChannelFunnel>;
  const channelsWeekly = {} as Record<ChannelId, ChannelFunnelWeekly>;
  CHANNELS.forEach((ch, c) => {
    const f: Record<string, number> = {};
    const fw: Record<string, number[]> = {};
    STAGES.forEach((st, i) => {
      f[st] = m.funnel[(c + CH_EMAIL) * NST + i]!;
      const v: number[] = [];
      for (let w = 0; w < WEEKS; w++) v.push(m.funnelW[(w * NCH + c) * NST + i]!);
      fw[st] = v;
    });
    channels[ch] = f as ChannelFunnel;
    channelsWeekly[ch] = fw as unknown as ChannelFunnelWeekly;
  });
  const segments = {} as Record<SegmentId, SegmentTotals>;
  SEGMENTS.forEach((s, i) => {
    segments[s] = {
      contacts: m.segContacts[i]!,
      emailLeads: m.segEmailLeads[i]!,
      rawLeads: m.segRaw[i]!,
      qualified: m.segQual[i]!,
    };
  });
  const events: SimEvent[] = [];
  for (let i = 0; i < m.evCount; i++) events.push({ week: m.evWeek[i]!, id: EVENT_IDS[m.evId[i]!]! });
  return {
    seed,
    weeks: WEEKS,
    weekly,
    totals,
    channels,
    channelsWeekly,
    segments,
    events,
    target: ref.target,
    baseline: ref.baseline,
    tier: tierFor(ca, ref.target),
    bottleneck: m.salesBottleneck ? 'sales' : 'marketing',
    phase1: { rawLeads: sumWeeks(m, M_RAW, 0, PHASE1_WEEKS), qualified: sumWeeks(m, M_QUAL, 0, PHASE1_WEEKS), accepted: sumWeeks(m, M_ACC, 0, PHASE1_WEEKS) },
    spendByChannel: spendOf(m),
  };
}
