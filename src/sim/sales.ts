// Stage 4, sales: qualified leads are routed (or slip) into a queue per channel, unqualified fills
// may be forwarded too. Inside sales call the waiting leads newest first within the week's
// capacity (scored leads first when scoring is on: a fresh lead is worth more); a lead waits up to QUEUE_AGE weeks and loses
// value with every week it waits (Oldroyd et al.: leads go cold); one still waiting after that
// goes to the account managers, who follow up a share of such leads, late. Called qualified leads
// are accepted or not (4 slots).
import { clamp01 } from './response-curves';
import type { Rng } from './rng';
import { splitShares } from './split';
import {
  CH_SHOWS, EV_INDEX, JUNK, M_ACC, M_LOST, NCH, NQ, NST, PHASE1_WEEKS, QUEUE_AGE, ST_ACCEPTED, ST_QUALIFIED, WEEKS, W_SALES,
  type State,
} from './state';

/** Shares are cumulative rounding (offset one half): deterministic, no variate. */
const ROUND = 0.5;

/**
 * Slot of the leads that have waited `age` weeks in each queue (State.queue[c * QUEUE_AGE + slot]):
 * the slots form a ring starting at `head` (State.qHead), so ageing moves the head, not the leads.
 */
function slotOfAge(head: number, age: number): number {
  const i = head + age;
  return i < QUEUE_AGE ? i : i - QUEUE_AGE;
}

export function sales(s: State, w: number, wb: number, rng: Rng): void {
  const k = s.k;
  const ph = s.ph;
  const agree = ph.salesAgreement && w - (w >= PHASE1_WEEKS ? PHASE1_WEEKS : 0) >= ph.agreementDelayWeeks;
  const filtered = agree || ph.scoring;
  const slip = agree ? k.agreeSlip : k.salesSlip;
  let cap = Math.round(k.salesCapacity * (agree ? k.agreeCapacity : 1));
  const pAcc = clamp01(k.acceptRate * (agree ? k.agreeAccept : 1) * (ph.scoring ? k.scoringAccept : 1), 0.95);
  const Q = s.queue, F = s.funnelW, mql = s.mqlCh, split = s.split, called = s.called, routeW = s.routeW;
  const head = s.qHead; // the queues' slot of the newest leads (a ring: see slotOfAge)
  const o = w * NCH * NST;
  const junk = rng.bin(s.wUnq, filtered ? k.agreeJunk : k.junkPass, wb + W_SALES);
  // One routing draw for all qualified leads, split across channels in proportion.
  let mqlAll = 0;
  for (let c = 0; c < NCH; c++) {
    const m = mql[c]!;
    mqlAll += m;
    F[o + c * NST + ST_QUALIFIED] = m;
    called[c] = 0;
  }
  called[JUNK] = 0;
  // Show leads slip more (badge scans on spreadsheets, CEIR) unless an SLA covers every lead.
  const slipShow = agree ? slip : k.showSlip;
  const mShow = mql[CH_SHOWS]!;
  const pRouted = mqlAll > 0 ? ((mqlAll - mShow) * (1 - slip) + mShow * (1 - slipShow)) / mqlAll : 0;
  const routedAll = rng.bin(mqlAll, pRouted, wb + W_SALES + 1);
  // Split across channels in proportion to their expected routed leads (never above a channel's
  // leads), into the newest slot of each queue. Nothing routed: the queues' newest slots keep what they hold.
  if (routedAll > 0) {
    for (let c = 0; c < NCH; c++) routeW[c] = mql[c]! * (c === CH_SHOWS ? 1 - slipShow : 1 - slip);
    splitShares(routedAll, mqlAll * pRouted, ROUND, routeW, mql, split, 0, NCH);
    for (let c = 0; c < NCH; c++) Q[c * QUEUE_AGE + head] = Q[c * QUEUE_AGE + head]! + split[c]!;
  }
  Q[JUNK * QUEUE_AGE + head] = Q[JUNK * QUEUE_AGE + head]! + junk;
  s.calledW = 0;
  // Scored leads: qualified ones first, forwarded fills with what is left; otherwise all mixed.
  if (ph.scoring) {
    cap = callFrom(s, 0, NCH, cap);
    callFrom(s, JUNK, NQ, cap);
  } else callFrom(s, 0, NQ, cap);
  // Leads left in the oldest slot go to field sales; the others age by a week.
  // Ageing is a turn of the ring: the oldest slot, emptied, takes next week's new leads.
  const oldest = slotOfAge(head, QUEUE_AGE - 1);
  let over = 0, calledQ = 0;
  for (let c = 0; c < NCH; c++) {
    const x = Q[c * QUEUE_AGE + oldest]!;
    Q[c * QUEUE_AGE + oldest] = 0;
    split[c] = x;
    over += x;
    calledQ += called[c]!;
  }
  Q[JUNK * QUEUE_AGE + oldest] = 0; // forwarded fills nobody called are dropped
  s.qHead = oldest;
  // Account managers follow up a share of the overflow among their own work, after the wait.
  let followed = 0;
  if (over > 0) {
    followed = rng.bin(over, k.fieldFollowUp, wb + W_SALES + 3);
    splitShares(followed, over, ROUND, split, split, split, 0, NCH);
    if (followed > 0) for (let c = 0; c < NCH; c++) called[c] = called[c]! + split[c]!;
  }
  const lost = over - followed;
  const nCalls = calledQ + followed;
  const wCalls = s.calledW + followed * s.ageValue[QUEUE_AGE]!;
  // One acceptance draw for the week's calls on qualified leads (at their mean, age-discounted
  // rate), split across channels.
  const accepted = nCalls > 0 ? rng.bin(nCalls, Math.min(1, (pAcc * wCalls) / nCalls), wb + W_SALES + 2) : 0;
  splitShares(accepted, nCalls, ROUND, called, called, split, 0, NCH);
  for (let c = 0; c < NCH; c++) F[o + c * NST + ST_ACCEPTED] = split[c]!;
  // Sales cannot keep up: leads inside sales could not call in time reach 15% of the qualified leads so far.
  s.cumLost = s.cumLost + over;
  s.cumQual = s.cumQual + mqlAll;
  if (!s.overloadSeen && s.cumLost >= 20 && s.cumLost >= 0.15 * s.cumQual) {
    s.overloadSeen = 1;
    s.event(w, EV_INDEX.sales_overload);
  }
  s.weekly[M_ACC * WEEKS + w] = accepted;
  s.weekly[M_LOST * WEEKS + w] = lost;
}

