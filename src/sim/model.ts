// The weekly funnel model: one run of 26 weeks for a plan, a parameter draw and a seeded generator.
// Hot path: typed arrays, no allocation inside the weekly loop, and a fixed slot for every count
// (see rng.ts): each count of each week reads its own variate whatever the plan or the outcomes,
// so weeks 1-8 use the same variates whatever comes after week 8, and two plans compared under
// one seed see the same variate for the same count. Counts with large numbers (sends, inbox
// placement, opens, clicks) are expectations; counts where chance matters (form fills,
// qualification, unsubscribes, complaints, acceptance, ...) are binomial draws.
import { PARAM_IDS, type ParamId } from './calibration';
import type { Rng } from './rng';
import { SCENARIO, SEGMENT_INFO } from './scenario';
import { EVENT_IDS, type ContentSpec, type EventId, type PhasePlan, type Plan, type SegVec } from './types';

export const WEEKS = 26;
export const PHASE1_WEEKS = 8;
export const NSEG = 5;
const NTARGET = 4; // segments that can qualify (all but 'other')
export const NCH = 7;
export const NST = 9;
const NPOOL = 10; // pool = source * NSEG + segment; source 0 own base, 1 bought list
const NQ = NCH + 1; // sales queues: one per channel, plus unqualified fills forwarded to sales
const JUNK = NCH;
const QUEUE_AGE = 3; // weeks a lead waits for inside sales before it is passed to field sales (or lost)
const MAX_EVENTS = 64;

// Slots of the generator: the parameters (PARAM_IDS order), the set-up draws, then one block per week.
export const SLOT_PARAMS = 0;
const SLOT_SETUP = 256; // own base: + s * 4 + 0..3; bought list: + 20 + s * 5 + 0..4
const SLOT_WEEK0 = 512;
const WEEK_SLOTS = 256;
// Offsets within a week's block.
const W_SOFT = 0; // soft bounces of the week's mailing
// The week's email fills, unsubscribes, complaints and qualified leads: the total, then the offset
// of its split across pools.
const W_FILL = 1, W_UNSUB = 3, W_COMPL = 5, W_QUAL = 7;
// Ads and shows: per channel, the fills, their split across segments, the qualified, their split.
const W_ADS = 48; // + channel * 2 (fills, their split); then the ads' qualified and their split
const W_ADQUAL = 64;
const W_ADCLICK = 72; // + channel * 2 (visits, clicks of those who did not fill)
const W_SHOWS = 136;
const W_NURTURE = 148; // re-engaged, their split, qualified, their split
const W_SALES = 164; // + (forwarded, routed, accepted, followed up by field sales)
const W_DECAY = 168; // + pool (decayed addresses that bounce)

// Channel indexes (CHANNELS order) and stage indexes (STAGES order).
export const CH_EMAIL = 0, CH_LANDING = 1, CH_LINKEDIN = 2, CH_TWITTER = 3, CH_FACEBOOK = 4, CH_DISPLAY = 5, CH_SHOWS = 6;
export const ST_REACH = 0, ST_DELIVERED = 1, ST_INBOX = 2, ST_VIEWED = 3, ST_CLICKED = 4, ST_VISITS = 5, ST_FILLED = 6, ST_QUALIFIED = 7, ST_ACCEPTED = 8;

// Weekly metric indexes (row of the weekly matrix).
export const M_SENT = 0, M_DELIVERED = 1, M_HARD = 2, M_SOFT = 3, M_COMPLAINTS = 4, M_UNSUBS = 5, M_TRAPS = 6,
  M_INBOX_RATE = 7, M_INBOX = 8, M_OPENS = 9, M_CLICKS = 10, M_VISITS = 11, M_RAW = 12, M_QUAL = 13, M_ACC = 14,
  M_LOST = 15, M_SPEND = 16, M_REP = 17, M_BANNER = 18;
export const NM = 19;

/** Index of each parameter in a drawn parameter vector. */
export const PI = Object.fromEntries(PARAM_IDS.map((id, i) => [id, i])) as Readonly<Record<ParamId, number>>;
export const NPARAM = PARAM_IDS.length;
if (NPARAM > SLOT_SETUP - SLOT_PARAMS) throw new Error('more parameters than parameter slots');
export const EV_INDEX = Object.fromEntries(EVENT_IDS.map((id, i) => [id, i])) as Readonly<Record<EventId, number>>;

const SEG_FIT = new Float64Array(SEGMENT_INFO.map((s) => s.fit));
/** The sender's usual volume for reputation: the own base, mailed in full. */
const REF_VOLUME = SCENARIO.ownBase.reduce((a, b) => a + b, 0);
const AUD = SCENARIO.audiences;
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

/** Inbox placement from a 0..100 reputation: Return Path's high/low anchors, linear between, falling below. */
export function placement(rep: number, high: number, low: number): number {
  if (rep >= 90) return high;
  if (rep >= 70) return low + ((high - low) * (rep - 70)) / 20;
  const p = low * ((rep - 30) / 40);
  return p < 0.05 ? 0.05 : p;
}

/** Qualification probability: the base odds scaled by fit, relevance and scoring (saturates below 1). */
export function qualProb(baseOdds: number, multiplier: number): number {
  const o = baseOdds * multiplier;
  return o / (1 + o);
}

const clamp01 = (x: number, max: number): number => (x > max ? max : x < 0 ? 0 : x);

// Per-pool email probabilities of a mailing state, before fatigue (slots of Model.EC): open, click per
// open, unsubscribe per open, complaint, click -> visit -> fill, qualify, visit among clickers who did not fill.
const E_OPEN = 0, E_CLICK = 1, E_UNSUB = 2, E_COMPL = 3, E_FILL = 4, E_QUAL = 5, E_VREST = 6, NE = 7;

/**
 * The state of one run and its results. One Model is reused across runs (Monte Carlo): `run`
 * resets everything it reads. Per-run constants are fields so the small methods stay monomorphic.
 * Every mutable field is listed in `copyFrom` (the branch table resumes copies after week 8).
 */
export class Model {
  // ---- Pool state ----
  readonly active = new Float64Array(NPOOL);
  readonly stale = new Float64Array(NPOOL);
  readonly invalid = new Float64Array(NPOOL);
  readonly traps = new Float64Array(NPOOL); // spam traps never hit yet
  readonly trapsHit = new Float64Array(NPOOL); // spam traps already hit (mailbox providers know the sender)
  readonly fatigue = new Float64Array(NPOOL);
  readonly fit = new Float64Array(NPOOL);
  readonly suppressed = new Uint8Array(NPOOL);
  /** Novelty of the pool's names (1 never mailed, 0 mailed at the usual cadence): fades with every send. */
  readonly novelty = new Float64Array(NPOOL);
  private readonly sActive = new Float64Array(NPOOL);
  private readonly sStale = new Float64Array(NPOOL);
  private readonly sTraps = new Float64Array(NPOOL);
  private readonly sHard = new Float64Array(NPOOL);
  private readonly pShare = new Float64Array(NPOOL);
  // The week's email per pool: open, unsubscribe and complaint rates (after fatigue), fills, and
  // the weights of the qualified leads' split.
  private readonly rOpen = new Float64Array(NPOOL);
  private readonly rCtor = new Float64Array(NPOOL); // clicks per open (after novelty)
  private readonly rUnsub = new Float64Array(NPOOL);
  private readonly rCompl = new Float64Array(NPOOL);
  private readonly kFill = new Float64Array(NPOOL);
  private readonly wtQual = new Float64Array(NPOOL);
  private readonly relQ = new Float64Array(2 * NSEG); // (relevance / 0.5)^k for [campaign, generic]

  // ---- Results ----
  readonly weekly = new Float64Array(NM * WEEKS);
  readonly funnel = new Float64Array(NCH * NST); // semester totals: call sumFunnel() after run()
  readonly funnelW = new Float64Array(WEEKS * NCH * NST); // [week][channel][stage]
  readonly chSpend = new Float64Array(NCH);
  readonly segContacts = new Float64Array(NSEG);
  readonly segEmailLeads = new Float64Array(NSEG);
  readonly segRaw = new Float64Array(NSEG);
  readonly segQual = new Float64Array(NSEG);
  readonly evWeek = new Int16Array(MAX_EVENTS);
  readonly evId = new Uint8Array(MAX_EVENTS);
  evCount = 0;
  readonly evSeen = new Uint8Array(EVENT_IDS.length);
  finalReputation = 0;

  // ---- Leads in flight ----
  private readonly mqlCh = new Float64Array(NQ);
  private readonly queue = new Float64Array(NQ * QUEUE_AGE);
  private readonly called = new Float64Array(NQ);
  /** Value left in a lead called after waiting a weeks (index 0..QUEUE_AGE): (1 - decay)^a. */
  private readonly ageValue = new Float64Array(QUEUE_AGE + 1);
  private calledW = 0; // this week's calls on qualified leads, weighted by ageValue
  private readonly routeW = new Float64Array(NCH); // expected routed leads per channel this week
  private readonly split = new Float64Array(NQ);
  // Nurturing: unqualified leads of fitting segments, per channel, with their summed segment fit.
  private readonly nurtureCand = new Float64Array(NCH);
  private readonly nurtureCandFit = new Float64Array(NCH);
  private readonly nurturePool = new Float64Array(NCH);
  private readonly nurturePoolFit = new Float64Array(NCH);
  private readonly nRe = new Float64Array(NCH); // this week's re-engaged leads, and their qualification weights
  private readonly nQW = new Float64Array(NCH);
  private readonly wUnqCh = new Float64Array(NCH); // this week's unqualified fills of fitting segments
  private readonly wUnqFitCh = new Float64Array(NCH);
  private readonly weekFills = new Float64Array(NSEG);
  private readonly weekQual = new Float64Array(NSEG);
  // ---- The plan, compiled for the weekly loop ----
  private readonly oneOff = new Float64Array(WEEKS);
  private readonly showKind = new Int8Array(WEEKS); // -1 none, 0 generic, 1 sector, 2 minor
  private readonly mailSlot = new Int8Array(WEEKS); // slotOf() for the week's phase: 0 none, 1 campaign, 2 newsletter
  private readonly campShare = new Float64Array(NSEG); // campaign share of the current phase
  // Ads coefficients for the current state (phase, content started, A/B winner): recomputed on change.
  private adKey = -1;
  /** Per-pool email probabilities of each mailing state (key < 24), before fatigue: computed once per run and state. */
  private readonly EC = new Float64Array(24 * NPOOL * NE);
  private ecDone = 0; // bit per mailing state
  private readonly adReach = new Float64Array(NCH * NSEG);
  private readonly adFillW = new Float64Array(NCH * NSEG); // expected fills (reach x reach -> form fill)
  private readonly adFillCh = new Float64Array(NCH); // their sum per channel
  private readonly adQual = new Float64Array(NCH * NSEG);
  private readonly adVisitP = new Float64Array(NCH); // non-filler -> visitor, reach-weighted
  private readonly adClickP = new Float64Array(NCH); // non-visitor -> clicker, reach-weighted
  private readonly adReachCh = new Float64Array(NCH);
  // The week's ad fills and qualification weights by channel and segment.
  private readonly adF = new Float64Array(NCH * NSEG);
  private readonly adQW = new Float64Array(NCH * NSEG);
  // A show's fills and qualified leads by segment, and the qualification weights.
  private readonly segF = new Float64Array(NSEG);
  private readonly segQ = new Float64Array(NSEG);
  private readonly segQW = new Float64Array(NSEG);
  private readonly segR = new Float64Array(NSEG);

