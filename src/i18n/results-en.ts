// English strings of the results dashboard and the debrief (loaded with them, not at start-up).
// Placeholders in {braces} are filled by ui/dom's fill().
import type { ChannelId, DecisionId, DecisionKey, EventId, ParamId, Reliability, StageId } from '../sim';

export interface OptionText {
  /** Short name of the option, as the ledger lists it. */
  readonly label: string;
  /** What the option does in the model, one or two sentences. */
  readonly mechanism: string;
  /** The lesson for a marketer. */
  readonly learning: string;
}

export interface ResultsStrings {
  /** Before a value: ': ' in English, a non-breaking space and ': ' in French. */
  readonly colon: string;
  readonly dashboard: {
    readonly title: Readonly<Record<'phase1' | 'semester', string>>;
    readonly tab: Readonly<Record<'phase1' | 'semester', string>>;
    readonly tabsLabel: string;
    readonly close: string;
    readonly openDebrief: string;
    readonly seededNote: string;
    readonly loading: string;
    readonly chartsFailed: string;
  };
  readonly kpi: {
    readonly accepted: string;
    readonly acceptedSubPhase1: string;
    readonly acceptedSubSemester: string;
    readonly ofTarget: string;
    readonly vanity: string;
    readonly vanityRatio: string;
    readonly raw: string;
    readonly qualified: string;
    readonly vanityRaw: string;
    readonly vanityQualified: string;
    readonly vanityAccepted: string;
    readonly spend: string;
    readonly costPerQualified: string;
    readonly costPerAccepted: string;
    readonly chance: string;
    readonly chanceSub: string;
    readonly onPace: string;
    readonly onPaceSub: string;
    readonly target: string;
    readonly baseline: string;
  };
  readonly charts: {
    readonly weeklyTitle: string;
    readonly weeklySummary: string;
    readonly weekAxis: string;
    readonly week: string;
    readonly perWeek: string;
    readonly cumulative: string;
    readonly targetPace: string;
    readonly baselinePace: string;
    readonly funnelTitle: Readonly<Record<'phase1' | 'semester', string>>;
    readonly funnelNote: Readonly<Record<'phase1' | 'semester', string>>;
    readonly funnelByChannel: string;
    readonly funnelSummary: string;
    readonly axisFunnel: string;
    readonly channel: string;
    readonly axisCumulative: string;
    readonly axisWeekly: string;
    readonly axisBounce: string;
    readonly axisInbox: string;
    readonly deliverTitle: string;
    readonly deliverSummary: string;
    readonly deliverNoSend: string;
    readonly hardBounce: string;
    readonly inbox: string;
    readonly reviewLine: string;
    readonly suspendLine: string;
    readonly notSent: string;
    readonly spreadTitle: Readonly<Record<'phase1' | 'semester', string>>;
    readonly spreadSummary: Readonly<Record<'phase1' | 'semester', string>>;
    readonly spreadAxis: string;
    readonly runsAxis: string;
    readonly thisRun: string;
    readonly band: string;
    readonly spreadLoading: string;
    readonly eventsTitle: string;
    readonly weeks: string;
    readonly noEvents: string;
    readonly sources: string;
    readonly sourceThresholds: string;
    readonly sourceScenario: string;
    readonly sourceModel: string;
  };
  readonly channels: Readonly<Record<ChannelId, string>>;
  readonly stages: Readonly<Record<StageId, string>>;
  readonly events: Readonly<Record<EventId, { readonly short: string; readonly long: string }>>;
  readonly debrief: {
    readonly title: string;
    readonly intro: string;
    readonly computing: string;
    readonly failed: string;
    readonly retry: string;
    readonly close: string;
    readonly print: string;
    readonly downloadJson: string;
    readonly downloadCsv: string;
    readonly exportLabel: string;
    readonly yourPath: string;
    readonly pathCode: string;
    readonly seed: string;
    readonly ledgerTitle: string;
    readonly ledgerIntro: string;
    readonly youChose: string;
    readonly effect: string;
    readonly effectWorse: string;
    readonly effectBest: string;
    readonly effectEqual: string;
    readonly mechanism: string;
    readonly learning: string;
    readonly sources: string;
    readonly whatIf: string;
    readonly whatIfLine: string;
    readonly bestPathTitle: string;
    readonly bestPathIntro: string;
    readonly bestPathSame: string;
    readonly bestPathHow: string;
    readonly comparePlayed: string;
    readonly compareBest: string;
    readonly lessonsTitle: string;
    readonly lessonsIntro: string;
    readonly metric: string;
    readonly accepted: string;
    readonly qualified: string;
    readonly raw: string;
    readonly spend: string;
    readonly costPerAccepted: string;
    readonly inbox: string;
    readonly hardBounce: string;
    readonly chance: string;
    readonly outcome: string;
    readonly medianNote: string;
    readonly points: string;
    readonly leads: string;
    readonly legalNote: string;
    readonly fileName: string;
  };
  readonly decisions: Readonly<Record<DecisionKey, string>>;
  readonly options: Readonly<Record<DecisionId, OptionText>>;
  /** Parameter names (English ones come from CALIBRATION; French ones are translated here). */
  readonly params: Partial<Readonly<Record<ParamId, string>>>;
  readonly rel: Readonly<Record<Reliability, string>>;
}

