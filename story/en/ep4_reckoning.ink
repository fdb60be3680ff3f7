// Episode 4 — The Reckoning (end of June 2016).
// The semester simulation runs at the `#sim:semester` line; every s_* number is printed after it.

=== ep4_reckoning ===
#episode:4
#scene:war_room #music:night #sfx:clock_tick
Wednesday 29 June, a quarter to midnight. The floor is empty except for me, a cleaner's trolley and six months of my life on a screen.
Tomorrow at ten, the President's review. Tonight, the final export: January to June, every send, every click, every form. #prop:dashboard #sfx:keyboard
The little wheel spins, slowly, on purpose. #sim:semester
There it is. {fmt(s_raw)} forms filled in since January. {fmt(s_qualified)} qualified by marketing. {fmt(s_accepted)} accepted by sales. #prop:dashboard
The target, the only number the President will read: {fmt(s_target)} accepted leads. I'm at {pct(s_pct_target)} of it.
{s_tier:
- "ending_wall": I read it three times, the way you reread a message from an ex. It does not improve.
- "ending_short": Close enough to touch. Unfortunately, "almost" is not a word the President uses.
- "ending_met": I read it three times, then a fourth just for the pleasure. I'm over the line.
- else: I check the filters twice. No test accounts. It's real, and well past the line.
}
{
- s_accepted < s_baseline:
  Same six months last year, doing what we always did: {fmt(s_baseline)}. I have managed to go backwards, at great expense.
- s_accepted < s_target:
  Same six months last year: {fmt(s_baseline)}. So I've beaten 2015. But the target was never 2015. It was 2015 plus a fifth.
- else:
  Same six months last year: {fmt(s_baseline)}. The target was that plus a fifth, and I've cleared it.
}
Spent: {eur(s_spend)}. Divided by the accepted leads, {eur(s_cost_per_lead)} each.
{
- s_cut > 0:
  The budget was {eur(s_budget)}. My plan, the way I wrote it, came to {eur(s_planned)}: finance cut {eur(s_cut)} before it could run{s_course_cut > 0:, {eur(s_course_cut)} of it in March}. I never spent money I didn't have. I just didn't get to choose what went.
- else:
  The budget was {eur(s_budget)}, and the plan fitted inside it. Finance doesn't even know my extension number.
}
{s_spend > s_budget:
  Except that the invoices came in above the quotes: the semester cost {eur(s_spend - s_budget)} more than the budget. Finance will know my extension number by Monday.
}
{
- s_suspended:
  And in the corner, in red, the word I'd rather not say tomorrow: suspended. The emailing platform cut us off mid-semester. Hard bounces {pct(s_hard_bounce)} over the semester, {pct(s_peak_hard_bounce)} in the worst week; inbox placement {pct(s_inbox)}.
- s_hard_bounce >= 2:
  Hard bounces {pct(s_hard_bounce)}, inbox placement {pct(s_inbox)}. The platform never quite cut us off, but it spent the spring clearing its throat.
- else:
  Hard bounces {pct(s_hard_bounce)}, inbox placement {pct(s_inbox)}. For once, the emailing platform and I are on speaking terms.
}
Unsubscribes since January: {fmt(s_unsubscribed)}. I try not to take it personally. I take it personally.
{
- confidence > 0 && (s_tier == "ending_wall" || s_tier == "ending_short"):
  In December I clapped for this target. Tonight I'd like my applause back.
- confidence > 0:
  In December I clapped for this target. Turns out I was clapping for myself.
- confidence < 0 && (s_tier == "ending_wall" || s_tier == "ending_short"):
  In December I thought this target was madness. Being right is cold comfort at midnight.
- confidence < 0:
  In December I thought this target was madness. I've never been so happy to be wrong.
}
I stand up and rehearse to the empty chairs. #prop:none
{s_tier:
- "ending_wall":
  alice: Mr President, this semester has taught us a great deal. #char:alice:worried
  No. That's what people say after they've written off the car.
- "ending_short":
  alice: Mr President, we came within touching distance of the target. #char:alice:worried
  "Distance." That's the only word he'll hear.
- "ending_met":
  alice: Mr President, the target is met. #char:alice:surprised
  The only sentence I need. I still can't quite believe it.
- else:
  alice: Mr President, we are above target, and I can explain why. #char:alice:happy
  It's the second half of that sentence that frightens me.
}
aurelie: r u STILL at the office?? go home, ur slides wont get any better after midnight #sfx:phone_buzz #prop:sms
aurelie: ps hows OUR white paper doing??? philippe asks me every day lol #sfx:phone_buzz #prop:sms
{content:
- "content_wp_everyone":
  Our white paper was downloaded by a great many people who will never buy a secure anything. Most of those forms were filled in to get it.
- "content_wp_targeted":
  Fewer downloads than Philippe dreamed of. But from people who actually lose sleep over mobile security.
- else:
  The sector versions went out late, but sales reps forward them to their clients. Philippe doesn't know yet. He'll be unbearable.
}
I type "going home in 5 min". It's a lie, and we both know it. #sfx:keyboard #prop:none
-> review_morning

