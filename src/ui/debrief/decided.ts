// "What decided your result": the mechanisms of the model that mattered on the player's own
// path, each named only when the path's own Monte Carlo numbers cross a stated mark (relative
// thresholds, so they hold whatever the model's numbers become), with those numbers and links
// to the sources rows of the rates behind the mechanism. `decidedItems` is pure data; the view
// is real DOM (a section, a heading, a list).
import { h, fill } from '../dom';
import { finite } from '../../i18n';
import { CALIBRATION, type ParamId } from '../../sim/calibration';
import type { EventId } from '../../sim/types';
import type { Lang } from '../../i18n/strings';
import type { PathNumbers } from '../../service/protocol';
import type { ResultsStrings } from '../../i18n/results-strings';
import type { Formats } from '../results/format';

export const DECIDED_IDS = ['rush', 'fatigue', 'deliverability', 'sales', 'budget'] as const;
export type DecidedId = (typeof DECIDED_IDS)[number];

/** The marks an item must cross to be shown (the texts state them from here). */
export const MARKS = {
  /** Weeks 1-8 ran this much faster than weeks 9-26 (leads a week: raw or accepted). */
  rushRatio: 1.25,
  /** Opens per email in the inbox fell by this share from weeks 1-8 to weeks 9-26 (the model's list-fatigue mark). */
  fatigueOpenFall: 0.15,
  /** Unsubscribes and complaints per email in the inbox rose by this share. */
  fatigueAnnoyRise: 0.25,
  /** Share of semesters with a platform review, or with a suspension. */
  reviewShare: 0.5,
  suspensionShare: 0.1,
  /** Median inbox placement under this, or median hard bounces at this or more. */
  inboxBelow: 0.7,
  hardBounceAtLeast: 0.02,
  /** Share of semesters with sales as the bottleneck, or median share of qualified leads never called in time. */
  salesShare: 0.2,
  lostShare: 0.05,
  /** Finance cut this share of the budget, or an accepted lead cost this many times the best road's. */
  cutShare: 0.05,
  costRatio: 1.5,
} as const;

/** Rates whose sources each item links to (only those the calibration table has). */
export const DECIDED_PARAMS: Readonly<Record<DecidedId, readonly string[]>> = {
  rush: ['newNameLift', 'freeAssetLift', 'reputationOnset', 'fatigueMemory'],
  fatigue: ['fatigueOpen', 'fatigueAnnoy', 'fatigueMemory'],
  deliverability: ['platformReviewBounce', 'platformSuspendBounce', 'platformReviewComplaint', 'boughtDeadShare', 'boughtTrapsPer10k', 'trapPenalty', 'inboxHigh', 'inboxLow'],
  sales: ['salesCapacity', 'leadDelayDecay', 'fieldFollowUp'],
  budget: ['showCost', 'espCostPerThousand'],
};

export interface DecidedItem {
  readonly id: DecidedId;
  /** The numbers its sentences state (raw: fractions as fractions, euros as euros); every one finite. */
  readonly values: Readonly<Record<string, number>>;
  /** Which optional sentences apply. */
  readonly flags: Readonly<Record<string, boolean>>;
  readonly params: readonly ParamId[];
  /** Budget: the weeks of the trade shows finance cancelled. */
  readonly showWeeks?: readonly number[];
}

const fin = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const num = (x: unknown): number => (fin(x) ? x : Number.NaN);
const p50 = (q: { p50?: unknown } | null | undefined): number => num(q?.p50);
/** x >= mark, false for anything not a number. */
const atLeast = (x: number, mark: number) => fin(x) && x >= mark;
const share = (n: PathNumbers, id: EventId) => num(n.eventShare?.[id]);

const PHASE1 = 8;
const LATE = 18;

function paramsOf(id: DecidedId): ParamId[] {
  return DECIDED_PARAMS[id].filter((p): p is ParamId => Object.prototype.hasOwnProperty.call(CALIBRATION, p));
}

/** Keeps the finite values only (a sentence whose number is missing is not written). */
function finiteValues(v: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => fin(x)));
}

