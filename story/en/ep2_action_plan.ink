// Episode 2 — The Action Plan (first half). The night, Cécile's office, three days at the desk,
// D1 (plan) and D2 (answer). Hands over to d3_content.
// Flavour choice: night_laptop / night_sheep (rejoins at once).

=== ep2_night ===
#episode:2
#scene:bedroom_night #music:night #sfx:clock_tick
Logbook, the same night. 2:47 a.m., says the alarm clock, glowing at me from the bedside table like a disappointed parent.
I close my eyes. A spreadsheet opens.
Not a friendly one. An endless one. Rows and rows and rows, scrolling down by themselves, and never a total at the bottom.
Curves start to climb, then change their minds. Pie charts multiply behind my eyelids like rabbits.
Every slice is labelled "H1 2016". Every slice is empty.
I turn over. The spreadsheet turns over with me. It has clearly decided we're sharing the bed from now on.
{
- confidence > 0:
  This morning I was clapping like a fan in a stadium. Tonight the stadium is empty and the scoreboard says nil.
- confidence < 0:
  This morning my mental spreadsheet went red during the applause. Tonight it has brought friends.
- else:
  This morning I asked for fifty per cent, as a joke. At three in the morning, jokes stop being funny. Twenty already looks like Everest.
}
3:12 a.m. Twenty per cent more than last year. I don't even know last year's figure by heart. #sfx:clock_tick
* [Get up, open the laptop and look for it. #id:night_laptop]
  I pad into the living room and open the laptop. The screen lights my face from below, like a horror film. #sfx:keyboard
  The 2015 reports are on the shared drive, which of course I can't reach from home. So I create a new spreadsheet.
  It has a title, "ACTION PLAN H1 2016", and nothing else. I stare at the title until the title stares back.
* [Stay in bed and count sheep. Proper woolly ones. #id:night_sheep]
  One sheep. Two sheep. The third sheep is wearing a lanyard and wants to schedule a call.
  By sheep forty they're jumping the fence in a neat line graph. By sheep sixty, the line is heading down.
- Somewhere around four, I must drift off. It lasts about as long as a coffee break.
#scene:bedroom_dawn #sfx:alarm_clock #music:silence
BRRRRING. The alarm clock drags me out of the nightmare, and I jump so hard the duvet ends up on the floor. #char:alice:surprised
Lovely. Now I get to go to work and have the same nightmare with the lights on.
Grey light, yesterday's cold tea on the bedside table, and in the mirror a face like an error page. #char:alice:worried
I tell my reflection that it's only a number. My reflection doesn't look convinced either.
Coffee, strong enough to stand a spoon in. Metro. Badge. Lift. The building smells of floor polish and New Year resolutions.
-> ep2_cecile_office

=== ep2_cecile_office ===
#scene:cecile_office #music:tension #sfx:door_knock
9:05. I haven't even taken my coat off when a message from Cécile pops up: "My office, please." So I knock.
cecile: Come in. Close the door, would you? #char:cecile:tense
I like Cécile. She's a real professional, and I've learned more in two years next to her than in all my years of studying.
But she's a consumer marketer at heart. She runs marketing and communication for the whole Group, and B2B is my patch. She trusts me with it. Sometimes a bit too much.
This morning she's smiling the way people smile in a dentist's waiting room.
cecile: I've just come out of a meeting with the President. #char:cecile:tense
cecile: I don't need to tell you he's unhappy with B2B in France. You heard him yesterday. Let's just say that in private, he went into detail. #char:cecile:worried
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
cecile: I need an action plan to hit the first-half target. And I need it quickly. #char:cecile:tense
She leaves a silence and glances out of the window. When she turns back, she seems tired. Really tired. #char:cecile:worried
cecile: I need you on this one, Alice. Can you get me a proposal fast?
alice: Yes, of course. I'm on it. #char:alice:neutral
It comes out on its own, in a calm, competent voice, as if I'd had the solution in my handbag since Christmas.
I'm on it. Marvellous. On what, exactly? Twenty per cent more leads in six months doesn't come out of a hat. I've checked my hat. It's empty.
cecile: Thank you. Really. #char:cecile:happy
cecile: You'll make it.
I nod. I'd love to believe her. I'd love it to be a prophecy, and not just a kind way of ending a meeting.
On the way back to my desk, I go over the President's words one more time. Not clicks. Not likes. Leads accepted by sales.
That's not the number I usually put in my reports. My reports count form fills, downloads, people who ticked a box.
His number counts the ones a salesperson agrees to call back. Same word, "lead". Completely different animal.
-> d1_plan

=== d1_plan ===
#scene:alice_desk #music:office #sfx:keyboard
Three days. That's what I've given myself. Three days and three nights, if you count the ones I spend lying awake redesigning slides in the dark.
Day one, I dig out everything we did last year and spread it over my desk, which now looks like a crime scene. #prop:none
Campaign reports, a pile of trade-show badges, a media kit, two mugs, and a third mug I have no memory of using.
"You'll make it." Cécile's words go round and round in my head, like a jingle you can't get rid of.
By the evening, I have three ideas and two days left. I only have time to build one properly. Not the font, not the slides: the idea.
The first one is right there, waiting: take everything we did in the first half of 2015, the emailings, the social posts, the ad space we bought, the trade shows, and turn every dial up.
It's quick. It fits on one slide. Cécile can take it upstairs by lunchtime, and nobody will ever be able to say we didn't try.
The second: before spending a single euro, open the 2015 numbers. Which channel actually brought in qualified leads, and what did each one cost? Then move the money.
It's sensible. It's also two more days inside the spreadsheets that haunt my nights, and it might mean cutting things people are fond of.
The third: the road everyone at conferences keeps talking about. Start from our customer data and from market signals, and build the list of companies we should really be talking to.
Big data! It sounds like the future. It also sounds like fewer names, a lot more work, and a President who counts leads, not clever ideas.
11 p.m., still day one. The cleaners have switched off half the lights on the floor. The hum of the vending machine is my only colleague. Time to choose. #music:tension #sfx:clock_tick
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
I open last year's plan and save it under a new name. That isn't cheating. It's capitalising on experience. #music:office #sfx:keyboard
Emailing: more sends, to more people, more often. Our contacts love hearing from us. Probably.
Social media: more posts, on every network where we have an account, including the one nobody has logged into since 2014.
Ad space: more banners, in more media. If our logo isn't everywhere, how will anyone know we exist?
Trade shows: one more than last year. I make a note to buy comfortable shoes.
Every row of the spreadsheet gets a bigger number in the 2016 column. It looks muscular. It looks like effort.
A small voice asks whether twenty per cent more of everything really brings twenty per cent more leads. I tell the small voice it's past midnight and it should be in bed.
It's done by the end of day two. I spend day three polishing: a timeline with lots of arrows. Arrows make everything look like it's moving forward.
1:30 a.m. on the third night, I print it. It's thick, and it feels heavy in the hand, which is somehow reassuring. #sfx:paper_rustle
-> d2_answer

= analyse
I ask the shared drive for every 2015 report it has. It gives me forty files, three of them called "FINAL" and one called "FINAL_v2_really". #music:office #sfx:keyboard
Then I ask the sales team which of last year's leads they actually accepted. The export arrives a day late, with half the columns empty.
By the second night, a picture starts to form. Blurry, but a picture.
Emailing brought in most of the form fills, by a mile. It also brought in most of the people who never picked up when sales called.
Trade shows brought in far fewer contacts, but the best ones: real projects, real budgets. And a stand costs an arm, a leg and a buffet.
The banners brought impressions. Oceans of impressions. Leads, almost none.
Social media: lovely engagement, mostly from our own employees liking our own posts.
So my plan doesn't say "more". It says "more here, less there": cut what didn't deliver, move the budget to what did, and judge everything by what a qualified lead costs, not by clicks.
It's thinner than a big "more of everything", and half of it is charts. It looks less impressive. It also looks more like the truth. I think.
Nobody will thank me for killing the banners. But nobody will thank me in June for banners that brought nothing, either.
There are holes in the data everywhere, and I've spent two days down a mine. But for once, my pie charts are telling the truth. #sfx:paper_rustle
-> d2_answer

= target
I start with the people who already pay us. Who are our best business customers? Which sectors, what size, how many sites, how many mobile lines? #music:office #sfx:keyboard
Then I look for the companies that resemble them and aren't with us yet.
Then the signals: a firm opening a new site, hiring like mad, winning a public contract, merging with another one, renewing its fleet of phones. A company on the move needs an operator.
That's the famous "big data" road. In real life, it's me at one in the morning, cross-checking a customer export against business news, one browser tab at a time.
The customer file is full of gaps. Half the sectors just say "Other". I fill in what I can by hand, and I swear at the database very quietly so as not to wake the night guard.
By the third night, I have a list. Not a long one: companies with a reason to talk to us now, ranked by how much they look like our best customers.
The plan: fewer contacts but the right ones, messages written for them, and sales in the loop from day one.
It's bold. It's also far fewer people than we mailed last year, and I can already hear someone asking why I'm talking to fewer people when the target is more leads.
Still, for the first time in three days, I'm not just guessing. I'm looking for the people who might actually need us.
I print it anyway. A slim plan and a very fat appendix. #sfx:paper_rustle
-> d2_answer

=== d2_answer ===
#scene:cecile_office #music:tension #sfx:door_knock
Next morning, nine o'clock sharp. I knock on Cécile's door, holding my plan like a school report. #char:cecile:tense
I put it down on her desk. She pulls it towards her without a word. #prop:action_plan #sfx:paper_rustle
She reads. Properly, every page. Cécile never skims. It's one of the things I admire about her, and right now one of the things I could happily do without.
{
- plan == "plan_scale_all":
  She turns the pages. More emailing, more posts, more banners, one more trade show. She nods at every "more". #char:cecile:neutral
  cecile: It's thorough. He'll see we're pulling out all the stops.
  cecile: And it's easy to explain. That counts, upstairs.
- plan == "plan_analyse":
  She stops at the page where I cut the banners and taps it with her pen. #char:cecile:surprised
  cecile: You're cutting the banners? The President reads those magazines, you know. He likes seeing our logo in them.
  alice: Last year they brought us almost nothing. The trade shows did, and the emailing could, if we're smarter with it. #char:alice:neutral
  cecile: Hm. #char:cecile:neutral
- else:
  She reaches the list of accounts and frowns. She flicks back a few pages, then forward again. #char:cecile:surprised
  cecile: So we'd be contacting fewer companies than last year? To get more leads?
  alice: Fewer companies, but the right ones. The ones with a reason to buy now. #char:alice:neutral
  cecile: The President counts, Alice. He doesn't read appendices. #char:cecile:worried
}
She closes the document and lays her hand flat on it. Then she looks up at me. #char:cecile:worried
cecile: Do you think that will be enough?
There it is. The question. The honest answer is: I have no idea, but I very much hope so.
She has the President breathing down her neck. She needs something to take upstairs: a plan, and someone who believes in it.
But if I make a promise and it doesn't work, my promise is exactly what everyone will remember in June.
* [I'll do everything to make it work! #id:answer_bravado]
  ~ answer = "answer_bravado"
  alice: I'll do everything to make it work! #char:alice:happy
  It comes out loud and bright, like a slogan. I almost believe it myself.
  Cécile's shoulders drop about a centimetre. For the first time in three days, she smiles. #char:cecile:happy
  cecile: That's what I needed to hear.
  Somewhere at the back of my head, the small voice from the night clears its throat. I ignore it. I'm getting good at that.
* [Honestly? I can't know yet. I'll track it weekly and adjust. #id:answer_measure]
  ~ answer = "answer_measure"
  alice: Honestly? I can't know yet. Nobody can. But I'll track the results every week, and if something isn't working, I'll change course on the way, not find out in June. #char:alice:neutral
  Silence. Cécile looks at me for a long moment. I can hear the clock on her wall. #char:cecile:surprised #sfx:clock_tick
  cecile: "I can't know yet." The President is going to love that. #char:cecile:tense
  cecile: But I'd rather have that than a promise. Every Monday, one page on my desk: what went out, what came back, what sales accepted. #char:cecile:neutral
  alice: Every Monday. Deal. #char:alice:happy
  That's one more job on my list, every single week. Oddly enough, it weighs less than a promise would have.
- cecile: Right. Go for it! #char:cecile:happy #music:office
Go for it. Full speed ahead. Straight into the wall, perhaps? The joke is right there, on the tip of my tongue.
I swallow it. Some jokes belong in a diary, not in your boss's office.
alice: Let's go! #char:alice:happy
Less funny. A lot safer. I slip out before she can read it a second time.
Back in the open space, I drop into my chair. The plan is handed in. Now all I have to do is make it work, with what I've got.
And what I've got, for now, is a contact base, a budget, and a head full of pie charts.
-> d3_content