= review_morning
#scene:cecile_office #music:office #char:cecile:tense
Thursday, 9 a.m. I sent Cécile the export at 1:12. She answered at 6:30: "Come by at 9." Cécile doesn't do emojis.
{answer == "answer_bravado":
  cecile: In December you told me you'd do everything to make it work. #char:cecile:neutral
  {s_tier == "ending_wall" || s_tier == "ending_short":
    alice: I did everything. That may have been the problem. #char:alice:worried
  - else:
    alice: I did everything. Some of it even worked. #char:alice:neutral
  }
- else:
  cecile: In December you said you couldn't know yet, and that you'd track it every week. You did. I have twenty-odd Monday emails to prove it. #char:cecile:neutral
}
{
- s_tier == "ending_wall" || s_tier == "ending_short":
  cecile: He'll ask for one number. Give it to him before he asks. #char:cecile:worried
  cecile: And don't apologise more than once. Once is honest. Twice is a confession.
- else:
  cecile: Don't celebrate in front of him. He hates that. The number, the cost, then stop talking. #char:cecile:happy
}
{
- course == "course_sales":
  cecile: Marc will be there. He asked to come. I still can't tell if that's good news. #char:cecile:neutral
- s_sales_overload:
  cecile: Marc will be there too. He's been in my office twice this month: his team is drowning in your leads. #char:cecile:tense
}
{s_tier == "ending_wall":
  cecile: Go on. I was about to say "you'll make it". Let's say: you'll get through it. #char:cecile:worried
- else:
  cecile: Go on. You'll make it. #char:cecile:happy
  This morning it almost sounds like a forecast.
}
-> review