function has(v: Record<string, number>, ...keys: string[]): boolean {
  return keys.every((k) => fin(v[k]));
}

/**
 * The mechanisms that decided the played path's result, in a fixed order, each only where its
 * mark is crossed. `best`: the best road's numbers (for comparisons), may be the same path.
 */
export function decidedItems(played: PathNumbers, best: PathNumbers | null): DecidedItem[] {
  const out: DecidedItem[] = [];
  const add = (id: DecidedId, values: Record<string, number>, flags: Record<string, boolean> = {}, showWeeks?: number[]) =>
    out.push({ id, values: finiteValues(values), flags, params: paramsOf(id), ...(showWeeks ? { showWeeks } : {}) });
  const r = played.runs;

  // The sugar rush: weeks 1-8 against weeks 9-26, leads a week.
  const p1Raw = p50(played.phase1?.rawLeads), p1Acc = p50(played.phase1?.accepted), p1Qual = p50(played.phase1?.qualified);
  const lateRaw = r?.late ? p50(r.late.rawLeads) : p50(played.rawLeads) - p1Raw;
  const lateAcc = r?.late ? p50(r.late.accepted) : p50(played.accepted) - p1Acc;
  const lateQual = r?.late ? p50(r.late.qualified) : p50(played.qualified) - p1Qual;
  const rate = (x: number, weeks: number) => (fin(x) && x >= 0 ? x / weeks : Number.NaN);
  const ratio = (early: number, late: number) => (!fin(early) || !fin(late) || early <= 0 ? Number.NaN : late > 0 ? early / late : Number.POSITIVE_INFINITY);
  const rawRatio = ratio(rate(p1Raw, PHASE1), rate(lateRaw, LATE));
  const accRatio = ratio(rate(p1Acc, PHASE1), rate(lateAcc, LATE));
  const accepted = p50(played.accepted);
  const target = num(played.target);
  const pace = fin(target) ? Math.ceil((target * PHASE1) / (PHASE1 + LATE)) : Number.NaN;
  if ((fin(rawRatio) || rawRatio === Infinity) && rawRatio >= MARKS.rushRatio || (fin(accRatio) || accRatio === Infinity) && accRatio >= MARKS.rushRatio) {
    const accFall = fin(accRatio) ? 1 - 1 / accRatio : accRatio === Infinity ? 1 : Number.NaN;
    const rawFall = fin(rawRatio) ? 1 - 1 / rawRatio : rawRatio === Infinity ? 1 : Number.NaN;
    const v = {
      p1Raw, p1Qual, p1Acc, lateRaw, lateQual, lateAcc,
      p1RawWeek: rate(p1Raw, PHASE1), lateRawWeek: rate(lateRaw, LATE), p1AccWeek: rate(p1Acc, PHASE1), lateAccWeek: rate(lateAcc, LATE),
      accFall, rawFall, pace, accepted, target,
    };
    add('rush', v, {
      falls: fin(accFall) && accFall > 0,
      rawFalls: fin(rawFall) && rawFall > 0,
      aheadThenShort: fin(p1Acc) && fin(pace) && p1Acc >= pace && fin(accepted) && fin(target) && accepted < target,
    });
  }

  // Fatigue: opens per email in the inbox fall as sends go on; unsubscribes and complaints rise.
  if (r?.mailEarly && r.mailLate) {
    const e = r.mailEarly, l = r.mailLate;
    const openFall = fin(e.openRate) && e.openRate > 0 && fin(l.openRate) ? 1 - l.openRate / e.openRate : Number.NaN;
    const annoyE = num(e.unsubRate) + num(e.complaintRate), annoyL = num(l.unsubRate) + num(l.complaintRate);
    const annoyRise = fin(annoyE) && annoyE > 0 && fin(annoyL) ? annoyL / annoyE - 1 : Number.NaN;
    const mailed = num(e.sentPerWeek) > 0 && num(l.sentPerWeek) > 0;
    if (mailed && (atLeast(openFall, MARKS.fatigueOpenFall) || atLeast(annoyRise, MARKS.fatigueAnnoyRise))) {
      add('fatigue', {
        sentEarly: num(e.sentPerWeek), sentLate: num(l.sentPerWeek), openEarly: num(e.openRate), openLate: num(l.openRate), openFall,
        unsubEarly: 1000 * num(e.unsubRate), unsubLate: 1000 * num(l.unsubRate), complEarly: 1000 * num(e.complaintRate), complLate: 1000 * num(l.complaintRate),
        annoyRise, fatigueShare: share(played, 'list_fatigue'),
      }, { moreSends: num(l.sentPerWeek) > num(e.sentPerWeek), annoyRises: fin(annoyRise) && annoyRise > 0 });
    }
  }

  // Deliverability: the platform stepped in, or the spam folder took the mail.
  const review = share(played, 'platform_review'), suspension = share(played, 'platform_suspension'), trap = share(played, 'spam_trap');
  const inbox = p50(played.inboxRate), hbr = p50(played.hardBounceRate);
  if (atLeast(review, MARKS.reviewShare) || atLeast(suspension, MARKS.suspensionShare) || (fin(inbox) && inbox < MARKS.inboxBelow) || atLeast(hbr, MARKS.hardBounceAtLeast)) {
    add('deliverability', {
      review, suspension, trap, inbox, hbr, bestInbox: best ? p50(best.inboxRate) : Number.NaN,
      inboxEarly: num(r?.mailEarly?.inboxRate), inboxLate: num(r?.mailLate?.inboxRate),
    }, { platform: (fin(review) && review > 0) || (fin(suspension) && suspension > 0), trap: fin(trap) && trap > 0 });
  }

  // The sales queue.
  const salesShare = num(played.salesBottleneckShare);
  const lost = p50(r?.salesLost), lostShare = p50(r?.salesLostShare);
  if (atLeast(salesShare, MARKS.salesShare) || atLeast(lostShare, MARKS.lostShare)) {
    add('sales', { salesShare, lost, lostShare, qualified: p50(played.qualified) });
  }

  // The budget: finance's cuts and what a lead cost.
  const b = played.budget;
  const cut = b ? num(b.launchCut?.total) + num(b.courseCut?.total) : Number.NaN;
  const budget = b ? num(b.budget) : Number.NaN;
  const cpa = p50(played.costPerAccepted), bestCpa = best ? p50(best.costPerAccepted) : Number.NaN;
  const costRatio = fin(cpa) && fin(bestCpa) && bestCpa > 0 ? cpa / bestCpa : Number.NaN;
  if ((fin(cut) && fin(budget) && budget > 0 && cut / budget >= MARKS.cutShare) || atLeast(costRatio, MARKS.costRatio)) {
    const shows = b ? [...(b.launchCut?.shows ?? []), ...(b.courseCut?.shows ?? [])] : [];
    add('budget', {
      planned: b ? num(b.plannedTotal) : Number.NaN, budget, cut,
      cutDisplay: b ? num(b.launchCut?.display) + num(b.courseCut?.display) : Number.NaN,
      cutLinkedin: b ? num(b.launchCut?.linkedin) + num(b.courseCut?.linkedin) : Number.NaN,
      cutShows: shows.length, spend: p50(played.spend), cpa, bestCpa, costRatio,
    }, { cut: fin(cut) && cut > 0 }, shows.map((x) => num(x?.week)).filter(fin));
  }
  return out;
}

