// The decision -> plan table: what each option of STORY.md changes in the semester's actions.
// Pure data applied in DECISIONS order on top of the 2015 actions (weeks 1-8), then D6 on a copy
// (weeks 9-26). Options never set outcomes: only actions, audiences, content, lists, budgets.
import { DECISIONS, type DecisionId, type Decisions } from './decisions';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './assumptions';
import { checkBudget, pricesOf, type BudgetCheck } from './budget';
import { SCENARIO } from './scenario';
import type { ContentSpec, DisplayMedia, LinkedinTargeting, OneOffCost, PhasePlan, Plan, SegVec, ShowKind } from './types';

type NumericPhaseKey = {
  [K in keyof PhasePlan]: PhasePlan[K] extends number ? K : never;
}[keyof PhasePlan];

/** What one option does. `add` and `scale` apply to the numbers of the phase, `set` replaces. */
export interface OptionEffect {
  /** One line the debrief and the assumptions panel can show. */
  readonly does: string;
  readonly set?: Partial<Omit<PhasePlan, 'campaign'>>;
  readonly add?: Partial<Record<NumericPhaseKey, number>>;
  readonly scale?: Partial<Record<NumericPhaseKey, number>>;
  /** Budget moves between paid channels (same money): a share of display to LinkedIn, euros of LinkedIn to display. */
  readonly displayToLinkedinShare?: number;
  readonly linkedinToDisplayEuros?: number;
  /** Campaign audience: replace the shares, or multiply them (0 drops a segment). */
  readonly campaignShare?: SegVec;
  readonly campaignShareMul?: SegVec;
  readonly campaignSegmented?: boolean;
  readonly content?: ContentSpec;
  readonly campaignStartWeek?: number;
  readonly testWeeks?: number;
  /** The campaign waits until its per-segment versions are built (segmentBuildWeeks). */
  readonly segmentBuild?: boolean;
  readonly list?: Partial<Plan['list']>;
  readonly enrich?: SegVec;
  readonly enrichFit?: number;
  readonly tracking?: boolean;
  readonly monitoring?: boolean;
  readonly shows?: readonly { readonly week: number; readonly kind: ShowKind }[];
  readonly oneOff?: readonly OneOffCost[];
  /** Only for D6: the pause depends on whether phase 1 was tracked. */
  readonly ifTracked?: Partial<Omit<PhasePlan, 'campaign'>>;
  readonly ifUntracked?: Partial<Omit<PhasePlan, 'campaign'>>;
  /** Week-9 budget move by measured cost per qualified lead: share when phase 1 was tracked / not. */
  readonly realloc?: { readonly tracked: number; readonly untracked: number };
}

const ALL: SegVec = [1, 1, 1, 1, 1];
const ON_TARGET: SegVec = [1, 1, 1, 1, 0];
const C = SCENARIO.costs;

/** The H1 2015 actions: the starting point of every 2016 plan. */
export const PHASE_2015: PhasePlan = {
  campaignPerMonth: 1,
  newsletterPerMonth: 1,
  campaign: { share: ALL, segmented: false },
  selectionFit: 1,
  engagedOnly: false,
  abWinner: false,
  campaignPauseWeeks: 0,
  displayWeekly: 1000,
  displayMedia: 'broad' as DisplayMedia,
  linkedinSponsoredWeekly: 400,
  linkedinTargeting: 'titles' as LinkedinTargeting,
  linkedinPosts: 3,
  twitterPosts: 5,
  facebookPosts: 3,
  segmentedLanding: false,
  salesAgreement: false,
  agreementDelayWeeks: 0,
  scoring: false,
  nurture: false,
  fixedWeeklyCost: C.weeklyContent,
};

const SHOWS_2015 = [
  { week: 6, kind: 'generic' as ShowKind },
  { week: 13, kind: 'generic' as ShowKind },
  { week: 21, kind: 'generic' as ShowKind },
];

