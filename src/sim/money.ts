// Stage 5, money: what the plan costs, week by week and channel by channel. The stages say what
// happened (mail sent, banners bought, a show attended); this stage prices it. One-off costs
// (projects, tools, the list's purchase, cleaning and enrichment) land in their week; the week's
// spend is the fixed cost + one-offs + email (per thousand sent) + paid media + shows. Spend by
// channel adds up to the total; what belongs to no channel (content, tools, projects) is `shared`.
import { SCENARIO } from './scenario';
import {
  CH_DISPLAY, CH_EMAIL, CH_LINKEDIN, CH_SHOWS, M_SPEND, NCH, NSEG, NST, PHASE1_WEEKS, ST_QUALIFIED, WEEKS, type State,
} from './state';
import type { Plan } from './types';

/** One-off costs of weeks [from, 26) from the plan. */
export function compileCosts(s: State, plan: Plan, from: number): void {
  const oneOff = s.oneOff;
  oneOff.fill(0, from);
  for (const o of plan.oneOff) {
    const i = Math.min(WEEKS, Math.max(1, o.week)) - 1;
    if (i >= from) oneOff[i] = oneOff[i]! + o.euros;
  }
}

/** The lists' costs in week 1: the bought list and its verification, cleaning the own base, enrichment. */
export function setupCosts(s: State, plan: Plan): void {
  const k = s.k;
  const list = plan.list;
  const N = k.boughtListSize;
  let ownTotal = 0;
  for (let g = 0; g < NSEG; g++) ownTotal += SCENARIO.ownBase[g]!;
  let setupCost = 0;
  if (list.buy) setupCost += N * k.boughtPrice + (list.verify ? N * k.verifyCost : 0);
  if (list.cleanOwn) setupCost += ownTotal * k.verifyCost;
  let enrTotal = 0;
  for (let g = 0; g < NSEG; g++) enrTotal += plan.enrichedContacts[g]!;
  const enrich = enrTotal * k.enrichCost;
  s.oneOff[0] = s.oneOff[0]! + setupCost + enrich;
  s.listSpend = setupCost + enrich;
}

/**
 * Measured reallocation at week 9: the paid channel with the dearer qualified lead over weeks 1-8
 * gives the plan's share of its budget to the other.
 */
export function reallocate(s: State, share: number): void {
  if (share <= 0) return;
  const dSpend = s.chSpend[CH_DISPLAY]!, lSpend = s.chSpend[CH_LINKEDIN]!;
  let dq = 0, lq = 0;
  for (let w = 0; w < PHASE1_WEEKS; w++) {
    dq += s.funnelW[(w * NCH + CH_DISPLAY) * NST + ST_QUALIFIED]!;
    lq += s.funnelW[(w * NCH + CH_LINKEDIN) * NST + ST_QUALIFIED]!;
  }
  const dc = dSpend / Math.max(1, dq);
  const lc = lSpend / Math.max(1, lq);
  if (dSpend > 0 && dc > lc) {
    const m = s.displayW * share;
    s.displayW = s.displayW - m;
    s.linkedinW = s.linkedinW + m;
  } else if (lSpend > 0 && s.displayW > 0 && lc > dc) {
    const m = s.linkedinW * share;
    s.linkedinW = s.linkedinW - m;
    s.displayW = s.displayW + m;
  }
}

/** The week's spend, by channel and in total (weekly M_SPEND). */
export function spendWeek(s: State, w: number): void {
  const k = s.k;
  const fixed = s.ph.fixedWeeklyCost + s.oneOff[w]!;
  const email = s.sent * k.espCost; // nothing sent: nothing spent
  const kind = s.showKind[w]!;
  const show = kind < 0 ? 0 : k.showCost * (kind === 2 ? SCENARIO.minorShow.cost : 1);
  const ch = s.chSpend;
  ch[CH_EMAIL] = ch[CH_EMAIL]! + email;
  ch[CH_DISPLAY] = ch[CH_DISPLAY]! + s.displayW;
  ch[CH_LINKEDIN] = ch[CH_LINKEDIN]! + s.linkedinW;
  ch[CH_SHOWS] = ch[CH_SHOWS]! + show;
  s.sharedSpend = s.sharedSpend + fixed;
  let spend = fixed + email;
  spend += s.displayW + s.linkedinW;
  spend += show;
  s.wSpend = spend;
  s.weekly[M_SPEND * WEEKS + w] = spend;
}

/**
 * Semester spend by channel (CHANNELS order), then `shared` (content, tools, projects): the list's
 * own costs count for email. Sums to the semester's total spend (up to rounding).
 */
export function spendByChannel(s: State, out: Float64Array): void {
  for (let c = 0; c < NCH; c++) out[c] = s.chSpend[c]!;
  out[CH_EMAIL] = out[CH_EMAIL]! + s.listSpend;
  out[NCH] = s.sharedSpend - s.listSpend;
}