// ---- the view -----------------------------------------------------------------------------------

const PCT = new Set(['accFall', 'rawFall', 'openEarly', 'openLate', 'openFall', 'annoyRise', 'review', 'suspension', 'trap', 'inbox', 'bestInbox', 'inboxEarly', 'inboxLate', 'salesShare', 'lostShare', 'fatigueShare']);
const EUR = new Set(['planned', 'budget', 'cut', 'cutDisplay', 'cutLinkedin', 'spend', 'cpa', 'bestCpa']);
const DEC = new Set(['p1AccWeek', 'lateAccWeek', 'unsubEarly', 'unsubLate', 'complEarly', 'complLate', 'costRatio']);

/** A number with at most `digits` decimals, or the dash. */
function decimal(lang: Lang) {
  const fmts = [0, 1, 2].map((d) => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: d }));
  return finite((x: number, digits: number = 1) => (fmts[digits] ?? fmts[1]!).format(x));
}

/** The formatted values of an item, by the kind of each number. */
function formatted(item: DecidedItem, f: Formats, lang: Lang, runs: number): Record<string, string> {
  const dec = decimal(lang);
  const out: Record<string, string> = { runs: f.int(runs) };
  for (const [k, v] of Object.entries(item.values)) {
    if (k === 'hbr') out[k] = f.pct(v, 1);
    else if (PCT.has(k)) out[k] = f.pct(v, Math.abs(v) < 0.1 && v !== 0 ? 1 : 0);
    else if (EUR.has(k)) out[k] = f.eur(v);
    else if (DEC.has(k)) out[k] = dec(v, Math.abs(v) < 10 ? 1 : 0);
    else out[k] = f.int(v);
  }
  return out;
}