  // ---- Run state ----
  private plan!: Plan;
  private ph!: PhasePlan;
  private rep = 0;
  private repPending = 0; // reputation damage done but not yet applied by mailbox providers
  private suspendedUntil = -1;
  private lastReview = -100;
  private displayW = 0;
  private linkedinW = 0;
  private boughtLive = false;
  private nurtureOn = false;
  private overloadSeen = false;
  private cumLost = 0;
  private cumQual = 0;
  private fatigueSeen = false;
  private trapSeen = false;
  private wSpend = 0;
  private wClicks = 0;
  private wVisits = 0;
  private wRaw = 0;
  private wQual = 0;
  private wUnq = 0; // this week's form fills that did not qualify

  // ---- Per-run constants (from the drawn parameters) ----
  private pOpenInbox = 0; private ctor0 = 0; private pSoft = 0; private pCompl0 = 0; private pUnsub0 = 0;
  private decay4 = 0; private bounceShare = 0; private fatMem = 0; private fatRef = 0; private fatOpenK = 0; private fatAnnoyK = 0;
  private relOpenK = 0; private relClickK = 0; private relFillK = 0; private relAnnoyK = 0;
  private segOpen = 0; private segClickPerOpen = 0; private segCompl = 0; private segUnsub = 0;
  private abOpen = 0; private abFill = 0; private segLanding = 0; private formConv = 0; private genericPull = 0;
  private baseOdds = 0; private scoringQ = 0; private inboxHigh = 0; private inboxLow = 0; private repStart = 0;
  private reviewB = 0; private suspendB = 0; private reviewC = 0; private suspendC = 0; private suspWeeks = 0;
  private repermOwn = 0; private repermBought = 0;
  private recovery = 0; private bouncePen = 0; private complPen = 0; private trapPen = 0; private inWeek = 0;
  private visitEmail = 0; private espCost = 0; private testSample = 0; private boughtCompl = 0; private boughtUnsub = 0;
  private liCpc = 0; private liCtr = 0; private liOrgImpPerPost = 0; private liOrgCtr = 0; private liWarmth = 0;
  private twImpPerPost = 0; private twClick = 0; private twWarmth = 0; private fbImpPerPost = 0; private fbClick = 0; private fbWarmth = 0;
  private bannerCtr = 0; private cpmBroad = 0; private cpmChosen = 0; private dispVisit = 0; private dispWarmth = 0;
  private orgVisitors = 0; private orgConv = 0; private gatedOrgLift = 0;
  private showVisitors = 0; private showProspect = 0; private showCost = 0; private showQual = 0;
  private nurtureWeekly = 0; private nurtureQual = 0; private untrackedUsable = 0;
  private salesCapacity = 0; private salesSlip = 0; private acceptRate = 0; private junkPass = 0; private agreeJunk = 0;
  private agreeAccept = 0; private agreeSlip = 0; private agreeCapacity = 0; private scoringAccept = 0;
  private fieldFollowUp = 0; private showSlip = 0;
  private repOnset = 0; private newNameLift = 0; private freeAsset = 0; private reviewPeriod = 0; private segBuild = 0;

  /** Sales was the bottleneck: inside sales could not call 15% of the qualified leads in time (see sales()). */
  get salesBottleneck(): boolean {
    return this.overloadSeen;
  }

  private event(week0: number, id: number): void {
    this.evSeen[id] = 1;
    if (this.evCount < MAX_EVENTS) {
      this.evWeek[this.evCount] = week0 + 1;
      this.evId[this.evCount] = id;
      this.evCount++;
    }
  }

  /** Runs 26 weeks. `p` is a drawn parameter vector (see drawParams) from the same generator. */
  run(plan: Plan, p: Float64Array, rng: Rng): void {
    this.runPhase1(plan, p, rng);
    this.runPhase2(plan, rng);
  }

  /** Set-up and weeks 1-8: nothing here reads the plan's D6 part. */
  runPhase1(plan: Plan, p: Float64Array, rng: Rng): void {
    this.plan = plan;
    this.reset();
    this.derive(p);
    this.setup(plan, p, rng);
    for (let w = 0; w < PHASE1_WEEKS; w++) this.week(w, rng);
  }

  /**
   * Weeks 9-26 after `runPhase1` (or after `copyFrom` a model that ran it) with a plan of the same
   * D1-D5: the plan's weeks 9-26 (costs, mailing rhythm) are compiled again from this plan.
   */
  runPhase2(plan: Plan, rng: Rng): void {
    this.plan = plan;
    this.compileWeeks(plan, PHASE1_WEEKS);
    for (let w = PHASE1_WEEKS; w < WEEKS; w++) this.week(w, rng);
    this.finalReputation = this.rep;
  }

  /** Semester funnel totals from the weekly ones (only outcomes need them, not the Monte Carlo). */
  sumFunnel(): void {
    const FW = this.funnelW, F = this.funnel;
    F.fill(0);
    for (let w = 0; w < WEEKS; w++) for (let i = 0; i < NCH * NST; i++) F[i] = F[i]! + FW[w * NCH * NST + i]!;
  }

  /** Makes this model an exact copy of `m` (state, results and per-run constants). */
  copyFrom(m: Model): void {
    this.active.set(m.active); this.stale.set(m.stale); this.invalid.set(m.invalid); this.traps.set(m.traps);
    this.novelty.set(m.novelty); this.rCtor.set(m.rCtor); this.repPending = m.repPending;
    this.repOnset = m.repOnset; this.reviewPeriod = m.reviewPeriod; this.segBuild = m.segBuild; this.newNameLift = m.newNameLift; this.freeAsset = m.freeAsset;
    this.trapsHit.set(m.trapsHit); this.fatigue.set(m.fatigue); this.fit.set(m.fit); this.suppressed.set(m.suppressed);
    this.sActive.set(m.sActive); this.sStale.set(m.sStale); this.sTraps.set(m.sTraps); this.sHard.set(m.sHard);
    this.pShare.set(m.pShare); this.relQ.set(m.relQ);
    this.rOpen.set(m.rOpen); this.rUnsub.set(m.rUnsub); this.rCompl.set(m.rCompl); this.kFill.set(m.kFill); this.wtQual.set(m.wtQual);
    this.weekly.set(m.weekly); this.funnel.set(m.funnel); this.funnelW.set(m.funnelW); this.chSpend.set(m.chSpend);
    this.segContacts.set(m.segContacts); this.segEmailLeads.set(m.segEmailLeads); this.segRaw.set(m.segRaw); this.segQual.set(m.segQual);
    this.evWeek.set(m.evWeek); this.evId.set(m.evId); this.evCount = m.evCount; this.evSeen.set(m.evSeen);
    this.finalReputation = m.finalReputation;
    this.mqlCh.set(m.mqlCh); this.queue.set(m.queue); this.called.set(m.called); this.split.set(m.split);
    this.nurtureCand.set(m.nurtureCand); this.nurtureCandFit.set(m.nurtureCandFit); this.nurturePool.set(m.nurturePool);
    this.nurturePoolFit.set(m.nurturePoolFit); this.nRe.set(m.nRe); this.nQW.set(m.nQW); this.wUnqCh.set(m.wUnqCh); this.wUnqFitCh.set(m.wUnqFitCh);
    this.weekFills.set(m.weekFills); this.weekQual.set(m.weekQual);
    this.oneOff.set(m.oneOff); this.showKind.set(m.showKind); this.mailSlot.set(m.mailSlot); this.campShare.set(m.campShare);
    this.adKey = m.adKey; this.EC.set(m.EC); this.ecDone = m.ecDone;
    this.adReach.set(m.adReach); this.adFillW.set(m.adFillW); this.adFillCh.set(m.adFillCh); this.adQual.set(m.adQual);
    this.adVisitP.set(m.adVisitP); this.adClickP.set(m.adClickP); this.adReachCh.set(m.adReachCh);
    this.adF.set(m.adF); this.adQW.set(m.adQW); this.segF.set(m.segF); this.segQ.set(m.segQ); this.segQW.set(m.segQW); this.segR.set(m.segR);
    this.plan = m.plan; this.ph = m.ph; this.rep = m.rep; this.suspendedUntil = m.suspendedUntil; this.lastReview = m.lastReview;
    this.displayW = m.displayW; this.linkedinW = m.linkedinW; this.boughtLive = m.boughtLive; this.nurtureOn = m.nurtureOn;
    this.overloadSeen = m.overloadSeen; this.cumLost = m.cumLost; this.cumQual = m.cumQual; this.fatigueSeen = m.fatigueSeen;
    this.trapSeen = m.trapSeen; this.wSpend = m.wSpend; this.wClicks = m.wClicks; this.wVisits = m.wVisits; this.wRaw = m.wRaw;
    this.wQual = m.wQual; this.wUnq = m.wUnq;
    this.pOpenInbox = m.pOpenInbox; this.ctor0 = m.ctor0; this.pSoft = m.pSoft; this.pCompl0 = m.pCompl0; this.pUnsub0 = m.pUnsub0;
    this.decay4 = m.decay4; this.bounceShare = m.bounceShare; this.fatMem = m.fatMem; this.fatRef = m.fatRef; this.fatOpenK = m.fatOpenK;
    this.fatAnnoyK = m.fatAnnoyK; this.relOpenK = m.relOpenK; this.relClickK = m.relClickK; this.relFillK = m.relFillK;
    this.relAnnoyK = m.relAnnoyK; this.segOpen = m.segOpen; this.segClickPerOpen = m.segClickPerOpen; this.segCompl = m.segCompl;
    this.segUnsub = m.segUnsub; this.abOpen = m.abOpen; this.abFill = m.abFill; this.segLanding = m.segLanding; this.formConv = m.formConv;
    this.genericPull = m.genericPull; this.baseOdds = m.baseOdds; this.scoringQ = m.scoringQ; this.inboxHigh = m.inboxHigh;
    this.inboxLow = m.inboxLow; this.repStart = m.repStart; this.reviewB = m.reviewB; this.suspendB = m.suspendB; this.reviewC = m.reviewC;
    this.suspendC = m.suspendC; this.suspWeeks = m.suspWeeks;
    this.repermOwn = m.repermOwn; this.repermBought = m.repermBought; this.recovery = m.recovery; this.bouncePen = m.bouncePen;
    this.complPen = m.complPen; this.trapPen = m.trapPen; this.inWeek = m.inWeek; this.visitEmail = m.visitEmail; this.espCost = m.espCost;
    this.testSample = m.testSample; this.boughtCompl = m.boughtCompl; this.boughtUnsub = m.boughtUnsub; this.liCpc = m.liCpc;
    this.liCtr = m.liCtr; this.liOrgImpPerPost = m.liOrgImpPerPost; this.liOrgCtr = m.liOrgCtr; this.liWarmth = m.liWarmth;
    this.twImpPerPost = m.twImpPerPost; this.twClick = m.twClick; this.twWarmth = m.twWarmth; this.fbImpPerPost = m.fbImpPerPost;
    this.fbClick = m.fbClick; this.fbWarmth = m.fbWarmth; this.bannerCtr = m.bannerCtr; this.cpmBroad = m.cpmBroad;
    this.cpmChosen = m.cpmChosen; this.dispVisit = m.dispVisit; this.dispWarmth = m.dispWarmth; this.orgVisitors = m.orgVisitors;
    this.orgConv = m.orgConv; this.gatedOrgLift = m.gatedOrgLift; this.showVisitors = m.showVisitors; this.showProspect = m.showProspect;
    this.showCost = m.showCost; this.showQual = m.showQual; this.nurtureWeekly = m.nurtureWeekly; this.nurtureQual = m.nurtureQual;
    this.untrackedUsable = m.untrackedUsable; this.salesCapacity = m.salesCapacity; this.salesSlip = m.salesSlip;
    this.acceptRate = m.acceptRate; this.junkPass = m.junkPass; this.agreeJunk = m.agreeJunk; this.agreeAccept = m.agreeAccept;
    this.agreeSlip = m.agreeSlip; this.agreeCapacity = m.agreeCapacity; this.scoringAccept = m.scoringAccept;
    this.fieldFollowUp = m.fieldFollowUp; this.ageValue.set(m.ageValue); this.calledW = m.calledW;
    this.showSlip = m.showSlip; this.routeW.set(m.routeW);
  }

