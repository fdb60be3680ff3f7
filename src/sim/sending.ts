// Stage 2, sending and deliverability: the week's mailing (campaign or newsletter, by a 4-week
// rhythm), who is mailed in each pool, hard and soft bounces, spam-trap hits, fatigue, inbox
// placement from reputation; after the readers' responses (conversion.ts), the platform's rules
// (review, suspension, re-permission) and the reputation for next week.
import { repermission } from './audience';
import { emailCoefficients } from './conversion';
import { clamp01, placement } from './response-curves';
import type { Rng } from './rng';
import { SCENARIO } from './scenario';
import {
  E_CLICK, E_COMPL, E_FILL, E_OPEN, E_UNSUB, EV_INDEX, M_COMPLAINTS, M_DELIVERED, M_HARD, M_INBOX, M_INBOX_RATE, M_OPENS, M_REP,
  M_SENT, M_SOFT, M_TRAPS, M_UNSUBS, NE, NENG, NPOOL, NSEG, PHASE1_WEEKS, WEEKS, W_SOFT, type State,
} from './state';
import type { Plan } from './types';

/** The sender's usual volume for reputation: the own base, mailed in full. */
const REF_VOLUME = SCENARIO.ownBase.reduce((a, b) => a + b, 0);
const NEWSLETTER_ORDER = [2, 1, 3, 0] as const;

/** Mailing slot of a week within a 4-week cycle: 0 none, 1 campaign, 2 newsletter. */
export function slotOf(week0: number, campaigns: number, newsletters: number): number {
  const pos = week0 & 3;
  for (let i = 0; i < campaigns; i++) if (Math.round((i * 4) / campaigns) === pos) return 1;
  let left = newsletters;
  for (let j = 0; j < 4 && left > 0; j++) {
    const p = NEWSLETTER_ORDER[j]!;
    let taken = false;
    for (let i = 0; i < campaigns; i++) if (Math.round((i * 4) / campaigns) === p) taken = true;
    if (taken) continue;
    if (p === pos) return 2;
    left--;
  }
  return 0;
}

/** The mailing rhythm of weeks [from, 26) from the plan. */
export function compileRhythm(s: State, plan: Plan, from: number): void {
  for (let w = from; w < WEEKS; w++) {
    const ph = plan.phases[w < PHASE1_WEEKS ? 0 : 1];
    s.mailSlot[w] = slotOf(w, ph.campaignPerMonth, ph.newsletterPerMonth);
  }
}

/**
 * The week's mailing, up to the inbox: what is sent (0 none, 1 campaign content, 2 generic
 * content; `s.mailing`), per pool who is mailed (hard bounces: dead addresses, then suppressed;
 * spam traps), fatigue and novelty, the pool's rates this week; soft bounces (one draw), inbox
 * placement. Sends, inbox placement, opens and clicks are expectations (thousands of contacts:
 * their binomial noise is a fraction of a percent, far below the rates' own uncertainty).
 * Returns false for a week without mailing (then quietWeek has run).
 */