export const PLAN_TABLE: Readonly<Record<DecisionId, OptionEffect>> = {
  // D1: the plan
  plan_scale_all: {
    does: 'Every 2015 action, raised within the 2016 budget: three mailings a month to everyone, more banners and posts, a fourth (smaller) fair.',
    set: { campaignPerMonth: 2, newsletterPerMonth: 1, displayWeekly: 900, linkedinSponsoredWeekly: 350, linkedinPosts: 5, twitterPosts: 10, facebookPosts: 5 },
    shows: [
      { week: 5, kind: 'generic' }, { week: 10, kind: 'minor' }, { week: 16, kind: 'generic' }, { week: 22, kind: 'generic' },
    ],
  },
  plan_analyse: {
    does: 'Budget follows 2015 cost per qualified lead: email (by far the cheapest) three times a month, banners cut to a few chosen titles, sponsored LinkedIn tripled, the fairs that produced leads kept (one sector event).',
    set: { campaignPerMonth: 2, newsletterPerMonth: 1, displayWeekly: 250, displayMedia: 'chosen', linkedinSponsoredWeekly: 1100, twitterPosts: 3, facebookPosts: 1 },
    shows: [{ week: 6, kind: 'generic' }, { week: 12, kind: 'sector' }, { week: 20, kind: 'generic' }],
  },
  plan_target: {
    does: 'A target account list from customer data and market signals: 3,000 decision-makers added, mailings aimed at scored accounts, LinkedIn matched to the list, two sector events, no banners.',
    set: {
      campaignPerMonth: 2, newsletterPerMonth: 1, selectionFit: 1.2, displayWeekly: 0, linkedinSponsoredWeekly: 1750,
      linkedinTargeting: 'accounts', twitterPosts: 2, facebookPosts: 0,
    },
    campaignShare: [0.1, 0.35, 0.7, 0.8, 0],
    enrich: SCENARIO.enrichTarget,
    enrichFit: SCENARIO.enrichTargetFit,
    shows: [{ week: 8, kind: 'sector' }, { week: 23, kind: 'sector' }],
    oneOff: [{ week: 1, euros: C.dataProject, what: 'Target account data project' }],
  },

  // D2: the answer to "do you think that will be enough?"
  answer_bravado: { does: 'No tracking plan: the numbers arrive when the platform or the President asks.' },
  answer_measure: {
    does: 'Weekly tracking from day one (UTM, CRM source): misbehaving list parts are stopped, and in week 9 paid budget moves towards the channel with the cheaper qualified lead.',
    tracking: true,
    monitoring: true,
    realloc: { tracked: 0.5, untracked: 0 },
    oneOff: [{ week: 1, euros: C.tracking, what: 'Tracking plan and weekly dashboard' }],
  },

  // D3: the white paper
  content_wp_everyone: {
    does: 'The Defence mobile-security white paper pitched to every segment as if it concerned them.',
    content: { relevance: [0.1, 0.25, 0.45, 0.85, 0.05], gated: [1, 1, 1, 1, 1] },
  },
  content_wp_targeted: {
    does: 'The white paper only for security-sensitive accounts (large, public, defence); the others keep the usual offers.',
    content: { relevance: [0.5, 0.5, 0.6, 0.85, 0.05], gated: [0, 0, 1, 1, 0] },
  },
  content_adapt: {
    does: 'Short sector versions of the white paper with Philippe: relevant to each segment, ready in week 4.',
    content: { relevance: [0.7, 0.75, 0.8, 0.85, 0.05], gated: [1, 1, 1, 1, 1] },
    campaignStartWeek: 4,
    oneOff: [{ week: 1, euros: C.contentAdapt, what: 'Sector versions of the white paper' }],
  },

  // D4: the vendor's list
  list_buy_merge: {
    does: 'The vendor\'s 25,000 "hyper-targeted" addresses merged into the base unverified, mailed from week 1.',
    list: { buy: true, verify: false, arrivalWeek: 1 },
  },
  list_buy_verify: {
    does: 'The list bought, a sample tested and every address verified before merging (week 3): most of it is thrown away.',
    list: { buy: true, verify: true, arrivalWeek: 3 },
  },
  list_none: {
    does: 'No purchase: the own base verified, job changes replaced, 1,500 contacts enriched before launch.',
    list: { buy: false, verify: false, cleanOwn: true },
    enrich: SCENARIO.enrichClean,
  },

  // D5: the launch
  launch_blast: {
    does: 'One mailing to every contact, banners in as many media as possible (EUR 400 a week taken from LinkedIn), tweets and posts everywhere.',
    campaignShare: ALL,
    set: { selectionFit: 1, displayMedia: 'broad' },
    linkedinToDisplayEuros: 400,
    add: { twitterPosts: 8, facebookPosts: 4, linkedinPosts: 2 },
  },
  launch_segmented: {
    does: 'One mailing and one landing page per segment, half the banner money moved to sponsored LinkedIn, banners only in a few chosen media; the campaign goes out once the segment versions are built.',
    campaignSegmented: true,
    segmentBuild: true,
    campaignShareMul: ON_TARGET,
    set: { displayMedia: 'chosen', segmentedLanding: true },
    displayToLinkedinShare: 0.5,
    oneOff: [{ week: 1, euros: C.landingPages, what: 'Per-segment landing pages' }],
  },
  launch_test_first: {
    does: 'Segmented as well, but weeks 1-2 test subject lines and forms on a 10% sample; the winners and the healthy list parts roll out from week 3.',
    campaignSegmented: true,
    campaignShareMul: ON_TARGET,
    set: { displayMedia: 'chosen', segmentedLanding: true, abWinner: true },
    displayToLinkedinShare: 0.5,
    testWeeks: 2,
    oneOff: [
      { week: 1, euros: C.landingPages, what: 'Per-segment landing pages' },
      { week: 1, euros: C.abTool, what: 'A/B tests' },
    ],
  },

  // D6: the course after week 8 (applied to weeks 9-26)
  course_double_down: {
    does: 'More of the same: two more mailings a month, half as many banners again (over budget), more posts.',
    add: { campaignPerMonth: 2 },
    scale: { displayWeekly: 1.5, linkedinSponsoredWeekly: 1.3, twitterPosts: 1.5, facebookPosts: 1.5, linkedinPosts: 1.5 },
  },
  course_data: {
    does: 'Stop and analyse, then segmented mailings to engaged contacts only, lead scoring and nurturing; budget follows measured cost per lead.',
    campaignSegmented: true,
    campaignShareMul: ON_TARGET,
    set: { engagedOnly: true, scoring: true, nurture: true },
    ifTracked: { campaignPauseWeeks: 1 },
    ifUntracked: { campaignPauseWeeks: 3 },
    realloc: { tracked: 0.8, untracked: 0.4 },
    oneOff: [{ week: 9, euros: C.automation, what: 'Scoring and nurturing set-up' }],
  },
  course_sales: {
    does: 'A shared definition of a qualified lead with sales, and a follow-up SLA (in force from week 11): every lead routed, called within the week.',
    set: { salesAgreement: true, agreementDelayWeeks: 2 },
  },
};