  private reset(): void {
    this.weekly.fill(0);
    this.funnel.fill(0);
    this.funnelW.fill(0);
    this.chSpend.fill(0);
    this.segContacts.fill(0);
    this.segEmailLeads.fill(0);
    this.segRaw.fill(0);
    this.segQual.fill(0);
    this.queue.fill(0);
    this.nurtureCand.fill(0);
    this.nurtureCandFit.fill(0);
    this.nurturePool.fill(0);
    this.nurturePoolFit.fill(0);
    this.suppressed.fill(0);
    this.fatigue.fill(0);
    this.trapsHit.fill(0);
    this.evSeen.fill(0);
    this.evCount = 0;
    this.suspendedUntil = -1;
    this.lastReview = -100;
    this.nurtureOn = false;
    this.overloadSeen = false;
    this.cumLost = 0;
    this.cumQual = 0;
    this.fatigueSeen = false;
    this.trapSeen = false;
    this.adKey = -1;
    this.ecDone = 0;
  }

  private derive(p: Float64Array): void {
    const openRate = p[PI.emailOpenRate]!;
    const humanShare0 = 1 - p[PI.staleShare]!;
    this.inboxHigh = p[PI.inboxHigh]!;
    this.inboxLow = p[PI.inboxLow]!;
    this.repStart = p[PI.reputationStart]!;
    // The benchmark open rate is per delivered email: back out inbox placement and unread addresses.
    this.pOpenInbox = openRate / (placement(this.repStart, this.inboxHigh, this.inboxLow) * humanShare0);
    this.ctor0 = p[PI.emailClickRate]! / openRate;
    this.pSoft = p[PI.emailSoftBounce]!;
    // Complaints come from readers who found the mail in their inbox (nobody reports spam from the
    // spam folder): the benchmark per delivered email backs out placement as the open rate does.
    this.pCompl0 = p[PI.emailComplaintRate]! / (placement(this.repStart, this.inboxHigh, this.inboxLow) * humanShare0);
    this.pUnsub0 = p[PI.emailUnsubRate]! / openRate;
    // Decay is applied every 4 weeks (end of weeks 4, 8, ...): a 4-week share of the monthly rate.
    this.decay4 = 1 - Math.pow(1 - p[PI.dataDecayMonthly]!, 48 / 52);
    // At two mailings a month each send meets half a step: the benchmark hard bounce fixes the share of decayed addresses that bounce.
    // Decay only touches contacts still read (1 - staleShare of the base).
    this.bounceShare = Math.min(1, (2 * p[PI.emailHardBounce]!) / (this.decay4 * humanShare0));
    this.fatMem = p[PI.fatigueMemory]!;
    this.fatRef = 1 / (1 - this.fatMem * this.fatMem);
    this.fatOpenK = p[PI.fatigueOpen]!;
    this.fatAnnoyK = p[PI.fatigueAnnoy]!;
    this.relOpenK = p[PI.relOpen]!;
    this.relClickK = p[PI.relClick]!;
    this.relFillK = p[PI.relFill]!;
    this.relAnnoyK = p[PI.relAnnoy]!;
    this.segOpen = 1 + p[PI.segOpenLift]!;
    this.segClickPerOpen = (1 + p[PI.segClickLift]!) / this.segOpen;
    this.segCompl = 1 + p[PI.segComplaintLift]!;
    this.segUnsub = 1 + p[PI.segUnsubLift]!;
    this.abOpen = 1 + p[PI.abOpenLift]!;
    this.abFill = 1 + p[PI.abFillLift]!;
    this.segLanding = 1 + p[PI.segLandingLift]!;
    this.formConv = p[PI.formConversion]!;
    this.genericPull = p[PI.genericPull]!;
    const mql = p[PI.mqlRate]!;
    this.baseOdds = mql / (1 - mql);
    this.scoringQ = 1 + p[PI.scoringQualLift]!;
    this.reviewB = p[PI.platformReviewBounce]!;
    this.suspendB = p[PI.platformSuspendBounce]!;
    this.reviewC = p[PI.platformReviewComplaint]!;
    this.suspendC = p[PI.platformSuspendComplaint]!;
    this.suspWeeks = Math.max(1, Math.round(p[PI.suspensionWeeks]!));
    this.repermOwn = p[PI.repermissionRate]!;
    this.repermBought = p[PI.boughtRepermissionRate]!;
    this.recovery = p[PI.reputationRecovery]!;
    this.bouncePen = p[PI.bouncePenalty]!;
    this.complPen = p[PI.complaintPenalty]!;
    this.trapPen = p[PI.trapPenalty]!;
    this.inWeek = p[PI.inWeekReaction]!;
    this.repOnset = p[PI.reputationOnset]!;
    this.reviewPeriod = Math.max(1, Math.round(p[PI.platformReviewPeriod]!));
    this.segBuild = Math.max(0, Math.round(p[PI.segmentBuildWeeks]!));
    this.newNameLift = p[PI.newNameLift]!;
    this.freeAsset = p[PI.freeAssetLift]!;
    this.visitEmail = p[PI.emailVisitRate]!;
    this.espCost = p[PI.espCostPerThousand]! / 1000;
    this.testSample = p[PI.testSampleShare]!;
    this.boughtCompl = p[PI.boughtComplaintMult]!;
    this.boughtUnsub = p[PI.boughtUnsubMult]!;
    this.liCpc = p[PI.linkedinCpc]!;
    this.liCtr = p[PI.linkedinCtr]!;
    this.liOrgImpPerPost = p[PI.linkedinFollowers]! * p[PI.linkedinOrganicReach]!;
    this.liOrgCtr = p[PI.linkedinOrganicCtr]!;
    this.liWarmth = p[PI.linkedinWarmth]!;
    this.twImpPerPost = p[PI.twitterFollowers]! * p[PI.twitterReach]!;
    this.twClick = p[PI.twitterClickRate]!;
    this.twWarmth = p[PI.twitterWarmth]!;
    this.fbImpPerPost = p[PI.facebookFans]! * p[PI.facebookReach]!;
    this.fbClick = p[PI.facebookClickRate]!;
    this.fbWarmth = p[PI.facebookWarmth]!;
    this.bannerCtr = p[PI.bannerCtr]!;
    this.cpmBroad = p[PI.displayCpmBroad]!;
    this.cpmChosen = p[PI.displayCpmChosen]!;
    this.dispVisit = p[PI.displayVisitRate]!;
    this.dispWarmth = p[PI.displayWarmth]!;
    this.orgVisitors = p[PI.organicVisitors]!;
    this.orgConv = p[PI.organicConversion]!;
    this.gatedOrgLift = p[PI.gatedOrganicLift]!;
    this.showVisitors = p[PI.showVisitors]!;
    this.showProspect = Math.min(1, p[PI.showProspects]! / Math.max(1, this.showVisitors));
    this.showCost = p[PI.showCost]!;
    this.showQual = p[PI.showQual]!;
    this.nurtureWeekly = p[PI.nurtureWeekly]!;
    this.nurtureQual = p[PI.nurtureQual]!;
    this.untrackedUsable = p[PI.untrackedUsable]!;
    this.salesCapacity = p[PI.salesCapacity]!;
    this.salesSlip = p[PI.salesSlip]!;
    this.acceptRate = p[PI.acceptRate]!;
    this.junkPass = p[PI.junkPassShare]!;
    this.agreeJunk = p[PI.agreementJunkShare]!;
    this.agreeAccept = 1 + p[PI.agreementAcceptLift]!;
    this.agreeSlip = p[PI.agreementSlip]!;
    this.agreeCapacity = 1 + p[PI.agreementCapacityLift]!;
    this.scoringAccept = 1 + p[PI.scoringAcceptLift]!;
    this.fieldFollowUp = p[PI.fieldFollowUp]!;
    this.showSlip = p[PI.showSlip]!;
    const keepW = 1 - p[PI.leadDelayDecay]!;
    for (let a = 0; a <= QUEUE_AGE; a++) this.ageValue[a] = Math.pow(keepW, a);
    const relQK = p[PI.relQual]!;
    const C = this.plan.content;
    const G = SCENARIO.genericContent;
    for (let s = 0; s < NSEG; s++) {
      this.relQ[s] = Math.pow(C.relevance[s]! / 0.5, relQK);
      this.relQ[NSEG + s] = Math.pow(G.relevance[s]! / 0.5, relQK);
    }
  }

