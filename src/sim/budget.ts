// Money (issue 12, item 6): what a plan is planned to cost, channel by channel, and the rule that
// keeps it within the 2016 budget. Pure functions over a plan and the prices of the assumptions
// in use (their central values: the prices the plan is quoted at).
//
// The rule, applied by finance before anything is simulated (planFor calls it):
// - At launch (decisions D1-D5, weeks 9-26 continuing weeks 1-8), a plan over the budget is cut:
//   paid display banners first (the same euros a week over the semester), then sponsored LinkedIn;
//   a trade show (the latest first) only when those media cannot cover the excess.
// - In week 9 (D6), weeks 1-8 are spent and stay as they were; if the new course brings the
//   semester over the budget, the same rule cuts weeks 9-26 only.
// What was cut is reported (the story, the dashboard and the debrief show it): no silent overspend.
// Only what cannot be cut (content production, one-off projects, data and the emailing platform)
// could still leave a plan over; `overBy` says so (no path of the game gets there).
import type { Assumptions } from './assumptions';
import { SCENARIO } from './scenario';
import type { PhasePlan, Plan, ShowKind } from './types';

const WEEKS = SCENARIO.weeks;
const P1 = SCENARIO.phase1Weeks;
const P2 = WEEKS - P1;

/** The quoted prices a plan is costed with: the assumptions' central values. */
export interface Prices {
  readonly showCost: number;
  readonly boughtPrice: number;
  readonly verifyCost: number;
  readonly enrichCost: number;
  /** Euros per email sent. */
  readonly espCostPerEmail: number;
  readonly boughtListSize: number;
  readonly verifyKeepShare: number;
  /** Dead addresses on top of the own base's people (a maintained list's hard-bounce rate). */
  readonly ownDeadShare: number;
}

export function pricesOf(a: Assumptions): Prices {
  const v = (k: keyof Assumptions['params']) => a.params[k].value;
  return {
    showCost: v('showCost'),
    boughtPrice: v('boughtPrice'),
    verifyCost: v('verifyCost'),
    enrichCost: v('enrichCost'),
    espCostPerEmail: v('espCostPerThousand') / 1000,
    boughtListSize: v('boughtListSize'),
    verifyKeepShare: v('verifyKeepShare'),
    ownDeadShare: v('emailHardBounce'),
  };
}

/** Where the money goes. `data`: the list bought, verified, the base cleaned and enriched. `projects`: the plan's one-off work. */
export const SPEND_LINES = ['email', 'display', 'linkedin', 'shows', 'content', 'data', 'projects'] as const;
export type SpendLine = (typeof SPEND_LINES)[number];
export type SpendByLine = Readonly<Record<SpendLine, number>>;

export interface PlannedSpend {
  readonly byLine: SpendByLine;
  /** Weeks 1-8 and weeks 9-26. */
  readonly phase1: number;
  readonly phase2: number;
  readonly total: number;
  /** Emails the plan can send at most (every contact at every mailing): the email line's basis. */
  readonly maxSends: number;
}

const showCostOf = (kind: ShowKind, p: Prices): number => p.showCost * (kind === 'minor' ? SCENARIO.minorShow.cost : 1);

/** Mailings per contact over `weeks` weeks of a phase (at most one a week). */
function mailingsIn(ph: PhasePlan, weeks: number): number {
  return (Math.min(4, ph.campaignPerMonth + ph.newsletterPerMonth) * weeks) / 4;
}

/** Contacts the plan can mail: the own base with its dead addresses, the enriched names, the bought list kept. */
function mailableContacts(plan: Plan, p: Prices): number {
  const own = SCENARIO.ownBase.reduce((a, b) => a + b, 0);
  const enriched = plan.enrichedContacts.reduce((a, b) => a + b, 0);
  const bought = plan.list.buy ? p.boughtListSize * (plan.list.verify ? p.verifyKeepShare : 1) : 0;
  return own * (1 + p.ownDeadShare) + enriched + bought;
}

