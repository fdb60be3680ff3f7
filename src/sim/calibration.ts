// Every rate the model uses, with its value, Monte Carlo range, source, year and reliability
// (CALIBRATION.md: H official/own data, M reputable second-hand, L vendor blog, U unverified,
// S scenario choice). The assumptions panel shows this table; facilitators override value/low/high.
// The Monte Carlo draws each parameter from a triangle centred on its value with the width of its
// range (params.ts: "centred ranges"), so the value is each draw's median and the 2015 replay's
// Monte Carlo median matches its central-value replay (within 5%); low/high stay as sourced.

export type Reliability = 'H' | 'M' | 'L' | 'U' | 'S';
/** rate: 0..1 · lift: relative change (0.14 = +14%) · others are plain quantities. */
export type Unit = 'rate' | 'lift' | 'multiplier' | 'euros' | 'count' | 'points' | 'weeks';
export type ParamGroup = 'email' | 'deliverability' | 'bought list' | 'segmentation' | 'content' | 'landing' | 'display' | 'social' | 'shows' | 'funnel' | 'scoring & nurturing' | 'costs';

export interface CalibrationEntry {
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly unit: Unit;
  readonly group: ParamGroup;
  readonly label: string;
  readonly source: string;
  readonly year: number | null;
  readonly rel: Reliability;
  readonly note: string;
  /**
   * Which way raising this assumption should move accepted leads, all else equal (issue 12, item
   * 8): +1 more, -1 fewer, 'none' no single direction (then `directionWhy` says why). A property
   * test (tests/unit/sim/monotone.test.ts) moves each assumption across its range on the 2015
   * replay, Alice's path and the best path, with common random numbers, and checks it.
   */
  readonly direction: Direction;
  /** Why, when the direction is 'none' or not the obvious one ('' otherwise). */
  readonly directionWhy: string;
}

export type Direction = 1 | -1 | 'none';

type SourcedEntry = Omit<CalibrationEntry, 'direction' | 'directionWhy'>;

const e = (
  group: ParamGroup, unit: Unit, label: string, value: number, low: number, high: number,
  rel: Reliability, source: string, year: number | null, note = '',
): SourcedEntry => ({ group, unit, label, value, low, high, rel, source, year, note });