/**
 * Calls queues [from, to) newest first (a fresh lead is worth more: Oldroyd et al.; the older ones
 * keep losing value in the queue and pass to field sales at its age limit), sharing the calls in
 * proportion (largest remainders); returns calls left.
 */
function callFrom(s: State, from: number, to: number, cap: number): number {
  const Q = s.queue, called = s.called, ageValue = s.ageValue;
  let calledW = s.calledW;
  const head = s.qHead;
  for (let age = 0; age < QUEUE_AGE && cap > 0; age++) {
    const b = slotOfAge(head, age);
    let waiting = 0;
    for (let c = from; c < to; c++) waiting += Q[c * QUEUE_AGE + b]!;
    if (waiting <= 0) continue;
    if (waiting <= cap) {
      for (let c = from; c < to; c++) {
        const n = Q[c * QUEUE_AGE + b]!;
        called[c] = called[c]! + n;
        if (c < NCH) calledW += n * ageValue[age]!;
        Q[c * QUEUE_AGE + b] = 0;
      }
      cap -= waiting;
    } else {
      let given = 0;
      for (let c = from; c < to; c++) {
        const n = Math.floor((Q[c * QUEUE_AGE + b]! * cap) / waiting);
        called[c] = called[c]! + n;
        if (c < NCH) calledW += n * ageValue[age]!;
        Q[c * QUEUE_AGE + b] = Q[c * QUEUE_AGE + b]! - n;
        given += n;
      }
      for (let c = from; c < to && given < cap; c++) {
        if (Q[c * QUEUE_AGE + b]! > 0) {
          called[c] = called[c]! + 1;
          if (c < NCH) calledW += ageValue[age]!;
          Q[c * QUEUE_AGE + b] = Q[c * QUEUE_AGE + b]! - 1;
          given++;
        }
      }
      cap = 0;
    }
  }
  s.calledW = calledW;
  return cap;
}
