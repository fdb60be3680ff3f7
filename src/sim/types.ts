// The model's vocabulary: segments, channels, plans, outcomes. Small, explicit, readonly types.

export const SEGMENTS = ['small', 'mid', 'large', 'public', 'other'] as const;
export type SegmentId = (typeof SEGMENTS)[number];
/** One number per segment, in SEGMENTS order. */
export type SegVec = readonly [number, number, number, number, number];

export const CHANNELS = ['email', 'landing', 'linkedin', 'twitter', 'facebook', 'display', 'shows'] as const;
export type ChannelId = (typeof CHANNELS)[number];

/** Funnel stages reported per channel (reach = sends for email, impressions or visitors elsewhere). */
export const STAGES = ['reach', 'delivered', 'inbox', 'viewed', 'clicked', 'visits', 'filled', 'qualified', 'accepted'] as const;
export type StageId = (typeof STAGES)[number];

export const EVENT_IDS = [
  'platform_review', // the emailing platform put the account under review (bounces >= 5% or complaints >= 0.1%)
  'platform_suspension', // sending paused (bounces >= 10%, complaints >= 0.5%, or a second review-level week)
  'spam_trap', // first week a spam trap was hit
  'list_fatigue', // a segment is mailed so often that its open rate falls by 15% or more
  'sales_overload', // qualified leads nobody called in time reach 15% of those produced so far
  'pool_suppressed', // tracking or a test showed a list part misbehaving: it is no longer mailed
] as const;
export type EventId = (typeof EVENT_IDS)[number];

export const TIERS = ['ending_wall', 'ending_short', 'ending_met', 'ending_beyond'] as const;
export type Tier = (typeof TIERS)[number];

export interface SimEvent {
  readonly week: number; // 1..26
  readonly id: EventId;
}

/** The offer a mailing, a banner or a post pushes, per segment. */
export interface ContentSpec {
  /** How relevant the message is to the segment's job, 0..1 (0.5 = the 2015 generic offers). */
  readonly relevance: SegVec;
  /** 1 = gated white paper (strong pull to fill the form), 0 = generic offer (the scenario's pull). */
  readonly gated: SegVec;
}

export interface MailingSpec {
  /** Share of each segment's own contacts addressed (the rest is not mailed that week). */
  readonly share: SegVec;
  /** Whether each segment gets its own mailing and landing page (the segmentation study's lifts). */
  readonly segmented: boolean;
}

export type DisplayMedia = 'broad' | 'chosen';
export type LinkedinTargeting = 'titles' | 'accounts';
export type ShowKind = 'generic' | 'sector' | 'minor';

/** What runs in one phase (weeks 1-8, then weeks 9-26). Amounts are per week unless named otherwise. */
export interface PhasePlan {
  /** Campaign mailings per 4 weeks (the white paper or the offer of the moment). */
  readonly campaignPerMonth: number;
  /** Generic newsletters per 4 weeks; at most one mailing per contact per week in all. */
  readonly newsletterPerMonth: number;
  readonly campaign: MailingSpec;
  /** Fit multiplier of contacts picked by account scoring when a mailing addresses part of a segment. */
  readonly selectionFit: number;
  /** Mail only contacts who opened recently (sunset policy): stale addresses and traps drop out. */
  readonly engagedOnly: boolean;
  /** The A/B-tested winning subject line and form are in use. */
  readonly abWinner: boolean;
  /** Campaign mailings pause for this many weeks at the start of the phase (analysis). */
  readonly campaignPauseWeeks: number;
  readonly displayWeekly: number; // euros
  readonly displayMedia: DisplayMedia;
  readonly linkedinSponsoredWeekly: number; // euros
  readonly linkedinTargeting: LinkedinTargeting;
  readonly linkedinPosts: number; // organic posts per week
  readonly twitterPosts: number;
  readonly facebookPosts: number;
  /** Per-segment landing pages. */
  readonly segmentedLanding: boolean;
  /** Sales agreed a lead definition and a follow-up SLA. */
  readonly salesAgreement: boolean;
  /** Weeks after the phase start before the agreement applies (meetings, training). */
  readonly agreementDelayWeeks: number;
  readonly scoring: boolean;
  readonly nurture: boolean;
  readonly fixedWeeklyCost: number; // euros: content production, tools
}

export interface OneOffCost {
  readonly week: number; // 1..26
  readonly euros: number;
  readonly what: string;
}

export interface ListPlan {
  /** Bought list merged into the base (0 = none). The size is the scenario's vendor offer. */
  readonly buy: boolean;
  readonly verify: boolean;
  /** Own base verified and enriched before launch. */
  readonly cleanOwn: boolean;
  /** Week the bought contacts join the base (1 = merged at once; verification takes time). */
  readonly arrivalWeek: number;
}

export interface Plan {
  /** The decision ids this plan was built from, DECISIONS order (empty for scenario plans). */
  readonly label: string;
  readonly phases: readonly [PhasePlan, PhasePlan];
  readonly content: ContentSpec;
  /** First week the campaign content is ready (before it, campaign slots carry the generic offer). */
  readonly campaignStartWeek: number;
  /** The launch waits for its per-segment mailings and landing pages (segmentBuildWeeks): no campaign before. */
  readonly segmentBuild?: boolean;
  /** Weeks of A/B testing on a sample before rolling out (0 = none). */
  readonly testWeeks: number;
  readonly list: ListPlan;
  /** Contacts added by enrichment (cleaning or the account data project), per segment. */
  readonly enrichedContacts: SegVec;
  /** Fit of the enriched contacts (1 = like the base). */
  readonly enrichedFit: number;
  /** Weekly tracking from the start (UTM, CRM source): measured, corrected, usable for scoring later. */
  readonly tracking: boolean;
  /** Someone watches bounces and complaints weekly and stops mailing a misbehaving list part. */
  readonly monitoring: boolean;
  /** In week 9, share of the dearer paid channel's budget (cost per qualified lead, measured) moved to the other. */
  readonly reallocShare: number;
  readonly shows: readonly { readonly week: number; readonly kind: ShowKind }[];
  readonly oneOff: readonly OneOffCost[];
}