export const resultsEn: ResultsStrings = {
  colon: ': ',
  dashboard: {
    title: { phase1: 'First results: weeks 1 to 8', semester: 'Semester results: January to June 2016' },
    tab: { phase1: 'Weeks 1–8', semester: 'Semester' },
    tabsLabel: 'Which results',
    close: 'Back to the story',
    openDebrief: 'Open the debrief',
    seededNote: 'One simulated semester (seed {seed}); the spread chart shows {runs} others with the same choices.',
    loading: 'Drawing the charts…',
    chartsFailed: 'The charts could not be drawn; the tables below hold the same numbers.',
  },
  kpi: {
    accepted: 'Leads accepted by sales',
    acceptedSubPhase1: 'Target pace after 8 weeks: {target} · H1 2015 at the same point: {baseline}',
    acceptedSubSemester: 'Target: {target} · H1 2015: {baseline}',
    ofTarget: '{pct} of the target',
    vanity: 'From form fill to accepted lead',
    vanityRatio: 'Only 1 form fill in {n} became a lead sales accepted.',
    raw: 'Raw form fills',
    qualified: 'Qualified by marketing',
    vanityRaw: 'Form fills',
    vanityQualified: 'Qualified',
    vanityAccepted: 'Accepted',
    spend: 'Spend',
    costPerQualified: 'Cost per qualified lead',
    costPerAccepted: 'Cost per accepted lead',
    chance: 'Chance of meeting the target',
    chanceSub: 'in {runs} simulated semesters with the same choices',
    onPace: 'On the target’s pace',
    onPaceSub: 'in {runs} simulated springs with the same choices',
    target: 'Target',
    baseline: 'H1 2015',
  },
  charts: {
    weeklyTitle: 'Accepted leads, week by week, against the target’s pace',
    weeklySummary: 'After {weeks} weeks: {acc} leads accepted by sales. The target’s pace called for {pace}; H1 2015 had {base} at the same point. Best week: week {bestWeek} with {bestN}.',
    weekAxis: 'Week',
    week: 'Week {n}',
    perWeek: 'Accepted that week',
    cumulative: 'Accepted so far',
    targetPace: 'Target pace',
    baselinePace: 'H1 2015 pace',
    funnelTitle: { phase1: 'The funnel, weeks 1–8', semester: 'The funnel, channel by channel' },
    funnelNote: {
      phase1: 'Weeks 1–8 only. Logarithmic scale: each grid step is ten times smaller. Reach means sends for email, impressions or visitors elsewhere.',
      semester: 'Logarithmic scale: each grid step is ten times smaller. Reach means sends for email, impressions or visitors elsewhere.',
    },
    funnelByChannel: 'Accepted leads by channel:',
    funnelSummary: 'Widest reach: {channel}, {reach}, for {acc} accepted leads.',
    axisFunnel: 'People (log)',
    channel: 'Channel',
    axisCumulative: 'So far',
    axisWeekly: 'Per week',
    axisBounce: 'Bounces',
    axisInbox: 'Inbox',
    deliverTitle: 'Deliverability: hard bounces and inbox placement',
    deliverSummary: 'Hard bounces peaked at {peak} in week {peakWeek} (the platform reviews an account at 5% and suspends it at 10%). Inbox placement went from {start} in week 1 to {end} in week {last}.',
    deliverNoSend: 'No email went out in weeks {weeks}.',
    hardBounce: 'Hard bounce rate',
    inbox: 'Inbox placement',
    reviewLine: 'Platform review: 5%',
    suspendLine: 'Suspension: 10%',
    notSent: 'no send',
    spreadTitle: { phase1: 'Where these 8 weeks sit among {runs} possible springs', semester: 'Where this semester sits among {runs} possible ones' },
    spreadSummary: {
      phase1: 'With the same choices, 8 springs in 10 bring between {p10} and {p90} accepted leads by week 8 (median {p50}). This one: {run}. {pGoal} of them are on the target’s pace ({target}).',
      semester: 'With the same choices, 8 semesters in 10 end between {p10} and {p90} accepted leads (median {p50}). This one: {run}. {pGoal} of them meet the target ({target}).',
    },
    spreadAxis: 'Accepted leads',
    runsAxis: 'Simulated runs',
    thisRun: 'This run',
    band: '80% of runs (p10–p90)',
    spreadLoading: 'Simulating other springs…',
    eventsTitle: 'What happened, and when',
    weeks: 'Weeks {list}',
    noEvents: 'No platform warning, no fatigue, no overload: a quiet semester.',
    sources: 'Sources',
    sourceThresholds: 'Platform thresholds: {source} ({rel}).',
    sourceScenario: 'Target and H1 2015 results: the game’s fictional scenario (S).',
    sourceModel: 'Every rate comes from published benchmarks with a range; the debrief lists them decision by decision.',
  },
  channels: {
    email: 'Email',
    landing: 'Website',
    linkedin: 'LinkedIn',
    twitter: 'Twitter',
    facebook: 'Facebook',
    display: 'Display banners',
    shows: 'Trade shows',
  },
  stages: {
    reach: 'Reach',
    delivered: 'Delivered',
    inbox: 'In the inbox',
    viewed: 'Opened or seen',
    clicked: 'Clicked',
    visits: 'Visits',
    filled: 'Form filled',
    qualified: 'Qualified',
    accepted: 'Accepted by sales',
  },
  events: {
    platform_review: { short: 'Platform review', long: 'The emailing platform put the account under review (hard bounces at 5% or more, or complaints at 0.1%).' },
    platform_suspension: { short: 'Sending suspended', long: 'The platform paused every send (hard bounces at 10%, complaints at 0.5%, or a second warning).' },
    spam_trap: { short: 'Spam trap hit', long: 'A spam trap received a mailing: mailbox providers lowered the sender reputation.' },
    list_fatigue: { short: 'List fatigue', long: 'A segment was mailed so often that its open rate fell by 15% or more.' },
    sales_overload: { short: 'Sales overloaded', long: 'More qualified leads arrived than sales could call: some waited too long and were lost.' },
    pool_suppressed: { short: 'List part stopped', long: 'Weekly tracking showed a part of the list misbehaving, so it is no longer mailed.' },
  },
  debrief: {
    title: 'Debrief: what your choices did',
    intro: 'Every number below is the median of {runs} simulated semesters with the same seed, so each comparison faces the same luck. Your own semester is one of them.',
    computing: 'Replaying your semester with every other choice… this takes a few seconds.',
    failed: 'The debrief could not be computed: {message}',
    retry: 'Try again',
    close: 'Close the debrief',
    print: 'Print or save as PDF',
    downloadJson: 'Download JSON',
    downloadCsv: 'Download CSV',
    exportLabel: 'Export for your facilitator',
    yourPath: 'Your path',
    pathCode: 'Path code',
    seed: 'Seed',
    ledgerTitle: 'The decision ledger',
    ledgerIntro: 'For each decision: what you chose, what the model says it changed against the best other option (everything else as you played it), why, and where the figures come from.',
    youChose: 'You chose',
    effect: 'Effect',
    effectWorse: '{label}: {acc} accepted leads, inbox placement {inbox} points, compared with {alt}.',
    effectBest: '{label}: the best option here, {acc} accepted leads and inbox placement {inbox} points against the next best, {alt}.',
    effectEqual: '{label}: no measurable difference in accepted leads from {alt} (inbox placement {inbox} points).',
    mechanism: 'Why',
    learning: 'Learning point',
    sources: 'Figures behind it',
    whatIf: 'What if',
    whatIfLine: 'With {alt} instead: {acc} accepted leads, {chance} chance of meeting the target ({tier}).',
    bestPathTitle: 'The best road',
    bestPathIntro: 'Of all 486 possible paths, the one that brings the most leads accepted by sales with this seed:',
    bestPathSame: 'That is your path. Well played.',
    bestPathHow: 'How it was found: all {screened} paths screened with {screenRuns} runs each, the {finalists} best re-run {runs} times and compared with your path and its neighbours.',
    comparePlayed: 'Your path',
    compareBest: 'Best path',
    lessonsTitle: 'What to take away',
    lessonsIntro: 'The lessons of the decisions that cost you the most, biggest first.',
    metric: 'Measure',
    accepted: 'Accepted by sales',
    qualified: 'Qualified leads',
    raw: 'Raw form fills',
    spend: 'Spend',
    costPerAccepted: 'Cost per accepted lead',
    inbox: 'Inbox placement',
    hardBounce: 'Hard bounce rate',
    chance: 'Chance of meeting the target',
    outcome: 'Outcome',
    medianNote: 'Medians of {runs} simulated semesters; p10–p90 in brackets.',
    points: 'points',
    leads: 'leads',
    legalNote: 'Today, a bought list is also a legal risk: since the GDPR (May 2018), buying from a broker does not remove the duty to check that the data was lawfully collected. The CNIL has fined firms for it (e.g. SAN-2020-018, SAN-2024-003).',
    fileName: 'alices-logbook-debrief',
  },
  decisions: {
    plan: 'The action plan',
    answer: 'The answer to Cécile',
    content: 'The white paper',
    list: 'The vendor’s list',
    launch: 'The launch',
    course: 'The course after week 8',
  },
  options: {
    plan_scale_all: {
      label: 'Scale up every 2015 action',
      mechanism: 'Three mailings a month to the whole base, more banners, more posts and a fourth trade fair. Extra sends to the same people meet fatigue, and banners return 0.05–0.09% clicks however much you spend.',
      learning: 'More activity is not more demand. Before scaling anything, find out which action produced qualified leads and at what cost: a channel that was weak in 2015 stays weak with a bigger budget.',
    },
    plan_analyse: {
      label: 'Analyse 2015, then reallocate',
      mechanism: 'The budget follows the 2015 cost per qualified lead: banners cut back to a few chosen titles, sponsored LinkedIn quadrupled, email at a sustainable cadence, a sector event instead of one generic fair.',
      learning: 'Cost per qualified lead, not cost per click or per form, is the number that should move money between channels. Last year’s data is free, and reading it takes a day.',
    },
    plan_target: {
      label: 'Build a target account list',
      mechanism: 'Customer data and market signals pick the accounts worth talking to: 3,000 decision-makers added at target accounts, mailings aimed at scored accounts, LinkedIn matched to the list, two sector events and no broad banners. Better fit means each contact is far likelier to qualify.',
      learning: 'Who you talk to matters more than how loudly you talk. Account-based targeting trades reach for fit, and qualification follows fit.',
    },
    answer_bravado: {
      label: '“I’ll do everything to make it work!”',
      mechanism: 'No tracking plan: nobody watches bounces and complaints week by week, so a misbehaving part of the list keeps being mailed until the platform steps in, and in week 9 there is no measured cost per lead to move budget with.',
      learning: 'Promise a method, not a result. A weekly dashboard, with sources tagged and bounces watched, lets you correct course before the platform or the President does it for you.',
    },
    answer_measure: {
      label: '“I can’t know yet: I’ll track weekly and adjust”',
      mechanism: 'Tracking from day one (UTM tags, CRM source): misbehaving list parts are stopped as soon as bounces or complaints rise, and in week 9 paid budget moves to the channel with the cheaper qualified lead.',
      learning: 'Measurement is an action in its own right. It costs little, protects the sender reputation and turns the mid-term review into a decision rather than an excuse.',
    },
    content_wp_everyone: {
      label: 'The Defence white paper, pitched to everyone',
      mechanism: 'A gated white paper pulls form fills, but a florist who downloads a paper on Defence mobile security is not a project: off-topic content inflates raw leads while qualification collapses, and it irritates readers into complaints and unsubscribes.',
      learning: 'Raw form fills are a vanity metric. Content has to match the reader’s job: editorial contortionism buys downloads, not pipeline.',
    },
    content_wp_targeted: {
      label: 'The white paper, only for security-sensitive accounts',
      mechanism: 'Large accounts, the public sector and defence get the paper written for them; the other segments keep the usual offers. Fewer downloads, but the ones that come in qualify.',
      learning: 'Send a piece of content to the audience it was written for. A small, relevant audience beats a large, indifferent one.',
    },
    content_adapt: {
      label: 'Short sector versions, written with Philippe',
      mechanism: 'Each segment gets a version about its own job: relevance rises everywhere, so opens, clicks, form fills and above all qualification go up. It costs €6,000 and the campaign starts in week 4.',
      learning: 'Adapting content to each segment is often the best-paid work in B2B marketing: a few weeks of delay are repaid at every later step of the funnel.',
    },
    list_buy_merge: {
      label: 'Buy the vendor’s list and merge it unverified',
      mechanism: 'A fifth or more of a bought list’s addresses are dead, and a few are spam traps. Hard bounces and trap hits drag the sender reputation down, so inbox placement falls for the whole base, not just the bought names, and the platform steps in.',
      learning: 'An unverified bought list puts the deliverability of your entire database at risk. Never mail it from your main sender: your best customers stop receiving your emails too.',
    },
    list_buy_verify: {
      label: 'Buy the list, verify it, keep what is clean',
      mechanism: 'Verification catches most dead addresses and many traps, but about three quarters of the list is thrown away, and what remains arrives in week 3 and fits worse than your own contacts.',
      learning: 'If you must buy data, quarantine it and verify it first. It limits the damage, but you pay for names you discard and you get strangers, not relationships.',
    },
    list_none: {
      label: 'No purchase: clean and enrich the own base',
      mechanism: 'Dead and unread addresses are found and replaced and 1,500 contacts enriched: fewer bounces, a healthier sender reputation and better inbox placement all semester.',
      learning: 'B2B contact data decays by about 2% a month. Cleaning your own base is unglamorous and cheap, and it protects every future send: $1 to check a record, $10 to clean it later, $100 if you do nothing.',
    },
    launch_blast: {
      label: 'One mailing to everyone, every channel at once',
      mechanism: 'The same message to every contact, banners in as many media as possible (paid for out of LinkedIn), posts everywhere. Broad display buys impressions at 0.05–0.09% click-through, organic Facebook reaches about 6% of fans, and an unsegmented mailing gets none of segmentation’s lift.',
      learning: 'Being everywhere is not a strategy. Put the budget where your buyers actually are and segment your sends: 42% of marketers still send the same message to their whole database, and it shows.',
    },
    launch_segmented: {
      label: 'One mailing and one landing page per segment',
      mechanism: 'Segmented campaigns get more opens (+14%) and twice the clicks, with fewer complaints and unsubscribes (Mailchimp’s study of 11,000 campaigns). Half the banner money moves to LinkedIn aimed at targets, and banners stay in a few chosen media.',
      learning: 'Segmentation is the cheapest lift in email marketing: one message per audience, one landing page per promise.',
    },
    launch_test_first: {
      label: 'A/B test on a sample, then roll out the winners',
      mechanism: 'Two weeks of tests on a 10% sample pick the better subject line and form; the winners and the healthy list parts roll out from week 3. A later start, traded for better open and fill rates afterwards.',
      learning: 'Test before you scale: a sample tells you which subject line, form and list part work before you risk the whole base. The delay is short, and what you learn lasts.',
    },
    course_double_down: {
      label: 'Double down: more sends, more banners',
      mechanism: 'Two more mailings a month and half as many banners again, over budget: fatigue lowers opens and raises complaints, the sender reputation erodes further, and leads pile up faster than sales can call them.',
      learning: 'When results disappoint, more volume amplifies whatever is causing it. Diagnose first: is the problem reach, deliverability, relevance or follow-up?',
    },
    course_data: {
      label: 'Stop, analyse, segment, score and nurture',
      mechanism: 'A pause to analyse, then segmented mailings to engaged contacts only, lead scoring and nurturing; the budget follows the measured cost per lead. Quicker and stronger when tracking has been in place since January.',
      learning: 'Scoring and nurturing turn contacts who are not ready yet into sales-ready leads later. They work best on the data you have been collecting from the start.',
    },
    course_sales: {
      label: 'Agree with sales on what a qualified lead is',
      mechanism: 'A shared lead definition and a follow-up SLA: fewer junk leads sent to sales, every qualified lead routed and called within the week, and a higher acceptance rate.',
      learning: 'The target counts leads accepted by sales, so sales must help define them. At least 40% of leads are never followed up: an agreed definition and an SLA win them back for free.',
    },
  },
  params: {},
  rel: {
    H: 'H: official or first-hand data',
    M: 'M: reputable second-hand source',
    L: 'L: vendor blog or unclear origin',
    U: 'U: unverified, wide range',
    S: 'S: scenario assumption',
  },
};