  /** Own base, enrichment, cleaning and the bought list (fixed slots), costs, shows, mailing rhythm. */
  private setup(plan: Plan, p: Float64Array, rng: Rng): void {
    const list = plan.list;
    const own = SCENARIO.ownBase;
    let ownTotal = 0;
    for (let s = 0; s < NSEG; s++) {
      const n0 = own[s]!;
      const o = SLOT_SETUP + s * 4;
      ownTotal += n0;
      // ownBase counts people (read or not); dead addresses since the last 2015 send come on top.
      let inv = rng.bin(n0, p[PI.emailHardBounce]!, o);
      let st = rng.bin(n0, p[PI.staleShare]!, o + 1);
      const act0 = n0 - st;
      const cleanInv = rng.bin(inv, p[PI.verifyInvalidCaught]!, o + 2);
      const cleanSt = rng.bin(st, p[PI.cleanStaleRemoved]!, o + 3);
      if (list.cleanOwn) {
        inv -= cleanInv;
        st -= cleanSt;
      }
      const enr = plan.enrichedContacts[s]!;
      const act = act0 + enr;
      this.active[s] = act;
      this.stale[s] = st;
      this.invalid[s] = inv;
      this.traps[s] = 0;
      const humans = act + st;
      this.fit[s] = humans > 0 ? (humans - enr + enr * plan.enrichedFit) / humans : 1;
      // Enriched contacts are names never mailed; the rest of the base is mailed at the usual cadence.
      this.novelty[s] = act > 0 ? enr / act : 0;
      this.segContacts[s] = act + st + inv;
    }
    const N = p[PI.boughtListSize]!;
    const offT = p[PI.boughtOffTarget]!;
    let onTargetHumans = 0;
    let leftBad = 0;
    for (let s = 0; s < NSEG; s++) {
      const q = NSEG + s;
      const o = SLOT_SETUP + 20 + s * 5;
      const n = Math.round(N * (s === NSEG - 1 ? offT : (1 - offT) * SCENARIO.boughtMix[s]!));
      const inv = rng.bin(n, p[PI.boughtDeadShare]!, o);
      const tr = rng.bin(n - inv, p[PI.boughtTrapsPer10k]! / 10000, o + 1);
      const st = rng.bin(n - inv - tr, p[PI.boughtStaleShare]!, o + 2);
      const invCaught = rng.bin(inv, p[PI.verifyInvalidCaught]!, o + 3);
      const trCaught = rng.bin(tr, p[PI.verifyTrapCaught]!, o + 4);
      this.fit[q] = p[PI.boughtFit]!;
      this.novelty[q] = 1;
      if (!list.buy) {
        this.active[q] = this.stale[q] = this.invalid[q] = this.traps[q] = 0;
      } else if (list.verify) {
        // Verification drops most dead addresses and known traps; the sample test drops off-target people.
        this.invalid[q] = inv - invCaught;
        this.traps[q] = tr - trCaught;
        leftBad += inv - invCaught + tr - trCaught;
        this.active[q] = s === NSEG - 1 ? 0 : n - inv - tr - st;
        this.stale[q] = s === NSEG - 1 ? 0 : st;
        onTargetHumans += this.active[q]! + this.stale[q]!;
      } else {
        this.invalid[q] = inv;
        this.traps[q] = tr;
        this.active[q] = n - inv - tr - st;
        this.stale[q] = st;
      }
    }
    if (list.buy && list.verify) {
      // "~75% of a bought list lost after cleaning": keep the verified share, on-target people only.
      const keepHumans = Math.max(0, Math.round(p[PI.verifyKeepShare]! * N) - leftBad);
      const f = onTargetHumans > 0 ? Math.min(1, keepHumans / onTargetHumans) : 0;
      for (let s = 0; s < NSEG; s++) {
        const q = NSEG + s;
        this.active[q] = Math.round(this.active[q]! * f);
        this.stale[q] = Math.round(this.stale[q]! * f);
      }
    }
    if (list.buy) {
      for (let s = 0; s < NSEG; s++) {
        const q = NSEG + s;
        this.segContacts[s] = this.segContacts[s]! + this.active[q]! + this.stale[q]! + this.invalid[q]! + this.traps[q]!;
      }
    }

    this.compileWeeks(plan, 0);
    let setupCost = 0;
    if (list.buy) setupCost += N * p[PI.boughtPrice]! + (list.verify ? N * p[PI.verifyCost]! : 0);
    if (list.cleanOwn) setupCost += ownTotal * p[PI.verifyCost]!;
    let enrTotal = 0;
    for (let s = 0; s < NSEG; s++) enrTotal += plan.enrichedContacts[s]!;
    this.oneOff[0] = this.oneOff[0]! + setupCost + enrTotal * p[PI.enrichCost]!;
    this.showKind.fill(-1);
    for (const sh of plan.shows) {
      if (sh.week >= 1 && sh.week <= WEEKS) this.showKind[sh.week - 1] = sh.kind === 'sector' ? 1 : sh.kind === 'minor' ? 2 : 0;
    }

    this.ph = plan.phases[0];
    this.campShare.set(this.ph.campaign.share);
    this.displayW = this.ph.displayWeekly;
    this.linkedinW = this.ph.linkedinSponsoredWeekly;
    this.rep = this.repStart;
    this.repPending = 0;
    this.boughtLive = list.buy && list.arrivalWeek <= 1;
  }

  /** One-off costs and the mailing rhythm of weeks [from, 26) from the plan. */
  private compileWeeks(plan: Plan, from: number): void {
    const oneOff = this.oneOff;
    oneOff.fill(0, from);
    for (const o of plan.oneOff) {
      const i = Math.min(WEEKS, Math.max(1, o.week)) - 1;
      if (i >= from) oneOff[i] = oneOff[i]! + o.euros;
    }
    for (let w = from; w < WEEKS; w++) {
      const ph = plan.phases[w < PHASE1_WEEKS ? 0 : 1];
      this.mailSlot[w] = slotOf(w, ph.campaignPerMonth, ph.newsletterPerMonth);
    }
  }

  private week(w: number, rng: Rng): void {
    if (w === PHASE1_WEEKS) this.startPhase2();
    if (!this.boughtLive && this.plan.list.buy && w === this.plan.list.arrivalWeek - 1) this.boughtLive = true;
    this.wSpend = this.ph.fixedWeeklyCost + this.oneOff[w]!;
    this.wClicks = this.wVisits = this.wRaw = this.wQual = 0;
    for (let i = 0; i < NSEG; i++) this.weekFills[i] = this.weekQual[i] = 0;
    for (let i = 0; i < NCH; i++) this.wUnqCh[i] = this.wUnqFitCh[i] = 0;
    const wb = SLOT_WEEK0 + w * WEEK_SLOTS;
    this.email(w, wb, rng);
    this.ads(w, wb, rng);
    this.shows(w, wb, rng);
    this.nurture(w, wb, rng);
    this.sales(w, wb, rng);
    if ((w & 3) === 3) this.decay(wb, rng);
    const W = this.weekly;
    W[M_CLICKS * WEEKS + w] = this.wClicks;
    W[M_VISITS * WEEKS + w] = this.wVisits;
    W[M_RAW * WEEKS + w] = this.wRaw;
    W[M_QUAL * WEEKS + w] = this.wQual;
    W[M_SPEND * WEEKS + w] = this.wSpend;
  }

  private startPhase2(): void {
    const ph = this.plan.phases[1];
    this.ph = ph;
    this.campShare.set(ph.campaign.share);
    this.displayW = ph.displayWeekly;
    this.linkedinW = ph.linkedinSponsoredWeekly;
    const share = this.plan.reallocShare;
    if (share <= 0) return;
    // Measured reallocation: the paid channel with the dearer qualified lead gives budget away.
    const dSpend = this.chSpend[CH_DISPLAY]!, lSpend = this.chSpend[CH_LINKEDIN]!;
    let dq = 0, lq = 0;
    for (let w = 0; w < PHASE1_WEEKS; w++) {
      dq += this.funnelW[(w * NCH + CH_DISPLAY) * NST + ST_QUALIFIED]!;
      lq += this.funnelW[(w * NCH + CH_LINKEDIN) * NST + ST_QUALIFIED]!;
    }
    const dc = dSpend / Math.max(1, dq);
    const lc = lSpend / Math.max(1, lq);
    if (dSpend > 0 && dc > lc) {
      const m = this.displayW * share;
      this.displayW -= m;
      this.linkedinW += m;
    } else if (lSpend > 0 && this.displayW > 0 && lc > dc) {
      const m = this.linkedinW * share;
      this.linkedinW -= m;
      this.displayW += m;
    }
  }

  /**
   * Every 4 weeks contacts leave their jobs (an expectation: thousands of contacts); some of their
   * addresses start to bounce, the others reach nobody (one slot per pool).
   */
  private decay(wb: number, rng: Rng): void {
    const live = this.boughtLive ? NPOOL : NSEG;
    const d4 = this.decay4, bs = this.bounceShare;
    for (let q = 0; q < live; q++) {
      const a = this.active[q]!;
      const d = Math.round(a * d4);
      const inv = rng.bin(d, bs, wb + W_DECAY + q);
      this.active[q] = a - d;
      this.invalid[q] = this.invalid[q]! + inv;
      this.stale[q] = this.stale[q]! + d - inv;
    }
  }

