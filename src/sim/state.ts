// The state of one run: every number the weekly model reads or writes, in typed arrays carved from
// ONE ArrayBuffer. Copying a run (the branch table resumes copies after week 8) is one `set` of
// the buffer, starting a run is one `fill`: no field is listed by hand anywhere. Single numbers
// (reputation, this week's spend, ...) live in the buffer too, in `x`, read and written through
// named properties (`s.rep`); the per-run constants derived from the parameters are in `k`
// (run-constants.ts). The stage modules are functions over this one value.
import { EVENT_IDS, type EventId, type PhasePlan, type Plan } from './types';
import { defineNamedNumbers } from './named';
import { K_NAMES, RunConstants } from './run-constants';

export const WEEKS = 26;
export const PHASE1_WEEKS = 8;
export const NSEG = 5;
export const NTARGET = 4; // segments that can qualify (all but 'other')
export const NCH = 7;
export const NST = 9;
export const NPOOL = 10; // pool = source * NSEG + segment; source 0 own base, 1 bought list
/** Engagement groups of the people who read, in each pool: the engaged core, the lukewarm middle, dormant readers. */
export const NENG = 3;
export const ENG_CORE = 0, ENG_LUKE = 1, ENG_DORMANT = 2;
export const NQ = NCH + 1; // sales queues: one per channel, plus unqualified fills forwarded to sales
export const JUNK = NCH;
export const QUEUE_AGE = 3; // weeks a lead waits for inside sales before it is passed to field sales (or lost)
export const MAX_EVENTS = 64;
export const NEV = EVENT_IDS.length;

// Slots of the generator: the parameters (PARAM_IDS order), the set-up draws, then one block per week.
export const SLOT_PARAMS = 0;
export const SLOT_SETUP = 256; // own base: + s * 4 + 0..3; bought list: + 20 + s * 5 + 0..4
export const SLOT_WEEK0 = 512;
export const WEEK_SLOTS = 256;
// Offsets within a week's block.
export const W_SOFT = 0; // soft bounces of the week's mailing
// The week's email fills, unsubscribes, complaints and qualified leads: the total, then the offset
// of its split across pools.
export const W_FILL = 1, W_UNSUB = 3, W_COMPL = 5, W_QUAL = 7;
// Ads and shows: per channel, the fills, their split across segments, the qualified, their split.
export const W_ADS = 48; // + channel * 2 (fills, their split); then the ads' qualified and their split
export const W_ADQUAL = 64;
export const W_ADCLICK = 72; // + channel * 2 (visits, clicks of those who did not fill)
export const W_SHOWS = 136;
export const W_NURTURE = 148; // re-engaged, their split, qualified, their split
export const W_SALES = 164; // + (forwarded, routed, accepted, followed up by field sales)
export const W_DECAY = 168; // + pool (decayed addresses that bounce)

// Channel indexes (CHANNELS order) and stage indexes (STAGES order).
export const CH_EMAIL = 0, CH_LANDING = 1, CH_LINKEDIN = 2, CH_TWITTER = 3, CH_FACEBOOK = 4, CH_DISPLAY = 5, CH_SHOWS = 6;
export const ST_REACH = 0, ST_DELIVERED = 1, ST_INBOX = 2, ST_VIEWED = 3, ST_CLICKED = 4, ST_VISITS = 5, ST_FILLED = 6, ST_QUALIFIED = 7, ST_ACCEPTED = 8;

// Weekly metric indexes (row of the weekly matrix).
export const M_SENT = 0, M_DELIVERED = 1, M_HARD = 2, M_SOFT = 3, M_COMPLAINTS = 4, M_UNSUBS = 5, M_TRAPS = 6,
  M_INBOX_RATE = 7, M_INBOX = 8, M_OPENS = 9, M_CLICKS = 10, M_VISITS = 11, M_RAW = 12, M_QUAL = 13, M_ACC = 14,
  M_LOST = 15, M_SPEND = 16, M_REP = 17, M_BANNER = 18;
export const NM = 19;