/** The plan's spend, line by line, at the quoted prices. The email line is an upper bound (every contact at every mailing). */
export function plannedSpend(plan: Plan, p: Prices): PlannedSpend {
  const [a, b] = plan.phases;
  const contacts = mailableContacts(plan, p);
  const sends1 = contacts * mailingsIn(a, P1);
  const sends2 = contacts * mailingsIn(b, P2);
  let shows1 = 0, shows2 = 0;
  for (const s of plan.shows) {
    if (s.week < 1 || s.week > WEEKS) continue;
    if (s.week <= P1) shows1 += showCostOf(s.kind, p);
    else shows2 += showCostOf(s.kind, p);
  }
  let proj1 = 0, proj2 = 0;
  for (const o of plan.oneOff) {
    const w = Math.min(WEEKS, Math.max(1, o.week));
    if (w <= P1) proj1 += o.euros;
    else proj2 += o.euros;
  }
  const own = SCENARIO.ownBase.reduce((x, y) => x + y, 0);
  const enriched = plan.enrichedContacts.reduce((x, y) => x + y, 0);
  let data = enriched * p.enrichCost;
  if (plan.list.buy) data += p.boughtListSize * (p.boughtPrice + (plan.list.verify ? p.verifyCost : 0));
  if (plan.list.cleanOwn) data += own * p.verifyCost;
  const byLine: SpendByLine = {
    email: (sends1 + sends2) * p.espCostPerEmail,
    display: a.displayWeekly * P1 + b.displayWeekly * P2,
    linkedin: a.linkedinSponsoredWeekly * P1 + b.linkedinSponsoredWeekly * P2,
    shows: shows1 + shows2,
    content: a.fixedWeeklyCost * P1 + b.fixedWeeklyCost * P2,
    data,
    projects: proj1 + proj2,
  };
  const phase1 = sends1 * p.espCostPerEmail + a.displayWeekly * P1 + a.linkedinSponsoredWeekly * P1 + shows1 + a.fixedWeeklyCost * P1 + data + proj1;
  const phase2 = sends2 * p.espCostPerEmail + b.displayWeekly * P2 + b.linkedinSponsoredWeekly * P2 + shows2 + b.fixedWeeklyCost * P2 + proj2;
  return { byLine, phase1, phase2, total: phase1 + phase2, maxSends: sends1 + sends2 };
}

/** What finance cut at one check: euros of banners and of sponsored LinkedIn, and the trade shows cancelled. */
export interface Cut {
  readonly display: number;
  readonly linkedin: number;
  readonly shows: readonly { readonly week: number; readonly kind: ShowKind; readonly euros: number }[];
  /** Their sum, euros. */
  readonly total: number;
}

export const NO_CUT: Cut = { display: 0, linkedin: 0, shows: [], total: 0 };

export interface BudgetCheck {
  readonly budget: number;
  /** The plan as the player's choices make it, before any cut. */
  readonly planned: PlannedSpend;
  /** At launch (D1-D5) and in week 9 (D6). */
  readonly launchCut: Cut;
  readonly courseCut: Cut;
  /** The plan that is simulated, and its spend. */
  readonly plan: Plan;
  readonly final: PlannedSpend;
  /** Euros still over the budget after every cut the rule allows (0 on every path of the game). */
  readonly overBy: number;
}

const EPS = 0.5; // euros: rounding of the weekly amounts

/**
 * Cuts weeks [from, 26) of `plan` until its planned spend is within `budget` (from = 0: the
 * whole semester, from = 8: weeks 9-26), banners first, then sponsored LinkedIn; trade shows,
 * the latest first, only when those media cannot cover the excess (the media then cover the rest). Returns the cut plan and what was cut.
 */
export function cutToBudget(plan: Plan, budget: number, prices: Prices, from: 0 | 8): { plan: Plan; cut: Cut } {
  let excess = plannedSpend(plan, prices).total - budget;
  if (excess <= EPS) return { plan, cut: NO_CUT };
  const weeksOf = (ph: 0 | 1) => (ph === 0 ? P1 : P2);
  const phases: (0 | 1)[] = from === 0 ? [0, 1] : [1];
  let [a, b] = plan.phases;
  const trim = (key: 'displayWeekly' | 'linkedinSponsoredWeekly'): number => {
    if (excess <= EPS) return 0;
    // The same euros a week over the weeks cut, at most what each phase has.
    const cur = phases.map((ph) => (ph === 0 ? a : b)[key]);
    const maxCut = phases.reduce<number>((s, ph, i) => s + cur[i]! * weeksOf(ph), 0);
    if (maxCut <= 0) return 0;
    const want = Math.min(excess, maxCut);
    // Find the weekly cut c with sum over phases of min(cur, c) * weeks = want (phases may differ).
    let lo = 0, hi = Math.max(...cur);
    for (let i = 0; i < 60; i++) {
      const c = (lo + hi) / 2;
      const got = phases.reduce<number>((s, ph, j) => s + Math.min(cur[j]!, c) * weeksOf(ph), 0);
      if (got < want) lo = c;
      else hi = c;
    }
    const c = hi;
    let done = 0;
    phases.forEach((ph, j) => {
      const d = Math.min(cur[j]!, c);
      done += d * weeksOf(ph);
      if (ph === 0) a = { ...a, [key]: cur[j]! - d };
      else b = { ...b, [key]: cur[j]! - d };
    });
    excess -= done;
    return done;
  };
  // Shows go only when the paid media of the weeks cut cannot cover the excess: the fewest, the
  // latest first; the media then cover what is left (banners first, then LinkedIn).
  const media = phases.reduce<number>((s, ph) => {
    const x = ph === 0 ? a : b;
    return s + (x.displayWeekly + x.linkedinSponsoredWeekly) * weeksOf(ph);
  }, 0);
  const dropped: { week: number; kind: ShowKind; euros: number }[] = [];
  let shows = [...plan.shows];
  const firstWeek = from + 1;
  while (excess - media > EPS) {
    let idx = -1;
    shows.forEach((s, i) => { if (s.week >= firstWeek && s.week <= WEEKS && (idx < 0 || s.week >= shows[idx]!.week)) idx = i; });
    if (idx < 0) break;
    const s = shows[idx]!;
    const euros = showCostOf(s.kind, prices);
    dropped.push({ week: s.week, kind: s.kind, euros });
    shows = shows.filter((_, i) => i !== idx);
    excess -= euros;
  }
  const display = trim('displayWeekly');
  const linkedin = trim('linkedinSponsoredWeekly');
  const out: Plan = { ...plan, phases: [a, b], shows };
  const total = display + linkedin + dropped.reduce((s, x) => s + x.euros, 0);
  return { plan: out, cut: { display, linkedin, shows: dropped.sort((x, y) => x.week - y.week), total } };
}