const SOURCED = {
  // Email (Mailchimp benchmarks, May 2016, Business & Finance; ranges to Computers & Electronics / IBM)
  emailOpenRate: e('email', 'rate', 'Open rate (of delivered)', 0.2131, 0.183, 0.245, 'H', 'Mailchimp benchmarks, Business & Finance', 2016, 'Low end: IBM Marketing Cloud median 18.3% (2015 data). The model derives the open probability of a reader who got the mail in the inbox from it.'),
  emailOpenClickCorrelation: e('email', 'rate', 'Correlation of the open and click rate draws', 0.7, 0.7, 0.7, 'S', 'Mailchimp benchmarks: industries and lists with higher open rates have higher click rates (scenario reading of the table, H)', 2016, 'Rank correlation of the two draws (Gaussian copula); not itself drawn.'),
  emailClickRate: e('email', 'rate', 'Click rate (of delivered)', 0.0276, 0.016, 0.032, 'H', 'Mailchimp benchmarks, Business & Finance', 2016, 'Low end: IBM median CTR 1.6%. Used as clicks per open (12.95%).'),
  emailSoftBounce: e('email', 'rate', 'Soft bounce rate', 0.0072, 0.005, 0.0108, 'H', 'Mailchimp benchmarks, Business & Finance / Computers & Electronics', 2016),
  emailHardBounce: e('email', 'rate', 'Hard bounce rate of a maintained list', 0.006, 0.0045, 0.0075, 'H', 'Mailchimp benchmarks, Business & Finance / Computers & Electronics', 2016, 'Sets the share of decayed addresses that hard-bounce, so that a list mailed twice a month bounces at this rate.'),
  emailComplaintRate: e('email', 'rate', 'Complaint (spam report) rate', 0.0002, 0.0001, 0.0003, 'H', 'Mailchimp benchmarks, Business & Finance / Computers & Electronics', 2016),
  emailUnsubRate: e('email', 'rate', 'Unsubscribe rate (of delivered)', 0.0024, 0.0018, 0.003, 'H', 'Mailchimp benchmarks, Business & Finance / Computers & Electronics', 2016),
  dataDecayMonthly: e('email', 'rate', 'B2B contact data decay per month', 0.021, 0.015, 0.029, 'M', 'MarketingSherpa via HubSpot (2.1%/month); Gartner via secondary (~30%/yr)', 2015),
  staleShare: e('email', 'rate', 'Share of the base no longer reaching a reader', 0.2, 0.1, 0.3, 'S', 'Aberdeen 2014: 70% of a database is good data', 2014, 'Delivered but nobody reads (left the firm, shared inbox). Scenario reading of Aberdeen.'),

  // Deliverability: sender reputation and the emailing platform's rules
  inboxHigh: e('deliverability', 'rate', 'Inbox placement, high sender reputation', 0.95, 0.92, 0.97, 'M', 'Return Path, sender score benchmark', 2012, 'Reached at reputation 90+.'),
  inboxLow: e('deliverability', 'rate', 'Inbox placement, low sender reputation', 0.68, 0.62, 0.74, 'M', 'Return Path, sender score benchmark', 2012, 'Reached at reputation 70; below it placement keeps falling.'),
  reputationStart: e('deliverability', 'points', 'Sender reputation in January 2016', 82, 79, 86, 'S', 'Chosen so that placement is ~84%, Return Path Europe (M, 2012)', 2012),
  reputationRecovery: e('deliverability', 'rate', 'Weekly recovery of reputation towards its normal level', 0.08, 0.04, 0.15, 'S', 'Scenario: "recovers slowly" (half-life ~8 weeks)', null),
  bouncePenalty: e('deliverability', 'points', 'Reputation lost per point of hard bounces (per list size) above 2%', 1.5, 0.8, 2.5, 'S', 'Scenario; 2% is the level Amazon SES recommends', null),
  complaintPenalty: e('deliverability', 'points', 'Reputation lost per 0.1 point of complaints (per list size) above 0.05%', 6, 3, 12, 'S', 'Scenario; 0.1% is the bulk-sender limit (Gmail/Yahoo, informal in 2016)', null),
  trapPenalty: e('deliverability', 'points', 'Reputation lost per spam-trap hit', 3, 1, 6, 'L', 'Secondary: one hit can drop the sender score to 80 or less, inbox placement -38%', null, 'Capped at 20 points a week; hitting an already-hit trap again weighs a tenth.'),
  inWeekReaction: e('deliverability', 'rate', 'Share of a week\'s damage that mailbox providers apply to that same send', 0.1, 0.05, 0.2, 'M', 'Google Postmaster Tools (2015): domain and IP reputation are reported per day from the previous days\' mail and user feedback; Return Path Sender Score: a rolling 30-day measure', 2015, 'Spam reports arrive as readers open, over the days after the send, and blocklists list a trap hit within hours to days: little of a send\'s own damage lands on it.'),
  platformReviewBounce: e('deliverability', 'rate', 'Platform review at hard bounce rate', 0.05, 0.05, 0.05, 'M', 'Amazon SES policy (proxy for any platform)', 2016),
  platformSuspendBounce: e('deliverability', 'rate', 'Platform suspension at hard bounce rate', 0.1, 0.1, 0.1, 'M', 'Amazon SES policy', 2016),
  platformReviewComplaint: e('deliverability', 'rate', 'Platform review at complaint rate', 0.001, 0.001, 0.001, 'M', 'Amazon SES policy', 2016),
  platformSuspendComplaint: e('deliverability', 'rate', 'Platform suspension at complaint rate', 0.005, 0.005, 0.005, 'M', 'Amazon SES policy', 2016, 'A second review-level week within 4 weeks also suspends.'),
  suspensionWeeks: e('deliverability', 'weeks', 'Weeks without email after a suspension', 3, 2, 4, 'S', 'Scenario: time to clean the list and be reinstated', null),
  repermissionRate: e('deliverability', 'rate', 'Own contacts who confirm in a re-permission campaign (reinstatement after a suspension)', 0.12, 0.04, 0.25, 'L', 'Artisan Analytics (re-consent campaigns, 2018): expect between the click rate and the open rate; GDPR re-permission campaigns of 2018 kept 10-25% of lists (press reports, L)', 2018, 'Applied to the list at fault. Who confirms follows engagement: each group in proportion to how it answers mail (the engaged core most, dormant readers hardly), the list as a whole at this rate; unread, dead and trap addresses never confirm. No email is sent during the suspension and reputation does not recover.'),
  boughtRepermissionRate: e('deliverability', 'rate', 'Bought contacts who confirm in a re-permission campaign', 0.02, 0.005, 0.05, 'S', 'Scenario: names that never opted in confirm at about a cold list\'s click rate (IBM median CTR 1.6%, H)', 2016),

  // The vendor's "hyper-targeted Defence" list
  boughtListSize: e('bought list', 'count', 'Addresses in the bought list', 25000, 25000, 25000, 'S', 'Scenario: the vendor\'s offer', null),
  boughtPrice: e('bought list', 'euros', 'Price per bought address', 0.3, 0.15, 0.5, 'S', 'Scenario (French list brokers, 2016, order of magnitude)', 2016),
  boughtDeadShare: e('bought list', 'rate', 'Dead addresses in the bought list (hard bounce)', 0.2, 0.12, 0.35, 'L', 'Tiara Data; industry newsletters: bought lists bounce 2-3x, scraped lists > 15%', null),
  boughtTrapsPer10k: e('bought list', 'count', 'Spam traps per 10,000 bought addresses', 4, 1, 12, 'L', 'Industry newsletters (scraped lists carry pristine and recycled traps)', null),
  boughtStaleShare: e('bought list', 'rate', 'Bought addresses delivered but unread', 0.25, 0.15, 0.35, 'S', 'Scenario', null),
  boughtComplaintMult: e('bought list', 'multiplier', 'Complaints of bought contacts vs own contacts', 12, 6, 25, 'S', 'Mailchimp compliance tips: purchased lists raise complaints (qualitative, H)', null),
  boughtUnsubMult: e('bought list', 'multiplier', 'Unsubscribes of bought contacts vs own contacts', 3, 2, 5, 'S', 'Mailchimp compliance tips (qualitative, H)', null),
  boughtFit: e('bought list', 'multiplier', 'Fit of bought contacts vs own contacts of the same segment', 0.6, 0.4, 0.8, 'S', 'Scenario: wrong roles, no relationship', null),
  boughtOffTarget: e('bought list', 'rate', 'Bought contacts outside any target segment', 0.35, 0.25, 0.5, 'S', 'Scenario: "hyper-targeted" is the vendor\'s word', null),
  verifyKeepShare: e('bought list', 'rate', 'Share of a bought list kept after verification', 0.25, 0.2, 0.35, 'L', 'Industry newsletters: ~75% of a bought list lost after cleaning', null),
  verifyInvalidCaught: e('bought list', 'rate', 'Dead addresses caught by verification', 0.95, 0.9, 0.98, 'S', 'Scenario (verification services)', null),
  verifyTrapCaught: e('bought list', 'rate', 'Spam traps caught by verification', 0.85, 0.7, 0.95, 'S', 'Scenario: pristine traps are hard to detect', null),
  verifyCost: e('bought list', 'euros', 'Verification cost per address', 0.01, 0.005, 0.02, 'S', 'Scenario (verification services, 2016)', 2016, 'Labovitz & Chang: $1 to check vs $100 if nothing is done (M, 1992) is the principle.'),
  cleanStaleRemoved: e('bought list', 'rate', 'Unread addresses found and replaced by cleaning the own base', 0.6, 0.4, 0.75, 'S', 'Scenario', null),
  enrichCost: e('bought list', 'euros', 'Cost per enriched contact', 1.5, 1, 2.5, 'S', 'Scenario', null),

  // Segmentation and testing
  segOpenLift: e('segmentation', 'lift', 'Segmented campaigns: opens', 0.1431, 0.08, 0.18, 'H', 'Mailchimp segmentation study (~11,000 campaigns)', 2017, 'Segmentation works through relevance: the lifts apply in full from relevance 0.7, not at all below 0.3.'),
  segClickLift: e('segmentation', 'lift', 'Segmented campaigns: clicks', 0.7453, 0.5, 1.0095, 'H', 'Mailchimp segmentation study', 2017, 'Value: interest-group segmentation +74.53%; all segmented campaigns +100.95% is the high end (part of it is content relevance, counted separately).'),
  segComplaintLift: e('segmentation', 'lift', 'Segmented campaigns: complaints', -0.039, -0.06, -0.02, 'H', 'Mailchimp segmentation study', 2017),
  segUnsubLift: e('segmentation', 'lift', 'Segmented campaigns: unsubscribes', -0.0937, -0.2565, -0.05, 'H', 'Mailchimp segmentation study (interest groups -25.65%)', 2017),
  abOpenLift: e('segmentation', 'lift', 'A/B-tested subject line: opens (the winner\'s real lift)', 0.1, -0.05, 0.25, 'M', 'NextAfter 2016 (13.6% -> 16.6%); Stanford field experiment +20%: published winners, the best cases', 2016, 'Drawn, can be zero or negative: on a 10% sample the "winner" is often noise (most A/B tests find no significant difference: Optimizely, VWO, L). The test costs traffic: during it only the sample gets the campaign.'),
  abFillLift: e('segmentation', 'lift', 'A/B-tested shorter form: fills (the winner\'s real lift)', 0.05, -0.05, 0.15, 'L', 'Form benchmarks: 5 fields ~20%, 3 fields ~25% (the best case of dropping two fields)', null, 'Drawn, can be zero or negative, as the subject line.'),
  testSampleShare: e('segmentation', 'rate', 'Sample mailed during an A/B test', 0.1, 0.1, 0.1, 'S', 'Scenario', null),
  segLandingLift: e('segmentation', 'lift', 'Per-segment landing page: fills', 0.1, 0.05, 0.2, 'S', 'Scenario', null),

  // How relevant content moves each step (elasticities around the 2015 generic offer, relevance 0.5)
  relOpen: e('content', 'multiplier', 'Relevance effect on opens', 0.3, 0.1, 0.5, 'S', 'Scenario', null, 'opens x (1 + k (relevance - 0.5))'),
  relClick: e('content', 'multiplier', 'Relevance effect on clicks per open', 0.3, 0.1, 0.6, 'S', 'Scenario, bounded by interest-group segmentation +74.5% clicks (Mailchimp, H)', 2017),
  relFill: e('content', 'multiplier', 'Relevance effect on form fills', 0.3, 0.1, 0.5, 'S', 'Scenario', null),
  relQual: e('content', 'multiplier', 'Relevance elasticity of qualification', 0.9, 0.6, 1.2, 'S', 'Scenario: a lead who downloaded an off-topic paper is rarely a project', null, 'qualification x (relevance / 0.5)^k'),
  relAnnoy: e('content', 'multiplier', 'Irrelevance effect on complaints and unsubscribes', 2, 1, 4, 'S', 'Scenario', null),
  fatigueMemory: e('content', 'rate', 'Weekly memory of past mailings (fatigue)', 0.6, 0.5, 0.7, 'S', 'Scenario', null),
  fatigueOpen: e('content', 'multiplier', 'Fatigue effect on opens', 0.7, 0.4, 1, 'S', 'Scenario', null, 'Fatigue is measured against the 2015 cadence (two mailings a month).'),
  fatigueAnnoy: e('content', 'multiplier', 'Fatigue effect on complaints and unsubscribes', 1.5, 0.8, 3, 'S', 'Scenario', null),

  // Landing pages and forms
  formConversion: e('landing', 'rate', 'Visitor -> form fill, gated white paper, 5-field form', 0.2, 0.12, 0.25, 'L', 'Form benchmarks (1-3 fields ~25%, 5 fields 20%, 7 fields 12%)', null, 'Gated white paper conversion has no sourced figure (U): this is the form-length benchmark.'),
  genericPull: e('landing', 'rate', 'Pull of the 2015 offers vs a gated white paper', 0.85, 0.7, 1, 'S', 'Scenario: 2015 already had guides and case studies behind forms', null),
  gatedOrganicLift: e('landing', 'lift', 'A gated white paper on the offer pages: extra conversion of website visitors', 0.5, 0.2, 0.8, 'S', 'Scenario', null),
  organicConversion: e('landing', 'rate', 'Website visitor -> engaged contact (generic offer)', 0.055, 0.04, 0.07, 'M', 'Aberdeen', 2014),
  organicVisitors: e('landing', 'count', 'Weekly website visitors to B2B offer pages', 500, 350, 650, 'S', 'Scenario', null),
  emailVisitRate: e('landing', 'rate', 'Email click -> landing page visit', 0.9, 0.8, 0.95, 'S', 'Scenario', null),

  // Display
  bannerCtr: e('display', 'rate', 'Display banner click-through rate', 0.0007, 0.0005, 0.0009, 'H', 'DoubleClick via eMarketer 2016-17; Smart Insights', 2016),
  displayCpmBroad: e('display', 'euros', 'CPM, general media', 4, 2.5, 6, 'S', 'Scenario (French display, 2016, order of magnitude)', 2016),
  displayCpmChosen: e('display', 'euros', 'CPM, chosen B2B/sector media', 12, 8, 18, 'S', 'Scenario', 2016),
  displayVisitRate: e('display', 'rate', 'Banner click -> real visit (accidental clicks)', 0.6, 0.4, 0.8, 'S', 'Scenario', null),
  displayWarmth: e('display', 'rate', 'Fill propensity of banner visitors vs email clickers', 0.1, 0.05, 0.2, 'S', 'Scenario', null),

  // Social
  linkedinCtr: e('social', 'rate', 'LinkedIn sponsored content CTR', 0.005, 0.0044, 0.0065, 'L', 'B2B ad benchmarks (recent)', null),
  linkedinCpc: e('social', 'euros', 'LinkedIn cost per click', 6.5, 5, 8.5, 'L', 'Recent benchmarks $5.50-9.25 (no 2016 figure)', null),
  linkedinFollowers: e('social', 'count', 'LinkedIn company page followers', 8000, 8000, 8000, 'S', 'Scenario', null),
  linkedinOrganicReach: e('social', 'rate', 'LinkedIn organic reach per post', 0.1, 0.05, 0.15, 'S', 'Scenario (by analogy with Facebook organic reach, M)', null),
  linkedinOrganicCtr: e('social', 'rate', 'LinkedIn organic post click rate', 0.008, 0.004, 0.012, 'S', 'Scenario', null),
  linkedinWarmth: e('social', 'rate', 'Fill propensity of LinkedIn visitors vs email clickers', 0.35, 0.25, 0.5, 'S', 'Scenario; ~82% of B2B social visits come from LinkedIn (L)', null),
  twitterFollowers: e('social', 'count', 'Twitter followers', 3000, 3000, 3000, 'S', 'Scenario', null),
  twitterReach: e('social', 'rate', 'Followers who see a tweet', 0.1, 0.05, 0.15, 'S', 'Scenario', null),
  twitterClickRate: e('social', 'rate', 'Twitter engagement per impression', 0.00029, 0.0002, 0.001, 'L', 'Median engagement 0.029% (2024, secondary)', 2024),
  twitterWarmth: e('social', 'rate', 'Fill propensity of Twitter visitors vs email clickers', 0.25, 0.15, 0.4, 'S', 'Scenario', null),
  facebookFans: e('social', 'count', 'Facebook page fans', 15000, 15000, 15000, 'S', 'Scenario', null),
  facebookReach: e('social', 'rate', 'Facebook organic reach per post', 0.06, 0.02, 0.12, 'M', 'Social@Ogilvy (12% in 2013 -> 6% in 2014; 2% for big pages)', 2014),
  facebookClickRate: e('social', 'rate', 'Facebook post click rate', 0.008, 0.004, 0.015, 'S', 'Scenario', null),
  facebookWarmth: e('social', 'rate', 'Fill propensity of Facebook visitors vs email clickers', 0.15, 0.08, 0.25, 'S', 'Scenario', null),

  // Trade shows
  showVisitors: e('shows', 'count', 'Booth visitors per show', 2860, 2000, 3500, 'M', 'CEIR: ~20,000 booth visitors a year over ~7 shows', 2009),
  showProspects: e('shows', 'count', 'Prospects (badge scans) per show', 295, 200, 380, 'M', 'CEIR exhibitor profile', 2009),
  showCost: e('shows', 'euros', 'Cost per show', 20000, 16000, 25000, 'M', 'CEIR: $153,763 for ~7 shows', 2009),
  showQual: e('shows', 'multiplier', 'Qualification of a face-to-face contact vs a form fill', 1.15, 0.9, 1.5, 'S', 'Scenario; 75% of B2B marketers rate events most effective (CMI 2016, M)', 2016),

  // Funnel and sales
  mqlRate: e('funnel', 'rate', 'Engaged contact -> marketing-qualified lead', 0.223, 0.15, 0.3, 'M', 'Aberdeen (best 35.6%, laggards 9.7%)', 2014, 'For a fitting segment and the 2015 generic offer; fit, relevance and scoring scale its odds.'),
  acceptRate: e('funnel', 'rate', 'Called qualified lead -> accepted by sales', 0.43, 0.33, 0.53, 'S', 'Chosen so MQL -> accepted is ~36% overall in 2015 (Aberdeen, M)', 2014),
  salesSlip: e('funnel', 'rate', 'Qualified leads never routed to a salesperson (web and email leads)', 0.15, 0.08, 0.25, 'S', 'Oldroyd et al. (HBR 2011): 23% of firms never answered a web lead (M); a CRM routes web forms automatically', 2011),
  showSlip: e('funnel', 'rate', 'Qualified trade-show leads never followed up', 0.45, 0.4, 0.6, 'M', 'CEIR/Exhibitor: at least 40% of show leads are never followed up', 2009, 'Badge scans travel on spreadsheets after the show. Under a follow-up SLA, show leads slip as any other lead.'),
  salesCapacity: e('funnel', 'count', 'Marketing leads inside sales can follow up per week', 90, 60, 120, 'L', 'Inbound SDR benchmarks: ~40 dials a day (DiscoverOrg, 2019) and ~6 attempts per lead: 30-35 new leads a week per full-time rep (L); the scenario\'s inside-sales team gives marketing leads about three full-time reps', 2019, 'Leads360/Velocify (5M calls, L): past ~10 new leads per rep per day, each lead converts less; here a hard weekly ceiling, the rest waits.'),
  leadDelayDecay: e('funnel', 'rate', 'Acceptance chance a qualified lead loses per week it waits for a call', 0.3, 0.15, 0.5, 'M', 'Oldroyd, McElheran & Elkington, "The Short Life of Online Sales Leads", HBR 2011 (1.25M leads, 42 firms): 7x less likely to qualify an hour later, 60x after 24 hours', 2011, 'Their leads are web inquiries measured in hours; a white-paper lead cools more slowly: a scenario reading per week. Leads wait up to 3 weeks, then go to the account managers.'),
  fieldFollowUp: e('funnel', 'rate', 'Leads inside sales could not call in 3 weeks that account managers follow up', 0.4, 0.25, 0.6, 'L', 'CEIR/Exhibitor: at least 40% of show leads are never followed up; Oldroyd et al. (HBR 2011): 23% of firms never answered a web lead', 2011, 'Followed up after the 3-week wait, so at the decayed value.'),
  junkPassShare: e('funnel', 'rate', 'Unqualified form fills forwarded to sales without an agreed definition', 0.07, 0.03, 0.15, 'S', 'Scenario: without a shared definition every download becomes "a lead"; sales call them and give up on marketing leads', null, 'They take calls from the qualified ones (Forrester: most leads never become a sale).'),
  agreementJunkShare: e('funnel', 'rate', 'Unqualified fills forwarded once a definition is agreed or leads are scored', 0.03, 0.01, 0.06, 'S', 'Scenario', null),
  agreementAcceptLift: e('funnel', 'lift', 'Agreed lead definition: acceptance', 0.12, 0.05, 0.22, 'M', 'Gartner 44% of MQLs accepted vs Aberdeen 36% (+22%, the high end)', 2014),
  agreementSlip: e('funnel', 'rate', 'Leads never routed under a follow-up SLA', 0.1, 0.05, 0.15, 'S', 'Scenario', null),
  agreementCapacityLift: e('funnel', 'lift', 'Follow-up SLA: sales time on marketing leads', 0.2, 0.1, 0.3, 'S', 'Scenario', null),

  // Scoring and nurturing
  scoringQualLift: e('scoring & nurturing', 'lift', 'Lead scoring: qualification', 0.05, 0, 0.3, 'L', 'Aberdeen via secondary claims +192% qualification rate: kept as a far optimistic bound', null),
  scoringAcceptLift: e('scoring & nurturing', 'lift', 'Lead scoring: acceptance (best leads called first)', 0.08, 0.03, 0.15, 'S', 'Scenario', null),
  nurtureWeekly: e('scoring & nurturing', 'rate', 'Nurtured leads re-engaging per week', 0.02, 0.01, 0.04, 'S', 'Scenario, tuned towards Forrester: nurturing +50% sales-ready leads (M/L)', null),
  nurtureQual: e('scoring & nurturing', 'multiplier', 'Qualification odds of a re-engaged lead vs a fresh one', 0.6, 0.4, 0.8, 'S', 'Scenario: they did not qualify the first time', null),
  untrackedUsable: e('scoring & nurturing', 'rate', 'Earlier leads usable for nurturing without tracking', 0.4, 0.25, 0.55, 'S', 'Scenario: no source, no behaviour data', null),

  // Running costs
  espCostPerThousand: e('costs', 'euros', 'Emailing platform cost per 1,000 emails', 1, 0.6, 1.5, 'S', 'Scenario (2016 platform pricing, order of magnitude)', 2016),

  // Temptations (issue 12, item 4): kept last so the earlier parameters keep their generator slots.
  segmentBuildWeeks: e('segmentation', 'weeks', 'Weeks to build per-segment mailings and landing pages before a segmented launch', 2, 1, 3, 'L', 'HubSpot / Unbounce practitioner guides (L): a landing page takes days to weeks from brief to launch (copy, design, forms, tracking), here four of them plus four mailings; scenario reading', 2016, 'The blast goes out in week 1 with the existing material; the segmented launch sends its campaign once the versions exist. The A/B-tested launch tests on a sample meanwhile (its weeks 1-2).'),
  reputationOnset: e('deliverability', 'rate', 'Share of the damage still pending that reaches the sender\'s reputation each week', 0.4, 0.25, 0.6, 'M', 'Return Path Sender Score: a rolling 30-day average of complaints, unknown users and trap hits (M); Google Postmaster Tools: reputation moves over days to weeks (M)', 2015, 'A bad send hurts over the following weeks, not at once: with 0.4 about 80% of it has landed three weeks later. Recovery starts from the reputation reached.'),
  newNameLift: e('bought list', 'lift', 'Opens and clicks of names never mailed before, on their first send', 0.35, 0.15, 0.6, 'L', 'Experian welcome email report (2012, M/L): a first message opens at several times bulk mail; Return Path (2014, L): engagement is highest on the first messages to a new address. Names that never opted in: a fraction of it (scenario reading)', 2014, 'The novelty fades with every send received, as the send is remembered (the fatigue memory: 60% of it per send at the central value), so it is mostly gone after two sends. Enriched contacts are new names too.'),
  freeAssetLift: e('landing', 'lift', 'A new free white paper: extra clicks and form fills of everyone offered it, whatever its topic', 0.3, 0.15, 0.5, 'L', 'Content Marketing Institute B2B benchmarks (2016, M): white papers and e-books are among the most-used lead magnets; DemandGen Report content preferences survey (2016, L): most B2B buyers download white papers, a third of them without a current project', 2016, 'Curiosity for a free asset: the extra fills are downloads without a project, so they add raw leads, not qualified ones (the qualified count is that of the paper without the curiosity). Only the campaign\'s gated paper gets it, not the usual offers, and not the website\'s offer pages (gatedOrganicLift).'),
  platformReviewPeriod: e('deliverability', 'weeks', 'Weeks an account under review has to fix the cause before a review-level week suspends it', 2, 1, 3, 'M', 'Amazon SES, account review process (2016): an account under review can still send; the sender gets a review period to correct the issue before sending is paused', 2016, 'A bounce or complaint rate above the suspension level suspends at once.'),

  // People, not averages (issue 12, item 3): the people who read, by engagement. Kept last (slots).
  engagedShare: e('email', 'rate', 'Engaged core: readers who opened or clicked in the last 3 months (share of the people who read)', 0.25, 0.2, 0.32, 'M', 'Epsilon email trends, Q2 2013: of the average file 16% "superstars" (opened or clicked within 3 months) and 4% "rising stars" (new and active); net of the unread addresses (staleShare) here, a scenario reading', 2013, 'The benchmark rates are those of a list with the central shares: a list with a larger core responds more.'),
  dormantShare: e('email', 'rate', 'Dormant readers: no open nor click for 6 months (share of the people who read)', 0.35, 0.25, 0.45, 'M', 'Epsilon Q2 2013: 49% of the average file inactive; MailChimp (Feb 2016, 40M addresses): 39% of recipients inactive (no open or click in 6 months) in 2015; net of the unread addresses (staleShare), a scenario reading', 2016, 'The lukewarm middle is the rest (Epsilon\'s 31% "nappers": last open more than 3 months ago).'),
  engagedResponse: e('email', 'multiplier', 'Opens and clicks of an engaged reader vs a lukewarm one', 2.5, 1.8, 3.5, 'S', 'Scenario reading of Return Path\'s Lifecycle Benchmark (new-subscriber engagement, via MediaPost, M): read rate 39% on the first message vs 22% on average; Epsilon 2013: the active half of a file makes nearly all opens', null, 'The responses of the three groups average to the benchmark open and click rates at the central shares.'),
  dormantResponse: e('email', 'multiplier', 'Opens and clicks of a dormant reader vs a lukewarm one', 0.1, 0.05, 0.2, 'S', 'Scenario: "inactive" means no open for 6 months (MailChimp 2016, H); MailChimp finds an inactive subscriber still worth 32% of an active one in purchases, from the inbox rather than from opens', 2016),
  engagedTire: e('content', 'multiplier', 'Fatigue effect on the opens of the engaged core vs the others', 1.5, 1, 2.5, 'S', 'Scenario: the readers who open every mail are those who notice that there are more of them', null),
  dormantAnnoy: e('content', 'multiplier', 'Fatigue effect on the complaints and unsubscribes of dormant readers vs the others', 3, 2, 5, 'S', 'Scenario; Validity ("Inactive subscribers don\'t hurt until they do", M): users report as spam mail they signed up for but no longer want; Return Path (T. Sather, 2011, M): mailbox providers count complaints against active readers', 2011, 'Dormant readers barely open, but mailed more often than they want they complain and leave.'),
  fatigueDisengage: e('content', 'rate', 'Mailed readers who drop one engagement level per send, per unit of over-mailing', 0.1, 0.05, 0.2, 'S', 'Scenario; Return Path Lifecycle Benchmark (via MediaPost, M): the average marketer keeps mailing a subscriber for 8 months after he disengages', null, 'Over-mailing is fatigue above the 2015 cadence (two mailings a month): the engaged core cools to lukewarm, the lukewarm go dormant. At the 2015 cadence nobody drops.'),
} as const satisfies Record<string, SourcedEntry>;

