// Episode 2, second half: from the white paper to the launch (D3 content, D4 list, D5 launch).
// The FR file mirrors this one line by line: same knots, choices, ids, logic and non-text tags.

=== d3_content ===
#scene:alice_desk #music:office #prop:action_plan
Right. First question, and not a small one: what do I say to my contacts? Under what pretext do I knock on their inboxes?
The honest version writes itself. "Dear Sir or Madam, please give all your telecom business to the Group, or I'll be in trouble."
"If you won't do it for yourself, do it for me. For my family. For my President."
No. I'm not there yet. Give it a fortnight.
{
- plan == "plan_scale_all":
  My plan says more of everything: more emails, more posts, more banners, more stands. More of everything still needs a reason to exist.
- plan == "plan_analyse":
  I've pulled 2015 apart line by line. The only emails sales ever thanked me for had something useful inside. A guide, a study, an answer. Not a discount.
- else:
  I have my list of target accounts now, ranked by every signal I could find. Lovely. And what do I send them? "Hello, our spreadsheet likes you"?
}
{
- confidence > 0:
  The optimist in me says it's only a content problem, and content problems have solutions.
- confidence < 0:
  The pessimist in me, who has done most of the talking since the speech, says content is the least of my problems.
- else:
  The part of me that jokes in meetings says content is easy: just write "please". The rest of me isn't laughing.
}
Either way, I have nothing new to say. Nothing that would make a busy IT director stop scrolling.
My phone buzzes on the desk. #sfx:phone_buzz #prop:sms
aurelie: cn u come up? got sthg 4 ur campaign. + choc biscuits
Aurélie. She was the only one who texted me after the President's speech. For that, I'd follow her anywhere. Even up two floors.