export function send(s: State, w: number, wb: number, rng: Rng): boolean {
  const k = s.k;
  const ph = s.ph;
  const plan = s.plan;
  const inPhase2 = w >= PHASE1_WEEKS;
  const slot = w < s.suspendedUntil ? 0 : s.mailSlot[w]!;
  let mailing = 0;
  let campaignSlot = false;
  if (slot === 1) {
    // A segmented launch waits for its per-segment mailings and landing pages to be built.
    const paused = (inPhase2 && w - PHASE1_WEEKS < ph.campaignPauseWeeks) || (plan.segmentBuild === true && w < k.segBuild);
    if (!paused) {
      campaignSlot = true;
      mailing = w + 1 >= plan.campaignStartWeek ? 1 : 2;
    }
  } else if (slot === 2) mailing = 2;
  s.mailing = mailing;
  if (mailing === 0) {
    quietWeek(s, w);
    return false;
  }
  const testing = campaignSlot && w < plan.testWeeks;
  const sampleMul = testing ? k.testSample : 1;
  const abOn = campaignSlot && ph.abWinner && w >= plan.testWeeks;
  const engaged = ph.engagedOnly;
  const live = s.boughtLive ? NPOOL : NSEG;
  const key = mailing + (campaignSlot ? 3 : 0) + (abOn ? 6 : 0) + (inPhase2 ? 12 : 0);
  if (!(s.ecDone & (1 << key))) emailCoefficients(s, key, mailing, campaignSlot, abOn);
  const eo = key * NPOOL * NE; // this state's coefficients in EC
  s.campaignSlot = campaignSlot ? 1 : 0;
  s.testing = testing ? 1 : 0;
  s.live = live;
  s.eo = eo;
  const stale = s.stale, invalid = s.invalid, traps = s.traps, trapsHit = s.trapsHit;
  const sActive = s.sActive, sStale = s.sStale, sTraps = s.sTraps, sHard = s.sHard, pShare = s.pShare;
  const suppressed = s.suppressed, campShare = s.campShare;
  const wFill = s.wFill, wUnsub = s.wUnsub, wCompl = s.wCompl;

  // Per pool: who is mailed, fatigue, and the pool's rates this week; their sums weighted by the people mailed.
  const C = s.EC;
  const fatMem = k.fatMem, fatRef = k.fatRef, invFatRef = 1 / k.fatRef, fatOpenK = k.fatOpenK, fatAnnoyK = k.fatAnnoyK;
  const fatigue = s.fatigue, rOpen = s.rOpen, rCtor = s.rCtor;
  const novelty = s.novelty, nameLift = k.newNameLift;
  const eng = s.eng, gFill = s.gFill, gUnsub = s.gUnsub, gCompl = s.gCompl;
  const respCore = k.respCore, respLuke = k.respLuke, respDormant = k.respDormant, engTire = k.engTire, dormAnnoy = k.dormAnnoy;
  const disengage = k.disengage;
  let sent = 0, hard = 0, trapHits = 0, trapWeight = 0, reached = 0;
  let sumA = 0, sumOp = 0, sumCl = 0, sumFill = 0, sumUnsub = 0, sumCompl = 0;
  for (let q = 0; q < live; q++) {
    let share = 0;
    if (suppressed[q] === 0) share = campaignSlot ? campShare[q < NSEG ? q : q - NSEG]! * sampleMul : 1;
    pShare[q] = share;
    const f = fatigue[q]! * fatMem + share; // memory of past mailings, this one included
    fatigue[q] = f;
    if (share === 0) {
      wFill[q] = wUnsub[q] = wCompl[q] = 0;
      continue;
    }
    // The people who read, by engagement group; a sunset policy (engaged only) leaves the dormant out.
    const e0 = q * NENG;
    const eC = eng[e0]!, eL = eng[e0 + 1]!, eD = engaged ? 0 : eng[e0 + 2]!;
    const people = eC + eL + eD;
    const sa = Math.round(people * share);
    const per = people > 0 ? sa / people : 0;
    const ss = engaged ? 0 : Math.round(stale[q]! * share);
    const si = engaged ? 0 : Math.round(invalid[q]! * share);
    const st = engaged ? 0 : Math.round(traps[q]! * share);
    const stOld = engaged ? 0 : Math.round(trapsHit[q]! * share);
    traps[q] = traps[q]! - st;
    trapsHit[q] = trapsHit[q]! + st;
    sActive[q] = sa;
    sStale[q] = ss;
    sTraps[q] = st + stOld;
    sHard[q] = si;
    invalid[q] = invalid[q]! - si;
    reached += sa + ss;
    sent += sa + ss + si + st + stOld;
    hard += si;
    trapHits += st + stOld;
    trapWeight += st + 0.1 * stOld;
    const excess = f > fatRef ? f * invFatRef - 1 : 0;
    const c = eo + q * NE;
    // Names never mailed before open and click more on their first sends (novelty), fading with each
    // send as it is remembered: a longer memory of mailings wears the novelty off sooner.
    const nov = 1 + nameLift * novelty[q]!;
    novelty[q] = novelty[q]! * (1 - share * fatMem);
    // Each engagement group responds at its own rate (the engaged core most, dormant readers barely),
    // with diminishing returns to frequency: above the 2015 cadence (excess > 0) opens fall, the
    // engaged core's most (it notices), and complaints and unsubscribes rise, the dormant's most.
    const oBase = C[c + E_OPEN]! * nov, xO = fatOpenK * excess;
    const xC = (oBase * respCore) / (1 + xO * engTire), xL = (oBase * respLuke) / (1 + xO), xD = (oBase * respDormant) / (1 + xO);
    const oC = clamp01(xC, 0.95), oL = clamp01(xL, 0.95), oD = clamp01(xD, 0.95);
    // Clicks per mailed reader (clicks per open x the open propensity), at most 90% of the opens: a
    // reader who would open "more than always" clicks more, not less.
    const ctor0 = C[c + E_CLICK]! * nov;
    const kC = clamp01(xC * ctor0, 0.9 * oC), kL = clamp01(xL * ctor0, 0.9 * oL), kD = clamp01(xD * ctor0, 0.9 * oD);
    const xA = fatAnnoyK * excess, uBase = C[c + E_UNSUB]! * C[c + E_OPEN]!;
    const uN = clamp01(uBase * (1 + xA), 0.5), uD = clamp01(uBase * (1 + xA * dormAnnoy), 0.5);
    const cN = clamp01(C[c + E_COMPL]! * (1 + xA), 0.05), cD = clamp01(C[c + E_COMPL]! * (1 + xA * dormAnnoy), 0.05);
    const mC = eC * per, mL = eL * per, mD = eD * per; // mailed, by group
    const opC = mC * oC, opL = mL * oL, opD = mD * oD;
    const op = opC + opL + opD;
    const clC = mC * kC, clL = mL * kL, clD = mD * kD;
    const cl = clC + clL + clD;
    rCtor[q] = op > 0 ? cl / op : 0;
    const wuC = mC * uN, wuL = mL * uN, wuD = mD * uD;
    const wcC = mC * cN, wcL = mL * cN, wcD = mD * cD;
    const wu = wuC + wuL + wuD, wc = wcC + wcL + wcD;
    rOpen[q] = sa > 0 ? op / sa : 0;
    // Each group's share of the pool's fills (in proportion to its clicks), unsubscribes and
    // complaints: who leaves the list when they do (mailResponses).
    const iCl = cl > 0 ? 1 / cl : 0, iWu = wu > 0 ? 1 / wu : 0, iWc = wc > 0 ? 1 / wc : 0;
    gFill[e0] = clC * iCl;
    gFill[e0 + 1] = clL * iCl;
    gFill[e0 + 2] = clD * iCl;
    gUnsub[e0] = wuC * iWu;
    gUnsub[e0 + 1] = wuL * iWu;
    gUnsub[e0 + 2] = wuD * iWu;
    gCompl[e0] = wcC * iWc;
    gCompl[e0 + 1] = wcL * iWc;
    gCompl[e0 + 2] = wcD * iWc;
    // Fatigue grows with sends: over-mailed readers cool, the engaged core to lukewarm, the lukewarm to dormant.
    if (excess > 0) {
      const m0 = disengage * excess, m = m0 > 0.5 ? 0.5 : m0;
      const dC = mC * m, dL = mL * m;
      eng[e0] = eC - dC;
      eng[e0 + 1] = eL + dC - dL;
      eng[e0 + 2] = eng[e0 + 2]! + dL;
    }
    const wf = cl * C[c + E_FILL]!;
    wFill[q] = wf;
    wUnsub[q] = wu;
    wCompl[q] = wc; // per unit of kIn: complaints come from the inbox
    sumA += sa;
    sumOp += op;
    sumCl += cl;
    sumFill += wf;
    sumUnsub += wu;
    sumCompl += wc;
    // Open rate down by 15% or more from over-mailing: 1 / (1 + k * excess) <= 0.85.
    if (!s.fatigueSeen && q < NSEG && fatOpenK * excess >= 0.15 / 0.85) {
      s.fatigueSeen = 1;
      s.event(w, EV_INDEX.list_fatigue);
    }
  }
  // Soft bounces: one draw for the week (every pool keeps the same delivered share).
  const soft = rng.bin(reached, k.pSoft, wb + W_SOFT);
  const keep = reached > 0 ? 1 - soft / reached : 0;
  // Reputation counts bounces and complaints against the sender's usual volume (its list size),
  // so more of them never helps; the platform's review rules use the send's own rates.
  const penB = k.bouncePen * Math.max(0, (hard / REF_VOLUME) * 100 - 2);
  const trapRaw = k.trapPen * trapWeight;
  const penT = trapRaw > 20 ? 20 : trapRaw;
  // Mailbox providers react while the campaign is delivered: part of this week's damage applies now.
  const inboxP = placement(s.rep - k.inWeek * (penB + penT), k.inboxHigh, k.inboxLow);
  // Expectations (thousands of contacts): delivered, in the inbox, opened, clicked. Addresses
  // nobody reads are delivered and placed but never act.
  const delivered = sent - hard - soft;
  const kIn = keep * inboxP; // mailed reader -> delivered -> inbox
  s.sent = sent;
  s.hard = hard;
  s.soft = soft;
  s.reached = reached;
  s.trapHits = trapHits;
  s.delivered = delivered;
  s.inboxN = Math.round(delivered * inboxP);
  s.inboxP = inboxP;
  s.keep = keep;
  s.kIn = kIn;
  s.penB = penB;
  s.penT = penT;
  s.sumA = sumA;
  s.sumOp = sumOp;
  s.sumCl = sumCl;
  s.sumFill = sumFill;
  s.sumUnsub = sumUnsub;
  s.sumCompl = sumCompl;
  s.opens = Math.round(sumOp * kIn);
  s.clicks = Math.round(sumCl * kIn);
  s.readers = Math.round(sumA * kIn); // readers who found the mail in their inbox
  return true;
}