// Per-pool email probabilities of a mailing state, before fatigue (slots of State.EC): open, click per
// open, unsubscribe per open, complaint, click -> visit -> fill, qualify, visit among clickers who did not fill,
// share of the fills that are curiosity downloads (a new free paper: people without a project, never qualified nor nurtured).
export const E_OPEN = 0, E_CLICK = 1, E_UNSUB = 2, E_COMPL = 3, E_FILL = 4, E_QUAL = 5, E_VREST = 6, E_CUR = 7, NE = 8;
/** Mailing states (content x campaign slot x A/B winner x phase) whose coefficients are cached per run. */
export const EC_STATES = 24;

export const EV_INDEX = Object.fromEntries(EVENT_IDS.map((id, i) => [id, i])) as Readonly<Record<EventId, number>>;

/**
 * The single numbers of a run, by name (stored in `State.x`). Booleans are 0 or 1. The "week's
 * mail" block is what the sending stage hands the conversion stage and back within one week.
 */
export const X_NAMES = [
  // Run state.
  'rep', 'repPending', 'suspendedUntil', 'lastReview', 'displayW', 'linkedinW', 'boughtLive', 'nurtureOn',
  'overloadSeen', 'cumLost', 'cumQual', 'fatigueSeen', 'trapSeen', 'evCount', 'finalReputation', 'adKey', 'ecDone',
  'phase', 'listSpend', 'sharedSpend', 'qHead',
  // The week's totals.
  'wSpend', 'wClicks', 'wVisits', 'wRaw', 'wQual', 'wUnq', 'calledW',
  // The week's mail.
  'mailing', 'campaignSlot', 'testing', 'live', 'eo', 'sent', 'hard', 'soft', 'reached', 'trapHits',
  'delivered', 'inboxN', 'inboxP', 'keep', 'kIn', 'penB', 'penT', 'sumA', 'sumOp', 'sumCl', 'sumFill', 'sumUnsub', 'sumCompl',
  'opens', 'clicks', 'readers', 'fills', 'unsubs', 'complaints',
] as const;
export type XName = (typeof X_NAMES)[number];

/** Carves typed arrays from one buffer, 8-byte aligned, in the order asked. */
class Carver {
  private offset = 0;
  constructor(private readonly buf: ArrayBuffer) {}
  private take(bytes: number): number {
    const at = this.offset;
    this.offset += (bytes + 7) & ~7;
    if (this.offset > this.buf.byteLength) throw new Error('the state outgrew its buffer');
    return at;
  }
  f64(n: number): Float64Array {
    return new Float64Array(this.buf, this.take(n * 8), n);
  }
  i16(n: number): Int16Array {
    return new Int16Array(this.buf, this.take(n * 2), n);
  }
  u8(n: number): Uint8Array {
    return new Uint8Array(this.buf, this.take(n), n);
  }
  i8(n: number): Int8Array {
    return new Int8Array(this.buf, this.take(n), n);
  }
  /** Every byte carved so far. */
  all(): Uint8Array {
    return new Uint8Array(this.buf, 0, this.offset);
  }
}

/** Room for one run's state (the fields below use STATE_BYTES of it). */
const MAX_STATE_BYTES = 1 << 16;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- the named numbers, defined on the prototype below
export interface State extends Record<XName, number> {}

