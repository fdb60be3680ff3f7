// The weekly funnel model: one run of 26 weeks for a plan, a parameter draw and a seeded generator.
// A run is functions over one state value (state.ts: typed arrays carved from one buffer), one
// module per stage, called in this order each week:
//   audience.ts   audience and list: the pools of contacts, decay, re-permission
//   sending.ts    sending and deliverability: who is mailed, bounces, inbox placement, platform rules, reputation
//   conversion.ts content and conversion: opens, clicks, fills, ads, shows, nurturing, qualification
//   sales.ts      sales: routing, the queue, calls, acceptance
//   money.ts      money: what the week cost, by channel
// The per-run constants come from the drawn parameters in one place (run-constants.ts); a drawn
// total is shared across parts by one helper (split.ts).
// Hot path: no allocation inside the weekly loop, and a fixed slot for every count (see rng.ts):
// each count of each week reads its own variate whatever the plan or the outcomes, so weeks 1-8
// use the same variates whatever comes after week 8, and two plans compared under one seed see
// the same variate for the same count. Counts with large numbers (sends, inbox placement, opens,
// clicks) are expectations; counts where chance matters (form fills, qualification,
// unsubscribes, complaints, acceptance, ...) are binomial draws.
import { decay, listArrives, setupLists } from './audience';
import { ads, mailResponses, nurture, shows } from './conversion';
import { compileCosts, reallocate, setupCosts, spendWeek } from './money';
import { NPARAM, deriveConstants } from './run-constants';
import type { Rng } from './rng';
import { sales } from './sales';
import { afterSend, compileRhythm, send } from './sending';
import {
  M_CLICKS, M_QUAL, M_RAW, M_VISITS, NCH, NSEG, NST, PHASE1_WEEKS, SLOT_PARAMS, SLOT_SETUP, SLOT_WEEK0, State, WEEKS, WEEK_SLOTS,
} from './state';
import type { Plan, SegVec } from './types';

export {
  WEEKS, PHASE1_WEEKS, NSEG, NCH, NST, NM, SLOT_PARAMS, EV_INDEX, STATE_BYTES,
  CH_EMAIL, CH_LANDING, CH_LINKEDIN, CH_TWITTER, CH_FACEBOOK, CH_DISPLAY, CH_SHOWS,
  ST_REACH, ST_DELIVERED, ST_INBOX, ST_VIEWED, ST_CLICKED, ST_VISITS, ST_FILLED, ST_QUALIFIED, ST_ACCEPTED,
  M_SENT, M_DELIVERED, M_HARD, M_SOFT, M_COMPLAINTS, M_UNSUBS, M_TRAPS, M_INBOX_RATE, M_INBOX, M_OPENS, M_CLICKS,
  M_VISITS, M_RAW, M_QUAL, M_ACC, M_LOST, M_SPEND, M_REP, M_BANNER,
} from './state';
export { PI, NPARAM } from './run-constants';
export { placement, qualProb } from './response-curves';
export { slotOf } from './sending';

if (NPARAM > SLOT_SETUP - SLOT_PARAMS) throw new Error('more parameters than parameter slots');

/**
 * One run's state and its results (State), with the weekly driver. One Model is reused across
 * runs (Monte Carlo): `runPhase1` resets the whole state (one fill); `copyFrom` copies it (one set).
 */
export class Model extends State {
  /** Sales was the bottleneck: inside sales could not call 15% of the qualified leads in time (see sales.ts). */
  get salesBottleneck(): boolean {
    return this.overloadSeen !== 0;
  }

  /** Runs 26 weeks. `p` is a drawn parameter vector (see drawParams) from the same generator. */
  run(plan: Plan, p: Float64Array, rng: Rng): void {
    this.runPhase1(plan, p, rng);
    this.runPhase2(plan, rng);
  }