/**
 * After the readers' responses: someone watching stops a list part bouncing or complaining past
 * the platform's review level; the platform's rules; the reputation for next week.
 */
export function afterSend(s: State, w: number): void {
  const k = s.k;
  const sent = s.sent, hard = s.hard, delivered = s.delivered, complaints = s.complaints, keep = s.keep;
  if (s.plan.monitoring || s.testing) {
    const live = s.live, suppressed = s.suppressed, pShare = s.pShare, sHard = s.sHard, sStale = s.sStale, sTraps = s.sTraps;
    for (let q = 0; q < live; q++) {
      if (pShare[q] === 0 || suppressed[q] !== 0) continue;
      const sa = s.sActive[q]!, co = s.kCompl[q]!;
      const hq = sHard[q]!;
      const sq = sa + sStale[q]! + hq + sTraps[q]!;
      if ((hq >= 10 && hq >= k.reviewB * sq) || (co >= 3 && co >= k.reviewC * ((sa + sStale[q]!) * keep + sTraps[q]!))) {
        suppressed[q] = 1;
        s.event(w, EV_INDEX.pool_suppressed);
      }
    }
  }
  // Platform rules, then the reputation for next week.
  if (s.trapHits > 0 && !s.trapSeen) {
    s.trapSeen = 1;
    s.event(w, EV_INDEX.spam_trap);
  }
  const hbr = sent > 0 ? hard / sent : 0;
  const cr = delivered > 0 ? complaints / delivered : 0;
  if (sent > 0) {
    const reviewLevel = hbr >= k.reviewB || cr >= k.reviewC;
    // Under review, the sender has the review period to fix the cause: a review-level week at its end (within 4 weeks of the review) suspends.
    const sinceReview = w - s.lastReview;
    if (hbr >= k.suspendB || cr >= k.suspendC || (reviewLevel && sinceReview >= k.reviewPeriod && sinceReview <= 4)) {
      s.suspendedUntil = w + 1 + k.suspWeeks;
      s.lastReview = -100;
      s.event(w, EV_INDEX.platform_suspension);
      // Reinstatement requires re-permissioning the whole mailed list (the platform suspended the
      // account, not one list): only the contacts who confirm they want the mail may be mailed
      // again, own base included (unread addresses, dead ones and traps never confirm). So a
      // suspension never cleans a bad list for free: it costs most of the good one too.
      repermission(s, 0, NSEG, k.repermOwn);
      repermission(s, NSEG, NPOOL, k.repermBought);
    } else if (reviewLevel && sinceReview > 4) {
      s.lastReview = w;
      s.event(w, EV_INDEX.platform_review);
    }
  }
  // Mailbox providers read the complaint rate of mail that reached the inbox (spam-foldered mail
  // draws no reports, and does not dilute them): its expectation per inboxed reader, at the
  // sender's usual volume, so spam-foldering never lowers the penalty and more of it never helps.
  const penC = k.complPen * Math.max(0, ((s.sumCompl * keep) / REF_VOLUME) * 1000 - 0.5);
  const W = s.weekly;
  W[M_REP * WEEKS + w] = s.rep;
  W[M_INBOX_RATE * WEEKS + w] = s.inboxP;
  // The damage lands over the following weeks (reports and blocklists arrive after the send).
  s.repPending = s.repPending + (s.penB + s.penT + penC);
  const land = k.repOnset * s.repPending;
  s.repPending = s.repPending - land;
  const rp = s.rep + k.recovery * (k.repStart - s.rep) - land;
  s.rep = rp < 0 ? 0 : rp > 100 ? 100 : rp;
  W[M_SENT * WEEKS + w] = sent;
  W[M_DELIVERED * WEEKS + w] = delivered;
  W[M_HARD * WEEKS + w] = hard;
  W[M_SOFT * WEEKS + w] = s.soft;
  W[M_COMPLAINTS * WEEKS + w] = complaints;
  W[M_UNSUBS * WEEKS + w] = s.unsubs;
  W[M_TRAPS * WEEKS + w] = s.trapHits;
  W[M_INBOX * WEEKS + w] = s.inboxN;
  W[M_OPENS * WEEKS + w] = s.opens;
}

/** A week without mailing: fatigue fades, reputation recovers (not while suspended: nothing is sent that could earn it back). */
function quietWeek(s: State, w: number): void {
  const k = s.k;
  const fatigue = s.fatigue, fatMem = k.fatMem;
  for (let q = 0; q < NPOOL; q++) fatigue[q] = fatigue[q]! * fatMem;
  const W = s.weekly;
  W[M_REP * WEEKS + w] = s.rep;
  W[M_INBOX_RATE * WEEKS + w] = placement(s.rep, k.inboxHigh, k.inboxLow);
  const land = k.repOnset * s.repPending;
  s.repPending = s.repPending - land;
  const r = (w < s.suspendedUntil ? s.rep : s.rep + k.recovery * (k.repStart - s.rep)) - land;
  s.rep = r < 0 ? 0 : r > 100 ? 100 : r;
  s.mqlCh[0] = 0; // CH_EMAIL
  s.sent = 0;
}
