// Episode 2, second half: from the white paper to the launch (D3 content, D4 list, D5 launch).
// The FR file mirrors this one line by line: same knots, choices, ids, logic and non-text tags.

=== d3_content ===
#scene:alice_desk #music:office #prop:action_plan
First question: what do I say to my contacts? Under what pretext do I knock on their inboxes?
The honest version writes itself: "Dear Sir or Madam, please give all your telecom business to the Group, or I'll be in trouble. Do it for me. For my President."
No. I'm not there yet. Give it a fortnight.
{
- plan == "plan_scale_all":
  My plan says more of everything. More of everything still needs a reason to exist.
- plan == "plan_analyse":
  In 2015, the only emails sales ever thanked me for had something useful inside. A guide, a study, an answer. Not a discount.
- else:
  I have my target accounts, ranked by every signal I could find. And what do I send them? "Hello, our spreadsheet likes you"?
}
{
- confidence > 0:
  The optimist in me says it's only a content problem, and content problems have solutions.
- confidence < 0:
  The pessimist in me, who has done most of the talking since the speech, says content is the least of my problems.
- else:
  The joker in me says content is easy: just write "please". The rest of me isn't laughing.
}
Either way, I have nothing new that would make a busy IT director stop scrolling.
My phone buzzes. #sfx:phone_buzz #prop:sms
aurelie: cn u come up? got sthg 4 ur campaign. + choc biscuits
For Aurélie, I'd climb two floors. For biscuits, three.