export type ParamId = keyof typeof SOURCED;

const UP = { direction: 1, directionWhy: '' } as const;
const DOWN = { direction: -1, directionWhy: '' } as const;
const up = (why: string) => ({ direction: 1, directionWhy: why }) as const;
const down = (why: string) => ({ direction: -1, directionWhy: why }) as const;
const none = (why: string) => ({ direction: 'none', directionWhy: why }) as const;
const RELEVANCE_UP = 'An elasticity around the 2015 offer (relevance 0.5): it lifts the mailings where the content fits and lowers the others; off-topic fills rarely qualify (relQual), so what it costs there is junk and what it adds where the content fits is leads: accepted leads rise on every content of the game (flat on the 2015 generic offer).';
const MONEY = none('Money, not leads: it moves spend and cost per accepted lead; no plan is cut for it (yet).');

/** Which way each assumption should move accepted leads when raised (CalibrationEntry.direction). */
const DIRECTIONS: Readonly<Record<ParamId, Pick<CalibrationEntry, 'direction' | 'directionWhy'>>> = {
  emailOpenRate: none('Clicks are sourced per delivered email (the click rate): the open rate only divides them into opens and clicks per open, so it moves opens and unsubscribes, not leads.'),
  emailOpenClickCorrelation: none('Not a level: it ties the click-rate draw to the open-rate draw, which shapes the spread of the runs, not their centre.'),
  emailClickRate: UP,
  emailSoftBounce: DOWN,
  emailHardBounce: DOWN,
  emailComplaintRate: DOWN,
  emailUnsubRate: DOWN,
  dataDecayMonthly: DOWN,
  staleShare: DOWN,
  inboxHigh: none('The benchmark rates are per delivered email: the model backs inbox placement out of them at the January reputation, so a better placement means readers who open less once in the inbox; it matters only once the reputation has moved, and then either way.'),
  inboxLow: UP,
  reputationStart: UP,
  reputationRecovery: UP,
  bouncePenalty: DOWN,
  complaintPenalty: DOWN,
  trapPenalty: DOWN,
  inWeekReaction: DOWN,
  platformReviewBounce: up('A more lenient platform stops the sender later: a review or a suspension must never improve a result (issue 12, item 2).'),
  platformSuspendBounce: up('A more lenient platform stops the sender later: a suspension must never improve a result (issue 12, item 2).'),
  platformReviewComplaint: up('A more lenient platform stops the sender later: a review or a suspension must never improve a result (issue 12, item 2).'),
  platformSuspendComplaint: up('A more lenient platform stops the sender later: a suspension must never improve a result (issue 12, item 2).'),
  suspensionWeeks: DOWN,
  repermissionRate: UP,
  boughtRepermissionRate: UP,
  boughtListSize: down('Merged unverified, each bought name brings complaints, traps and dead addresses along with its few leads.'),
  boughtPrice: MONEY,
  boughtDeadShare: DOWN,
  boughtTrapsPer10k: DOWN,
  boughtStaleShare: none('Unread bought names neither read nor complain: fewer bought readers means fewer of their leads and fewer of their complaints, which roughly cancel on a merged list.'),
  boughtComplaintMult: DOWN,
  boughtUnsubMult: none('A bought contact who unsubscribes takes away a possible lead and his future complaints: on a merged list the two roughly cancel.'),
  boughtFit: UP,
  boughtOffTarget: DOWN,
  verifyKeepShare: UP,
  verifyInvalidCaught: UP,
  verifyTrapCaught: UP,
  verifyCost: MONEY,
  cleanStaleRemoved: UP,
  enrichCost: MONEY,
  segOpenLift: down('The click lift sets the clicks of a segmented campaign (clicks per open are what is left of it): more opens alone only bring more unsubscribes (unsubscribes are per open).'),
  segClickLift: UP,
  segComplaintLift: DOWN,
  segUnsubLift: DOWN,
  abOpenLift: UP,
  abFillLift: UP,
  testSampleShare: up('A larger sample gets the campaign during the test weeks.'),
  segLandingLift: UP,
  relOpen: up(RELEVANCE_UP),
  relClick: up(RELEVANCE_UP),
  relFill: up(RELEVANCE_UP),
  relQual: none('An elasticity: relevant content qualifies more, off-topic content less (Alice\'s paper offered to everyone loses, the adapted content gains).'),
  relAnnoy: none('Irrelevant mail drives readers away: where the content is off-topic it costs leads; on a relevant path the readers it drives away are off-target people whose fills were junk for sales.'),
  fatigueMemory: down('Mailings are remembered longer, so fatigue builds up (it is measured against the 2015 cadence, which moves with it).'),
  fatigueOpen: DOWN,
  fatigueAnnoy: DOWN,
  formConversion: UP,
  genericPull: UP,
  gatedOrganicLift: UP,
  organicConversion: UP,
  organicVisitors: UP,
  emailVisitRate: UP,
  bannerCtr: UP,
  displayCpmBroad: down('The same euros buy fewer impressions.'),
  displayCpmChosen: down('The same euros buy fewer impressions.'),
  displayVisitRate: UP,
  displayWarmth: UP,
  linkedinCtr: none('Sponsored posts are bought per click (the cost per click): the click-through rate sets the impressions, not the clicks.'),
  linkedinCpc: down('The same euros buy fewer clicks.'),
  linkedinFollowers: UP,
  linkedinOrganicReach: UP,
  linkedinOrganicCtr: UP,
  linkedinWarmth: UP,
  twitterFollowers: UP,
  twitterReach: UP,
  twitterClickRate: UP,
  twitterWarmth: UP,
  facebookFans: UP,
  facebookReach: UP,
  facebookClickRate: UP,
  facebookWarmth: UP,
  showVisitors: none('The badge scans (prospects per show) make the leads; the visitors only say how many of them were scanned.'),
  showProspects: UP,
  showCost: MONEY,
  showQual: UP,
  mqlRate: UP,
  acceptRate: UP,
  salesSlip: DOWN,
  showSlip: DOWN,
  salesCapacity: UP,
  leadDelayDecay: DOWN,
  fieldFollowUp: UP,
  junkPassShare: down('Forwarded junk takes calls from the qualified leads.'),
  agreementJunkShare: down('Forwarded junk takes calls from the qualified leads.'),
  agreementAcceptLift: UP,
  agreementSlip: DOWN,
  agreementCapacityLift: UP,
  scoringQualLift: UP,
  scoringAcceptLift: UP,
  nurtureWeekly: UP,
  nurtureQual: UP,
  untrackedUsable: UP,
  espCostPerThousand: MONEY,
  segmentBuildWeeks: down('The segmented campaign starts later.'),
  reputationOnset: down('A bad send\'s damage lands sooner, on more of the following sends.'),
  newNameLift: UP,
  freeAssetLift: down('Curiosity downloads are raw leads without a project: the same qualified leads, and more junk for sales to sift (the temptation wins on volume only).'),
  platformReviewPeriod: up('More time to fix the cause before a review becomes a suspension: a suspension must never improve a result (issue 12, item 2).'),
  engagedShare: up('A list with a larger engaged core than the benchmark\'s lists: more opens and clicks for the same sends.'),
  dormantShare: down('More dormant readers than the benchmark\'s lists: fewer opens, and more complaints when mailed often.'),
  engagedResponse: down('It only says how the benchmark\'s responses split (their mean is the benchmark): a sharper core leaves the lukewarm and dormant majority responding less, and the core is soon used up (it converts, leaves and tires first).'),
  dormantResponse: up('As engagedResponse: dormant readers who respond more spread the benchmark\'s responses over more people, who last longer than a small core.'),
  engagedTire: DOWN,
  dormantAnnoy: DOWN,
  fatigueDisengage: DOWN,
};

export const CALIBRATION = Object.fromEntries(
  (Object.keys(SOURCED) as ParamId[]).map((id) => [id, { ...SOURCED[id], ...DIRECTIONS[id] }]),
) as { readonly [K in ParamId]: (typeof SOURCED)[K] & CalibrationEntry };

export const PARAM_IDS = Object.keys(CALIBRATION) as readonly ParamId[];

/** Allowed values per unit: what the assumptions schema enforces. */
export const UNIT_BOUNDS: Readonly<Record<Unit, readonly [number, number]>> = {
  rate: [0, 1],
  lift: [-1, 10],
  multiplier: [0, 100],
  euros: [0, 1e7],
  count: [0, 1e7],
  points: [0, 100],
  weeks: [0, 26],
};
