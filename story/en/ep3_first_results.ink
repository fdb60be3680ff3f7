// Episode 3 — First Results (weeks 1-8, 4 January - 28 February 2016).
// The simulation's first phase runs on the #sim:phase1 line: the p1_* variables hold the model's
// numbers from the next line on. Never print a result as a literal; thresholds in conditions only.
// Platform thresholds (CALIBRATION.md): review at 5% bounces or 0.1% complaints, suspension at 10% / 0.5%.

=== ep3_first_results ===
#episode:3
#scene:alice_desk #music:office #sfx:keyboard
The first week of the campaign. I'm at my desk at eight, coat still on.
I open the emailing platform's dashboard the way you pull off a plaster: fast, eyes half shut. #prop:dashboard #sim:phase1
-> finance

= finance
{
- p1_cut > 0:
    Before anything goes out, Cécile appears at my desk, holding a printout from finance. #char:cecile:tense
    cecile: Finance added up your purchase orders: {eur(p1_planned)} for the semester. The budget is {eur(p1_budget)}.
    cecile: Not one euro over, this year. The President will read the cost as closely as the leads. So they applied their rule, and I signed it.
    {p1_cut_display > 0:
        cecile: Banners go first: {eur(p1_cut_display)} less over the six months.
    }
    {p1_cut_linkedin > 0:
        cecile: Then sponsored LinkedIn: {eur(p1_cut_linkedin)} less.
    }
    {p1_cut_shows > 0:
        cecile: And the trade show in week {p1_cut_show_week} is cancelled. The banners and posts couldn't cover it. #char:cecile:worried
    }
    {
    - plan == "plan_scale_all":
        My plan of "more of everything" now has a line that says less. Nobody asked me which one.
    - plan == "plan_analyse":
        I had already cut the banners once. Finance cut what was left. At least we agree on something.
    - else:
        The data project, the tools, the extras: every one of them was paid for out of the media. I'd have done the sums myself, if I'd done them first.
    }
    Lesson one of 2016, before a single email: add it all up before finance does. #exit:cecile
- else:
    Finance signed every purchase order without a word: {eur(p1_planned)} planned for the semester, within the {eur(p1_budget)} budget. A first.
}
-> first_days

= first_days
{
- launch == "launch_blast":
    Everything went out on Monday at once: the mailing, the tweets, the posts, the banners. Every firework in the box, lit with the same match.
- launch == "launch_segmented":
    Nothing from the campaign yet: each segment is getting its own mailing and landing page, and they take time to build. The banners and the LinkedIn posts have gone, so at least somebody is working.
- else:
    Only the test sample has gone: two subject lines, two forms, a slice of the base. The rest waits its turn, and so do I.
}
{
- p1_hard_bounce >= 5:
    By ten o'clock my inbox is a wall of failure notices. Undeliverable. Address unknown. Mailbox does not exist. #sfx:notif_ping
    I delete them fifty at a time. They grow back like weeds.
    {list == "list_buy_merge":
        The "hyper-targeted" list was hyper-targeted on people who left their jobs years ago. One bounce comes from a regiment that no longer exists.
    }
- p1_hard_bounce >= 2:
    The bounces come in a steady drizzle: undeliverable, address unknown, user not found. #sfx:notif_ping
    Just enough to remind me, every quarter of an hour, that a contact base ages like milk, not like wine.
- else:
    A handful of bounces. I actually have to go looking for them. #sfx:notif_ping
    {list == "list_none":
        All those evenings cleaning my own base have paid off. I'm almost disappointed: I'd braced myself for a drama.
    }
    {list == "list_buy_verify":
        Testing the vendor's list felt painfully slow in December. This morning it feels like the smartest thing I've done all year.
    }
}
{content != "content_adapt":Then the autoresponders. The schools went back this morning, but half the decision-makers in France are stretching their Christmas holidays on a ski slope.|Then the autoresponders, even in late January.} #sfx:notif_ping
{content != "content_adapt":"Away until the 11th."|"Back on Monday."} "On deployment, no access to email." "This mailbox is no longer monitored."
One gentleman asks whether we do a family plan with unlimited data for his teenagers.
{
- content == "content_wp_everyone":
    Another asks, very politely, why a florist would need to secure mobile devices in the Defence sector. I have no answer that fits in a polite email.
- content == "content_wp_targeted":
    A security officer at a ministry replies with one word, "Interesting", and a sharp question about Android. I may frame it.
- else:
    A hospital IT manager answers the health version: the first vendor email this year that speaks her language.
}
{p1_complaints >= 0.1:
    And then the other replies. "Who gave you my address?" "Remove me IMMEDIATELY." One threatens to report us to the CNIL. #sfx:sting_bad
    I'd bet my bonus each of them also clicked "report spam". And the platform counts every click.
}
-> platform