= review
#scene:president_review #music:tension #char:president:neutral #char:cecile:neutral
Ten o'clock, top floor. The long table, the water nobody drinks, and the President at the far end with one printed page: my dashboard.
{course == "course_sales" || s_sales_overload:
  Marc sits by the window, arms folded, like a man waiting for a late train. #char:marc:neutral
}
president: Go ahead. #char:president:neutral
* [Start with the one number he reads: accepted leads. #id:reckoning_open_accepted]
  alice: {fmt(s_accepted)} leads accepted by sales, Mr President, against a target of {fmt(s_target)}. #char:alice:neutral
  president: Good. You know which number I read. #char:president:neutral
* [Start with the whole funnel, from the sends down. #id:reckoning_open_reach]
  alice: Since January we've mailed every week, posted every day, and collected {fmt(s_raw)} forms... #char:alice:neutral
  president: Alice. I don't follow downloads. I follow leads that sales accepted. How many? #char:president:tense
  alice: {fmt(s_accepted)}. Against a target of {fmt(s_target)}. #char:alice:worried
- president: {fmt(s_raw)} forms. {fmt(s_qualified)} qualified. {fmt(s_accepted)} accepted. Where do the others go? #char:president:neutral #prop:dashboard
alice: A form is someone who wanted a PDF. A qualified lead is the right company, the right role, a real need. Accepted means a sales rep called and found someone who wants to talk to us. #char:alice:neutral #prop:none
{content:
- "content_wp_everyone":
  president: Your white paper. Mobile security in the Defence sector. Sent to whom? #char:president:neutral
  alice: To everyone. The idea was that it concerned everyone. #char:alice:worried
  president: Everyone is not a segment. #char:president:tense
- "content_wp_targeted":
  alice: We kept the white paper for security-sensitive accounts: Defence, the public sector, large accounts. Fewer forms, but every one of them had a reason. #char:alice:neutral
  president: Hm. #char:president:neutral
- else:
  president: Your engineer, Philippe, tells me about your sector versions in the lift. Every day. Were they worth it? #char:president:neutral
  alice: They cost us weeks at the start. Then they're what sales kept asking for. #char:alice:neutral
}
{list:
- "list_buy_merge":
  president: And the emailing platform? Cécile tells me there was an incident. #char:president:tense
  alice: I bought a list sold as hyper-targeted on Defence and merged it into our base. Much of it was dead addresses: in the worst week, {pct(s_peak_hard_bounce)} of our emails bounced. #char:alice:worried
  {s_suspended:
    president: So we paid someone to get us banned. #char:president:tense
  - else:
    president: So we paid to be thrown out of people's inboxes. #char:president:tense
  }
- "list_buy_verify":
  alice: I bought a list, tested a sample, and kept only the clean addresses. We threw a good part of it away. #char:alice:neutral
  president: You paid for addresses and then threw them away. #char:president:neutral
  alice: Yes. Cheaper than paying for them twice, with our sender reputation.
- else:
  alice: We didn't buy a list. We cleaned and enriched our own base instead. #char:alice:neutral
  president: A smaller audience. #char:president:neutral
  alice: Smaller. But it answered.
}
{s_suspended && list != "list_buy_merge":
  alice: And I'd rather say it before Cécile has to: the emailing platform suspended our account for a while this spring. #char:alice:worried
}
president: {eur(s_spend)}. That's {eur(s_cost_per_lead)} per accepted lead. Would you pay that with your own money? #char:president:neutral
{plan:
- "plan_scale_all":
  alice: I took every action from last year and raised them all. Every line, including the ones that never produced anything. #char:alice:worried
- "plan_analyse":
  alice: I started from the 2015 figures: which channel brought accepted leads, and at what cost. Then I moved the money. #char:alice:neutral
- else:
  alice: We built a list of target accounts from our customer data and market signals, and spent on fewer companies, more deeply. #char:alice:neutral
}
{launch:
- "launch_blast":
  Then one mailing to everybody, tweets everywhere, banners wherever they'd take our money. Out loud, in this room, it sounds worse.
- "launch_segmented":
  Then a mailing and a landing page per segment, sponsored posts aimed at our targets, a few chosen media. Slower, and easier to explain.
- else:
  Then a test on a sample, and only the winners rolled out. It cost two weeks in January. I say so before he works it out.
}
president: At the end of February, you had {fmt(p1_accepted)}. What did you do next? #char:president:neutral
{p1_accepted >= p1_pace && s_accepted < s_target:
  At the end of February I was ahead of the pace: {fmt(p1_accepted)} against the {fmt(p1_pace)} it called for. The quick wins came first. The bill came after.
}
{course:
- "course_double_down":
  alice: I sent more, and ordered more banners. #char:alice:neutral
  {s_course_cut > 0:
    Finance took {eur(s_course_cut)} of those media back to keep to the budget. The extra sends all went out.
  }
  {s_tier == "ending_wall" || s_tier == "ending_short":
    He doesn't say anything. The curve on his page says it for him.
  - else:
    president: And it held. #char:president:neutral
    It held. I'm not entirely sure why, and I'd rather he didn't ask.
  }
- "course_data":
  alice: I stopped. Analysed, segmented, scored the leads, and nurtured the lukewarm ones instead of chasing them. #char:alice:neutral
  president: You stopped. In the middle of the semester. #char:president:surprised
  {s_pause_weeks == 1:
    alice: For a week. The longest week of my career.
  - else:
    alice: For {fmt(s_pause_weeks)} weeks. The longest of my career.
  }
- else:
  alice: I sat down with the sales team. We agreed what a qualified lead is, who follows it up, and how fast. #char:alice:neutral
  marc: First time anyone from marketing asked us what we call a lead. #char:marc:neutral
}
{s_sales_overload:
  marc: My team got more leads than it could call. They queued. {fmt(s_lost)} of them waited so long that by the time we rang, they'd bought from someone else. #char:marc:tense
  marc: A lead is someone who wants to talk to us. Not someone who downloaded a PDF.
- else:
  {course == "course_sales":
    marc: We called every one within the week. That's all it took. That, and fewer leads that weren't leads. #char:marc:neutral
  }
}
The President squares his page against the edge of the table and looks at me. #sfx:paper_rustle
{s_tier:
- "ending_wall": -> ending_wall
- "ending_short": -> ending_short
- "ending_met": -> ending_met
- else: -> ending_beyond
}

=== ending_wall ===
#ending:ending_wall #scene:president_review #music:silence #sfx:sting_bad #char:president:tense
president: {pct(s_pct_target)} of the target. For {eur(s_spend)}.
{s_accepted < s_baseline:
  president: Below last year. Last year, which is the reason we are all in this room. #char:president:tense
}
president: I asked for more leads, Alice. Not more activity. #char:president:neutral
Cécile opens her mouth. He raises a hand, not unkindly. #char:cecile:worried
president: Cécile, tomorrow at eight, I'd like to talk about the second half. Thank you. #char:president:neutral
He thanks me too. Very politely. That's the worst part. #exit:president
#scene:cecile_office #music:tension #char:cecile:worried
Cécile shuts her door behind us.
cecile: I'm not angry. I'm disappointed, and some of it is with myself. I left you on your own with this. #char:cecile:worried
{content == "content_wp_everyone":
  cecile: But Alice. A Defence white paper, sent to the entire planet. #char:cecile:tense
- else:
  cecile: But you saw the curve at the end of February. So did I. #char:cecile:tense
}
{list == "list_buy_merge":
  cecile: And that list. Hyper-targeted, the man said. Hyper-expired, more like.
}
cecile: Tomorrow, before the President, you and me. We open everything. Not to find someone to blame. To understand. #char:cecile:neutral
She doesn't say "you'll make it". I notice. She notices me noticing.
#scene:bedroom_night #music:night #sfx:clock_tick #prop:none
Thursday night. The logbook, because someone has to know the truth.
The more actions I launched, the fewer results I got. I've written that sentence four times. It won't turn into anything else.
{launch == "launch_blast" || course == "course_double_down":
  Every time the curve sagged, I added volume. More sends, more banners, more noise. And every extra send made the next one land a little less well{s_open_late < s_open_early:: {pct(s_open_early)} of delivered emails were opened in the first eight weeks, {pct(s_open_late)} after}.
- else:
  I did some of it carefully. Not enough of it, and not early enough.
}
{s_hard_bounce >= 2:
  Hard bounces: {pct(s_hard_bounce)}. I wasn't reaching people; I was reaching the back of a server.
}
Somewhere in those {fmt(s_raw)} forms were the {fmt(s_accepted)} people who genuinely wanted to talk to us. Had I known who they were before sending anything, I'd have needed a fraction of the emails.
The clues were there all along. Our own customers: who buys, who renews, which sectors, which job titles. I never asked the data. I asked the whole world, and the whole world said no thank you.
Tonight I dare open the dashboard's forecast tab: the same plan, replayed over {fmt(s_runs)} different springs. It hits the target about {fmt(s_p_objective)} times in a hundred.
{s_p_objective < 20:
  So it wasn't bad luck. It was the plan. Oddly, that's reassuring: a plan, at least, I can change.
- else:
  So luck could have helped. It didn't turn up. I'd rather not build the second half on it turning up.
}
aurelie: its not the end of the world. 2moro i bring u a croissant. 2 croissants. #sfx:phone_buzz #prop:sms
Two croissants. In Aurélie's language, a state funeral. #prop:none
Tomorrow Cécile and I start again: who we should be talking to, and how we'd know before we send.
Let's look at what really happened.
-> END

=== ending_short ===
#ending:ending_short #scene:president_review #music:tension #sfx:sting_bad #char:president:neutral
president: {pct(s_pct_target)}. Close. #char:president:neutral
president: Close is not a result. #char:president:tense
{
- s_accepted >= s_baseline:
  president: You are above last year. I'll grant you that. But I didn't ask for above last year.
- else:
  president: And still below last year. I'd like to understand how, with this budget.
}
{s_rising:
  cecile: If I may, the curve has been rising since March. The last weeks are the best of the semester. #char:cecile:neutral
  president: Then the semester was two weeks too short. #char:president:neutral
  He says it without a smile. I think it's the closest he comes to one.
- else:
  cecile: If I may, we now know where it slipped, week by week. #char:cecile:neutral
  president: Then it will not slip twice. #char:president:neutral
}
president: {eur(s_cost_per_lead)} per accepted lead. Send me your plan for the second half. One page. Not two.
Not a compliment. Not a sentence either. #exit:president
#scene:cecile_office #music:office #char:cecile:neutral
cecile: It's not enough. #char:cecile:neutral
cecile: It's not nothing, either. He only asks for plans from people he intends to keep. #char:cecile:happy
{answer == "answer_bravado":
  cecile: In December you promised to do everything. Next time, promise me to do less, better.
- else:
  cecile: You measured all the way. Now use it. You know exactly where it slipped.
}
cecile: You'll make it. In the second half, this time. #char:cecile:happy
#scene:alice_desk #music:night #sfx:keyboard
Six in the evening. I open a blank page and title it: "What I'd do differently".
{list == "list_buy_merge":
  Not buy that list. Or at least test a sample before pouring it into my base. The vendor's special price cost me a whole spring.
}
{content == "content_wp_everyone":
  Send the white paper to the people it was written for. Philippe was right that it was good. He was wrong about who it was good for.
}
{launch == "launch_blast":
  Test before I blast. One sample, two versions, two weeks. I saved two weeks in January and lost a month in June.
}
{course == "course_double_down":
  In March, stop instead of pushing harder. The curve was telling me something, and I turned the volume up to drown it out.
}
{s_sales_overload && course != "course_sales":
  Sit down with Marc in December, not June. Agree what a lead is before I send him hundreds of them: {fmt(s_lost)} qualified leads went cold in his queue.
}
{s_cut > 0:
  Add up the plan before finance does. They cut {eur(s_cut)} by their rule; I'd have cut different things.
}
{list != "list_buy_merge" && content != "content_wp_everyone" && launch != "launch_blast" && course != "course_double_down":
  Honestly? Most of my calls were sound. I made them too slowly. Every careful week in January was a week of leads missing in June.
}
And whatever else I change: look hard at who the {fmt(s_accepted)} accepted leads actually were, and go and find more of exactly those.
The dashboard's forecast tab replays the same plan over {fmt(s_runs)} different springs. It reaches the target about {fmt(s_p_objective)} times in a hundred.
{s_p_objective < 30:
  So mostly it was the plan. Bad luck only finished the job.
- else:
  So I landed on the wrong side of a coin that was nearly fair. Somehow that stings more.
}
aurelie: so close!!! ur my hero anyway. drinks 2nite, im paying, no argument #sfx:phone_buzz #prop:sms
Tonight, drinks. Tomorrow, the one-page plan. But first, the honest version. #prop:none
Let's look at what really happened.
-> END

=== ending_met ===
#ending:ending_met #scene:president_review #music:resolution #sfx:sting_good #char:president:neutral
He nods. Once. I'd like it on record.
president: That is the number I asked for. #char:president:neutral
president: At {eur(s_cost_per_lead)} per lead. The second half will be harder. Continue like this.
Cécile lets out a breath I think she's been holding since December. #char:cecile:happy
He shakes Cécile's hand, then mine. His hand is cold. I couldn't care less. #exit:president
#scene:cecile_office #char:cecile:happy
Behind her shut door, Cécile smiles. The first proper smile since the New Year.
cecile: I told you you'd make it. #char:cecile:happy
alice: You told me. You never told me how. #char:alice:happy
cecile: That was your job. So: how? #char:cecile:neutral
I try to answer honestly. It's harder than presenting.
cecile: Write it down tonight, before you start believing it was obvious. #char:cecile:neutral
{plan == "plan_analyse":
  Starting from the 2015 figures instead of my gut. Moving money away from the channels that never brought a single accepted lead.
}
{plan == "plan_target":
  The target account list. Fewer companies, chosen from our own customer data, and talked to properly.
}
{content == "content_wp_targeted":
  Giving the white paper to the people it was written for, not to the whole directory.
}
{content == "content_adapt":
  Philippe's sector versions. The same expertise, cut to each reader's size.
}
{list != "list_buy_merge":
  Not pouring a bought list straight into my base. The emailing platform and I stayed friends, and friends deliver.
}
{launch != "launch_blast":
  Sending less, to fewer people, and finding that they answered more.
}
{course == "course_data":
  And March. The moment I stopped, when every instinct told me to send more.
}
{course == "course_sales":
  And March, with Marc. One definition of a lead, agreed by both sides, and every lead called within the week.
}
{s_sales_overload:
  And one thing that didn't work: Marc's team, drowning. {fmt(s_lost)} of my qualified leads waited too long for a call. The target was met with leads left on the table.
}
{plan == "plan_scale_all" || content == "content_wp_everyone" || list == "list_buy_merge" || launch == "launch_blast":
  And, to be fair, not everything I did was clever. Some of it worked in spite of me. I'd like to know which part before I do it again.
}
#scene:aurelie_office #char:aurelie:happy #char:philippe:neutral
Aurélie is waiting with two coffees and a face that has already heard. Philippe is there too, for reasons nobody explains.
aurelie: I KNEW it. I knew it! #char:aurelie:happy
{content == "content_wp_everyone":
  philippe: I did say it would interest everyone. #char:philippe:happy
  I let him have it. Today I'd let anyone have anything.
- else:
  philippe: I've drafted versions for eleven more sectors. Beekeeping is borderline, I admit. #char:philippe:happy
  I have no idea whether he's joking. I don't think he knows either.
}
aurelie: Don't listen to him. Lunch. Now. No spreadsheets until two. #char:aurelie:happy
#scene:alice_desk #music:resolution
Two o'clock. I open a spreadsheet, obviously. The dashboard's forecast tab replays my plan over {fmt(s_runs)} different springs.
{s_p_objective < 50:
  It meets the target about {fmt(s_p_objective)} times in a hundred. So I made it, and I was lucky. I'd rather not need the luck next time.
- else:
  It meets the target about {fmt(s_p_objective)} times in a hundred. Not a fluke, then. Something in it actually works.
}
Let's look at what really happened.
-> END

=== ending_beyond ===
#ending:ending_beyond #scene:president_review #music:resolution #sfx:sting_good #char:president:surprised
He picks the page up again and rereads it. I've never seen him do that.
president: {pct(s_pct_target)} of the target. At {eur(s_cost_per_lead)} per accepted lead. #char:president:surprised
president: If I gave you more budget for the second half, what would you do with it? #char:president:neutral
alice: Honestly? Nothing more. The same things, aimed better. #char:alice:neutral
president: Good answer. In September I'd like you to present your method to the other business units. All of them. #char:president:happy
Cécile looks at me like a parent at the egg-and-spoon race. #char:cecile:happy
My method. I have the summer to work out what it was. #exit:president
In the lift, Cécile presses the button three times, which is what she does instead of dancing.
cecile: I told you you'd make it. I never said you'd show off. #char:cecile:happy
alice: I'll tone it down for September. #char:alice:happy
#scene:sales_floor #music:office #char:marc:neutral
Afternoon. I go down to sales, because nobody from marketing ever goes there to say thank you.
Marc sees me crossing the floor and doesn't get up.
marc: So. The President's new favourite. #char:marc:neutral
marc: Your leads. They weren't bad. Some of them even picked up the phone. #char:marc:happy
From Marc, that's a standing ovation. Behind a partition, one of his reps actually claps. #sfx:applause
{s_sales_overload:
  marc: But next time, warn me. My lads worked Saturdays in May. Send me the same kind. Not more of them. #char:marc:tense
- else:
  marc: Don't send me more. Send me the same kind. That's all I ask. #char:marc:neutral
}
{course == "course_sales":
  alice: We wrote the definition together, Marc. Half of this is yours. #char:alice:happy
  marc: I know. I was waiting to see if you'd say it. #char:marc:happy
- else:
  alice: Noted. Same kind. I'll have it embroidered. #char:alice:happy
  marc: Don't push it. #char:marc:neutral
}
#scene:alice_desk #music:night #sfx:keyboard
Evening. The title of my first slide for September: "The method". Subtitle: "Or how I learned to send less".
{plan == "plan_scale_all" || launch == "launch_blast" || list == "list_buy_merge":
  The honest slide would say I also did things I wouldn't recommend to anyone.
- else:
  The honest slide would say it wasn't genius. It was aiming at the right people, sending less, and listening to sales.
}
The dashboard's forecast tab replays the same plan over {fmt(s_runs)} different springs. It clears the target about {fmt(s_p_objective)} times in a hundred.
{s_p_objective < 50:
  So I also had a lucky spring. Luck is not a method. I'll keep it out of the slides.
- else:
  So it wasn't luck. Good. I'll still wear my lucky socks in September.
}
aurelie: PRESIDENTS FAVOURITE!!! philippe wants 2 co-present in september, i said over my dead body lol #sfx:phone_buzz #prop:sms
Before I teach anyone anything, let's look at what really happened. #prop:none
-> END