#scene:aurelie_office #prop:none
aurelie: There she is! Sit down. Biscuit. Tell me everything. #char:aurelie:happy
I tell her everything: the word "quickly", my plan, my answer.
{answer == "answer_bravado": I do an impression of myself saying "I'll do everything to make it work!", fist in the air. Aurélie laughs so hard she drops her biscuit.|I do an impression of myself saying "I'll measure weekly and correct", in my most grown-up voice. Aurélie calls me "the auditor".}
We invent a motto for the department: twenty percent more leads, or twenty percent more biscuits. #char:aurelie:happy
The laughs stop a little too soon. #char:aurelie:worried
aurelie: Right. I might actually have something for you. #char:aurelie:neutral #prop:white_paper #sfx:paper_rustle
She slides a document across the desk: "Securing mobile devices in Defence: lessons from the field." Forty pages, a grey cover with a padlock.
aurelie: Philippe and I finished it last week. Well, Philippe wrote it. I made it readable. Mostly. #char:aurelie:happy
Encryption, containers, remote wipe, "hardened boot chains". A diagram that looks suspiciously like a submarine.
alice: It's lovely, Aurélie. But it's for secret agents, and I don't have many of those in my base.
aurelie: That's what I said! But Philippe says it interests everyone. Hang on. #char:aurelie:surprised
She calls down the corridor. A knock on the door frame. #sfx:door_knock
philippe: You called? #char:philippe:neutral
Philippe is one of our best engineers. He talks in complete sentences, with footnotes.
aurelie: Tell Alice who your white paper is for. #char:aurelie:happy
philippe: Everyone. #char:philippe:happy
philippe: Every company has mobile phones. Every phone is a door. Defence simply has the most motivated burglars.
alice: A chain of bakeries in Lyon, Philippe. Does it lose sleep over hardened boot chains?
philippe: It should. Page twenty-three. #char:philippe:neutral
He says it the way you'd tell someone their shoelace is undone.
* [Tell him he lives in a parallel world. #id:content_quip_aloud]
  alice: Everyone in your world, maybe. But you live in a parallel one, Philippe. #char:philippe:surprised
  Aurélie chokes on her biscuit. Philippe considers it, genuinely, for five seconds.
  philippe: Statistically, we all do. I'll take that as a compliment. #char:philippe:happy
* [Smile, nod, and keep the thought to myself. #id:content_quip_inside]
  I smile and nod. Inside, the thought writes itself: everyone in his world, maybe. But Philippe lives in a parallel one, where people read threat models on the beach. #char:philippe:happy
  Aurélie catches my eye. She has heard the thought anyway. She always does. #char:aurelie:happy
- He isn't entirely wrong. I'm not entirely right. And the clock is ticking. #sfx:clock_tick
Security is all anyone talks about; every week there's a hack in the papers. And nobody has anything else new to send.
aurelie: So? Will you use it? It's the only new thing we've got this quarter. #char:aurelie:worried
{
- plan == "plan_target":
  My target list has a few defence contractors, two ministries, some big banks. The paper fits them like a glove. The other names, less so.
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
  Draft two: "What the armed forces can teach your business about mobile security." It almost sounds deliberate.
  By draft four, a florist with a company phone is on the front line, and an accountant's tablet is a matter of national security.
  Editorial contortionism. I should put it on my CV: "extremely flexible".
  And yet everybody has heard of a hack. It could work.
* [Send it only to those who lose sleep over security. #id:content_wp_targeted]
  ~ content = "content_wp_targeted"
  alice: I'll send it to the people it was written for. Defence, public sector, large accounts. The ones who lose sleep over this.
  philippe: That is a smaller number than everyone. #char:philippe:surprised
  alice: Well spotted.
  aurelie: Won't that be a bit... small? For twenty percent more? #char:aurelie:worried
  It will. That's the part that ties my stomach in knots.
  Back at my desk, I filter my base: Defence, public sector, companies above a certain size. The count drops with every filter, like a lift going down to the car park. #scene:alice_desk #sfx:keyboard #exit:all
  The people left might actually read it, even page twenty-three. The rest of my base will wait for something that's about them.
* [Rework it with Philippe into short versions per sector. #id:content_adapt]
  ~ content = "content_adapt"
  alice: Philippe, what if we cut it into short versions? One per sector: healthcare, transport, finance, public sector. Four pages each, their problems, their words.
  Philippe's face lights up. I didn't know it could. #char:philippe:happy
  philippe: Hospitals! Unencrypted tablets on the wards. Delivery drivers with handhelds. I've been waiting three years for someone to ask me that.
  aurelie: I'll do the layouts. With pictures. Not of submarines. #char:aurelie:happy
  alice: How long?
  philippe: Properly? Three weeks. Four, if I'm allowed to be accurate. #char:philippe:neutral
  My calendar has "Monday 4 January" circled in red. Four weeks, with Christmas in the middle, takes us to the end of January.
  I tell Cécile that evening. #scene:cecile_office #exit:all #char:cecile:tense
  cecile: Three weeks? The President asks me every Monday where we are.
  alice: We'll have something that speaks to each sector. Not just to submarines.
  She rubs her temples. Then the slightly tired smile. #char:cecile:neutral
  cecile: All right. But not a day more. You'll make it.
  Everyone seems surer of that than I am.
- {answer == "answer_bravado": I said I'd do everything. Apparently everything starts with one white paper and a lot of hope.|I said I'd measure and correct. At least now there's something to measure.}
-> d4_list

=== d4_list ===
#scene:alice_desk #music:office #sfx:keyboard
Christmas, and then the fourth of January, approach at the speed of a TGV.
{
- content == "content_wp_everyone":
  The pitch is written: "Lessons from Defence for every business." I've reread it so often it's starting to sound true.
- content == "content_wp_targeted":
  My short list is ready. Short being the key word.
- else:
  Philippe sends me drafts at eleven at night: "v7 FINAL (real)". Aurélie has banned submarines.
}
Meanwhile, my base. Let's be honest: it's a shoebox.
Badges scanned at trade shows in 2013. A partner webinar. A few thousand people who once asked for a quote and never heard back.
Some have changed jobs, some companies. At least one has retired to the Dordogne.
The phone rings. Unknown number. #scene:phone_call #sfx:phone_ring #char:vendor:happy
vendor: Good morning! Alice, the B2B marketing manager? I'll be quick. I hear you're working on Defence.
How has he heard? I haven't even told my mother.
vendor: I have a prospect base hyper-targeted on Defence. Thousands of decision makers, with names, job titles and direct emails.
vendor: Armed forces suppliers, integrators, security directors, procurement. Exactly the people your white paper is for.
Aurélie posted the white paper's cover on LinkedIn.
alice: Where do the addresses come from?
vendor: Fully opt-in. Partner sites, events, all compliant. Updated recently. #char:vendor:neutral
alice: How recently?
vendor: Very recently. #char:vendor:happy
vendor: And I can do you a special price, but only until Friday.
vendor: After that it's the catalogue price, and honestly, two of your competitors have already asked about it. #char:vendor:tense
Two competitors. He doesn't say which. They never do.
Thousands of Defence decision makers, though. Just when I've got a Defence white paper in my hands.
{
- plan == "plan_scale_all":
  My plan says more of everything. More contacts is the most literal version of that.
- plan == "plan_analyse":
  My 2015 analysis has a line about bought lists. Short, and not very warm. But 2015 didn't have a Defence white paper.
- else:
  My target list has gaps: companies I want, with nobody inside them I can write to. He's selling names.
}
{content == "content_wp_targeted": My audience has just shrunk to a handful of sectors. This would make it big again, and on topic.}
{answer == "answer_bravado": And I told Cécile I'd do everything. Everything, at a special price, until Friday.}
vendor: So, shall I send you the order form? #char:vendor:happy
* [Buy it before Friday and merge it into my base. #id:list_buy_merge]
  ~ list = "list_buy_merge"
  alice: Send me the form.
  vendor: Excellent decision. You won't regret it. #char:vendor:happy
  The file arrives on Thursday evening, zipped, with a name like a password. #scene:alice_desk #exit:vendor #prop:prospect_list
  Thousands of rows. Job titles: "Director", "DIRECTOR", "Dir.", "Head of", and one "Mr General Manager Sir".
  I map the columns and merge. The emailing platform finds a few duplicates and swallows the rest.
  In one evening, my base grows more than in two years of trade shows. It feels like progress.
  {content == "content_wp_everyone": And now "everyone" includes thousands of Defence decision makers. Philippe will be delighted.}
* [Buy it, but test a sample first and keep only what's clean. #id:list_buy_verify]
  ~ list = "list_buy_verify"
  alice: I'll take it. But I'm testing a sample before it goes anywhere near my base.
  vendor: Testing? It's already clean, Alice. Very cleaned. #char:vendor:surprised
  alice: Then it'll pass with flying colours.
  His voice drops a few degrees. #char:vendor:tense
  vendor: Of course. Friday, though.
  The file arrives on Thursday. I don't merge it. It goes into a folder called "quarantine". #scene:alice_desk #exit:vendor #prop:prospect_list
  I run a random sample through an address validation service.
  Some addresses are fine. Some bounce. Some belong to domains that no longer exist.
  Some are "contact@" or "info@", like shouting down a well. A handful look too perfect: spam traps.
  I email the vendor. He replies with a discount voucher and no explanation.
  So I validate the whole file and keep only what passes. It eats days I hadn't planned for.
  What enters my base is a good deal smaller than what I paid for. But I know what's in it.
  {content == "content_adapt": At least Philippe and I are running late together.}
* [No list. I'll clean and enrich my own base instead. #id:list_none]
  ~ list = "list_none"
  alice: Thank you, but no. Not this time.
  vendor: You do realise the price won't be available after Friday? #char:vendor:surprised
  alice: I do. Friday will have to manage without me.
  He wishes me a good day in a tone that wishes me nothing of the sort. #char:vendor:tense
  Did I just turn down thousands of Defence decision makers? #scene:alice_desk #exit:vendor
  I open my own base instead, sleeves rolled up. #sfx:keyboard #prop:prospect_list
  Duplicates. People who left years ago. Fields filled with "xxx". A Mrs Test Test, test@test.fr, who has received every newsletter since 2012.
  I deduplicate, remove the obviously dead, check the big accounts on LinkedIn one by one, and add sectors and company sizes, so I can tell a hospital from a haulier.
  Slow, thankless work nobody will ever congratulate me for. #sfx:phone_buzz #prop:sms
  aurelie: u ok? u look like ur counting grains of sand. coffee?
  I am. Clean ones, at least. My base comes out tidier, and smaller. That word again.
- -> d5_launch

=== d5_launch ===
#scene:alice_desk #music:office #prop:none
{content == "content_adapt": The last days of December. Everything is ready, or nearly, except Philippe's versions: the mailing will wait for them until the end of January.|The last days of December. Everything is ready, or nearly.}
{
- content == "content_wp_everyone":
  The landing page reads: "Defence lessons for every business." Under it, a padlock and a smiling woman who could be anyone. That's the point.
- content == "content_wp_targeted":
  The landing page says exactly what the paper is: "Securing mobile devices in Defence." No florists. A page for the people who need it.
- else:
  Philippe's four short guides are under way, with Aurélie's layouts and not a single submarine. Philippe is slightly sad about the submarine.
}
{
- list == "list_buy_merge":
  My base, swollen with the vendor's names, shows a contact count I have to read twice.
- list == "list_buy_verify":
  {content == "content_adapt": In my base, the clean part of the vendor's list. The rest stays in quarantine, where it can't hurt anyone.|The vendor's list waits in quarantine while a sample is tested and every address checked: the clean part joins my base in the third week, the rest never will.}
- else:
  And my own base, freshly scrubbed. Smaller than I'd like, but I know every column by its first name.
}
All that's left is how it goes out. Which is the whole question.
Cécile appears at the end of my row, coat on. #char:cecile:tense
cecile: So? When does it go out?
{
- answer == "answer_bravado":
  cecile: You told me you'd do everything. I've promised the President the first Monday in January. #char:cecile:tense
  My own promise settles on my shoulders, like a coat that isn't mine.
- else:
  cecile: You promised me weekly numbers. I'd quite like there to be a week one. #char:cecile:neutral
  Fair. You can't measure a campaign sitting in your drafts.
}
I see three ways of doing it.
Be everywhere: one mailing to everyone, and our name on every screen in France.
Be precise: one message per segment, only the media our buyers actually read. Four times the work, a smaller splash.
Test first: two versions on a sample, two weeks' wait, then send whatever wins. Smarter, maybe. Slower, certainly.
{plan == "plan_scale_all": My plan already says which it prefers. In bold.}
{plan == "plan_target": My target account list is sitting right there, begging to be used.}
{plan == "plan_analyse": My 2015 analysis told me what each channel cost. It didn't tell me what to do on the fourth of January.}
* [One mailing to everyone, and be on every channel at once. #id:launch_blast]
  ~ launch = "launch_blast"
  alice: Everything, everywhere, first thing Monday.
  cecile: Now that's what I like to hear. #char:cecile:happy
  She leaves with a spring in her step. #exit:cecile
  One mailing. One landing page. Every single contact. #sfx:keyboard
  Tweets. LinkedIn. The Group's Facebook page, between a deal on phone cases and a football-shirt competition.
  Banners in every outlet that will have me: the IT press, the business press, a defence magazine, news sites, a regional daily.
  {list == "list_buy_merge": When I load the send, I have to count the digits of the total with my finger.}
  {content == "content_wp_everyone": All of it points to one page telling France that Defence lessons are for everyone. Consistent, at least.}
  Big and loud. It looks exactly like a plan that takes twenty percent seriously.
* [A mailing per segment, LinkedIn to targets, a few chosen media. #id:launch_segmented]
  ~ launch = "launch_segmented"
  alice: Not one mailing. One per segment. Give me time to do it properly.
  cecile: Properly, and soon. #char:cecile:neutral
  I open a blank spreadsheet, which is how all my love stories start. #exit:cecile
  I split the base: small businesses, mid-market, large accounts, public sector and defence. One email and one landing page per segment, subject lines in their own words. #sfx:keyboard
  {
  - content == "content_adapt":
    Each segment gets Philippe's version for them. The hospitals get their tablets, the hauliers their handhelds.
  - content == "content_wp_targeted":
    The white paper goes to the segments it was written for, in their language, with nothing stretched.
  - else:
    Even "Defence concerns everyone" gets four different accents. Contortionism with manners.
  }
  Sponsored LinkedIn posts aimed at the right job titles in the right companies. Two or three trade titles our buyers actually read.
  {plan == "plan_target": My target account list finally earns its keep: it decides who sees which post.}
  Four times the proofreading, and fewer banners on Cécile's commute. I hope she won't count them.
* [Test two versions on a sample, then roll out the winners. #id:launch_test_first]
  ~ launch = "launch_test_first"
  alice: First a test. Two versions on a sample, two weeks. Then the winners go to everyone.
  cecile: Alice. The President isn't interested in A and B. He's interested in B2B. #char:cecile:tense
  cecile: Fine. But quickly. #exit:cecile
  Two subject lines, one plain, one with nerve. Two landing pages, form at the top or summary first. #sfx:keyboard
  Two banner visuals on a modest budget, and two LinkedIn posts, to see which ones people actually click.
  A random sample goes first. The rest will wait two weeks, like me.
  {answer == "answer_measure": This is exactly what I promised: measure, then correct. It just means waiting until there's something to measure.}
  {answer == "answer_bravado": Doing everything, it turns out, can start with doing a little, carefully. I hope Cécile sees it that way.}
- #scene:launch #music:tension
{content == "content_adapt": Monday 25 January 2016, week four, later than I'd hoped: the banners and posts have been out since the fourth. Nine in the morning.|Monday 4 January 2016, the first day back after the holidays. Nine in the morning.}
{launch == "launch_segmented" && content != "content_adapt": Today, the banners and the LinkedIn posts. The segment mailings follow in week three, once they're built.}
{launch == "launch_test_first": It's only the sample today. It still feels like everything.}
Cursor over the button. Coffee in the other hand. Heart somewhere around my throat.
{answer == "answer_bravado": "I'll do everything to make it work." Well. Here's everything.}
Send. #sfx:mail_swoosh
{
- launch == "launch_blast":
  The envelopes take off all at once, a flock heading for every inbox in my base. Tweets, posts and banners come to life.
- launch == "launch_segmented":
  The mailings leave one after another, like ducklings crossing a road. Then the sponsored posts go live, quietly, in the right feeds.
- else:
  Two little batches leave side by side, like twins on their first day at school.
}
A first notification: someone has liked my post. The Group's own account. #sfx:notif_ping
An out-of-office from a procurement director, back on the fifteenth. #sfx:notif_ping
{list == "list_buy_merge": Then a "Mail delivery failed". Then another. It's the first hour, I tell myself.|Then a "Mail delivery failed". There are always a few.} #sfx:notif_ping
Aurélie shares the LinkedIn post with three exclamation marks and a padlock. #sfx:notif_ping
Philippe has liked it too. Philippe never likes anything. #sfx:notif_ping
My phone buzzes. #sfx:phone_buzz #prop:sms
aurelie: its out!!! proud of u. now breathe
I breathe. A bit. #prop:none
{
- confidence > 0:
  The optimist in me is already picturing the dashboard in eight weeks.
- confidence < 0:
  The pessimist in me is already drafting excuses for the dashboard in eight weeks.
- else:
  The joker in me already has a caption for the dashboard in eight weeks. I'd rather not hear it.
}
{answer == "answer_measure": Every Monday, I'll look, and tell Cécile the truth.|I promised to do everything. The last part of everything, it turns out, is waiting.}
The dashboard is blank. My inbox has gone quiet. #music:silence
Both hands under the desk, where nobody can see. Fingers crossed.
-> ep3_first_results