  /**
   * The week's mailing: bounces, reputation, inbox, opens, clicks, fills, qualification. Sends,
   * inbox placement, opens and clicks are expectations (thousands of contacts: their binomial
   * noise is a fraction of a percent, far below the rates' own uncertainty); the week's soft
   * bounces are one draw, split across pools; per pool, form fills, their qualification,
   * unsubscribes and complaints are draws (4 slots per pool).
   */
  private email(w: number, wb: number, rng: Rng): void {
    const ph = this.ph;
    const plan = this.plan;
    const inPhase2 = w >= PHASE1_WEEKS;
    const slot = w < this.suspendedUntil ? 0 : this.mailSlot[w]!;
    let mailing = 0; // 0 none, 1 campaign content, 2 generic content
    let campaignSlot = false;
    if (slot === 1) {
      // A segmented launch waits for its per-segment mailings and landing pages to be built.
      const paused = (inPhase2 && w - PHASE1_WEEKS < ph.campaignPauseWeeks) || (plan.segmentBuild === true && w < this.segBuild);
      if (!paused) {
        campaignSlot = true;
        mailing = w + 1 >= plan.campaignStartWeek ? 1 : 2;
      }
    } else if (slot === 2) mailing = 2;
    if (mailing === 0) {
      this.quietWeek(w);
      return;
    }
    const testing = campaignSlot && w < plan.testWeeks;
    const sampleMul = testing ? this.testSample : 1;
    const abOn = campaignSlot && ph.abWinner && w >= plan.testWeeks;
    const engaged = ph.engagedOnly;
    const live = this.boughtLive ? NPOOL : NSEG;
    const key = mailing + (campaignSlot ? 3 : 0) + (abOn ? 6 : 0) + (inPhase2 ? 12 : 0);
    if (!(this.ecDone & (1 << key))) this.emailCoefficients(key, mailing, campaignSlot, abOn);
    const eo = key * NPOOL * NE; // this state's coefficients in EC
    const active = this.active, stale = this.stale, invalid = this.invalid, traps = this.traps, trapsHit = this.trapsHit;
    const sActive = this.sActive, sStale = this.sStale, sTraps = this.sTraps, sHard = this.sHard, pShare = this.pShare;
    const suppressed = this.suppressed, campShare = this.campShare;

    // Pass 1, per pool: who is mailed (hard bounces: dead addresses, then suppressed; spam traps),
    // fatigue, and the pool's rates this week; their sums weighted by the people mailed.
    const C = this.EC;
    const fatMem = this.fatMem, fatRef = this.fatRef, invFatRef = 1 / this.fatRef, fatOpenK = this.fatOpenK, fatAnnoyK = this.fatAnnoyK;
    const fatigue = this.fatigue, rOpen = this.rOpen, rUnsub = this.rUnsub, rCompl = this.rCompl, rCtor = this.rCtor;
    const novelty = this.novelty, nameLift = this.newNameLift, novKeep = 1 - fatMem;
    let sent = 0, hard = 0, trapHits = 0, trapWeight = 0, reached = 0;
    let sentB = 0, hardB = 0; // of which the bought list (pools NSEG..)
    let sumA = 0, sumOp = 0, sumCl = 0, sumFill = 0, sumUnsub = 0, sumCompl = 0;
    for (let q = 0; q < live; q++) {
      let share = 0;
      if (suppressed[q] === 0) share = campaignSlot ? campShare[q < NSEG ? q : q - NSEG]! * sampleMul : 1;
      pShare[q] = share;
      const f = fatigue[q]! * fatMem + share; // memory of past mailings, this one included
      fatigue[q] = f;
      if (share === 0) continue;
      const sa = Math.round(active[q]! * share);
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
      if (q >= NSEG) {
        sentB += sa + ss + si + st + stOld;
        hardB += si;
      }
      trapHits += st + stOld;
      trapWeight += st + 0.1 * stOld;
      const excess = f > fatRef ? f * invFatRef - 1 : 0;
      const c = eo + q * NE;
      const annoy = 1 + fatAnnoyK * excess;
      // Names never mailed before open and click more on their first sends (novelty), fading with each send.
      const nov = 1 + nameLift * novelty[q]!;
      novelty[q] = novelty[q]! * (1 - share * novKeep);
      const pOpen = clamp01((excess > 0 ? C[c + E_OPEN]! / (1 + fatOpenK * excess) : C[c + E_OPEN]!) * nov, 0.95);
      const ctor = clamp01(C[c + E_CLICK]! * nov, 0.9);
      rCtor[q] = ctor;
      const pUnsub = clamp01(C[c + E_UNSUB]! * annoy, 0.5);
      const pCompl = clamp01(C[c + E_COMPL]! * annoy, 0.05);
      rOpen[q] = pOpen;
      rUnsub[q] = pUnsub;
      rCompl[q] = pCompl;
      const op = sa * pOpen;
      const cl = op * ctor;
      sumA += sa;
      sumOp += op;
      sumCl += cl;
      sumFill += cl * C[c + E_FILL]!;
      sumUnsub += op * pUnsub;
      sumCompl += sa * pCompl; // per unit of kIn: complaints come from the inbox
      // Open rate down by 15% or more from over-mailing: 1 / (1 + k * excess) <= 0.85.
      if (!this.fatigueSeen && q < NSEG && fatOpenK * excess >= 0.15 / 0.85) {
        this.fatigueSeen = true;
        this.event(w, EV_INDEX.list_fatigue);
      }
    }
    // Soft bounces: one draw for the week (every pool keeps the same delivered share).
    const soft = rng.bin(reached, this.pSoft, wb + W_SOFT);
    const keep = reached > 0 ? 1 - soft / reached : 0;
    const hbr = sent > 0 ? hard / sent : 0;
    // Reputation counts bounces and complaints against the sender's usual volume (its list size),
    // so more of them never helps; the platform's review rules below use the send's own rates.
    const penB = this.bouncePen * Math.max(0, (hard / REF_VOLUME) * 100 - 2);
    const trapRaw = this.trapPen * trapWeight;
    const penT = trapRaw > 20 ? 20 : trapRaw;
    // Mailbox providers react while the campaign is delivered: part of this week's damage applies now.
    const inboxP = placement(this.rep - this.inWeek * (penB + penT), this.inboxHigh, this.inboxLow);
    // Expectations (thousands of contacts): delivered, in the inbox, opened, clicked. Addresses
    // nobody reads are delivered and placed but never act.
    const delivered = sent - hard - soft;
    const inboxN = Math.round(delivered * inboxP);
    const kIn = keep * inboxP; // mailed reader -> delivered -> inbox
    const opens = Math.round(sumOp * kIn);
    const clicks = Math.round(sumCl * kIn);
    const readers = Math.round(sumA * kIn); // readers who found the mail in their inbox

    // The week's fills, unsubscribes and complaints: one draw each over all pools (a sum of
    // binomials with small rates: a binomial with their mean rate), shared across pools in
    // proportion to their expected counts by systematic sampling (one random offset: each pool
    // gets the floor or the ceiling of its share, unbiased), never more than the pool's base.
    const kFill = this.kFill, wtQual = this.wtQual;
    const eFill = sumFill * kIn, eUnsub = sumUnsub * kIn, eCompl = sumCompl * kIn;
    const fillsT = rng.bin(clicks, clicks > 0 ? Math.min(1, eFill / clicks) : 0, wb + W_FILL);
    const unsT = rng.bin(opens, opens > 0 ? Math.min(1, eUnsub / opens) : 0, wb + W_UNSUB);
    const coT = rng.bin(readers, readers > 0 ? Math.min(1, eCompl / readers) : 0, wb + W_COMPL);
    const rF = fillsT > 0 ? fillsT / sumFill : 0, rU = unsT > 0 ? unsT / sumUnsub : 0, rC = coT > 0 ? coT / sumCompl : 0;
    let cF = fillsT > 0 ? rng.uniformAt(wb + W_FILL + 1) : 0, pF = 0;
    let cU = unsT > 0 ? rng.uniformAt(wb + W_UNSUB + 1) : 0, pU = 0;
    let cC = coT > 0 ? rng.uniformAt(wb + W_COMPL + 1) : 0, pC = 0;
    const monitored = plan.monitoring || testing;
    // Pass 2, per pool: the shares, visits, who leaves, leads by segment, monitoring.
    let fills = 0, unsubs = 0, complaints = 0, complaintsB = 0, eQual = 0, visitRest = 0;
    for (let q = 0; q < live; q++) {
      if (pShare[q] === 0) continue;
      const s = q < NSEG ? q : q - NSEG;
      const c = eo + q * NE;
      const sa = sActive[q]!;
      const op = sa * rOpen[q]!; // per unit of kIn
      const cl = op * this.rCtor[q]!;
      cF += cl * C[c + E_FILL]! * rF;
      let x = Math.floor(cF);
      const fi = Math.min(x - pF, Math.floor(cl * kIn));
      pF = x;
      cU += op * rUnsub[q]! * rU;
      x = Math.floor(cU);
      const un = Math.min(x - pU, Math.floor(op * kIn));
      pU = x;
      cC += sa * rCompl[q]! * rC;
      x = Math.floor(cC);
      const co = Math.min(x - pC, Math.floor(sa * kIn));
      pC = x;
      kFill[q] = fi;
      fills += fi;
      unsubs += un;
      complaints += co;
      if (q >= NSEG) complaintsB += co;
      const wq = fi * C[c + E_QUAL]!;
      wtQual[q] = wq;
      eQual += wq;
      // Visits: the fills, and the expected visitors among clickers who did not fill.
      visitRest += (cl * kIn - fi) * C[c + E_VREST]!;
      // Complainers, unsubscribers and new leads leave the prospect pool.
      const gone = un + co + fi;
      const a = active[q]!;
      active[q] = gone > a ? 0 : a - gone;
      this.segEmailLeads[s] = this.segEmailLeads[s]! + fi;
      this.weekFills[s] = this.weekFills[s]! + fi;
      // Someone watching: a list part bouncing or complaining past the platform's review level stops.
      if (monitored && suppressed[q] === 0) {
        const hq = sHard[q]!;
        const sq = sa + sStale[q]! + hq + sTraps[q]!;
        if ((hq >= 10 && hq >= this.reviewB * sq) || (co >= 3 && co >= this.reviewC * ((sa + sStale[q]!) * keep + sTraps[q]!))) {
          suppressed[q] = 1;
          this.event(w, EV_INDEX.pool_suppressed);
        }
      }
    }
    const visits = fills + Math.round(visitRest);
    // Qualification of the week's fills: one draw at their mean rate, shared the same way.
    const qualT = rng.bin(fills, fills > 0 ? eQual / fills : 0, wb + W_QUAL);
    const rQ = qualT > 0 ? qualT / eQual : 0;
    let cQ = qualT > 0 ? rng.uniformAt(wb + W_QUAL + 1) : 0, pQ = 0;
    let qual = 0, unqE = 0, unqFitE = 0;
    for (let q = 0; q < live; q++) {
      if (pShare[q] === 0) continue;
      const s = q < NSEG ? q : q - NSEG;
      cQ += wtQual[q]! * rQ;
      const x = Math.floor(cQ);
      const fi = kFill[q]!;
      const mq = Math.min(x - pQ, fi);
      pQ = x;
      qual += mq;
      this.weekQual[s] = this.weekQual[s]! + mq;
      if (s < NTARGET) {
        unqE += fi - mq;
        unqFitE += (fi - mq) * SEG_FIT[s]! * this.fit[q]!;
      }
    }
    this.wUnqCh[CH_EMAIL] = unqE;
    this.wUnqFitCh[CH_EMAIL] = unqFitE;

    const F = this.funnelW;
    const o = w * NCH * NST; // email is channel 0
    F[o + ST_REACH] = sent;
    F[o + ST_DELIVERED] = delivered;
    F[o + ST_INBOX] = inboxN;
    F[o + ST_VIEWED] = opens;
    F[o + ST_CLICKED] = clicks;
    F[o + ST_VISITS] = visits;
    F[o + ST_FILLED] = fills;
    this.mqlCh[CH_EMAIL] = qual;
    const cost = sent * this.espCost;
    this.chSpend[CH_EMAIL] = this.chSpend[CH_EMAIL]! + cost;
    this.wSpend += cost;
    this.wClicks += clicks;
    this.wVisits += visits;
    this.wRaw += fills;
    this.wQual += qual;

    // Platform rules, then the reputation for next week.
    if (trapHits > 0 && !this.trapSeen) {
      this.trapSeen = true;
      this.event(w, EV_INDEX.spam_trap);
    }
    const cr = delivered > 0 ? complaints / delivered : 0;
    if (sent > 0) {
      const reviewLevel = hbr >= this.reviewB || cr >= this.reviewC;
      // Under review, the sender has the review period to fix the cause: a review-level week at its end (within 4 weeks of the review) suspends.
      const sinceReview = w - this.lastReview;
      if (hbr >= this.suspendB || cr >= this.suspendC || (reviewLevel && sinceReview >= this.reviewPeriod && sinceReview <= 4)) {
        this.suspendedUntil = w + 1 + this.suspWeeks;
        this.lastReview = -100;
        this.event(w, EV_INDEX.platform_suspension);
        // Reinstatement requires re-permissioning the list that misbehaved: only the contacts who
        // confirm they want the mail may be mailed again (unread addresses, dead ones and traps
        // never confirm). The list at fault: the part (own base, bought list) whose own rates
        // reached the review level this week; if neither alone did, both.
        const sentO = sent - sentB, hardO = hard - hardB, complO = complaints - complaintsB;
        const delivB = (sentB - hardB) * keep, delivO = (sentO - hardO) * keep;
        const badB = sentB > 0 && (hardB >= this.reviewB * sentB || complaintsB >= this.reviewC * delivB);
        const badO = sentO > 0 && (hardO >= this.reviewB * sentO || complO >= this.reviewC * delivO);
        if (badB || !badO) this.repermission(NSEG, NPOOL, this.repermBought);
        if (badO || !badB) this.repermission(0, NSEG, this.repermOwn);
      } else if (reviewLevel && sinceReview > 4) {
        this.lastReview = w;
        this.event(w, EV_INDEX.platform_review);
      }
    }
    // Mailbox providers read the complaint rate of mail that reached the inbox (spam-foldered mail
    // draws no reports, and does not dilute them): its expectation per inboxed reader, at the
    // sender's usual volume, so spam-foldering never lowers the penalty and more of it never helps.
    const penC = this.complPen * Math.max(0, ((sumCompl * keep) / REF_VOLUME) * 1000 - 0.5);
    const W = this.weekly;
    W[M_REP * WEEKS + w] = this.rep;
    W[M_INBOX_RATE * WEEKS + w] = inboxP;
    // The damage lands over the following weeks (reports and blocklists arrive after the send).
    this.repPending += penB + penT + penC;
    const land = this.repOnset * this.repPending;
    this.repPending -= land;
    const rp = this.rep + this.recovery * (this.repStart - this.rep) - land;
    this.rep = rp < 0 ? 0 : rp > 100 ? 100 : rp;
    W[M_SENT * WEEKS + w] = sent;
    W[M_DELIVERED * WEEKS + w] = delivered;
    W[M_HARD * WEEKS + w] = hard;
    W[M_SOFT * WEEKS + w] = soft;
    W[M_COMPLAINTS * WEEKS + w] = complaints;
    W[M_UNSUBS * WEEKS + w] = unsubs;
    W[M_TRAPS * WEEKS + w] = trapHits;
    W[M_INBOX * WEEKS + w] = inboxN;
    W[M_OPENS * WEEKS + w] = opens;
  }