/**
 * One run's state. `reset` starts a run (one fill), `copyFrom` makes an exact copy (one set).
 * The only fields outside the buffer: the plan being run, the `detail` setting and the views themselves.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class State {
  private readonly c = new Carver(new ArrayBuffer(MAX_STATE_BYTES));
  // ---- Audience and list: per pool ----
  readonly active = this.c.f64(NPOOL);
  readonly stale = this.c.f64(NPOOL);
  readonly invalid = this.c.f64(NPOOL);
  readonly traps = this.c.f64(NPOOL); // spam traps never hit yet
  readonly trapsHit = this.c.f64(NPOOL); // spam traps already hit (mailbox providers know the sender)
  readonly fatigue = this.c.f64(NPOOL);
  readonly fit = this.c.f64(NPOOL);
  /** Novelty of the pool's names (1 never mailed, 0 mailed at the usual cadence): fades with every send. */
  readonly novelty = this.c.f64(NPOOL);
  /** The people who read, by pool and engagement group ([pool * NENG + group]); they sum to `active`. */
  readonly eng = this.c.f64(NPOOL * NENG);
  /** The week's expected fills, unsubscribes and complaints of each group, as shares of the pool's ([pool * NENG + group]). */
  readonly gFill = this.c.f64(NPOOL * NENG);
  readonly gUnsub = this.c.f64(NPOOL * NENG);
  readonly gCompl = this.c.f64(NPOOL * NENG);
  // ---- Sending: the week's mailing per pool (who was mailed) and its rates after fatigue ----
  readonly sActive = this.c.f64(NPOOL);
  readonly sStale = this.c.f64(NPOOL);
  readonly sTraps = this.c.f64(NPOOL);
  readonly sHard = this.c.f64(NPOOL);
  readonly pShare = this.c.f64(NPOOL);
  readonly rOpen = this.c.f64(NPOOL);
  readonly rCtor = this.c.f64(NPOOL); // clicks per open (after novelty)
  // ---- Conversion: the week's email responses per pool (weights, caps, counts) ----
  readonly wFill = this.c.f64(NPOOL);
  readonly wUnsub = this.c.f64(NPOOL);
  readonly wCompl = this.c.f64(NPOOL);
  readonly capFill = this.c.f64(NPOOL);
  readonly capUnsub = this.c.f64(NPOOL);
  readonly capCompl = this.c.f64(NPOOL);
  readonly kFill = this.c.f64(NPOOL);
  readonly kUnsub = this.c.f64(NPOOL);
  readonly kCompl = this.c.f64(NPOOL);
  readonly kQual = this.c.f64(NPOOL);
  readonly wtQual = this.c.f64(NPOOL);
  readonly relQ = this.c.f64(2 * NSEG); // (relevance / 0.5)^k for [campaign, generic]
  /** Per-pool email probabilities of each mailing state (key < EC_STATES), before fatigue: computed once per run and state. */
  readonly EC = this.c.f64(EC_STATES * NPOOL * NE);
  // Ads coefficients for the current state (phase, content started, A/B winner): recomputed on change.
  readonly adReach = this.c.f64(NCH * NSEG);
  readonly adFillW = this.c.f64(NCH * NSEG); // expected fills (reach x reach -> form fill)
  readonly adFillCh = this.c.f64(NCH); // their sum per channel
  readonly adFillP = this.c.f64(NCH); // and the channel's fill rate (their sum / its reach)
  readonly adQual = this.c.f64(NCH * NSEG);
  readonly adCur = this.c.f64(NCH * NSEG); // share of the fills that are curiosity downloads
  readonly adVisitP = this.c.f64(NCH); // non-filler -> visitor, reach-weighted
  readonly adClickP = this.c.f64(NCH); // non-visitor -> clicker, reach-weighted
  readonly adReachCh = this.c.f64(NCH);
  // The week's ad fills, qualification weights and qualified leads by channel and segment.
  readonly adF = this.c.f64(NCH * NSEG);
  readonly adQW = this.c.f64(NCH * NSEG);
  readonly adQ = this.c.f64(NCH * NSEG);
  // A show's reach, fills and qualified leads by segment, and the qualification weights.
  readonly segR = this.c.f64(NSEG);
  readonly segF = this.c.f64(NSEG);
  readonly segQ = this.c.f64(NSEG);
  readonly segQW = this.c.f64(NSEG);
  // The week's fills and qualified leads by segment; unqualified fills of fitting segments by channel.
  readonly weekFills = this.c.f64(NSEG);
  readonly weekQual = this.c.f64(NSEG);
  readonly wUnqCh = this.c.f64(NCH);
  readonly wUnqFitCh = this.c.f64(NCH);
  // Nurturing: unqualified leads of fitting segments, per channel, with their summed segment fit.
  readonly nurtureCand = this.c.f64(NCH);
  readonly nurtureCandFit = this.c.f64(NCH);
  readonly nurturePool = this.c.f64(NCH);
  readonly nurturePoolFit = this.c.f64(NCH);
  readonly nRe = this.c.f64(NCH); // this week's re-engaged leads, their qualification weights, their qualified
  readonly nQW = this.c.f64(NCH);
  readonly nQ = this.c.f64(NCH);
  // ---- Sales: leads in flight ----
  readonly mqlCh = this.c.f64(NQ);
  readonly queue = this.c.f64(NQ * QUEUE_AGE); // [queue * QUEUE_AGE + slot], the slot of an age from slotOfAge (sales.ts)
  readonly called = this.c.f64(NQ);
  /** Value left in a lead called after waiting a weeks (index 0..QUEUE_AGE): (1 - decay)^a. */
  readonly ageValue = this.c.f64(QUEUE_AGE + 1);
  readonly routeW = this.c.f64(NCH); // expected routed leads per channel this week
  readonly split = this.c.f64(NQ);
  // ---- Money: the plan's costs by week, spend by channel ----
  readonly oneOff = this.c.f64(WEEKS);
  readonly chSpend = this.c.f64(NCH);
  // ---- The plan's rhythm, compiled for the weekly loop ----
  readonly campShare = this.c.f64(NSEG); // campaign share of the current phase
  // ---- Results ----
  readonly weekly = this.c.f64(NM * WEEKS);
  readonly funnel = this.c.f64(NCH * NST); // semester totals: call sumFunnel() after run()
  readonly funnelW = this.c.f64(WEEKS * NCH * NST); // [week][channel][stage]
  readonly segContacts = this.c.f64(NSEG);
  readonly segEmailLeads = this.c.f64(NSEG);
  readonly segRaw = this.c.f64(NSEG);
  readonly segQual = this.c.f64(NSEG);
  // ---- Single numbers ----
  readonly x = this.c.f64(X_NAMES.length);
  readonly kv = this.c.f64(K_NAMES.length);
  // ---- Small integers ----
  readonly adCells = this.c.u8(NCH * NSEG); // the week's ad cells (channel * NSEG + segment) with fills, ascending
  readonly evWeek = this.c.i16(MAX_EVENTS);
  readonly evId = this.c.u8(MAX_EVENTS);
  readonly evSeen = this.c.u8(NEV);
  readonly suppressed = this.c.u8(NPOOL);
  readonly showKind = this.c.i8(WEEKS); // -1 none, 0 generic, 1 sector, 2 minor
  readonly mailSlot = this.c.i8(WEEKS); // slotOf() for the week's phase: 0 none, 1 campaign, 2 newsletter
  /** The per-run constants (run-constants.ts), stored in the buffer. */
  readonly k = new RunConstants(this.kv);
  /** The whole state, byte by byte: what reset and copyFrom touch (one call each). */
  readonly bytes = this.c.all();
  plan!: Plan;
  /**
   * Compute the ad channels' clicks and visits (their draws, the funnel's clicked and visited
   * stages, the weekly clicks, visits and banner clicks). Nothing else depends on them: an Outcome
   * shows them, a Monte Carlo reads none of them and turns this off (its models, montecarlo.ts and
   * target.ts), so the ad channels' clicks and visits stay 0 there. Not part of the state buffer: a setting of the model.
   */
  detail = true;

  /** The phase plan in force (weeks 1-8, then 9-26). */
  get ph(): PhasePlan {
    return this.plan.phases[this.phase === 0 ? 0 : 1];
  }

  /** Everything to zero, then the few numbers that start elsewhere. */
  reset(): void {
    this.bytes.fill(0);
    this.suspendedUntil = -1;
    this.lastReview = -100;
    this.adKey = -1;
  }

  /** Makes this state an exact copy of `m` (state, results and per-run constants). */
  copyFrom(m: State): void {
    this.bytes.set(m.bytes);
    this.plan = m.plan;
  }

  event(week0: number, id: number): void {
    this.evSeen[id] = 1;
    const n = this.evCount;
    if (n < MAX_EVENTS) {
      this.evWeek[n] = week0 + 1;
      this.evId[n] = id;
      this.evCount = n + 1;
    }
  }
}

defineNamedNumbers(State.prototype, X_NAMES);

/** Bytes of one run's state (what a copy moves). */
export const STATE_BYTES = new State().bytes.byteLength;