/** What finance cut, in words (the dashboard's phrases). */
function cutDetail(item: DecidedItem, s: ResultsStrings, f: Formats, lang: Lang): string {
  const v = item.values;
  const parts: string[] = [];
  if (fin(v['cutDisplay']) && v['cutDisplay'] > 0) parts.push(fill(s.money.cutDisplay, { n: f.eur(v['cutDisplay']) }));
  if (fin(v['cutLinkedin']) && v['cutLinkedin'] > 0) parts.push(fill(s.money.cutLinkedin, { n: f.eur(v['cutLinkedin']) }));
  const weeks = item.showWeeks ?? [];
  if (weeks.length) parts.push(fill(s.money.cutShows, { weeks: weeks.join(lang === 'fr' ? ' et ' : ' and ') }));
  return parts.join(', ');
}

/** An item's sentences: only those whose numbers are all there, then the mechanism. */
function sentences(item: DecidedItem, s: ResultsStrings, f: Formats, lang: Lang, runs: number): string[] {
  const raw = item.values as Record<string, number>;
  const v = formatted(item, f, lang, runs);
  const out: string[] = [];
  const say = (tpl: string, ...keys: string[]) => {
    if (has(raw, ...keys)) out.push(fill(tpl, v));
  };
  const d = s.decided.items;
  switch (item.id) {
    case 'rush': {
      const t = d.rush;
      say(t.numbers, 'p1Acc', 'p1AccWeek', 'p1Raw', 'lateAcc', 'lateAccWeek', 'lateRaw');
      if (item.flags['falls']) say(t.fall, 'accFall');
      else if (item.flags['rawFalls']) say(t.rawFall, 'rawFall');
      if (item.flags['aheadThenShort']) say(t.aheadThenShort, 'p1Acc', 'pace', 'accepted', 'target');
      out.push(t.why);
      break;
    }
    case 'fatigue': {
      const t = d.fatigue;
      say(item.flags['moreSends'] ? t.sendsUp : t.sends, 'sentEarly', 'sentLate');
      say(t.opens, 'openEarly', 'openLate');
      say(item.flags['annoyRises'] ? t.annoyUp : t.annoy, 'unsubEarly', 'unsubLate', 'complEarly', 'complLate');
      out.push(t.why);
      break;
    }
    case 'deliverability': {
      const t = d.deliverability;
      if (item.flags['platform']) say(t.platform, 'review', 'suspension');
      if (item.flags['trap']) say(t.trap, 'trap');
      say(t.inbox, 'inbox', 'hbr');
      say(t.inboxPhases, 'inboxEarly', 'inboxLate');
      say(t.best, 'bestInbox');
      out.push(t.why);
      break;
    }
    case 'sales': {
      const t = d.sales;
      say(t.share, 'salesShare');
      say(t.lost, 'lost', 'lostShare');
      out.push(t.why);
      break;
    }
    case 'budget': {
      const t = d.budget;
      if (item.flags['cut']) {
        const detail = cutDetail(item, s, f, lang);
        if (has(raw, 'planned', 'budget', 'cut')) out.push(fill(t.cut, { ...v, detail: detail || f.eur(raw['cut']!) }));
      } else say(t.within, 'budget');
      say(t.cost, 'spend', 'cpa');
      say(t.costBest, 'bestCpa');
      out.push(t.why);
      break;
    }
  }
  return out;
}