  /**
   * Pools [from, to) after a re-permission campaign: the share `rate` of the people still reading
   * confirms (an expectation: thousands of contacts); everyone else leaves the list for good.
   */
  private repermission(from: number, to: number, rate: number): void {
    for (let q = from; q < to; q++) {
      this.active[q] = Math.round(this.active[q]! * rate);
      this.stale[q] = this.invalid[q] = this.traps[q] = this.trapsHit[q] = 0;
    }
  }

  /** A week without mailing: fatigue fades, reputation recovers (not while suspended: nothing is sent that could earn it back). */
  private quietWeek(w: number): void {
    for (let q = 0; q < NPOOL; q++) this.fatigue[q] = this.fatigue[q]! * this.fatMem;
    const W = this.weekly;
    W[M_REP * WEEKS + w] = this.rep;
    W[M_INBOX_RATE * WEEKS + w] = placement(this.rep, this.inboxHigh, this.inboxLow);
    const land = this.repOnset * this.repPending;
    this.repPending -= land;
    const r = (w < this.suspendedUntil ? this.rep : this.rep + this.recovery * (this.repStart - this.rep)) - land;
    this.rep = r < 0 ? 0 : r > 100 ? 100 : r;
    this.mqlCh[CH_EMAIL] = 0;
  }

  /** Per-pool email probabilities for a mailing state (content, segmentation, A/B winner, phase), before fatigue. */
  private emailCoefficients(key: number, mailing: number, campaignSlot: boolean, abOn: boolean): void {
    this.ecDone |= 1 << key;
    const ph = this.ph;
    const content: ContentSpec = mailing === 1 ? this.plan.content : SCENARIO.genericContent;
    const relOff = mailing === 1 ? 0 : NSEG;
    const segmented = campaignSlot && ph.campaign.segmented;
    const C = this.EC;
    const fillBase = this.formConv * (ph.segmentedLanding ? this.segLanding : 1) * (abOn ? this.abFill : 1);
    for (let q = 0; q < NPOOL; q++) {
      const s = q % NSEG;
      const bought = q >= NSEG;
      const rel = content.relevance[s]!;
      const annoy0 = 1 + this.relAnnoyK * (0.5 - rel);
      const annoy = annoy0 < 0.2 ? 0.2 : annoy0;
      let pOpen = this.pOpenInbox * (1 + this.relOpenK * (rel - 0.5));
      let ctor = this.ctor0 * (1 + this.relClickK * (rel - 0.5));
      let pCompl = this.pCompl0 * annoy * (bought ? this.boughtCompl : 1);
      let pUnsub = this.pUnsub0 * annoy * (bought ? this.boughtUnsub : 1);
      if (segmented) {
        // Segmentation works through relevance: full lifts from relevance 0.7, none below 0.3.
        const k0 = (rel - 0.3) / 0.4;
        const k = k0 < 0 ? 0 : k0 > 1 ? 1 : k0;
        pOpen *= 1 + (this.segOpen - 1) * k;
        ctor *= 1 + (this.segClickPerOpen - 1) * k;
        pCompl *= 1 + (this.segCompl - 1) * k;
        pUnsub *= 1 + (this.segUnsub - 1) * k;
      }
      if (abOn) pOpen *= this.abOpen;
      // A new free white paper (the campaign's gated content) draws curiosity clicks and fills whatever its topic.
      const asset = mailing === 1 && content.gated[s] ? 1 + this.freeAsset : 1;
      ctor *= asset;
      const pull = content.gated[s] ? 1 : this.genericPull;
      const fillP = fillBase * pull * asset * (1 + this.relFillK * (rel - 0.5));
      const sel = campaignSlot && ph.campaign.share[s]! < 1 && ph.selectionFit > 1 ? ph.selectionFit : 1;
      const c = key * NPOOL * NE + q * NE;
      C[c + E_OPEN] = pOpen;
      C[c + E_CLICK] = clamp01(ctor, 0.9);
      C[c + E_UNSUB] = pUnsub;
      C[c + E_COMPL] = pCompl;
      const pFill = clamp01(fillP, 0.6);
      const vf = this.visitEmail * pFill;
      C[c + E_FILL] = vf;
      C[c + E_VREST] = (this.visitEmail - vf) / (1 - vf);
      // The curiosity fills are downloads without a project: they add raw leads, not qualified ones.
      C[c + E_QUAL] = qualProb(this.baseOdds, SEG_FIT[s]! * this.fit[q]! * sel * this.relQ[relOff + s]! * (ph.scoring ? this.scoringQ : 1)) / asset;
    }
  }

  /** Website, LinkedIn, Twitter, Facebook, banners: reach -> click -> visit -> fill -> qualified. */
  private ads(w: number, wb: number, rng: Rng): void {
    const started = w + 1 >= this.plan.campaignStartWeek;
    const ab = this.ph.abWinner && w >= this.plan.testWeeks;
    const key = (w >= PHASE1_WEEKS ? 4 : 0) + (started ? 2 : 0) + (ab ? 1 : 0);
    if (key !== this.adKey) this.adCoefficients(key, started, ab);
    const F = this.funnelW;
    const adReach = this.adReach, adFillW = this.adFillW, adQual = this.adQual, adF = this.adF, adQW = this.adQW;
    const weekFills = this.weekFills, weekQual = this.weekQual;
    // Fills, per channel: one draw (a sum of binomials with tiny rates: a binomial with their mean
    // rate), shared across segments in proportion to their expected fills by systematic sampling
    // (one fill goes to segment s with probability its share: unbiased). Each segment's channel
    // fills (reach x click x visit x fill) are one thinning; visits and clicks among those who did
    // not fill follow (reversed thinning keeps clicks >= visits >= fills).
    let fillsAll = 0, eQual = 0;
    for (let ch = CH_LANDING; ch <= CH_DISPLAY; ch++) {
      const i0 = ch * NSEG;
      const chReach = this.adReachCh[ch]!;
      const eFill = this.adFillCh[ch]!;
      const o = wb + W_ADS + ch * 2;
      const fillsT = chReach > 0 ? rng.bin(chReach, eFill / chReach, o) : 0;
      let chFills = 0;
      if (fillsT > 0) {
        let cum = rng.uniformAt(o + 1), prev = 0;
        const r = fillsT / eFill;
        for (let s = 0; s < NSEG; s++) {
          cum += adFillW[i0 + s]! * r;
          const x = Math.floor(cum);
          const fi = Math.min(x - prev, adReach[i0 + s]!);
          prev = x;
          chFills += fi;
          adF[i0 + s] = fi;
          const wq = fi * adQual[i0 + s]!;
          adQW[i0 + s] = wq;
          eQual += wq;
          weekFills[s] = weekFills[s]! + fi;
        }
      } else for (let s = 0; s < NSEG; s++) adF[i0 + s] = adQW[i0 + s] = 0; // no fill this week: nothing to share
      fillsAll += chFills;
      // Visits and clicks of those who did not fill: expectations (thousands of impressions).
      // Website visitors are already on the page: no click or visit step.
      let chVisits = chReach, chClicks = chReach;
      if (ch !== CH_LANDING) {
        // Drawn, not rounded: a channel with a fraction of a click a week still gets its clicks
        // over the semester (2015 Twitter: ~0.4 a week).
        const oc = wb + W_ADCLICK + ch * 2;
        chVisits = chFills + rng.bin(chReach - chFills, this.adVisitP[ch]!, oc);
        chClicks = chVisits + rng.bin(chReach - chVisits, this.adClickP[ch]!, oc + 1);
        this.wClicks += chClicks;
      }
      const b = (w * NCH + ch) * NST;
      F[b + ST_REACH] = chReach;
      F[b + ST_DELIVERED] = chReach;
      F[b + ST_INBOX] = chReach;
      F[b + ST_VIEWED] = chReach;
      F[b + ST_CLICKED] = chClicks;
      F[b + ST_VISITS] = chVisits;
      F[b + ST_FILLED] = chFills;
      this.wVisits += chVisits;
      if (ch === CH_DISPLAY) this.weekly[M_BANNER * WEEKS + w] = chClicks;
    }
    this.wRaw += fillsAll;
    // Qualification of the week's ad fills: one draw at their mean rate (by channel and segment),
    // shared across channels and segments the same way.
    const qualT = rng.bin(fillsAll, fillsAll > 0 ? eQual / fillsAll : 0, wb + W_ADQUAL);
    const rq = qualT > 0 ? qualT / eQual : 0;
    let cum = qualT > 0 ? rng.uniformAt(wb + W_ADQUAL + 1) : 0, prev = 0, qualAll = 0;
    for (let ch = CH_LANDING; ch <= CH_DISPLAY; ch++) {
      const i0 = ch * NSEG;
      let chQual = 0, unq = 0, unqFit = 0;
      if (qualT > 0) {
        for (let s = 0; s < NSEG; s++) {
          cum += adQW[i0 + s]! * rq;
          const x = Math.floor(cum);
          const fi = adF[i0 + s]!;
          const mq = Math.min(x - prev, fi);
          prev = x;
          chQual += mq;
          weekQual[s] = weekQual[s]! + mq;
          if (s < NTARGET) {
            unq += fi - mq;
            unqFit += (fi - mq) * SEG_FIT[s]!;
          }
        }
      } else {
        // Nothing qualified this week: every fill of a fitting segment is unqualified.
        for (let s = 0; s < NTARGET; s++) {
          const fi = adF[i0 + s]!;
          unq += fi;
          unqFit += fi * SEG_FIT[s]!;
        }
      }
      this.wUnqCh[ch] = unq;
      this.wUnqFitCh[ch] = unqFit;
      this.mqlCh[ch] = chQual;
      qualAll += chQual;
    }
    this.wQual += qualAll;
    this.chSpend[CH_DISPLAY] = this.chSpend[CH_DISPLAY]! + this.displayW;
    this.chSpend[CH_LINKEDIN] = this.chSpend[CH_LINKEDIN]! + this.linkedinW;
    this.wSpend += this.displayW + this.linkedinW;
  }