export interface Quantiles {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

export interface WeeklySeries {
  readonly sent: readonly number[];
  readonly delivered: readonly number[];
  readonly hardBounces: readonly number[];
  readonly softBounces: readonly number[];
  readonly complaints: readonly number[];
  readonly unsubscribes: readonly number[];
  readonly spamTrapHits: readonly number[];
  /** Inbox placement probability that week, from the sender reputation (0..1). */
  readonly inboxRate: readonly number[];
  readonly inbox: readonly number[];
  readonly opens: readonly number[];
  readonly clicks: readonly number[];
  readonly visits: readonly number[];
  readonly rawLeads: readonly number[];
  readonly qualified: readonly number[];
  readonly accepted: readonly number[];
  /** Qualified leads nobody called in time. */
  readonly lost: readonly number[];
  readonly spend: readonly number[];
  /** Cumulative spend / max(1, cumulative qualified), euros. */
  readonly costPerQualified: readonly number[];
  /** Cumulative spend / max(1, cumulative accepted), euros. */
  readonly costPerAccepted: readonly number[];
  /** Sender reputation at the start of the week, 0..100 (a sender-score-like index). */
  readonly reputation: readonly number[];
  readonly bannerClicks: readonly number[];
}

export interface Totals {
  readonly sent: number;
  readonly delivered: number;
  readonly hardBounces: number;
  readonly softBounces: number;
  readonly complaints: number;
  readonly unsubscribes: number;
  readonly spamTrapHits: number;
  readonly inbox: number;
  readonly opens: number;
  readonly clicks: number;
  readonly visits: number;
  readonly rawLeads: number;
  readonly qualified: number;
  readonly accepted: number;
  readonly lost: number;
  readonly spend: number;
  readonly bannerClicks: number;
  /** hardBounces / sent (0 when nothing was sent). */
  readonly hardBounceRate: number;
  /** inbox / delivered, or the mean placement when nothing was delivered. */
  readonly inboxRate: number;
  readonly costPerQualified: number;
  readonly costPerAccepted: number;
  readonly finalReputation: number;
}

export type ChannelFunnel = Readonly<Record<StageId, number>>;
/** Per stage, one count per week. */
export type ChannelFunnelWeekly = Readonly<Record<StageId, readonly number[]>>;

export interface SegmentTotals {
  /** Email addresses of the segment at the start (own base + enrichment + bought list when bought). */
  readonly contacts: number;
  /** Raw leads (form fills) from email among those contacts. */
  readonly emailLeads: number;
  /** Raw leads from every channel. */
  readonly rawLeads: number;
  /** Leads qualified at once (nurtured leads qualify later, counted per channel, not per segment). */
  readonly qualified: number;
}

/**
 * What limited the semester's accepted leads: 'sales' when inside sales could not call 15% or more
 * of the qualified leads within their 3 weeks (the sales_overload event), else 'marketing' (sales
 * kept up: the result was the leads marketing produced).
 */
export type Bottleneck = 'sales' | 'marketing';

export interface Outcome {
  readonly seed: number;
  readonly weeks: number;
  readonly weekly: WeeklySeries;
  readonly totals: Totals;
  readonly channels: Readonly<Record<ChannelId, ChannelFunnel>>;
  readonly channelsWeekly: Readonly<Record<ChannelId, ChannelFunnelWeekly>>;
  readonly segments: Readonly<Record<SegmentId, SegmentTotals>>;
  readonly events: readonly SimEvent[];
  readonly target: number;
  readonly baseline: number;
  /** This run's tier by the accepted/target rule (the story uses the distribution's tier). */
  readonly tier: Tier;
  readonly bottleneck: Bottleneck;
  /** Weeks 1-8 alone (the early win, or not, before the mid-term review). */
  readonly phase1: { readonly rawLeads: number; readonly qualified: number; readonly accepted: number };
  /**
   * Euros spent over the semester by channel (the list's purchase, verification, cleaning and
   * enrichment count for email) and `shared` (content, tools, projects: no one channel's). Sums to
   * `totals.spend` (up to rounding).
   */
  readonly spendByChannel: Readonly<Record<ChannelId | 'shared', number>>;
}

export interface Distribution {
  readonly runs: number;
  readonly target: number;
  readonly baseline: number;
  readonly qualified: Quantiles;
  readonly accepted: Quantiles;
  readonly rawLeads: Quantiles;
  readonly spend: Quantiles;
  readonly costPerQualified: Quantiles;
  readonly costPerAccepted: Quantiles;
  readonly hardBounceRate: Quantiles;
  readonly inboxRate: Quantiles;
  /** Share of runs with accepted >= target. */
  readonly pObjective: number;
  /** Tier of the median accepted count. */
  readonly tier: Tier;
  /** Weeks 1-8 alone: raw leads, qualified and accepted. */
  readonly phase1: { readonly rawLeads: Quantiles; readonly qualified: Quantiles; readonly accepted: Quantiles };
  /** Share of runs where sales was the bottleneck, and the bottleneck of most runs. */
  readonly salesBottleneckShare: number;
  readonly bottleneck: Bottleneck;
  /** Share of runs in which each event happened at least once. */
  readonly eventShare: Readonly<Record<EventId, number>>;
  /** Accepted counts of every run, ascending (to place one seeded run in the spread). */
  readonly acceptedSorted: readonly number[];
}
