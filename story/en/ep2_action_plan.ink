// Episode 2 — The Action Plan (first half). The night, Cécile's office, three days at the desk,
// D1 (plan) and D2 (answer). Hands over to d3_content.
// Flavour choice: night_laptop / night_sheep (rejoins at once).

=== ep2_night ===
#episode:2
#scene:bedroom_night #music:night #sfx:clock_tick
Logbook, the same night. 2:47 a.m., says the alarm clock, glowing at me like a disappointed parent.
I close my eyes. A spreadsheet opens: endless rows scrolling by themselves, never a total at the bottom.
Pie charts multiply behind my eyelids like rabbits. Every slice is labelled "H1 2016". Every slice is empty.
I turn over. The spreadsheet turns over with me.
{
- confidence > 0:
  This morning I was clapping like a fan in a stadium. Tonight the stadium is empty and the scoreboard says nil.
- confidence < 0:
  This morning my mental spreadsheet went red during the applause. Tonight it has brought friends.
- else:
  This morning I asked for fifty per cent, as a joke. At three in the morning, twenty already looks like Everest.
}
3:12 a.m. Twenty per cent more than last year. I don't even know last year's figure by heart. #sfx:clock_tick
* [Get up, open the laptop and look for it. #id:night_laptop]
  In the living room, the laptop lights my face from below, like a horror film. #sfx:keyboard
  The 2015 reports are on the shared drive, out of reach from home. So I create a spreadsheet called "ACTION PLAN H1 2016" and stare at the title until it stares back.
* [Stay in bed and count sheep. Proper woolly ones. #id:night_sheep]
  One sheep. Two sheep. The third sheep is wearing a lanyard and wants to schedule a call.
  By sheep forty they're jumping the fence in a neat line graph. By sheep sixty, the line is heading down.
- Somewhere around four, I drift off. It lasts about as long as a coffee break.
#scene:bedroom_dawn #sfx:alarm_clock #music:silence
BRRRRING. I jump so hard the duvet ends up on the floor. #char:alice:surprised
Now I get to have the same nightmare at work, with the lights on.
In the mirror, a face like an error page. #char:alice:worried
Coffee, metro, badge, lift. The building smells of floor polish and the tinsel someone has wound round the lift buttons.
-> ep2_cecile_office

=== ep2_cecile_office ===
#scene:cecile_office #music:tension #sfx:door_knock
9:05. My coat is still on when a message from Cécile pops up: "My office, please."
cecile: Come in. Close the door, would you? #char:cecile:tense
I like Cécile; I've learned more from her in two years than in all my studies. She runs marketing and communication for the whole Group, a consumer marketer at heart. B2B is my patch. She trusts me with it. Sometimes too much.
cecile: I've just come out of a meeting with the President. #char:cecile:tense
cecile: You heard him yesterday. In private, he went into detail. #char:cecile:worried
{
- confidence > 0:
  cecile: I saw you applauding, by the way. At least one of us believed in it. #char:cecile:neutral
- confidence < 0:
  cecile: I saw your face during the applause, by the way. I had the same one. #char:cecile:neutral
- else:
  cecile: And no jokes about fifty per cent today, please. I'm not in the mood. #char:cecile:neutral
}
cecile: He's going to follow the results closely. Which means I'm going to follow them closely. Which means... #char:cecile:tense
alice: ...that I'm going to follow them closely. #char:alice:neutral
cecile: I need an action plan to hit the first-half target. Quickly. #char:cecile:tense
She looks tired. Really tired. #char:cecile:worried
cecile: I need you on this one, Alice. Can you get me a proposal fast?
alice: Yes, of course. I'm on it. #char:alice:neutral
It comes out in a calm, competent voice, as if I'd had the solution in my handbag since Christmas.
On what, exactly? Twenty per cent more leads don't come out of a hat. I've checked my hat.
cecile: Thank you. Really. #char:cecile:happy
cecile: You'll make it.
I'd love that to be a prophecy, and not just a kind way of ending a meeting.
Back at my desk, I replay his words: leads accepted by sales. Not clicks. Not likes.
My reports count form fills, downloads, people who ticked a box. His number counts the ones a salesperson agrees to call back. Same word, "lead". Completely different animal.
-> d1_plan

=== d1_plan ===
#scene:alice_desk #music:office #sfx:keyboard
I give myself three days. And, it turns out, three nights.
Day one, last year's campaign reports, trade-show badges and media kits cover my desk like a crime scene. #prop:none
By the evening I have three ideas, and time to build only one properly.
The first is right there, waiting: take everything we did in the first half of 2015, the emailings, the social posts, the ad space we bought, the trade shows, and turn every dial up.
Quick, one slide, and nobody can say we didn't try.
The second: before spending a euro, open the 2015 numbers. Which channel actually brought in qualified leads, and at what cost? Then move the money.
Sensible. Also two more days in the spreadsheets that haunt my nights, and cuts to things people are fond of.
The third: the road everyone at conferences talks about. Start from our customer data and from market signals, and build the list of companies we should really be talking to.
Big data! Sounds like the future. Also like fewer names, much more work, and a President who counts leads, not clever ideas.
11 p.m., the vending machine humming. Time to choose. #music:tension #sfx:clock_tick
* [Take everything we did last year and turn it all up. #id:plan_scale_all]
  ~ plan = "plan_scale_all"
  -> scale_all
* [Open the 2015 numbers first, then move money to what worked. #id:plan_analyse]
  ~ plan = "plan_analyse"
  -> analyse
* [Build a target account list from our customer data and signals. #id:plan_target]
  ~ plan = "plan_target"
  -> target

= scale_all
I save last year's plan under a new name. Not cheating: capitalising on experience. #music:office #sfx:keyboard
Emailing: more sends, more often: three a month to everyone instead of two. Our contacts love hearing from us. Probably.
Social media: more posts, on every network, even the one nobody has logged into since 2014.
Ad space: banners in more media, a little less each week so the extra fair fits the budget. If our logo isn't everywhere, how will anyone know we exist?
Trade shows: one more than last year. Note to self: comfortable shoes.
Every row gets a bigger number for 2016. It looks muscular. It looks like effort.
A small voice asks whether twenty per cent more of everything really brings twenty per cent more leads. I tell it to go to bed.
Day three goes on a timeline with arrows. Arrows make everything look like progress.
I print it at 1:30 a.m. It's thick and heavy, which is somehow reassuring. #sfx:paper_rustle
-> d2_answer

= analyse
I ask the shared drive for every 2015 report. It gives me forty files, three called "FINAL" and one "FINAL_v2_really". #music:office #sfx:keyboard
Sales send me the leads they actually accepted last year: a day late, half the columns empty.
By the second night, a blurry picture forms.
Emailing brought most of the form fills, by a mile. It also brought most of the people who never picked up when sales called.
Trade shows brought far fewer contacts, but the best ones: real projects, real budgets. And a stand costs an arm, a leg and a buffet.
The banners brought oceans of impressions. Leads, almost none.
Social media: lovely engagement, mostly from our own employees liking our own posts.
So my plan doesn't say "more". It says "more here, less there": cut what didn't deliver, move the budget to what did, and judge everything by what a qualified lead costs, not by clicks.
Less impressive than "more of everything". More like the truth, I think.
Nobody will thank me for killing the banners. Nobody will thank me in June for banners that brought nothing, either. #sfx:paper_rustle
-> d2_answer

= target
I start with our best business customers: which sectors, what size, how many sites, how many mobile lines? #music:office #sfx:keyboard
Then the companies that resemble them and aren't with us yet.
Then the signals: a firm opening a site, hiring like mad, winning a public contract, merging, renewing its phones. A company on the move needs an operator.
The famous "big data" road, in real life: me at one in the morning, cross-checking a customer export against business news, one browser tab at a time.
Half the sectors in the customer file say "Other". I fill in what I can by hand, swearing quietly.
By the third night, I have a list. Not a long one: companies with a reason to talk to us now, ranked by how much they look like our best customers.
The plan: fewer contacts but the right ones, messages written for them, and sales in the loop from day one.
I can already hear someone asking why I'm talking to fewer people when the target is more leads.
But for once I'm not guessing. A slim plan, and a very fat appendix. #sfx:paper_rustle
-> d2_answer

=== d2_answer ===
#scene:cecile_office #music:tension #sfx:door_knock
Next morning, nine sharp. I knock on Cécile's door, holding my plan like a school report. #char:cecile:tense
She reads every page without a word. Cécile never skims. #prop:action_plan #sfx:paper_rustle
{
- plan == "plan_scale_all":
  More emailing, more posts, more banners, one more trade show. She nods at every "more". #char:cecile:neutral
  cecile: It's thorough. He'll see we're pulling out all the stops. And it's easy to explain. That counts, upstairs.
- plan == "plan_analyse":
  She stops at the page where I cut the banners and taps it with her pen. #char:cecile:surprised
  cecile: You're cutting the banners? The President reads those magazines. He likes seeing our logo in them.
  alice: Last year they brought us almost nothing. The trade shows did, and the emailing could, if we're smarter with it. #char:alice:neutral
  cecile: Hm. #char:cecile:neutral
- else:
  She reaches the list of accounts and frowns. #char:cecile:surprised
  cecile: So we'd contact fewer companies than last year? To get more leads?
  alice: Fewer companies, but the right ones. The ones with a reason to buy now. #char:alice:neutral
  cecile: The President counts, Alice. He doesn't read appendices. #char:cecile:worried
}
She closes the document and looks up at me. #char:cecile:worried
cecile: Do you think that will be enough?
The honest answer: no idea. But I very much hope so.
She has the President breathing down her neck and needs something to take upstairs: a plan, and someone who believes in it.
But if I make a promise and it fails, my promise is exactly what everyone will remember in June.
* [I'll do everything to make it work! #id:answer_bravado]
  ~ answer = "answer_bravado"
  alice: I'll do everything to make it work! #char:alice:happy
  It comes out loud and bright, like a slogan. I almost believe it myself.
  Cécile's shoulders drop a centimetre. For the first time in three days, she smiles. #char:cecile:happy
  cecile: That's what I needed to hear.
  At the back of my head, the small voice from the night clears its throat. I ignore it.
* [Honestly? I can't know yet. I'll track it weekly and adjust. #id:answer_measure]
  ~ answer = "answer_measure"
  alice: Honestly? I can't know yet. Nobody can. But I'll track the results every week, and if something isn't working, I'll change course on the way, not find out in June. #char:alice:neutral
  Cécile looks at me for a long moment. I can hear the clock on her wall. #char:cecile:surprised #sfx:clock_tick
  cecile: "I can't know yet." The President is going to love that. #char:cecile:tense
  cecile: But I'd rather have that than a promise. Every Monday, one page on my desk: what went out, what came back, what sales accepted. #char:cecile:neutral
  alice: Every Monday. Deal. #char:alice:happy
  One more job every week. Oddly, it weighs less than a promise would have.
- cecile: Right. Go for it! #char:cecile:happy #music:office
Full speed ahead. Straight into the wall, perhaps? I swallow the joke.
alice: Let's go! #char:alice:happy
Less funny. A lot safer.
Back at my desk, the plan handed in, I take stock of what I've got: a contact base, a budget, and a head full of pie charts.
-> d3_content
