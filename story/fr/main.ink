// Alice's Logbook — main file. Variables and externals are the contract with the game:
// keep them identical in story/en and story/fr. Episodes live in one file each.

// Number formatting is done by the game in the player's language.
EXTERNAL fmt(n)     // integer with thousands separators: 12 345 / 12,345
EXTERNAL pct(x)     // percentage with one decimal: 18,2 % / 18.2%
EXTERNAL eur(n)     // money: 12 345 € / €12,345

// Decisions taken (choice ids of STORY.md), set by the story when a choice is made.
VAR plan = ""
VAR answer = ""
VAR content = ""
VAR list = ""
VAR launch = ""
VAR course = ""
VAR confidence = 0     // set by the light choice in episode 1

// Written by the game when a `#sim:phase1` line is reached (weeks 1-8).
VAR p1_sent = 0            // emails sent
VAR p1_hard_bounce = 0.0   // hard bounce rate, percent
VAR p1_bounce = 0.0        // all bounces, percent
VAR p1_complaints = 0.0    // complaint rate, percent
VAR p1_inbox = 0.0         // inbox placement, percent
VAR p1_open = 0.0          // open rate, percent of delivered
VAR p1_raw = 0             // raw leads (form fills)
VAR p1_qualified = 0       // marketing-qualified leads
VAR p1_accepted = 0        // leads accepted by sales
VAR p1_pace = 0            // accepted leads needed by week 8 to be on target pace
VAR p1_spend = 0           // euros spent
VAR p1_banner_clicks = 0   // clicks on display banners
VAR p1_review = false      // the emailing platform put the account under review
VAR p1_suspended = false   // the emailing platform suspended sending
VAR p1_review_week = 0     // week (1-8) of the first review, 0 if none
VAR p1_suspend_week = 0    // week (1-8) of the first suspension, 0 if none
VAR p1_peak_hard_bounce = 0.0 // the worst week's hard bounce rate, percent
VAR p1_peak_week = 0      // that week (1-8), 0 if nothing was sent
// Finance's check of the plan at launch (D1-D5; src/sim/budget.ts): euros unless named otherwise.
VAR p1_budget = 0          // the 2016 budget
VAR p1_planned = 0         // the plan's spend as chosen
VAR p1_over = 0            // how far that is over the budget, 0 if within
VAR p1_cut = 0             // what finance cut before launch
VAR p1_cut_display = 0     // of which banners
VAR p1_cut_linkedin = 0    // of which sponsored LinkedIn
VAR p1_cut_shows = 0       // trade shows cancelled (a count)
VAR p1_cut_show_week = 0   // week of the first cancelled show, 0 if none
VAR p1_planned_spend = 0   // the plan's spend after the cut
VAR p1_cut_if_double_down = 0 // what finance would cut in week 9 for each D6 option
VAR p1_cut_if_data = 0
VAR p1_cut_if_sales = 0

// Written by the game when a `#sim:semester` line is reached (end of June).
VAR s_raw = 0
VAR s_qualified = 0
VAR s_accepted = 0
VAR s_target = 0           // accepted leads needed (+20% vs H1 2015)
VAR s_baseline = 0         // accepted leads in H1 2015
VAR s_pct_target = 0       // accepted / target, percent (integer)
VAR s_spend = 0
VAR s_cost_per_lead = 0    // euros per accepted lead
VAR s_hard_bounce = 0.0
VAR s_peak_hard_bounce = 0.0 // the semester's worst week for hard bounces, percent
VAR s_peak_week = 0       // that week (1-26), 0 if nothing was sent
VAR s_inbox = 0.0
VAR s_unsubscribed = 0
VAR s_suspended = false
VAR s_sales_overload = false
VAR s_p_objective = 0      // chance of meeting the target over the model's spread, percent
VAR s_tier = ""            // ending_wall | ending_short | ending_met | ending_beyond
VAR s_runs = 0             // semesters simulated behind s_p_objective
VAR s_lost = 0             // qualified leads nobody called in time (the sales queue)
VAR s_bottleneck = ""      // sales | marketing: what limited this semester
VAR s_p_sales_bottleneck = 0 // share of simulated semesters where sales was the bottleneck, percent
VAR s_open_early = 0.0     // open rate of delivered emails, weeks 1-8, percent
VAR s_open_late = 0.0      // the same, weeks 9-26
VAR s_fatigue = false      // a segment's open rate fell by 15% or more from too many mailings
VAR s_pause_weeks = 0      // weeks D6's analysis held the campaign back
// Finance's checks of the whole plan (at launch and in week 9), euros unless named otherwise.
VAR s_budget = 0
VAR s_planned = 0          // the plan's spend as chosen, D1-D6
VAR s_over = 0
VAR s_cut = 0              // what finance cut, at launch and in week 9
VAR s_cut_display = 0
VAR s_cut_linkedin = 0
VAR s_cut_shows = 0
VAR s_cut_show_week = 0
VAR s_course_cut = 0       // of which in week 9
VAR s_planned_spend = 0    // the plan's spend after the cuts

INCLUDE ep1_speech.ink
INCLUDE ep2_action_plan.ink
INCLUDE ep2_campaign.ink
INCLUDE ep3_first_results.ink
INCLUDE ep4_reckoning.ink

-> ep1_speech

// Repli pour jouer l'histoire dans Inky ; le jeu fournit les vrais formateurs localisés.
=== function fmt(n) ===
~ return n
=== function pct(x) ===
~ return x + " %"
=== function eur(n) ===
~ return n + " €"