  private adCoefficients(key: number, started: boolean, ab: boolean): void {
    const ph = this.ph;
    this.adKey = key;
    const content: ContentSpec = started ? this.plan.content : SCENARIO.genericContent;
    const relOff = started ? 0 : NSEG;
    const landing = (ph.segmentedLanding ? this.segLanding : 1) * (ab ? this.abFill : 1);
    const liSp = this.linkedinW > 0 ? this.linkedinW / (this.liCpc * this.liCtr) : 0;
    const liOrg = ph.linkedinPosts * this.liOrgImpPerPost;
    const liAud = ph.linkedinTargeting === 'accounts' ? AUD.linkedinAccounts : AUD.linkedinTitles;
    const chosen = ph.displayMedia === 'chosen';
    const dispImp = this.displayW > 0 ? (this.displayW * 1000) / (chosen ? this.cpmChosen : this.cpmBroad) : 0;
    const dispAud = chosen ? AUD.displayChosen : AUD.displayBroad;
    const twImp = ph.twitterPosts * this.twImpPerPost;
    const fbImp = ph.facebookPosts * this.fbImpPerPost;
    const scoring = ph.scoring ? this.scoringQ : 1;
    for (let ch = CH_LANDING; ch <= CH_DISPLAY; ch++) {
      let visitNum = 0, visitDen = 0, clickNum = 0, clickDen = 0, reachCh = 0, fillCh = 0;
      for (let s = 0; s < NSEG; s++) {
        const rel = content.relevance[s]!;
        const gated = content.gated[s] === 1;
        const pull = gated ? 1 : this.genericPull;
        const asset = started && gated ? 1 + this.freeAsset : 1;
        const relC0 = 1 + this.relClickK * (rel - 0.5);
        const relC = (relC0 < 0.2 ? 0.2 : relC0) * asset;
        const relF = (1 + this.relFillK * (rel - 0.5)) * asset;
        let reach = 0, pClick = 1, pVisit = 1, pFill = 0;
        if (ch === CH_LANDING) {
          reach = Math.round(this.orgVisitors * AUD.website[s]!);
          // Website visitors: the paper's pull on the offer pages is gatedOrganicLift (not the curiosity of an announcement).
          pFill = this.orgConv * (gated ? 1 + this.gatedOrgLift : 1) * (relF / asset) * landing;
        } else if (ch === CH_LINKEDIN) {
          const org = liOrg * AUD.linkedinOrganic[s]!;
          const sp = liSp * liAud[s]!;
          reach = Math.round(org + sp);
          pClick = org + sp > 0 ? ((org * this.liOrgCtr + sp * this.liCtr) / (org + sp)) * relC : 0;
          pVisit = this.visitEmail;
          pFill = this.formConv * landing * pull * relF * this.liWarmth;
        } else if (ch === CH_TWITTER) {
          reach = Math.round(twImp * AUD.twitter[s]!);
          pClick = this.twClick * relC;
          pVisit = this.visitEmail;
          pFill = this.formConv * landing * pull * relF * this.twWarmth;
        } else if (ch === CH_FACEBOOK) {
          reach = Math.round(fbImp * AUD.facebook[s]!);
          pClick = this.fbClick * relC;
          pVisit = this.visitEmail;
          pFill = this.formConv * landing * pull * relF * this.fbWarmth;
        } else {
          reach = Math.round(dispImp * dispAud[s]!);
          pClick = this.bannerCtr * relC;
          pVisit = this.dispVisit;
          pFill = this.formConv * landing * pull * relF * this.dispWarmth;
        }
        pClick = clamp01(pClick, 1);
        pFill = clamp01(pFill, 0.6);
        const pcv = pClick * pVisit;
        const i = ch * NSEG + s;
        this.adReach[i] = reach;
        reachCh += reach;
        this.adFillW[i] = reach * pcv * pFill;
        fillCh += reach * pcv * pFill;
        // Curiosity fills (not on the website's offer pages) add raw leads, not qualified ones.
        this.adQual[i] = qualProb(this.baseOdds, SEG_FIT[s]! * this.relQ[relOff + s]! * scoring) / (ch === CH_LANDING ? 1 : asset);
        visitNum += reach * pcv * (1 - pFill);
        visitDen += reach * (1 - pcv * pFill);
        clickNum += reach * pClick * (1 - pVisit);
        clickDen += reach * (1 - pcv);
      }
      this.adVisitP[ch] = visitDen > 0 ? visitNum / visitDen : 0;
      this.adClickP[ch] = clickDen > 0 ? clickNum / clickDen : 0;
      this.adReachCh[ch] = reachCh;
      this.adFillCh[ch] = fillCh;
    }
  }


  /** Trade shows: booth visitors -> badge scans (raw leads) -> qualified (2 slots per segment). */
  private shows(w: number, wb: number, rng: Rng): void {
    const kind = this.showKind[w]!;
    if (kind < 0) {
      this.mqlCh[CH_SHOWS] = 0;
      return;
    }
    const minor = kind === 2;
    const visitors = this.showVisitors * (minor ? SCENARIO.minorShow.visitors : 1);
    const aud = kind === 1 ? AUD.showSector : minor ? AUD.showMinor : AUD.showGeneric;
    const scoring = this.ph.scoring ? this.scoringQ : 1;
    // Badge scans: one draw for the show, shared across segments (as for ads), then qualification.
    const segF = this.segF, segQ = this.segQ, segQW = this.segQW, segR = this.segR;
    let reachT = 0;
    for (let s = 0; s < NSEG; s++) {
      const reach = Math.round(visitors * aud[s]!);
      segR[s] = reach;
      reachT += reach;
    }
    const o = wb + W_SHOWS;
    const scans = rng.bin(reachT, this.showProspect, o);
    let fillsT = 0, qualT = 0, unq = 0, unqFit = 0;
    if (scans > 0) {
      fillsT = splitSys(scans, segR, 0, reachT, rng.uniformAt(o + 1), segR, 0, segF, 0, NSEG);
      let eQual = 0;
      for (let s = 0; s < NSEG; s++) {
        const x = segF[s]! * qualProb(this.baseOdds, SEG_FIT[s]! * this.showQual * scoring);
        segQW[s] = x;
        eQual += x;
      }
      const q = rng.bin(fillsT, eQual / fillsT, o + 2);
      qualT = splitSys(q, segQW, 0, eQual, q > 0 ? rng.uniformAt(o + 3) : 0, segF, 0, segQ, 0, NSEG);
      for (let s = 0; s < NSEG; s++) {
        const fi = segF[s]!, mq = segQ[s]!;
        this.weekFills[s] = this.weekFills[s]! + fi;
        this.weekQual[s] = this.weekQual[s]! + mq;
        if (s < NTARGET) {
          unq += fi - mq;
          unqFit += (fi - mq) * SEG_FIT[s]!;
        }
      }
    }
    this.wUnqCh[CH_SHOWS] = unq;
    this.wUnqFitCh[CH_SHOWS] = unqFit;
    const F = this.funnelW;
    const b = (w * NCH + CH_SHOWS) * NST;
    F[b + ST_REACH] = reachT;
    F[b + ST_DELIVERED] = reachT;
    F[b + ST_INBOX] = reachT;
    F[b + ST_VIEWED] = reachT;
    F[b + ST_CLICKED] = fillsT;
    F[b + ST_VISITS] = fillsT;
    F[b + ST_FILLED] = fillsT;
    this.mqlCh[CH_SHOWS] = qualT;
    this.wRaw += fillsT;
    this.wQual += qualT;
    const cost = this.showCost * (minor ? SCENARIO.minorShow.cost : 1);
    this.chSpend[CH_SHOWS] = this.chSpend[CH_SHOWS]! + cost;
    this.wSpend += cost;
  }