= platform
{
- p1_suspended:
    Week {p1_suspend_week}. A send is due out at ten. At twelve minutes past nine, an email from the platform drops in. #sfx:sting_bad #music:tension
    Subject line: "Your account has been suspended."
    Over eight weeks my bounces average {pct(p1_bounce)} and my complaints {pct(p1_complaints)}. The platform doesn't judge the average, it judges the worst weeks{p1_peak_hard_bounce >= 5:, and in week {p1_peak_week} {pct(p1_peak_hard_bounce)} of my emails hit dead addresses}. All sending is blocked, pending review.
    Nothing goes: not that send, not the next. A group with three billion euros in revenue, muzzled like a spammer selling miracle pills.
    After twenty minutes of hold music, a kind voice explains sender reputation to me as if I were six: send to enough dead addresses, and inboxes stop trusting anything you send.
    To reopen, I must send them a remediation plan: where my addresses come from, and how I'll clean them.
    {list == "list_buy_merge":
        Where my addresses come from: a man on the phone with a special price until Friday. I'm not sure that belongs in a remediation plan.
    }
- p1_review:
    Week {p1_review_week}. An email from the platform, in a courteous shade of grey: "Your account is under review." #sfx:notif_ping #music:tension
    {p1_peak_hard_bounce >= 5:In week {p1_peak_week}, {pct(p1_peak_hard_bounce)} of my emails bounced off dead addresses.|Over eight weeks, bounces {pct(p1_bounce)}, complaints {pct(p1_complaints)}: one bad week was enough.} "If these rates do not improve, we may have to pause your sending."
    A yellow card. Nothing is blocked, but from now on someone reads over my shoulder.
    I slow down the next sends and strip out every address that has bounced. Bailing out a boat with a teaspoon.
- else:
    The only emails I get from the platform in January and February are its newsletters: "Five tips to boost your open rates". I let it boost itself.
    No warning, no review. My sender reputation is spotless. At least one of my reputations is.
}
-> sms