/** The marks, stated from MARKS (so the text cannot drift from the rule). */
function ruleText(id: DecidedId, s: ResultsStrings, f: Formats, lang: Lang): string {
  const p = (x: number) => f.pct(x, 0);
  return fill(s.decided.items[id].rule, {
    rush: p(MARKS.rushRatio - 1), openFall: p(MARKS.fatigueOpenFall), annoyRise: p(MARKS.fatigueAnnoyRise), review: p(MARKS.reviewShare),
    suspension: p(MARKS.suspensionShare), inbox: p(MARKS.inboxBelow), hbr: p(MARKS.hardBounceAtLeast), salesShare: p(MARKS.salesShare),
    lostShare: p(MARKS.lostShare), cutShare: p(MARKS.cutShare), costRatio: decimal(lang)(MARKS.costRatio, 1),
  });
}

export interface DecidedText {
  readonly id: DecidedId;
  readonly title: string;
  /** The path's numbers and the mechanism, in sentences. */
  readonly text: string;
  /** When the item is shown. */
  readonly rule: string;
}

/** The items in words (pure: no DOM), as the section shows them. */
export function decidedTexts(items: readonly DecidedItem[], runs: number, s: ResultsStrings, f: Formats, lang: Lang): DecidedText[] {
  return items.map((it) => ({ id: it.id, title: s.decided.items[it.id].title, text: sentences(it, s, f, lang, runs).join(' '), rule: ruleText(it.id, s, f, lang) }));
}

export const sourceRowId = (id: ParamId) => `db-src-${id}`;

export interface SourceRows {
  /** The sources row of a rate already on the page (the ledger's), if any. */
  find(id: ParamId): HTMLElement | null;
  /** A new sources row for a rate the page does not list yet. */
  make(id: ParamId): HTMLElement;
}

/** The section: a heading, an intro, a list of the mechanisms (or a sentence saying none stood out). */
export function decidedView(items: readonly DecidedItem[], runs: number, s: ResultsStrings, f: Formats, lang: Lang, rows: SourceRows): HTMLElement {
  const d = s.decided;
  const extra: HTMLElement[] = [];
  const made = new Map<ParamId, HTMLElement>();
  const link = (id: ParamId): HTMLAnchorElement => {
    let row = rows.find(id) ?? made.get(id) ?? null;
    if (!row) {
      row = rows.make(id);
      made.set(id, row);
      extra.push(row);
    }
    if (!row.id) row.id = sourceRowId(id);
    row.tabIndex = -1;
    const target = row;
    return h('a', {
      href: `#${target.id}`, class: 'db-src-link', 'data-param': id,
      onclick: (e: Event) => {
        e.preventDefault();
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
      },
    }, s.params[id] ?? CALIBRATION[id].label);
  };
  const texts = decidedTexts(items, runs, s, f, lang);
  const list = h('ul', { class: 'db-decided-list' }, ...items.map((it, i) => {
    const links = it.params.map(link);
    const t = texts[i]!;
    return h('li', { class: 'db-decided-item', 'data-decided': it.id },
      h('h4', { id: `db-decided-${it.id}` }, t.title),
      h('p', { class: 'db-decided-text' }, t.text),
      h('p', { class: 'db-decided-rule' }, t.rule),
      links.length ? h('p', { class: 'db-decided-src' }, `${d.sources}${s.colon}`, ...links.flatMap((a, j) => (j ? [lang === 'fr' ? '\u00a0; ' : '; ', a] : [a]))) : null,
    );
  }));
  return h('section', { class: 'db-decided', 'aria-labelledby': 'db-decided-title', 'data-items': items.map((x) => x.id).join(' ') },
    h('h3', { id: 'db-decided-title' }, d.title),
    h('p', {}, fill(d.intro, { runs: f.int(runs) })),
    items.length ? list : h('p', { class: 'db-decided-none' }, d.none),
    extra.length ? h('div', { class: 'db-sources db-decided-extra' }, h('h4', {}, d.otherSources), h('ul', {}, ...extra)) : null,
  );
}