function applyPhase(p: PhasePlan, fx: OptionEffect): PhasePlan {
  const out: Record<string, unknown> = { ...p, ...(fx.set ?? {}) };
  for (const [k, v] of Object.entries(fx.scale ?? {})) out[k] = (out[k] as number) * (v as number);
  for (const [k, v] of Object.entries(fx.add ?? {})) out[k] = (out[k] as number) + (v as number);
  if (fx.displayToLinkedinShare) {
    const m = (out['displayWeekly'] as number) * fx.displayToLinkedinShare;
    out['displayWeekly'] = (out['displayWeekly'] as number) - m;
    out['linkedinSponsoredWeekly'] = (out['linkedinSponsoredWeekly'] as number) + m;
  }
  if (fx.linkedinToDisplayEuros) {
    const m = Math.min(out['linkedinSponsoredWeekly'] as number, fx.linkedinToDisplayEuros);
    out['linkedinSponsoredWeekly'] = (out['linkedinSponsoredWeekly'] as number) - m;
    out['displayWeekly'] = (out['displayWeekly'] as number) + m;
  }
  let share = p.campaign.share;
  if (fx.campaignShare) share = fx.campaignShare;
  if (fx.campaignShareMul) share = share.map((s, i) => s * fx.campaignShareMul![i]!) as unknown as SegVec;
  out['campaign'] = { share, segmented: fx.campaignSegmented ?? p.campaign.segmented };
  const phase = out as unknown as PhasePlan;
  // One mailing per contact per week at most.
  const campaigns = Math.min(4, Math.max(0, Math.round(phase.campaignPerMonth)));
  return { ...phase, campaignPerMonth: campaigns, newsletterPerMonth: Math.min(4 - campaigns, phase.newsletterPerMonth) };
}

function sum(v: SegVec): number {
  return v[0] + v[1] + v[2] + v[3] + v[4];
}

function addVec(a: SegVec, b: SegVec): SegVec {
  return a.map((x, i) => x + b[i]!) as unknown as SegVec;
}