/** Finance's two checks on a plan (see the header). `launch`: the plan of D1-D5 alone; `applyCourse`: D6 on its weeks 1-8. */
export function checkBudget(
  launch: Plan, applyCourse: ((cutLaunch: Plan) => Plan) | null, uncut: Plan, prices: Prices, budget: number = SCENARIO.budget2016,
): BudgetCheck {
  const l = cutToBudget(launch, budget, prices, 0);
  let plan = l.plan;
  let courseCut = NO_CUT;
  if (applyCourse) {
    const c = cutToBudget(applyCourse(l.plan), budget, prices, 8);
    plan = c.plan;
    courseCut = c.cut;
  }
  const final = plannedSpend(plan, prices);
  return {
    budget,
    planned: plannedSpend(uncut, prices),
    launchCut: l.cut,
    courseCut,
    plan,
    final,
    overBy: final.total - budget > EPS ? final.total - budget : 0,
  };
}

/** What the story, the dashboard and the debrief are told of finance's checks (plain data, whole euros). */
export interface BudgetSummary {
  readonly budget: number;
  readonly planned: SpendByLine;
  readonly plannedTotal: number;
  /** After the cuts: the plan that is simulated. */
  readonly final: SpendByLine;
  readonly finalTotal: number;
  readonly launchCut: Cut;
  readonly courseCut: Cut;
  readonly overBy: number;
}

const roundLines = (l: SpendByLine): SpendByLine =>
  Object.fromEntries(SPEND_LINES.map((k) => [k, Math.round(l[k])])) as unknown as SpendByLine;
const roundCut = (c: Cut): Cut => ({
  display: Math.round(c.display), linkedin: Math.round(c.linkedin), total: Math.round(c.total),
  shows: c.shows.map((s) => ({ ...s, euros: Math.round(s.euros) })),
});

export function budgetSummary(c: BudgetCheck): BudgetSummary {
  return {
    budget: c.budget,
    planned: roundLines(c.planned.byLine),
    plannedTotal: Math.round(c.planned.total),
    final: roundLines(c.final.byLine),
    finalTotal: Math.round(c.final.total),
    launchCut: roundCut(c.launchCut),
    courseCut: roundCut(c.courseCut),
    overBy: Math.round(c.overBy),
  };
}

/**
 * The story's budget variables (the game prefixes them p1_ / s_): the budget, the plan's spend as
 * chosen, and what finance cut. `courses`: for weeks 1-8, what each D6 option would make finance cut.
 */
export function budgetVars(c: BudgetSummary, courses?: Readonly<Record<'double_down' | 'data' | 'sales', number>>): Record<string, number> {
  const both = (f: (x: Cut) => number) => f(c.launchCut) + f(c.courseCut);
  const shows = [...c.launchCut.shows, ...c.courseCut.shows];
  const out: Record<string, number> = {
    budget: c.budget,
    planned: c.plannedTotal,
    over: Math.max(0, c.plannedTotal - c.budget),
    cut: both((x) => x.total),
    cut_display: both((x) => x.display),
    cut_linkedin: both((x) => x.linkedin),
    cut_shows: shows.length,
    cut_show_week: shows[0]?.week ?? 0,
    planned_spend: c.finalTotal,
  };
  // Weeks 1-8 know no D6 yet: what each option would cut instead of what the chosen one did.
  if (!courses) out['course_cut'] = c.courseCut.total;
  else {
    out['cut_if_double_down'] = courses.double_down;
    out['cut_if_data'] = courses.data;
    out['cut_if_sales'] = courses.sales;
  }
  return out;
}