= sms
One morning my phone buzzes across the desk. #sfx:phone_buzz #prop:sms
aurelie: hey!! hows MY white paper doing?? philippe asks me evry morning at the coffee machine. has the army read it yet lol #prop:sms
{content == "content_adapt":
    aurelie: ps hes still sulking bc u cut his diagrams out of the health version #prop:sms
}
* [Tell her the truth, numbers and all. #id:results_sms_truth]
    {
    - p1_suspended || p1_review || p1_hard_bounce >= 5:
        alice: honestly? im bouncing off walls and the platform is on my back. tell philippe the army is well protected. even from us. #prop:sms
        aurelie: oh no :( ok chocolate at 4, my office. ill tell philippe its a slow burn #prop:sms
    - p1_raw >= p1_accepted * 10:
        alice: honestly? loads of downloads, hardly any real leads. tell philippe the pdf is very popular. with whom, unclear #prop:sms
        aurelie: popular is good no?? ok maybe not. coffee at 4, ill bring biscuits #prop:sms
    - else:
        alice: honestly? its starting to work. dont say it too loud, it might hear you #prop:sms
        aurelie: YESSS i knew it!! telling philippe, hell be unbearable for a week #prop:sms
    }
* [Put on a brave face. She did write it, after all. #id:results_sms_smile]
    alice: its flying!! philippe can be proud. coffee next week? #prop:sms
    aurelie: yay!!! hes going to be so happy. he already wants to write a sequel #prop:sms
    A sequel. I put the phone face down, gently, the way you handle something that might explode.
- The numbers won't mean anything before week eight, I tell myself every morning. #prop:none
One day Philippe comes by my desk, for the first time ever, holding a printout like a trophy. #char:philippe:happy
{
- content == "content_wp_everyone":
    philippe: Someone quoted our white paper on a forum. A forum about fishing, but still. You see? It interests everyone.
- content == "content_wp_targeted":
    philippe: A colonel quoted us in a conference. I still don't see why you only sent it to ministries. It interests everyone.
- else:
    philippe: About the health version. My diagram on encrypted containers. Page twelve. It was load-bearing. #char:philippe:worried
}
I nod the way you nod at a tourist asking directions in a language you don't speak. He leaves happy. One of us does. #exit:philippe
-> war_room

= war_room
Friday 26 February. Week eight. Today the numbers stop being anecdotes. #scene:war_room #music:tension #prop:dashboard
The war room: a big screen and a yucca nobody waters.
Emails sent: {fmt(p1_sent)}. Landing in an inbox rather than a spam folder: {pct(p1_inbox)}. Opened: {pct(p1_open)} of those delivered.
{
- p1_inbox < 75:
    So at least one email in four went straight to spam, where nobody ever goes. I've been shouting into a cupboard.
- else:
    Most of them land where they should. Whatever else happened, the post got delivered.
}
{
- launch == "launch_blast":
    One mailing to the whole base, every network, banners everywhere. On screen, it looks like a carpet bombing.
- launch == "launch_segmented":
    Each segment has its own line on screen, and they don't all behave the same.
- else:
    The A/B test ate the first two weeks: subject line B won, the short form won. By how much, a sample can't really say; the rest of the spring will. Then the winners went to everyone. Slower start, tidier curve.
}
{
- plan == "plan_analyse":
    The budget I moved to 2015's best channels: some bets paid, some didn't. At least I know which.
- plan == "plan_target":
    My target account list sits in its own column. Cécile calls it "your big data thing". I call it my hope.
- else:
    Every 2015 action, turned up a notch, has its own line, including the trade shows in March, April and at the end of May, already paid for.
}
Forms filled in, downloads, sign-ups and trade-show badge scans together: {fmt(p1_raw)}. A lovely big number, with a lovely green arrow.
Leads that look like a real company with a real need: {fmt(p1_qualified)}. Leads accepted by sales, the only ones the President counts: {fmt(p1_accepted)}.
{
- p1_raw >= p1_accepted * 10:
    Fewer than one download in ten became a lead sales wanted. The rest are students, competitors, job hunters and people who collect PDFs like fridge magnets.
- else:
    The funnel narrows, as funnels do, but it doesn't drop off a cliff. For once, the downloads and the leads look related.
}
Money spent so far: {eur(p1_spend)}, of a {eur(p1_budget)} budget for the semester. Clicks on banners: {fmt(p1_banner_clicks)}.
{launch == "launch_blast":
    I suspect a fair few of those banner clicks were me, checking the banners were live.
}
To be on pace for the semester target at week eight, I need {fmt(p1_pace)} accepted leads.
{
- p1_accepted >= p1_pace:
    I'm there. I'm actually there. #sfx:sting_good #music:resolution
    I check the formula three times: it's a Friday afternoon, and good news on a Friday usually means a broken formula. It's fine.
    For ten minutes I'm lighter than I've been since December. Then my brain clears its throat.
    Eight weeks out of twenty-six. The keenest contacts answer first, and every mailing leaves the others a little more tired of us. Nobody gets a medal for a good first lap.
- else:
    I'm not there. I would love this to be a broken formula. It isn't. #sfx:sting_bad
    {p1_accepted * 2 < p1_pace:
        Not even halfway. I stare at the gap until it looks like a canyon.
    }
    {
    - plan == "plan_scale_all" || launch == "launch_blast":
        I did everything in the plan, and more. Every dial turned to the right, and the needle keeps drifting left.
        The more I launch, the less I land. It's a disaster, and I paid for it.
    - else:
        And I did it carefully, nothing left to chance, or so I thought. I'm still behind. It's almost worse: no easy culprit.
    }
}
-> cecile

= cecile
The door opens without a knock. Cécile, holding her phone like something that might go off. #char:cecile:tense
cecile: The President asked me for the figures this morning. So?
{
- answer == "answer_bravado":
    cecile: In December you told me you'd do everything to make it work. Is everything working? #char:cecile:neutral
    Of course she remembers. I have totals. What I don't have is the story of how we got here, week by week.
- else:
    cecile: In December you said you couldn't know yet, that you'd measure every week and correct. So you know better than I do. #char:cecile:neutral
    I do. I have eight weekly snapshots. I show her the curve instead of the total, and the week it bent.
}
{
- p1_accepted >= p1_pace:
    cecile: Good. Very good, actually. #char:cecile:happy
    cecile: Don't tell him we're ahead. He'll raise the target.
    She's only half joking. Then, warm and brief: "You'll make it."
- else:
    cecile: He wants volume, Alice. He said "volume" three times. #char:cecile:worried
    cecile: I'm not asking how. I'm asking what you need. And you'll make it.
    In December that sounded like faith. This morning it sounds like a deadline.
}
{
- p1_suspended:
    cecile: And the emailing platform suspended us? The Group? IT called me before you did. #char:cecile:tense
    I'd have preferred to tell her myself. I'd also have preferred it not to happen.
- p1_review:
    cecile: And what's this review the platform mentioned? Should I be worried? #char:cecile:worried
    alice: It's a warning. Not a sanction. Not yet.
}
{
- confidence > 0 && p1_accepted >= p1_pace:
    In December I clapped for the target like it was an encore. For once, I don't regret it.
- confidence > 0:
    In December I clapped for the target like it was an encore. Today the applause rings hollow.
- confidence < 0 && p1_accepted >= p1_pace:
    In December every cell in my head turned red. Today a few have turned green. I'm not telling them, in case they change their minds.
- confidence < 0:
    In December every cell in my head turned red. Being right is a very thin blanket.
- else:
    In December I joked about fifty per cent. Nobody jokes about percentages any more.
}
cecile: Go and see Marc. He's telling everyone marketing leads are a waste of his team's time. I want to know if he's right. #char:cecile:neutral
She leaves, already dialling. #exit:cecile
-> marc

= marc
The sales floor, two floors down: ringing phones, half-eaten sandwiches, deal names in red on a whiteboard. #scene:sales_floor #music:office
Marc Lefèvre, who runs the sales team, finishes a call with "yes, yes, Thursday" and swivels round. #char:marc:tense
marc: Your leads. A lead is someone who wants to talk to us. Not someone who downloaded a PDF.
{
- content == "content_wp_everyone":
    marc: My guys called a dental lab, a chain of bakeries and a student writing a thesis on drones. All downloaded your Defence paper. Not one wants a phone contract. #char:marc:neutral
    Editorial contortionism, I called it in December. Marc has a shorter word for it.
- content == "content_wp_targeted":
    marc: The ministry ones, the big accounts: those are real. My guys can work with those. There just aren't many of them. #char:marc:neutral
- else:
    marc: A hospital IT director called us. Called us! Because of your health version. That hasn't happened since... ever. #char:marc:surprised
    Coming from Marc, that's a love letter.
}
{
- list == "list_buy_merge":
    marc: And your famous Defence contacts? Half the numbers ring into the void. One was a retired colonel. Very nice man. He asked us to stop calling. #char:marc:tense
- list == "list_buy_verify":
    marc: At least the numbers work this time. I'll give you that.
- else:
    marc: And half your leads are already our customers. Not nothing. But not new business, either.
}
{
- p1_raw >= p1_accepted * 10:
    marc: You told the whole building about your {fmt(p1_raw)} downloads. My team accepted {fmt(p1_accepted)}. Do the maths. #char:marc:tense
- else:
    marc: {fmt(p1_accepted)} accepted. More than I expected. I'm not saying it's enough. #char:marc:neutral
}
alice: When a lead comes in, who calls it, and how fast?
marc: We call the ones that look like money. The others wait. #char:marc:neutral
alice: Wait how long?
marc: Until somebody has time. So, never. #char:marc:tense
{p1_accepted >= p1_pace:
    marc: And don't send me twice as many. My guys have quotas. Every hour on a dud is an hour not closing a deal.
}
I go back upstairs with his sentence stuck in my head like a pop song. Someone who wants to talk to us. #exit:marc
-> d6_course

=== d6_course ===
Evening. Only the photocopier's standby light and my screen are still awake. #scene:alice_desk #music:silence
Three roads for March to June. One semester to save.
The first road: turn everything up. A third wave, a fourth, more banners, bigger slots. The President reads volume, and Cécile needs something to show him.
{
- p1_accepted < p1_pace:
    I'm behind. Surely the fastest way to more leads is more emails? I'd only be turning a dial.
- else:
    It's working. Why change a winning side before June?
}
{p1_cut_if_double_down > 0:
    Except that the budget has no room for it. Finance would take {eur(p1_cut_if_double_down)} back from the media booked from March, banners first.
}
{
- p1_suspended:
    Except that my account is still frozen. Doubling down starts with begging the platform to let me send again.
- p1_review:
    Though with the platform watching, every extra send is a bet on its patience.
}
The second road: stop sending, open up the data, segment, score each lead, and nurture the ones who aren't ready with a proper series of emails.
{
- p1_accepted < p1_pace:
    Stopping when I'm already behind. Cécile will think I've lost my mind.
- else:
    Stopping just when it's finally working. Who slams on the brakes on a straight road?
}
{
- answer == "answer_measure":
    But I already have the weekly tracking I promised Cécile. Days of work, not weeks.
- else:
    And I'd be starting from raw exports, with no weekly history. Three weeks of spreadsheets.
}
{p1_cut_if_data > 0:
    Scoring and nurturing need a tool, and the tool needs money the budget no longer has: finance would find {eur(p1_cut_if_data)} in the banners and sponsored posts from March.
}
The third road: sit down with Marc. Define together what a qualified lead is. Agree who calls whom, and how fast.
The President counts leads accepted by sales, so sales decide. But that means meetings when every day counts, and admitting I can't do it alone.
* [Turn it all up: more sends, more banners, volume for the President. #id:course_double_down]
    ~ course = "course_double_down"
    -> double_down
* [Stop sending and dig into the data: segment, score, nurture. #id:course_data]
    ~ course = "course_data"
    -> data
* [Sit down with Marc and agree on what a real lead is. #id:course_sales]
    ~ course = "course_sales"
    -> sales

= double_down
March. I book banners on every site that will take my money, and a few that barely want it. #music:tension #sfx:keyboard
{p1_suspended:
    The remediation plan goes to the platform that evening. The moment they reopen the account, the third wave is ready.
}
{p1_cut_if_double_down > 0:
    cecile: Finance again. Your March orders go {eur(p1_cut_if_double_down)} past what's left of the budget, so the rule trims weeks 9 to 26: banners first, then LinkedIn. #char:cecile:tense
    So I double down on whatever finance lets me double. #exit:cecile
}
New subject lines every week. "Last chance to download." "Still time to read it." It's never the last chance. #sfx:mail_swoosh
Cécile forwards my volume chart to the President with one word: "Progress".
An agency sends me champagne, which tells me how much I've spent with them.
Marc sends me a one-line email: "More PDFs?" I don't answer. I don't have the time, or the answer.
By the end of May, every counter is climbing. Which ones count, I try not to ask myself.
-> ep4_reckoning

= data
March. I pull the plug on the third wave an hour before it goes out. The silence in my inbox is deafening. #music:office #sfx:keyboard
{
- answer == "answer_measure":
    My weekly tracking does half the work: eight weeks of opens, clicks and downloads, already sorted. In four days I have my segments.
- else:
    I rebuild everything from raw exports. Three weeks of cells that refuse to match. I dream in pivot tables.
}
{p1_cut_if_data > 0:
    The scoring tool is paid for with {eur(p1_cut_if_data)} of the spring's banners and sponsored posts. Finance's rule, not mine. For once I'd have picked the same.
}
Segments first: Defence and public sector, large accounts, the rest. Then a score for each lead: does the company fit, and what did the person actually do?
For those not ready yet, a nurturing series: three emails over six weeks, each useful on its own, none of them begging.
cecile: You've stopped sending? Now? #char:cecile:worried
alice: I've stopped sending blind. It's not the same thing.
She doesn't look convinced. Neither, at three in the morning, am I. #exit:cecile
By the end of May, fewer emails are going out. Whether more leads are coming in, I'll only know in June.
-> ep4_reckoning

= sales
March. Meeting room B, bad coffee, Marc and two of his reps. He arrives late, phone in hand, and stays. #scene:sales_floor #char:marc:neutral #music:office
Two hours on one question: what is a qualified lead? A company of the right size, a real project this year, a person who has agreed to a call.
marc: When you send me one, we call it within the week. If we turn it down, we say why. Every Friday. Deal? #char:marc:neutral
alice: Deal.
marc: And you stop sending me students. #char:marc:happy
alice: And you stop calling my leads PDFs.
He almost smiles. I'll take "almost".
Cécile asks why I spend my days downstairs. Because that's where the target gets counted.
By the end of May we share a spreadsheet. Marc writes his comments in capitals, but he writes them. #char:marc:happy
-> ep4_reckoning