/** The plan of D1-D5 (weeks 9-26 continue weeks 1-8), and D6 applied on a plan's weeks 1-8. */
function rawPlans(decisions: Partial<Decisions>): { launch: Plan; applyCourse: ((p: Plan) => Plan) | null } {
  let phase1 = PHASE_2015;
  let content: ContentSpec = SCENARIO.genericContent;
  let campaignStartWeek = 1;
  let testWeeks = 0;
  let segmentBuild = false;
  let list: Plan['list'] = { buy: false, verify: false, cleanOwn: false, arrivalWeek: 1 };
  let enriched: SegVec = [0, 0, 0, 0, 0];
  let enrichedFitSum = 0;
  let tracking = false;
  let monitoring = false;
  let shows: Plan['shows'] = SHOWS_2015;
  let reallocShare = 0;
  const oneOff: OneOffCost[] = [];
  const labels: string[] = [];

  for (const d of DECISIONS) {
    if (d.key === 'course') continue;
    const id = decisions[d.key];
    if (!id) continue;
    labels.push(id);
    const fx = PLAN_TABLE[id];
    phase1 = applyPhase(phase1, fx);
    if (fx.content) content = fx.content;
    if (fx.campaignStartWeek) campaignStartWeek = fx.campaignStartWeek;
    if (fx.testWeeks) testWeeks = fx.testWeeks;
    if (fx.segmentBuild) segmentBuild = true;
    if (fx.list) list = { ...list, ...fx.list };
    if (fx.enrich) {
      enriched = addVec(enriched, fx.enrich);
      enrichedFitSum += sum(fx.enrich) * (fx.enrichFit ?? 1);
    }
    if (fx.tracking) tracking = true;
    if (fx.monitoring) monitoring = true;
    if (fx.shows) shows = fx.shows;
    if (fx.oneOff) oneOff.push(...fx.oneOff);
    if (fx.realloc) reallocShare = tracking ? fx.realloc.tracked : fx.realloc.untracked;
  }

  const launch: Plan = {
    label: labels.join(' '),
    phases: [phase1, phase1],
    content,
    campaignStartWeek,
    segmentBuild,
    testWeeks,
    list,
    enrichedContacts: enriched,
    enrichedFit: sum(enriched) > 0 ? enrichedFitSum / sum(enriched) : 1,
    tracking,
    monitoring,
    reallocShare,
    shows,
    oneOff,
  };
  const course = decisions.course;
  if (!course) return { launch, applyCourse: null };
  const fx = PLAN_TABLE[course];
  // D6 acts on weeks 1-8 as chosen; what finance cut a week at launch stays cut in weeks 9-26.
  const chosen = launch.phases[0];
  const applyCourse = (p: Plan): Plan => {
    let phase2 = applyPhase(chosen, fx);
    const cutDisplay = chosen.displayWeekly - p.phases[0].displayWeekly;
    const cutLinkedin = chosen.linkedinSponsoredWeekly - p.phases[0].linkedinSponsoredWeekly;
    phase2 = {
      ...phase2,
      displayWeekly: Math.max(0, phase2.displayWeekly - cutDisplay),
      linkedinSponsoredWeekly: Math.max(0, phase2.linkedinSponsoredWeekly - cutLinkedin),
      ...((p.tracking ? fx.ifTracked : fx.ifUntracked) ?? {}),
    };
    return {
      ...p,
      label: `${p.label} ${course}`.trim(),
      phases: [p.phases[0], phase2],
      oneOff: [...p.oneOff, ...(fx.oneOff ?? [])],
      reallocShare: fx.realloc ? (p.tracking ? fx.realloc.tracked : fx.realloc.untracked) : p.reallocShare,
    };
  };
  return { launch, applyCourse };
}

/**
 * Finance's checks of the plan a (partial) decision record leads to, at the prices of
 * `assumptions` (budget.ts): the plan as chosen, what was cut at launch and in week 9, and the
 * plan that is simulated.
 */
export function budgetCheckFor(decisions: Partial<Decisions>, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): BudgetCheck {
  const { launch, applyCourse } = rawPlans(decisions);
  const uncut = applyCourse ? applyCourse(launch) : launch;
  return checkBudget(launch, applyCourse, uncut, pricesOf(assumptions));
}

/** The plan as the choices make it, before finance's checks (the decision -> plan table alone). */
export function planAsChosen(decisions: Partial<Decisions>): Plan {
  const { launch, applyCourse } = rawPlans(decisions);
  return applyCourse ? applyCourse(launch) : launch;
}

/**
 * The plan a (partial) decision record leads to, within the 2016 budget (budgetCheckFor: a plan
 * over it is cut by finance's rule before it is simulated). D6 missing: weeks 9-26 continue weeks 1-8.
 */
export function planFor(decisions: Partial<Decisions>, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): Plan {
  return budgetCheckFor(decisions, assumptions).plan;
}

/** H1 2015 replayed: the actions of SCENARIO.actions2015, generic offers, no purchase, no tracking. */
export function baselinePlan2015(): Plan {
  return {
    label: 'H1 2015',
    phases: [PHASE_2015, PHASE_2015],
    content: SCENARIO.genericContent,
    campaignStartWeek: 1,
    testWeeks: 0,
    list: { buy: false, verify: false, cleanOwn: false, arrivalWeek: 1 },
    enrichedContacts: [0, 0, 0, 0, 0],
    enrichedFit: 1,
    tracking: false,
    monitoring: false,
    reallocShare: 0,
    shows: SHOWS_2015,
    oneOff: [],
  };
}