  /** Set-up and weeks 1-8: nothing here reads the plan's D6 part. */
  runPhase1(plan: Plan, p: Float64Array, rng: Rng): void {
    this.reset();
    this.plan = plan;
    deriveConstants(this.k, this.ageValue, this.relQ, p, plan);
    setupLists(this, plan, rng);
    compileCosts(this, plan, 0);
    compileRhythm(this, plan, 0);
    setupCosts(this, plan);
    this.compileShows(plan, 0);
    this.enterPhase(0);
    this.rep = this.k.repStart;
    this.repPending = 0;
    for (let w = 0; w < PHASE1_WEEKS; w++) this.week(w, rng);
  }

  /**
   * Weeks 9-26 after `runPhase1` (or after `copyFrom` a model that ran it) with a plan of the same
   * D1-D5: the plan's weeks 9-26 (costs, mailing rhythm) are compiled again from this plan.
   */
  runPhase2(plan: Plan, rng: Rng): void {
    this.plan = plan;
    compileCosts(this, plan, PHASE1_WEEKS);
    compileRhythm(this, plan, PHASE1_WEEKS);
    this.compileShows(plan, PHASE1_WEEKS);
    for (let w = PHASE1_WEEKS; w < WEEKS; w++) this.week(w, rng);
    this.finalReputation = this.rep;
  }

  /** Semester funnel totals from the weekly ones (only outcomes need them, not the Monte Carlo). */
  sumFunnel(): void {
    const FW = this.funnelW, F = this.funnel;
    F.fill(0);
    for (let w = 0; w < WEEKS; w++) for (let i = 0; i < NCH * NST; i++) F[i] = F[i]! + FW[w * NCH * NST + i]!;
  }

  /** The plan's trade shows of weeks [from, 26) (finance's budget cut can drop a show of weeks 9-26, by D6). */
  private compileShows(plan: Plan, from: number): void {
    this.showKind.fill(-1, from);
    for (const sh of plan.shows) {
      if (sh.week > from && sh.week <= WEEKS) this.showKind[sh.week - 1] = sh.kind === 'sector' ? 1 : sh.kind === 'minor' ? 2 : 0;
    }
  }

  /** The phase's plan in force: its campaign shares and paid media budgets. */
  private enterPhase(phase: number): void {
    this.phase = phase;
    const ph = this.ph;
    this.campShare.set(ph.campaign.share);
    this.displayW = ph.displayWeekly;
    this.linkedinW = ph.linkedinSponsoredWeekly;
  }

  private week(w: number, rng: Rng): void {
    if (w === PHASE1_WEEKS) {
      this.enterPhase(1);
      reallocate(this, this.plan.reallocShare);
    }
    listArrives(this, w);
    this.wClicks = this.wVisits = this.wRaw = this.wQual = 0;
    const weekFills = this.weekFills, weekQual = this.weekQual, wUnqCh = this.wUnqCh, wUnqFitCh = this.wUnqFitCh;
    for (let i = 0; i < NSEG; i++) weekFills[i] = weekQual[i] = 0;
    for (let i = 0; i < NCH; i++) wUnqCh[i] = wUnqFitCh[i] = 0;
    const wb = SLOT_WEEK0 + w * WEEK_SLOTS;
    if (send(this, w, wb, rng)) {
      mailResponses(this, w, wb, rng);
      afterSend(this, w);
    }
    ads(this, w, wb, rng);
    shows(this, w, wb, rng);
    nurture(this, w, wb, rng);
    sales(this, w, wb, rng);
    if ((w & 3) === 3) decay(this, wb, rng);
    spendWeek(this, w);
    const W = this.weekly;
    W[M_CLICKS * WEEKS + w] = this.wClicks;
    W[M_VISITS * WEEKS + w] = this.wVisits;
    W[M_RAW * WEEKS + w] = this.wRaw;
    W[M_QUAL * WEEKS + w] = this.wQual;
  }
}

/** A model for Monte Carlo runs: without the ad channels' clicks and visits (no distribution or observer reads them). */
export function monteCarloModel(): Model {
  const m = new Model();
  m.detail = false;
  return m;
}

/** Sum of a weekly metric over weeks [from, to). */
export function sumWeeks(m: State, metric: number, from = 0, to = WEEKS): number {
  let s = 0;
  for (let w = from; w < to; w++) s += m.weekly[metric * WEEKS + w]!;
  return s;
}

export type { SegVec };