  /**
   * Nurturing: unqualified leads of fitting segments re-engage over the weeks and some qualify.
   * Pools are per channel so a channel never qualifies more than it filled.
   */
  private nurture(w: number, wb: number, rng: Rng): void {
    const ph = this.ph;
    let unqAll = 0;
    for (let s = 0; s < NSEG; s++) {
      const fills = this.weekFills[s]!;
      unqAll += fills - this.weekQual[s]!;
      this.segRaw[s] = this.segRaw[s]! + fills;
      this.segQual[s] = this.segQual[s]! + this.weekQual[s]!;
    }
    this.wUnq = unqAll;
    if (!this.nurtureOn && w >= PHASE1_WEEKS && ph.nurture && w - PHASE1_WEEKS >= ph.campaignPauseWeeks) {
      this.nurtureOn = true;
      // Leads from before the programme are only usable if they were tracked (source, behaviour).
      const usable = this.plan.tracking ? 1 : this.untrackedUsable;
      for (let c = 0; c < NCH; c++) {
        this.nurturePool[c] = Math.round(this.nurtureCand[c]! * usable);
        this.nurturePoolFit[c] = this.nurtureCandFit[c]! * usable;
      }
    }
    if (!this.nurtureOn) {
      for (let c = 0; c < NCH; c++) {
        this.nurtureCand[c] = this.nurtureCand[c]! + this.wUnqCh[c]!;
        this.nurtureCandFit[c] = this.nurtureCandFit[c]! + this.wUnqFitCh[c]!;
      }
      return;
    }
    // One draw for the week's re-engaged leads (every channel's pool has the same rate), shared
    // across channels by systematic sampling; one draw for their qualification, shared the same way.
    const scoring = ph.scoring ? this.scoringQ : 1;
    const pool = this.nurturePool, poolFit = this.nurturePoolFit, nRe = this.nRe, nQW = this.nQW;
    let poolAll = 0;
    for (let c = 0; c < NCH; c++) poolAll += pool[c]!;
    const o = wb + W_NURTURE;
    const reT = rng.bin(poolAll, this.nurtureWeekly, o);
    let cum = reT > 0 ? rng.uniformAt(o + 1) : 0, prev = 0, reAll = 0, eQual = 0;
    const r = reT > 0 ? reT / poolAll : 0;
    for (let c = 0; c < NCH; c++) {
      const p = pool[c]!;
      cum += p * r;
      const x = Math.floor(cum);
      const re = Math.min(x - prev, p);
      prev = x;
      nRe[c] = re;
      reAll += re;
      const wq = re * qualProb(this.baseOdds, (p > 0 ? poolFit[c]! / p : 0) * this.nurtureQual * scoring);
      nQW[c] = wq;
      eQual += wq;
    }
    const qualT = rng.bin(reAll, reAll > 0 ? eQual / reAll : 0, o + 2);
    const rq = qualT > 0 ? qualT / eQual : 0;
    cum = qualT > 0 ? rng.uniformAt(o + 3) : 0;
    prev = 0;
    let nurtured = 0;
    for (let c = 0; c < NCH; c++) {
      const p = pool[c]!, re = nRe[c]!;
      cum += nQW[c]! * rq;
      const x = Math.floor(cum);
      const mq = Math.min(x - prev, re);
      prev = x;
      const fitAvg = p > 0 ? poolFit[c]! / p : 0;
      pool[c] = p - re + this.wUnqCh[c]!;
      poolFit[c] = poolFit[c]! - re * fitAvg + this.wUnqFitCh[c]!;
      this.mqlCh[c] = this.mqlCh[c]! + mq;
      nurtured += mq;
    }
    this.wQual += nurtured;
  }

  /**
   * Sales: qualified leads are routed (or slip), unqualified fills may be forwarded too. Inside
   * sales call the waiting leads oldest first within the week's capacity (scored leads first when
   * scoring is on); a lead waits up to QUEUE_AGE weeks and loses value with every week it waits
   * (Oldroyd et al.: leads go cold); one still waiting after that goes to the account managers,
   * who follow up a share of such leads, late. Called qualified leads are accepted or not (4 slots).
   */
  private sales(w: number, wb: number, rng: Rng): void {
    const ph = this.ph;
    const agree = ph.salesAgreement && w - (w >= PHASE1_WEEKS ? PHASE1_WEEKS : 0) >= ph.agreementDelayWeeks;
    const filtered = agree || ph.scoring;
    const slip = agree ? this.agreeSlip : this.salesSlip;
    let cap = Math.round(this.salesCapacity * (agree ? this.agreeCapacity : 1));
    const pAcc = clamp01(this.acceptRate * (agree ? this.agreeAccept : 1) * (ph.scoring ? this.scoringAccept : 1), 0.95);
    const Q = this.queue, F = this.funnelW, mql = this.mqlCh, split = this.split, called = this.called;
    const o = w * NCH * NST;
    const junk = rng.bin(this.wUnq, filtered ? this.agreeJunk : this.junkPass, wb + W_SALES);
    // One routing draw for all qualified leads, split across channels in proportion.
    let mqlAll = 0;
    for (let c = 0; c < NCH; c++) {
      const m = mql[c]!;
      mqlAll += m;
      F[o + c * NST + ST_QUALIFIED] = m;
    }
    // Show leads slip more (badge scans on spreadsheets, CEIR) unless an SLA covers every lead.
    const slipShow = agree ? slip : this.showSlip;
    const mShow = mql[CH_SHOWS]!;
    const pRouted = mqlAll > 0 ? ((mqlAll - mShow) * (1 - slip) + mShow * (1 - slipShow)) / mqlAll : 0;
    const routedAll = rng.bin(mqlAll, pRouted, wb + W_SALES + 1);
    // Split across channels in proportion to their expected routed leads (never above a channel's leads).
    for (let c = 0; c < NCH; c++) this.routeW[c] = mql[c]! * (c === CH_SHOWS ? 1 - slipShow : 1 - slip);
    splitInto(this.routeW, routedAll, mqlAll * pRouted, split);
    for (let c = 0; c < NCH; c++) if (split[c]! > mql[c]!) split[c] = mql[c]!;
    for (let c = 0; c < NCH; c++) {
      Q[c * QUEUE_AGE] = Q[c * QUEUE_AGE]! + split[c]!;
      called[c] = 0;
    }
    Q[JUNK * QUEUE_AGE] = Q[JUNK * QUEUE_AGE]! + junk;
    called[JUNK] = 0;
    this.calledW = 0;
    // Scored leads: qualified ones first, forwarded fills with what is left; otherwise all mixed.
    if (ph.scoring) {
      cap = this.callFrom(0, NCH, cap);
      this.callFrom(JUNK, NQ, cap);
    } else this.callFrom(0, NQ, cap);
    // Leads left in the oldest slot go to field sales; the others age by a week.
    const last = QUEUE_AGE - 1;
    let over = 0, calledQ = 0;
    for (let c = 0; c < NCH; c++) {
      const x = Q[c * QUEUE_AGE + last]!;
      split[c] = x;
      over += x;
      calledQ += called[c]!;
    }
    for (let c = 0; c < NQ; c++) {
      for (let a = last; a > 0; a--) Q[c * QUEUE_AGE + a] = Q[c * QUEUE_AGE + a - 1]!;
      Q[c * QUEUE_AGE] = 0;
    }
    // Account managers follow up a share of the overflow among their own work, after the wait.
    const followed = over > 0 ? rng.bin(over, this.fieldFollowUp, wb + W_SALES + 3) : 0;
    const lost = over - followed;
    splitInto(split, followed, over, split);
    for (let c = 0; c < NCH; c++) called[c] = called[c]! + split[c]!;
    const nCalls = calledQ + followed;
    const wCalls = this.calledW + followed * this.ageValue[QUEUE_AGE]!;
    // One acceptance draw for the week's calls on qualified leads (at their mean, age-discounted
    // rate), split across channels.
    const accepted = nCalls > 0 ? rng.bin(nCalls, Math.min(1, (pAcc * wCalls) / nCalls), wb + W_SALES + 2) : 0;
    splitInto(called, accepted, nCalls, split);
    for (let c = 0; c < NCH; c++) F[o + c * NST + ST_ACCEPTED] = split[c]!;
    // Sales cannot keep up: leads inside sales could not call in time reach 15% of the qualified leads so far.
    this.cumLost += over;
    this.cumQual += mqlAll;
    if (!this.overloadSeen && this.cumLost >= 20 && this.cumLost >= 0.15 * this.cumQual) {
      this.overloadSeen = true;
      this.event(w, EV_INDEX.sales_overload);
    }
    this.weekly[M_ACC * WEEKS + w] = accepted;
    this.weekly[M_LOST * WEEKS + w] = lost;
  }

  /** Calls queues [from, to) oldest first, sharing the calls in proportion (largest remainders); returns calls left. */
  private callFrom(from: number, to: number, cap: number): number {
    const Q = this.queue;
    for (let age = QUEUE_AGE - 1; age >= 0 && cap > 0; age--) {
      let waiting = 0;
      for (let c = from; c < to; c++) waiting += Q[c * QUEUE_AGE + age]!;
      if (waiting <= 0) continue;
      if (waiting <= cap) {
        for (let c = from; c < to; c++) {
          const k = Q[c * QUEUE_AGE + age]!;
          this.called[c] = this.called[c]! + k;
          if (c < NCH) this.calledW += k * this.ageValue[age]!;
          Q[c * QUEUE_AGE + age] = 0;
        }
        cap -= waiting;
      } else {
        let given = 0;
        for (let c = from; c < to; c++) {
          const k = Math.floor((Q[c * QUEUE_AGE + age]! * cap) / waiting);
          this.called[c] = this.called[c]! + k;
          if (c < NCH) this.calledW += k * this.ageValue[age]!;
          Q[c * QUEUE_AGE + age] = Q[c * QUEUE_AGE + age]! - k;
          given += k;
        }
        for (let c = from; c < to && given < cap; c++) {
          if (Q[c * QUEUE_AGE + age]! > 0) {
            this.called[c] = this.called[c]! + 1;
            if (c < NCH) this.calledW += this.ageValue[age]!;
            Q[c * QUEUE_AGE + age] = Q[c * QUEUE_AGE + age]! - 1;
            given++;
          }
        }
        cap = 0;
      }
    }
    return cap;
  }
}

/**
 * Splits `total` over n parts in proportion to `weight[wo..]` (summing to `wsum`) by systematic
 * sampling with offset `u` in (0, 1): each part gets the floor or the ceiling of its share (so one
 * unit goes to part i with probability weight / wsum: unbiased), never more than `cap[co + i]`.
 * Writes out[oo..] and returns the sum given (the total unless a cap binds).
 */
function splitSys(
  total: number, weight: Float64Array, wo: number, wsum: number, u: number, cap: Float64Array, co: number, out: Float64Array, oo: number, n: number,
): number {
  if (!(total > 0) || !(wsum > 0)) {
    for (let i = 0; i < n; i++) out[oo + i] = 0;
    return 0;
  }
  const r = total / wsum;
  let cum = u, prev = 0, given = 0;
  for (let i = 0; i < n; i++) {
    cum += weight[wo + i]! * r;
    const c = Math.floor(cum);
    let k = c - prev;
    prev = c;
    const m = cap[co + i]!;
    if (k > m) k = m;
    out[oo + i] = k;
    given += k;
  }
  return given;
}

/** Splits `total` (<= `whole`) across the first NCH entries of `parts` (which sum to `whole`) in proportion. */
function splitInto(parts: Float64Array, total: number, whole: number, out: Float64Array): void {
  if (total <= 0 || whole <= 0) {
    for (let c = 0; c < NCH; c++) out[c] = 0;
    return;
  }
  // Cumulative rounding: shares sum to total exactly, each within 1 of its proportional value and
  // never above its part (a rounded share of at most a whole number cannot exceed it).
  const ratio = total / whole; // <= 1
  let cum = 0;
  let prev = 0;
  for (let c = 0; c < NCH; c++) {
    cum += parts[c]!;
    const r = Math.round(cum * ratio);
    out[c] = r - prev;
    prev = r;
  }
}

/** Sum of a weekly metric over weeks [from, to). */
export function sumWeeks(m: Model, metric: number, from = 0, to = WEEKS): number {
  let s = 0;
  for (let w = from; w < to; w++) s += m.weekly[metric * WEEKS + w]!;
  return s;
}

export type { SegVec };