#scene:aurelie_office #prop:none
aurelie: There she is! Sit down. Biscuit. Tell me everything. #char:aurelie:happy
Aurélie runs Communication. We arrived within a few months of each other, and we've been swapping tiny triumphs and epic disasters ever since, at work and outside it.
So I tell her everything. Cécile's jaw, the word "quickly", my plan, my answer.
{answer == "answer_bravado": I do an impression of myself saying "I'll do everything to make it work!", fist in the air. Aurélie laughs so hard she drops her biscuit.|I do an impression of myself saying "I'll measure weekly and correct", in my most grown-up voice. Aurélie laughs and calls me "the auditor".}
We invent a motto for the department. Twenty percent more leads, or twenty percent more biscuits. #char:aurelie:happy
But our hearts aren't really in it. The laughs come a little too fast and stop a little too soon. #char:aurelie:worried
aurelie: Right. I might actually have something for you. #char:aurelie:neutral #prop:white_paper #sfx:paper_rustle
She slides a document across the desk, still warm from the printer.
"Securing mobile devices in Defence: lessons from the field." Forty pages. A grey cover with a padlock on it.
aurelie: Philippe and I finished it last week. Well, Philippe wrote it. I made it readable. Mostly. #char:aurelie:happy
I leaf through it. Encryption, containers, remote wipe, something called "hardened boot chains". A diagram that looks suspiciously like a submarine.
alice: It's lovely, Aurélie. But it's mostly for secret agents, and I don't have many of those in my base.
alice: The ones I do have probably signed up under false names.
aurelie: That's what I said! But Philippe says it interests everyone. Hang on. #char:aurelie:surprised
She leans out of her door and calls down the corridor. Ten seconds later, a knock on the door frame. #sfx:door_knock
philippe: You called? #char:philippe:neutral
Philippe is one of our best engineers. He talks in complete sentences, with footnotes.
aurelie: Tell Alice who your white paper is for. #char:aurelie:happy
philippe: Everyone. #char:philippe:happy
philippe: Every company has mobile phones. Every phone is a door. Defence simply has the most motivated burglars.
alice: A chain of bakeries in Lyon, Philippe. Does a chain of bakeries lose sleep over hardened boot chains?
philippe: It should. Page twenty-three. #char:philippe:neutral
He says it with total sincerity, the way you'd tell someone their shoelace is undone.
* [Tell him he lives in a parallel world. #id:content_quip_aloud]
  alice: Everyone in your world, maybe. But you live in a parallel one, Philippe. #char:philippe:surprised
  Aurélie chokes on her biscuit. Philippe thinks about it, genuinely, for a good five seconds.
  philippe: Statistically, we all do. I'll take that as a compliment. #char:philippe:happy
* [Smile, nod, and keep the thought to myself. #id:content_quip_inside]
  I smile and nod. Inside, the thought writes itself: everyone in his world, maybe. But Philippe lives in a parallel one. #char:philippe:happy
  A world where people read threat models on the beach and every phone is a door with a burglar behind it.
  Aurélie catches my eye. She has heard the thought anyway. She always does. #char:aurelie:happy
- Somewhere between a giggle and a panic attack, that's me right now. Because he isn't entirely wrong, and I'm not entirely right, and the clock is ticking. #sfx:clock_tick
To be fair, security is all anyone talks about. Every week there's a hack in the papers. Everybody has a phone. Nobody has anything else new to send.
aurelie: So? Will you use it? It's the only new thing we've got this quarter. #char:aurelie:worried
{
- plan == "plan_target":
  I think of my target account list. A few defence contractors, two ministries, some big banks. The paper fits them like a glove. The other names on my list, less so.
- answer == "answer_bravado":
  I told Cécile I'd do everything. Right now, everything is forty pages about submarines.
- else:
  I promised Cécile numbers I could read. Whatever I do with this paper, I'll have to explain why.
}
* [Pitch it to everyone: security concerns every company. #id:content_wp_everyone]
  ~ content = "content_wp_everyone"
  alice: You know what? Philippe's right. Security concerns every company. #char:philippe:happy
  philippe: I usually am. It's rarely any use to me.
  aurelie: My white paper is going to everyone! I'm framing this day. #char:aurelie:happy
  Back at my desk, I try to write the pitch. #scene:alice_desk #sfx:keyboard #exit:all
  Draft one: "Why Defence matters to you." Who is "you"? Everyone. That's rather the problem.
  Draft two: "What the armed forces can teach your business about mobile security." Better. It almost sounds deliberate.
  By draft four, a florist with a company phone is practically on the front line, and an accountant's tablet is a matter of national security.
  Editorial contortionism. I should put it on my CV: "extremely flexible".
  And yet. Everybody has heard of a hack. Everybody has a phone. It could work. It really could.
* [Send it only to those who lose sleep over security. #id:content_wp_targeted]
  ~ content = "content_wp_targeted"
  alice: I'll send it to the people it was written for. Defence, public sector, large accounts. The ones who lose sleep over this.
  philippe: That is a smaller number than everyone. #char:philippe:surprised
  alice: It is a smaller number than everyone, yes. Well spotted.
  aurelie: Won't that be a bit... small? For twenty percent more? #char:aurelie:worried
  It will. That's exactly the part that ties my stomach in knots.
  Back at my desk, I filter my base. Defence. Public sector. Companies above a certain size. #scene:alice_desk #sfx:keyboard #exit:all
  The contact count drops with every filter, like a lift going down to the car park.
  But the people left will open it, I think. They might actually read it. A few might even reach page twenty-three.
  The rest of my base will have to wait for something that's actually about them.
* [Rework it with Philippe into short versions per sector. #id:content_adapt]
  ~ content = "content_adapt"
  alice: Philippe, what if we cut it into short versions? One per sector: healthcare, transport, finance, public sector. Four pages each, their problems, their words.
  Philippe's face lights up. I've never seen that happen. I didn't know it could. #char:philippe:happy
  philippe: Hospitals! Tablets on the wards, unencrypted. Delivery drivers with handhelds. Bank advisers working on the train. I have notes on all of them.
  philippe: I've been waiting three years for someone to ask me that.
  aurelie: I'll do the layouts. With pictures. Not of submarines. #char:aurelie:happy
  alice: How long?
  philippe: Properly? Three weeks. Four, if I'm allowed to be accurate. #char:philippe:neutral
  Weeks. My calendar doesn't have weeks. My calendar has "early February" circled in red.
  I tell Cécile that evening. #scene:cecile_office #exit:all #char:cecile:tense
  cecile: Three weeks? Alice, the President asks me every Monday where we are.
  alice: We'll have something that speaks to each sector. Not just to submarines.
  She rubs her temples. Then comes the smile, the slightly tired one. #char:cecile:neutral
  cecile: All right. But not a day more. You'll make it.
  "You'll make it." Everyone around here seems so much surer of that than I am.
- {answer == "answer_bravado": I said I'd do everything. Apparently everything starts with one white paper and a lot of hope.|I said I'd measure and correct. At least now there's something to measure.}
-> d4_list

=== d4_list ===
#scene:alice_desk #music:office #sfx:keyboard
A few days later. The end of January is approaching at the speed of a TGV.
{
- content == "content_wp_everyone":
  The pitch is written. "Lessons from Defence for every business." I've reread it so often that it's starting to sound true.
- content == "content_wp_targeted":
  My short list is ready. Short being the key word.
- else:
  Philippe sends me drafts at eleven at night, with subject lines like "v7 FINAL (real)". Aurélie has officially banned submarines.
}
Meanwhile, there's my base. Let's be honest: my base is a shoebox.
Badges scanned at trade shows in 2013. A partner webinar. A few thousand people who once asked for a quote and never heard back.
Some have changed jobs. Some have changed companies. At least one, I'm fairly sure, has retired to the Dordogne.
The phone rings. Unknown number. #scene:phone_call #sfx:phone_ring #char:vendor:happy
vendor: Good morning! Alice, is it? The B2B marketing manager? Fantastic.
vendor: I'll be quick, because I know how busy you are. I hear you're working on Defence.
How has he heard? I haven't even told my mother.
vendor: I have a prospect base that is hyper-targeted on Defence. Hyper-targeted. Thousands of decision makers, with names, job titles and direct emails.
vendor: Armed forces suppliers, integrators, security directors, procurement. Exactly the people your white paper is for.
He knows about the white paper. Of course he does. Aurélie posted the cover on LinkedIn.
alice: Where do the addresses come from?
vendor: Fully opt-in. Partner sites, events, all compliant. Updated recently. #char:vendor:neutral
alice: How recently?
vendor: Very recently. #char:vendor:happy
vendor: And here's the thing. I can do you a special price, but only until Friday.
vendor: After Friday it goes back to the catalogue price, and honestly, two of your competitors have already asked about it. #char:vendor:tense
Two competitors. He doesn't say which. They never do.
Thousands of decision makers, though. Defence ones. Just when I've got a white paper on Defence in my hands.
{
- plan == "plan_scale_all":
  My plan says more of everything. More contacts is the most literal version of that.
- plan == "plan_analyse":
  My 2015 analysis has a line about bought lists. As I remember it, the line was short, and not very warm. But 2015 didn't have a Defence white paper.
- else:
  My target account list has gaps: companies I want, with nobody inside them I can write to. He's selling names.
}
{content == "content_wp_targeted": My audience has just shrunk to a handful of sectors. This would make it big again, and bang on topic.}
{answer == "answer_bravado": And I told Cécile I'd do everything. Everything, at a special price, until Friday.}
vendor: So, shall I send you the order form? #char:vendor:happy
* [Buy it before Friday and merge it into my base. #id:list_buy_merge]
  ~ list = "list_buy_merge"
  alice: Send me the form. Before Friday.
  vendor: Excellent decision. You won't regret it. #char:vendor:happy
  The file arrives on Thursday evening, zipped, with a name like a password. #scene:alice_desk #exit:vendor #prop:prospect_list
  I open it. Thousands of rows. Columns in an order known only to God and the vendor.
  Job titles: "Director", "DIRECTOR", "Dir.", "Head of", and one "Mr General Manager Sir".
  I map the columns, I import, I merge. The emailing platform finds a few duplicates, thinks for a long time, and swallows the rest.
  In one evening, my base has grown more than in two years of trade shows.
  It feels like progress. It weighs what progress weighs. It's also nine in the evening, and I'm alone on the floor with the cleaners.
  {content == "content_wp_everyone": And now "everyone" includes thousands of Defence decision makers. Philippe will be delighted.}
* [Buy it, but test a sample first and keep only what's clean. #id:list_buy_verify]
  ~ list = "list_buy_verify"
  alice: I'll take it. But I'm testing a sample before it goes anywhere near my base.
  vendor: Testing? It's already clean, Alice. It's been cleaned. Very cleaned. #char:vendor:surprised
  alice: Then it'll pass with flying colours, and we'll both be happy.
  A short silence. His voice drops a few degrees. #char:vendor:tense
  vendor: Of course. Friday, though.
  The file arrives on Thursday. I don't merge it. I put it in a folder I call "quarantine", which feels about right. #scene:alice_desk #exit:vendor #prop:prospect_list
  I take a random sample and run it through an address validation service. Then I wait, and look.
  Some addresses are fine. Some bounce. Some belong to domains that no longer exist, like ghost companies.
  Some are "contact@" or "info@", the corporate equivalent of shouting down a well. A handful look too perfect, the kind that are traps.
  I email the vendor. He replies with a discount voucher and no explanation.
  So I validate the whole file, clean it, and keep only what passes. It eats days I hadn't planned for.
  The list that enters my base is a good deal smaller than the one I paid for. But I know what's in it.
  {content == "content_adapt": At least Philippe and I are running late together. Nothing brings people closer than a slipping deadline.}
* [No list. I'll clean and enrich my own base instead. #id:list_none]
  ~ list = "list_none"
  alice: Thank you, but no. Not this time.
  vendor: You do realise the price won't be available after Friday? #char:vendor:surprised
  alice: I do. Friday will have to manage without me.
  He wishes me a good day in a tone that wishes me nothing of the sort. #char:vendor:tense
  The silence after the call is very loud. Did I just turn down thousands of Defence decision makers? #scene:alice_desk #exit:vendor
  So I open my own base instead, sleeves rolled up. #sfx:keyboard #prop:prospect_list
  Duplicates. People who left years ago. Fields filled with "xxx". A certain Mrs Test Test, test@test.fr, who has received every newsletter we've sent since 2012.
  I deduplicate. I remove the obviously dead. I check the big accounts on LinkedIn one by one: who's still there, who moved where.
  I add sectors, company sizes, everything that lets me tell a hospital from a haulier.
  It's slow and thankless, and nobody will ever congratulate me for it. #sfx:phone_buzz #prop:sms
  aurelie: u ok? u look like ur counting grains of sand. coffee?
  I am counting grains of sand. Clean ones, at least. My base comes out tidier, and smaller. Smaller: that word again.
- -> d5_launch

=== d5_launch ===
#scene:alice_desk #music:office #prop:none
{content == "content_adapt" || list == "list_buy_verify": February has started without me. Everything is finally ready, or nearly.|The end of January. Everything is ready, or nearly.}
{
- content == "content_wp_everyone":
  The landing page headline reads: "Defence lessons for every business." Under it, a padlock, a soldier's phone, and a smiling woman in an office who could be anyone. That's the point.
- content == "content_wp_targeted":
  The landing page says exactly what the paper is: "Securing mobile devices in Defence." No stretching, no florists. A page for the people who need it.
- else:
  Philippe's short versions are in. Four guides, Aurélie's layouts, and not a single submarine. Philippe is slightly sad about the submarine.
}
{
- list == "list_buy_merge":
  And my base, swollen with the vendor's names, shows a contact count I have to read twice.
- list == "list_buy_verify":
  In my base, the clean part of the vendor's list. The rest is still in quarantine, where it can't hurt anyone.
- else:
  And my own base, freshly scrubbed. Smaller than I'd like, but I know every column by its first name.
}
All that's left is the question of how it goes out. Which is, of course, the whole question.
Cécile appears at the end of my row, coat already on. #char:cecile:tense
cecile: So? When does it go out?
{
- answer == "answer_bravado":
  cecile: You told me you'd do everything. I've promised the President early February. #char:cecile:tense
  I feel the weight of my own promise settle on my shoulders, like a coat that isn't mine.
- else:
  cecile: You promised me weekly numbers. I'd quite like there to be a week one. #char:cecile:neutral
  Fair. You can't measure a campaign that's still sitting in your drafts.
}
I can see three ways of doing it, and each one has a voice in my head.
The first says: be everywhere. One mailing to everyone, and our name on every screen in France. The President will see it on his way to work.
The second says: be precise. One message per segment, and only the media our buyers actually read. Four times the work, and a smaller splash.
The third says: test first. Two versions on a sample, a few days' wait, then send whatever wins. Smarter, maybe. Slower, certainly.
{plan == "plan_scale_all": My plan already says which voice it prefers. It's written in bold.}
{plan == "plan_target": My target account list is sitting right there, begging to be used for something.}
{plan == "plan_analyse": My 2015 analysis told me what each channel cost. It didn't tell me what to do about February.}
* [One mailing to everyone, and be on every channel at once. #id:launch_blast]
  ~ launch = "launch_blast"
  alice: Everything, everywhere, first thing Monday.
  cecile: Now that's what I like to hear. #char:cecile:happy
  She leaves with a spring in her step I haven't seen since Christmas. #exit:cecile
  One mailing. One landing page. Every single contact. #sfx:keyboard
  I write tweets. Lots of tweets. I post on LinkedIn. I post on the Group's Facebook page, between a deal on phone cases and a competition to win a football shirt.
  I book banners in every outlet that will have me: the IT press, the business press, a defence magazine, news sites, and the website of a regional daily.
  {list == "list_buy_merge": When I load the send, the emailing platform displays the total, and I have to count the digits with my finger.}
  {content == "content_wp_everyone": And all of it points to one page telling the whole of France that Defence lessons are for them. Consistent, at least.}
  It's big. It's loud. It looks exactly like a plan that takes twenty percent seriously.
* [A mailing per segment, LinkedIn to targets, a few chosen media. #id:launch_segmented]
  ~ launch = "launch_segmented"
  alice: Not one mailing. One per segment. Give me time to do it properly.
  cecile: Properly, and soon. #char:cecile:neutral
  She leaves. I open a blank spreadsheet, which is how all my love stories start. #exit:cecile
  I split the base: small businesses, mid-market, large accounts, public sector and defence. #sfx:keyboard
  One email per segment, one landing page each, subject lines in their own words.
  {
  - content == "content_adapt":
    Each segment gets Philippe's version for them. The hospitals get their tablets, the hauliers their handhelds.
  - content == "content_wp_targeted":
    The white paper goes to the segments it was written for, in their language, with nothing stretched.
  - else:
    Even "Defence concerns everyone" gets four different accents. Contortionism, but done segment by segment. Contortionism with manners.
  }
  Sponsored LinkedIn posts aimed at the right job titles in the right companies. Two or three trade titles, chosen for who actually reads them.
  {plan == "plan_target": My target account list finally earns its keep. It decides who sees which post.}
  It's four times the proofreading. And Cécile will see fewer banners on her morning commute. I hope she won't count them.
* [Test two versions on a sample, then roll out the winners. #id:launch_test_first]
  ~ launch = "launch_test_first"
  alice: First a test. Two versions on a sample, a few days. Then the winners go to everyone.
  cecile: Alice. The President isn't interested in A and B. He's interested in B2B. #char:cecile:tense
  cecile: Fine. But quickly. #exit:cecile
  Two subject lines: one plain, one with a bit of nerve. Two landing pages: one with the form at the top, one with a summary first. #sfx:keyboard
  Two banner visuals on a modest budget, and two LinkedIn posts, to see which one people actually click.
  I draw a random sample from the base. The rest will wait a few days, a bit like me.
  {answer == "answer_measure": This is exactly what I promised. Measure, then correct. It just means waiting until there's something to measure.}
  {answer == "answer_bravado": Doing everything, it turns out, can also mean doing a little, carefully, first. I hope Cécile sees it that way.}
- #scene:launch #music:tension
{content == "content_adapt" || list == "list_buy_verify": Mid-February, later than I'd hoped. Nine in the morning.|Monday, the first of February 2016. Nine in the morning.}
{launch == "launch_test_first": It's only the sample today. It still feels like everything.}
My cursor hovers over the button. Coffee in the other hand. Heart somewhere around my throat.
{answer == "answer_bravado": "I'll do everything to make it work." Well. Here's everything.}
Send. #sfx:mail_swoosh
{
- launch == "launch_blast":
  The envelopes take off all at once, a flock of them, heading for every inbox in my base. On the other screens, tweets, posts and banners come to life.
- launch == "launch_segmented":
  The mailings leave one after another, like ducklings crossing a road. Then the sponsored posts go live, quietly, in the right feeds.
- else:
  Two little batches leave, side by side, like twins on their first day at school.
}
A first notification. Someone has liked my first post. It's the Group's own account. #sfx:notif_ping
Another. An out-of-office reply from a procurement director, back on the fifteenth. #sfx:notif_ping
{list == "list_buy_merge": Then a "Mail delivery failed". Then another. It's the first hour, I tell myself. It'll settle down.|Then a "Mail delivery failed". There are always a few.} #sfx:notif_ping
Aurélie shares the LinkedIn post with three exclamation marks and a padlock. #sfx:notif_ping
Philippe has liked it too. Philippe never likes anything. I choose to take it as a good omen. #sfx:notif_ping
My phone buzzes. #sfx:phone_buzz #prop:sms
aurelie: its out!!! proud of u. now breathe
I breathe. A bit. #prop:none
{
- confidence > 0:
  The optimist in me is already picturing the dashboard in eight weeks' time.
- confidence < 0:
  The pessimist in me is already drafting the explanation for the dashboard in eight weeks' time.
- else:
  The joker in me has already found a caption for the dashboard in eight weeks' time. I'd rather not hear it.
}
{answer == "answer_measure": Every Monday, I'll look. Every Monday, I'll tell Cécile the truth.|I promised to do everything. Turns out the last part of everything is waiting.}
The dashboard is blank. My inbox has gone quiet. So I do the only thing left to do. #music:silence
I cross my fingers. Both hands, under the desk, where nobody can see.
Fingers crossed.
-> ep3_first_results
