// The weekly funnel model: one run of 26 weeks for a plan, a parameter draw and a seeded stream.
// Hot path: typed arrays, small methods (fast to optimise), no allocation inside the weekly loop,
// and a fixed number of draws per week whatever the plan (an empty count still consumes its
// draw), so weeks 1-8 use the same draws whatever comes after week 8, and two plans compared
// under one seed stay aligned draw for draw.
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
const QUEUE_AGE = 2; // weeks a lead waits for a call before it is lost
const MAX_EVENTS = 64;

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

// Slots of Model.K and Model.E.
const K_SOFT = 0, K_INBOX = 1, K_VISIT = 2, K_DECAY = 3, K_BOUNCE = 4, K_PROSPECT = 5, K_NURTURE = 6, K_ROUTE = 7,
  K_JUNK = 8, K_ACCEPT = 9, K_SHOWQ = 10, K_NURTQ = 11;
const E_OPEN = 0, E_CLICK = 1, E_UNSUB = 2, E_COMPL = 3, E_FILL = 4, E_QUAL = 5;

/**
 * The state of one run and its results. One Model is reused across runs (Monte Carlo): `run`
 * resets everything it reads. Per-run constants are fields so the small methods stay monomorphic.
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
  private readonly sActive = new Float64Array(NPOOL);
  private readonly sStale = new Float64Array(NPOOL);
  private readonly sTraps = new Float64Array(NPOOL);
  private readonly sHard = new Float64Array(NPOOL);
  private readonly dHum = new Float64Array(NPOOL);
  private readonly dStale = new Float64Array(NPOOL);
  private readonly pShare = new Float64Array(NPOOL);
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
  private readonly split = new Float64Array(NQ);
  // Nurturing: unqualified leads of fitting segments, per channel, with their summed segment fit.
  private readonly nurtureCand = new Float64Array(NCH);
  private readonly nurtureCandFit = new Float64Array(NCH);
  private readonly nurturePool = new Float64Array(NCH);
  private readonly nurturePoolFit = new Float64Array(NCH);
  private readonly wUnqCh = new Float64Array(NCH); // this week's unqualified fills of fitting segments
  private readonly wUnqFitCh = new Float64Array(NCH);
  private readonly weekFills = new Float64Array(NSEG);
  private readonly weekQual = new Float64Array(NSEG);
  private readonly oneOff = new Float64Array(WEEKS);
  private readonly showKind = new Int8Array(WEEKS); // -1 none, 0 generic, 1 sector, 2 minor
  // Ads coefficients for the current state (phase, content started, A/B winner): recomputed on change.
  private adKey = -1;
  /** Scalar probabilities passed by reference to the sampler (see Rng.binomialAt). */
  private readonly K = new Float64Array(12);
  /** Per-pool email probabilities of the week: open, click/open, unsub/open, complaint, fill, qualify. */
  private readonly E = new Float64Array(NPOOL * 6);
  /** The same before fatigue, for the current mailing state (recomputed when it changes). */
  private readonly EC = new Float64Array(NPOOL * 6);
  private eKey = -1;
  private readonly adReach = new Float64Array(NCH * NSEG);
  private readonly adFill = new Float64Array(NCH * NSEG); // reach -> form fill
  private readonly adQual = new Float64Array(NCH * NSEG);
  private readonly adVisitP = new Float64Array(NCH); // non-filler -> visitor, reach-weighted
  private readonly adClickP = new Float64Array(NCH); // non-visitor -> clicker, reach-weighted

  // ---- Run state ----
  private plan!: Plan;
  private ph!: PhasePlan;
  private rep = 0;
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

  private event(week0: number, id: number): void {
    this.evSeen[id] = 1;
    if (this.evCount < MAX_EVENTS) {
      this.evWeek[this.evCount] = week0 + 1;
      this.evId[this.evCount] = id;
      this.evCount++;
    }
  }

  /** Runs 26 weeks. `p` is a drawn parameter vector (see drawParams), `rng` positioned after it. */
  run(plan: Plan, p: Float64Array, rng: Rng): void {
    this.plan = plan;
    this.reset();
    this.derive(p);
    this.setup(plan, p, rng);
    for (let w = 0; w < WEEKS; w++) this.week(w, rng);
    this.finalReputation = this.rep;
  }

  /** Semester funnel totals from the weekly ones (only outcomes need them, not the Monte Carlo). */
  sumFunnel(): void {
    const FW = this.funnelW, F = this.funnel;
    F.fill(0);
    for (let w = 0; w < WEEKS; w++) for (let i = 0; i < NCH * NST; i++) F[i] = F[i]! + FW[w * NCH * NST + i]!;
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
    this.eKey = -1;
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
    this.K[K_SOFT] = this.pSoft;
    this.pCompl0 = p[PI.emailComplaintRate]! / humanShare0;
    this.pUnsub0 = p[PI.emailUnsubRate]! / openRate;
    // Decay is applied every 4 weeks (end of weeks 4, 8, ...): a 4-week share of the monthly rate.
    this.decay4 = 1 - Math.pow(1 - p[PI.dataDecayMonthly]!, 48 / 52);
    // At two mailings a month each send meets half a step: the benchmark hard bounce fixes the share of decayed addresses that bounce.
    // Decay only touches contacts still read (1 - staleShare of the base).
    this.bounceShare = Math.min(1, (2 * p[PI.emailHardBounce]!) / (this.decay4 * humanShare0));
    this.K[K_DECAY] = this.decay4;
    this.K[K_BOUNCE] = this.bounceShare;
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
    this.recovery = p[PI.reputationRecovery]!;
    this.bouncePen = p[PI.bouncePenalty]!;
    this.complPen = p[PI.complaintPenalty]!;
    this.trapPen = p[PI.trapPenalty]!;
    this.inWeek = p[PI.inWeekReaction]!;
    this.visitEmail = p[PI.emailVisitRate]!;
    this.K[K_VISIT] = this.visitEmail;
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
    this.K[K_PROSPECT] = this.showProspect;
    this.showCost = p[PI.showCost]!;
    this.showQual = p[PI.showQual]!;
    this.nurtureWeekly = p[PI.nurtureWeekly]!;
    this.nurtureQual = p[PI.nurtureQual]!;
    this.K[K_NURTURE] = this.nurtureWeekly;
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
    const relQK = p[PI.relQual]!;
    const C = this.plan.content;
    const G = SCENARIO.genericContent;
    for (let s = 0; s < NSEG; s++) {
      this.relQ[s] = Math.pow(C.relevance[s]! / 0.5, relQK);
      this.relQ[NSEG + s] = Math.pow(G.relevance[s]! / 0.5, relQK);
    }
  }

  /** Own base, enrichment, cleaning and the bought list (a fixed number of draws), costs, shows. */
  private setup(plan: Plan, p: Float64Array, rng: Rng): void {
    const list = plan.list;
    const own = SCENARIO.ownBase;
    let ownTotal = 0;
    for (let s = 0; s < NSEG; s++) {
      const n0 = own[s]!;
      ownTotal += n0;
      // ownBase counts people (read or not); dead addresses since the last 2015 send come on top.
      let inv = rng.binomial(n0, p[PI.emailHardBounce]!);
      let st = rng.binomial(n0, p[PI.staleShare]!);
      const act0 = n0 - st;
      const cleanInv = rng.binomial(inv, p[PI.verifyInvalidCaught]!);
      const cleanSt = rng.binomial(st, p[PI.cleanStaleRemoved]!);
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
      this.segContacts[s] = act + st + inv;
    }
    const N = p[PI.boughtListSize]!;
    const offT = p[PI.boughtOffTarget]!;
    let onTargetHumans = 0;
    let leftBad = 0;
    for (let s = 0; s < NSEG; s++) {
      const q = NSEG + s;
      const n = Math.round(N * (s === NSEG - 1 ? offT : (1 - offT) * SCENARIO.boughtMix[s]!));
      const inv = rng.binomial(n, p[PI.boughtDeadShare]!);
      const tr = rng.binomial(n - inv, p[PI.boughtTrapsPer10k]! / 10000);
      const st = rng.binomial(n - inv - tr, p[PI.boughtStaleShare]!);
      const invCaught = rng.binomial(inv, p[PI.verifyInvalidCaught]!);
      const trCaught = rng.binomial(tr, p[PI.verifyTrapCaught]!);
      this.fit[q] = p[PI.boughtFit]!;
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

    const oneOff = this.oneOff;
    oneOff.fill(0);
    for (const o of plan.oneOff) {
      const i = Math.min(WEEKS, Math.max(1, o.week)) - 1;
      oneOff[i] = oneOff[i]! + o.euros;
    }
    let setupCost = 0;
    if (list.buy) setupCost += N * p[PI.boughtPrice]! + (list.verify ? N * p[PI.verifyCost]! : 0);
    if (list.cleanOwn) setupCost += ownTotal * p[PI.verifyCost]!;
    let enrTotal = 0;
    for (let s = 0; s < NSEG; s++) enrTotal += plan.enrichedContacts[s]!;
    oneOff[0] = oneOff[0]! + setupCost + enrTotal * p[PI.enrichCost]!;
    this.showKind.fill(-1);
    for (const sh of plan.shows) {
      if (sh.week >= 1 && sh.week <= WEEKS) this.showKind[sh.week - 1] = sh.kind === 'sector' ? 1 : sh.kind === 'minor' ? 2 : 0;
    }

    this.ph = plan.phases[0];
    this.displayW = this.ph.displayWeekly;
    this.linkedinW = this.ph.linkedinSponsoredWeekly;
    this.rep = this.repStart;
    this.boughtLive = list.buy && list.arrivalWeek <= 1;
  }

  private week(w: number, rng: Rng): void {
    if (w === PHASE1_WEEKS) this.startPhase2();
    if (!this.boughtLive && this.plan.list.buy && w === this.plan.list.arrivalWeek - 1) this.boughtLive = true;
    this.wSpend = this.ph.fixedWeeklyCost + this.oneOff[w]!;
    this.wClicks = this.wVisits = this.wRaw = this.wQual = 0;
    for (let i = 0; i < NSEG; i++) this.weekFills[i] = this.weekQual[i] = 0;
    for (let i = 0; i < NCH; i++) this.wUnqCh[i] = this.wUnqFitCh[i] = 0;
    this.email(w, rng);
    this.ads(w, rng);
    this.shows(w, rng);
    this.nurture(w, rng);
    this.sales(w, rng);
    if ((w & 3) === 3) this.decay(rng);
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

  /** Every 4 weeks contacts leave their jobs: some addresses start to bounce, others reach nobody (2 draws per pool). */
  private decay(rng: Rng): void {
    const live = this.boughtLive ? NPOOL : NSEG;
    for (let q = 0; q < live; q++) {
      const a = this.active[q]!;
      const d = rng.binomialAt(a, this.K, K_DECAY);
      const inv = rng.binomialAt(d, this.K, K_BOUNCE);
      this.active[q] = a - d;
      this.invalid[q] = this.invalid[q]! + inv;
      this.stale[q] = this.stale[q]! + d - inv;
    }
    rng.skip(2 * (NPOOL - live));
  }

  /** The week's mailing: bounces, reputation, inbox, opens, clicks, fills, qualification (10 draws per pool). */
  private email(w: number, rng: Rng): void {
    const ph = this.ph;
    const plan = this.plan;
    const inPhase2 = w >= PHASE1_WEEKS;
    const slot = w < this.suspendedUntil ? 0 : slotOf(w, ph.campaignPerMonth, ph.newsletterPerMonth);
    let mailing = 0; // 0 none, 1 campaign content, 2 generic content
    let campaignSlot = false;
    if (slot === 1) {
      const paused = inPhase2 && w - PHASE1_WEEKS < ph.campaignPauseWeeks;
      if (!paused) {
        campaignSlot = true;
        mailing = w + 1 >= plan.campaignStartWeek ? 1 : 2;
      }
    } else if (slot === 2) mailing = 2;
    const testing = campaignSlot && w < plan.testWeeks;
    const sampleMul = testing ? this.testSample : 1;
    const segmented = campaignSlot && ph.campaign.segmented;
    const abOn = campaignSlot && ph.abWinner && w >= plan.testWeeks;
    const engaged = ph.engagedOnly;
    const content: ContentSpec = mailing === 1 ? plan.content : SCENARIO.genericContent;
    const relOff = mailing === 1 ? 0 : NSEG;
    const live = this.boughtLive ? NPOOL : NSEG;
    if (mailing === 0) {
      this.quietWeek(w, rng);
      return;
    }
    const key = mailing + (campaignSlot ? 3 : 0) + (abOn ? 6 : 0) + (inPhase2 ? 12 : 0);
    if (key !== this.eKey) this.emailCoefficients(key, content, relOff, campaignSlot, segmented, abOn);

    // Pass 1: who is mailed; hard bounces (dead addresses, then suppressed) and soft bounces.
    let sent = 0, hard = 0, soft = 0, trapHits = 0, trapWeight = 0;
    for (let q = 0; q < NPOOL; q++) {
      const s = q % NSEG;
      let share = 0;
      if (mailing !== 0 && q < live && this.suppressed[q] === 0) share = campaignSlot ? ph.campaign.share[s]! * sampleMul : 1;
      this.pShare[q] = share;
      if (share === 0) {
        rng.skip(2);
        this.sActive[q] = this.sStale[q] = this.sTraps[q] = this.sHard[q] = this.dHum[q] = this.dStale[q] = 0;
        continue;
      }
      const sa = Math.round(this.active[q]! * share);
      const ss = engaged ? 0 : Math.round(this.stale[q]! * share);
      const si = engaged ? 0 : Math.round(this.invalid[q]! * share);
      const st = engaged ? 0 : Math.round(this.traps[q]! * share);
      const stOld = engaged ? 0 : Math.round(this.trapsHit[q]! * share);
      this.traps[q] = this.traps[q]! - st;
      this.trapsHit[q] = this.trapsHit[q]! + st;
      const softA = rng.binomialAt(sa, this.K, K_SOFT);
      const softS = rng.binomialAt(ss, this.K, K_SOFT);
      this.sActive[q] = sa;
      this.sStale[q] = ss;
      this.sTraps[q] = st + stOld;
      this.sHard[q] = si;
      this.dHum[q] = sa - softA;
      this.dStale[q] = ss - softS;
      this.invalid[q] = this.invalid[q]! - si;
      sent += sa + ss + si + st + stOld;
      hard += si;
      soft += softA + softS;
      trapHits += st + stOld;
      trapWeight += st + 0.1 * stOld;
    }
    const hbr = sent > 0 ? hard / sent : 0;
    // Reputation counts bounces and complaints against the sender's usual volume (its list size),
    // so more of them never helps; the platform's review rules below use the send's own rates.
    const penB = this.bouncePen * Math.max(0, (hard / REF_VOLUME) * 100 - 2);
    const trapRaw = this.trapPen * trapWeight;
    const penT = trapRaw > 20 ? 20 : trapRaw;
    // Mailbox providers react while the campaign is delivered: part of this week's damage applies now.
    const inboxP = placement(this.rep - this.inWeek * (penB + penT), this.inboxHigh, this.inboxLow);
    this.K[K_INBOX] = inboxP;

    // Pass 2: inbox -> open -> click -> visit -> fill -> qualified; complaints and unsubscribes.
    let delivered = 0, inboxN = 0, opens = 0, clicks = 0, visits = 0, fills = 0, qual = 0, complaints = 0, unsubs = 0;
    for (let q = 0; q < NPOOL; q++) {
      const s = q % NSEG;
      const dh = this.dHum[q]!;
      const dl = dh + this.dStale[q]! + this.sTraps[q]!;
      const share = this.pShare[q]!;
      const f = this.fatigue[q]! * this.fatMem + share; // memory of past mailings, this one included
      this.fatigue[q] = f;
      if (share === 0) {
        rng.skip(8);
        continue;
      }
      const excess = f > this.fatRef ? f / this.fatRef - 1 : 0;
      // Cached per mailing state; fatigue is the only weekly change.
      const C = this.EC;
      const c = q * 6;
      const E = this.E;
      const e = q * 6;
      const annoy = 1 + this.fatAnnoyK * excess;
      E[e + E_OPEN] = clamp01(C[c + E_OPEN]! / (1 + this.fatOpenK * excess), 0.95);
      E[e + E_CLICK] = C[c + E_CLICK]!;
      E[e + E_UNSUB] = clamp01(C[c + E_UNSUB]! * annoy, 0.5);
      E[e + E_COMPL] = clamp01(C[c + E_COMPL]! * annoy, 0.05);
      E[e + E_FILL] = C[c + E_FILL]!;
      E[e + E_QUAL] = C[c + E_QUAL]!;

      // Readers' mail is placed at random; addresses nobody reads never act, so their placement is an expectation.
      const inbH = rng.binomialAt(dh, this.K, K_INBOX);
      const inb = inbH + Math.round((dl - dh) * inboxP);
      const op = rng.binomialAt(inbH, E, e + E_OPEN);
      const cl = rng.binomialAt(op, E, e + E_CLICK);
      const un = rng.binomialAt(op, E, e + E_UNSUB);
      const co = rng.binomialAt(dh, E, e + E_COMPL);
      const vi = rng.binomialAt(cl, this.K, K_VISIT);
      const fi = rng.binomialAt(vi, E, e + E_FILL);
      const mq = rng.binomialAt(fi, E, e + E_QUAL);

      // Complainers, unsubscribers and new leads leave the prospect pool.
      const gone = un + co + fi;
      const a = this.active[q]!;
      this.active[q] = gone > a ? 0 : a - gone;
      delivered += dl;
      inboxN += inb;
      opens += op;
      clicks += cl;
      visits += vi;
      fills += fi;
      qual += mq;
      complaints += co;
      unsubs += un;
      this.segEmailLeads[s] = this.segEmailLeads[s]! + fi;
      this.weekFills[s] = this.weekFills[s]! + fi;
      this.weekQual[s] = this.weekQual[s]! + mq;
      if (s < NTARGET) {
        this.wUnqCh[CH_EMAIL] = this.wUnqCh[CH_EMAIL]! + fi - mq;
        this.wUnqFitCh[CH_EMAIL] = this.wUnqFitCh[CH_EMAIL]! + (fi - mq) * SEG_FIT[s]! * this.fit[q]!;
      }

      // Someone watching: a list part bouncing or complaining past the platform's review level stops.
      if ((plan.monitoring || testing) && share > 0 && this.suppressed[q] === 0) {
        const sq = this.sActive[q]! + this.sStale[q]! + this.sHard[q]! + this.sTraps[q]!;
        const hq = this.sHard[q]!;
        if ((hq >= 10 && hq >= this.reviewB * sq) || (co >= 3 && co >= this.reviewC * dl)) {
          this.suppressed[q] = 1;
          this.event(w, EV_INDEX.pool_suppressed);
        }
      }
      // Open rate down by 15% or more from over-mailing: 1 / (1 + k * excess) <= 0.85.
      if (!this.fatigueSeen && share > 0 && q < NSEG && this.fatOpenK * excess >= 0.15 / 0.85) {
        this.fatigueSeen = true;
        this.event(w, EV_INDEX.list_fatigue);
      }
    }

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
      if (hbr >= this.suspendB || cr >= this.suspendC || (reviewLevel && w - this.lastReview <= 4)) {
        this.suspendedUntil = w + 1 + this.suspWeeks;
        this.lastReview = -100;
        this.event(w, EV_INDEX.platform_suspension);
        // Reinstatement requires removing the unverified import.
        if (!plan.list.verify) for (let q = NSEG; q < NPOOL; q++) this.suppressed[q] = 1;
      } else if (reviewLevel) {
        this.lastReview = w;
        this.event(w, EV_INDEX.platform_review);
      }
    }
    const penC = this.complPen * Math.max(0, (complaints / REF_VOLUME) * 1000 - 0.5);
    const W = this.weekly;
    W[M_REP * WEEKS + w] = this.rep;
    W[M_INBOX_RATE * WEEKS + w] = inboxP;
    const r = this.rep + this.recovery * (this.repStart - this.rep) - penB - penT - penC;
    this.rep = r < 0 ? 0 : r > 100 ? 100 : r;
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

  /** A week without mailing: the draws are consumed, fatigue fades, reputation recovers. */
  private quietWeek(w: number, rng: Rng): void {
    rng.skip(NPOOL * 10);
    for (let q = 0; q < NPOOL; q++) this.fatigue[q] = this.fatigue[q]! * this.fatMem;
    const W = this.weekly;
    W[M_REP * WEEKS + w] = this.rep;
    W[M_INBOX_RATE * WEEKS + w] = placement(this.rep, this.inboxHigh, this.inboxLow);
    const r = this.rep + this.recovery * (this.repStart - this.rep);
    this.rep = r < 0 ? 0 : r > 100 ? 100 : r;
    this.mqlCh[CH_EMAIL] = 0;
  }

  /** Per-pool email probabilities for a mailing state (content, segmentation, A/B winner, phase), before fatigue. */
  private emailCoefficients(key: number, content: ContentSpec, relOff: number, campaignSlot: boolean, segmented: boolean, abOn: boolean): void {
    this.eKey = key;
    const ph = this.ph;
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
      const pull = content.gated[s] ? 1 : this.genericPull;
      const fillP = fillBase * pull * (1 + this.relFillK * (rel - 0.5));
      const sel = campaignSlot && ph.campaign.share[s]! < 1 && ph.selectionFit > 1 ? ph.selectionFit : 1;
      const c = q * 6;
      C[c + E_OPEN] = pOpen;
      C[c + E_CLICK] = clamp01(ctor, 0.9);
      C[c + E_UNSUB] = pUnsub;
      C[c + E_COMPL] = pCompl;
      C[c + E_FILL] = clamp01(fillP, 0.6);
      C[c + E_QUAL] = qualProb(this.baseOdds, SEG_FIT[s]! * this.fit[q]! * sel * this.relQ[relOff + s]! * (ph.scoring ? this.scoringQ : 1));
    }
  }

  /** Website, LinkedIn, Twitter, Facebook, banners: reach -> click -> visit -> fill -> qualified. */
  private ads(w: number, rng: Rng): void {
    const started = w + 1 >= this.plan.campaignStartWeek;
    const ab = this.ph.abWinner && w >= this.plan.testWeeks;
    const key = (w >= PHASE1_WEEKS ? 4 : 0) + (started ? 2 : 0) + (ab ? 1 : 0);
    if (key !== this.adKey) this.adCoefficients(key, started, ab);
    const F = this.funnelW;
    let bannerClicks = 0;
    for (let ch = CH_LANDING; ch <= CH_DISPLAY; ch++) {
      // Per segment: form fills (reach x click x visit x fill, one thinning) and their qualification.
      // Per channel: visits and clicks among those who did not fill (reversed thinning keeps
      // clicks >= visits >= fills). Website visitors are already on the page: no click or visit step.
      let chReach = 0, chFills = 0, chQual = 0;
      for (let s = 0; s < NSEG; s++) {
        const i = ch * NSEG + s;
        const reach = this.adReach[i]!;
        if (reach === 0) {
          rng.skip(2);
          continue;
        }
        const fi = rng.binomialAt(reach, this.adFill, i);
        const mq = rng.binomialAt(fi, this.adQual, i);
        chReach += reach;
        chFills += fi;
        chQual += mq;
        this.weekFills[s] = this.weekFills[s]! + fi;
        this.weekQual[s] = this.weekQual[s]! + mq;
        if (s < NTARGET) {
          this.wUnqCh[ch] = this.wUnqCh[ch]! + fi - mq;
          this.wUnqFitCh[ch] = this.wUnqFitCh[ch]! + (fi - mq) * SEG_FIT[s]!;
        }
      }
      let chVisits = chReach, chClicks = chReach;
      if (ch !== CH_LANDING) {
        chVisits = chFills + rng.binomialAt(chReach - chFills, this.adVisitP, ch);
        chClicks = chVisits + rng.binomialAt(chReach - chVisits, this.adClickP, ch);
      }
      const b = (w * NCH + ch) * NST;
      F[b + ST_REACH] = chReach;
      F[b + ST_DELIVERED] = chReach;
      F[b + ST_INBOX] = chReach;
      F[b + ST_VIEWED] = chReach;
      F[b + ST_CLICKED] = chClicks;
      F[b + ST_VISITS] = chVisits;
      F[b + ST_FILLED] = chFills;
      this.mqlCh[ch] = chQual;
      if (ch !== CH_LANDING) this.wClicks += chClicks;
      this.wVisits += chVisits;
      this.wRaw += chFills;
      this.wQual += chQual;
      if (ch === CH_DISPLAY) bannerClicks = chClicks;
    }
    this.chSpend[CH_DISPLAY] = this.chSpend[CH_DISPLAY]! + this.displayW;
    this.chSpend[CH_LINKEDIN] = this.chSpend[CH_LINKEDIN]! + this.linkedinW;
    this.wSpend += this.displayW + this.linkedinW;
    this.weekly[M_BANNER * WEEKS + w] = bannerClicks;
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
      let visitNum = 0, visitDen = 0, clickNum = 0, clickDen = 0;
      for (let s = 0; s < NSEG; s++) {
        const rel = content.relevance[s]!;
        const gated = content.gated[s] === 1;
        const pull = gated ? 1 : this.genericPull;
        const relC0 = 1 + this.relClickK * (rel - 0.5);
        const relC = relC0 < 0.2 ? 0.2 : relC0;
        const relF = 1 + this.relFillK * (rel - 0.5);
        let reach = 0, pClick = 1, pVisit = 1, pFill = 0;
        if (ch === CH_LANDING) {
          reach = Math.round(this.orgVisitors * AUD.website[s]!);
          pFill = this.orgConv * (gated ? 1 + this.gatedOrgLift : 1) * relF * landing;
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
        this.adFill[i] = pcv * pFill;
        this.adQual[i] = qualProb(this.baseOdds, SEG_FIT[s]! * this.relQ[relOff + s]! * scoring);
        visitNum += reach * pcv * (1 - pFill);
        visitDen += reach * (1 - pcv * pFill);
        clickNum += reach * pClick * (1 - pVisit);
        clickDen += reach * (1 - pcv);
      }
      this.adVisitP[ch] = visitDen > 0 ? visitNum / visitDen : 0;
      this.adClickP[ch] = clickDen > 0 ? clickNum / clickDen : 0;
    }
  }

  /** Trade shows: booth visitors -> badge scans (raw leads) -> qualified (2 draws per segment, every week). */
  private shows(w: number, rng: Rng): void {
    const kind = this.showKind[w]!;
    if (kind < 0) {
      rng.skip(2 * NSEG);
      this.mqlCh[CH_SHOWS] = 0;
      return;
    }
    const minor = kind === 2;
    const visitors = this.showVisitors * (minor ? SCENARIO.minorShow.visitors : 1);
    const aud = kind === 1 ? AUD.showSector : minor ? AUD.showMinor : AUD.showGeneric;
    const scoring = this.ph.scoring ? this.scoringQ : 1;
    let reachT = 0, fillsT = 0, qualT = 0;
    for (let s = 0; s < NSEG; s++) {
      const reach = Math.round(visitors * aud[s]!);
      this.K[K_SHOWQ] = qualProb(this.baseOdds, SEG_FIT[s]! * this.showQual * scoring);
      const fi = rng.binomialAt(reach, this.K, K_PROSPECT);
      const mq = rng.binomialAt(fi, this.K, K_SHOWQ);
      reachT += reach;
      fillsT += fi;
      qualT += mq;
      this.weekFills[s] = this.weekFills[s]! + fi;
      this.weekQual[s] = this.weekQual[s]! + mq;
      if (s < NTARGET) {
        this.wUnqCh[CH_SHOWS] = this.wUnqCh[CH_SHOWS]! + fi - mq;
        this.wUnqFitCh[CH_SHOWS] = this.wUnqFitCh[CH_SHOWS]! + (fi - mq) * SEG_FIT[s]!;
      }
    }
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
   * Nurturing: unqualified leads of fitting segments re-engage over the weeks and some qualify
   * (2 draws per channel). Pools are per channel so a channel never qualifies more than it filled.
   */
  private nurture(w: number, rng: Rng): void {
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
      rng.skip(2 * NCH);
      return;
    }
    const scoring = ph.scoring ? this.scoringQ : 1;
    let nurtured = 0;
    for (let c = 0; c < NCH; c++) {
      const pool = this.nurturePool[c]!;
      const fitAvg = pool > 0 ? this.nurturePoolFit[c]! / pool : 0;
      this.K[K_NURTQ] = qualProb(this.baseOdds, fitAvg * this.nurtureQual * scoring);
      const re = rng.binomialAt(pool, this.K, K_NURTURE);
      const mq = rng.binomialAt(re, this.K, K_NURTQ);
      this.nurturePool[c] = pool - re + this.wUnqCh[c]!;
      this.nurturePoolFit[c] = this.nurturePoolFit[c]! - re * fitAvg + this.wUnqFitCh[c]!;
      this.mqlCh[c] = this.mqlCh[c]! + mq;
      nurtured += mq;
    }
    this.wQual += nurtured;
  }

  /**
   * Sales: qualified leads are routed (or slip), unqualified fills may be forwarded too; calls go
   * oldest first within the week's capacity (scored leads first when scoring is on); a lead not
   * called within two weeks is lost; called qualified leads are accepted or not (3 draws a week).
   */
  private sales(w: number, rng: Rng): void {
    const ph = this.ph;
    const agree = ph.salesAgreement && w - (w >= PHASE1_WEEKS ? PHASE1_WEEKS : 0) >= ph.agreementDelayWeeks;
    const filtered = agree || ph.scoring;
    const slip = agree ? this.agreeSlip : this.salesSlip;
    let cap = Math.round(this.salesCapacity * (agree ? this.agreeCapacity : 1));
    const pAcc = clamp01(this.acceptRate * (agree ? this.agreeAccept : 1) * (ph.scoring ? this.scoringAccept : 1), 0.95);
    const Q = this.queue;
    const F = this.funnelW;
    const o = w * NCH * NST;
    this.K[K_JUNK] = filtered ? this.agreeJunk : this.junkPass;
    this.K[K_ROUTE] = 1 - slip;
    this.K[K_ACCEPT] = pAcc;
    this.mqlCh[JUNK] = rng.binomialAt(this.wUnq, this.K, K_JUNK);
    // One routing draw for all qualified leads, split across channels in proportion.
    let mqlAll = 0;
    for (let c = 0; c < NCH; c++) {
      mqlAll += this.mqlCh[c]!;
      F[o + c * NST + ST_QUALIFIED] = this.mqlCh[c]!;
    }
    const routedAll = rng.binomialAt(mqlAll, this.K, K_ROUTE);
    splitInto(this.mqlCh, routedAll, mqlAll, this.split);
    for (let c = 0; c < NQ; c++) {
      Q[c * QUEUE_AGE] = Q[c * QUEUE_AGE]! + (c === JUNK ? this.mqlCh[c]! : this.split[c]!);
      this.called[c] = 0;
    }
    // Scored leads: qualified ones first, forwarded fills with what is left; otherwise all mixed.
    if (ph.scoring) {
      cap = this.callFrom(0, NCH, cap);
      this.callFrom(JUNK, NQ, cap);
    } else this.callFrom(0, NQ, cap);
    let lost = 0, calledQ = 0;
    for (let c = 0; c < NQ; c++) {
      const old = Q[c * QUEUE_AGE + QUEUE_AGE - 1]!;
      if (c < NCH) {
        lost += old;
        calledQ += this.called[c]!;
      }
      for (let age = QUEUE_AGE - 1; age > 0; age--) Q[c * QUEUE_AGE + age] = Q[c * QUEUE_AGE + age - 1]!;
      Q[c * QUEUE_AGE] = 0;
    }
    // One acceptance draw for the week's calls on qualified leads, split across channels.
    const accepted = rng.binomialAt(calledQ, this.K, K_ACCEPT);
    splitInto(this.called, accepted, calledQ, this.split);
    for (let c = 0; c < NCH; c++) F[o + c * NST + ST_ACCEPTED] = this.split[c]!;
    // Sales cannot keep up: leads nobody called reach 15% of the qualified leads so far.
    this.cumLost += lost;
    this.cumQual += mqlAll;
    if (!this.overloadSeen && this.cumLost >= 20 && this.cumLost >= 0.15 * this.cumQual) {
      this.overloadSeen = true;
      this.event(w, EV_INDEX.sales_overload);
    }
    void calledQ;
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
          this.called[c] = this.called[c]! + Q[c * QUEUE_AGE + age]!;
          Q[c * QUEUE_AGE + age] = 0;
        }
        cap -= waiting;
      } else {
        let given = 0;
        for (let c = from; c < to; c++) {
          const k = Math.floor((Q[c * QUEUE_AGE + age]! * cap) / waiting);
          this.called[c] = this.called[c]! + k;
          Q[c * QUEUE_AGE + age] = Q[c * QUEUE_AGE + age]! - k;
          given += k;
        }
        for (let c = from; c < to && given < cap; c++) {
          if (Q[c * QUEUE_AGE + age]! > 0) {
            this.called[c] = this.called[c]! + 1;
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

/** Splits `total` (<= `whole`) across the first NCH entries of `parts` (which sum to `whole`) in proportion. */
function splitInto(parts: Float64Array, total: number, whole: number, out: Float64Array): void {
  out.fill(0);
  if (total <= 0 || whole <= 0) return;
  // Cumulative rounding: shares sum to total exactly, each within 1 of its proportional value and
  // never above its part (a rounded share of at most a whole number cannot exceed it).
  let cum = 0;
  let prev = 0;
  for (let c = 0; c < NCH; c++) {
    cum += parts[c]!;
    const r = Math.round((cum * total) / whole);
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
