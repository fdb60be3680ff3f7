// Episode 1 — The Speech (the President's New Year wishes, given early). Mid-December 2015, the boardroom (the campaign's week 1 is the week of Monday 4 January 2016).
// Light choice: sets `confidence` (speech_applaud 1, speech_doubt -1, speech_joke 0).

=== ep1_speech ===
#episode:1
#scene:boardroom #music:office
Logbook, Monday 14 December 2015. The whole head office is squeezed into the boardroom for the President's New Year wishes, three weeks early: in January he'll be on a plane to Las Vegas for the CES, and next year's targets won't wait for him to land.
Two hundred people, not enough chairs, and a buffet of mini-pastries nobody may touch until he has finished.
Cécile has saved me the seat next to hers. She hired me two years ago, and she still saves me seats. #char:cecile:neutral
This morning, though, she's twisting her pen as if it owed her money. #char:cecile:tense
alice: Are you all right? #char:alice:neutral
cecile: Fine. Just listen to him. #char:cecile:tense
The President walks up to the lectern without a single note. He never has notes. #char:president:neutral #sfx:applause
president: Good morning. Let me begin by wishing each of you, and your families, a very happy 2016.
That's the warm part. It lasts eleven seconds. I counted.
president: 2015 was a year of records. For the first time, the Group has passed three billion euros in revenue.
Applause. Someone whoops, then thinks better of it. #sfx:applause
president: Our consumer business grew. Our international business grew. Our B2B business in France did not. #char:president:tense
The temperature in the room drops four degrees. Cécile stops twisting her pen. #char:cecile:worried #music:tension
president: Business customers are where the margins are. Our competitors know it. We, apparently, have forgotten.
B2B in France. That's my desk.
president: So for the first half of 2016, B2B marketing has one objective.
president: Twenty per cent more qualified leads than in the first half of 2015. Leads accepted by our sales teams. Not clicks. Not likes.
president: I will follow the results closely. Personally. #char:president:neutral
I could swear he's looking straight at me. He has no idea who I am.
Under the table, Cécile's knee is bouncing. Mine joins in, out of solidarity. #char:cecile:tense
president: Thank you all. Enjoy the buffet.
Everyone glances at everyone else to work out how hard to clap. #sfx:applause
* [Clap hard. Twenty per cent? Bring it on. #id:speech_applaud]
  ~ confidence = 1
  I clap like it's the encore at a concert. We'll just have to be brilliant. How hard can that be? #char:alice:happy
  Cécile glances at my hands, then at my face. Something close to a smile. #char:cecile:neutral
  cecile: Keep that energy. You're going to need it.
* [Clap politely, doing the maths in my head. #id:speech_doubt]
  ~ confidence = -1
  I clap, slowly. In my head a spreadsheet opens: last year's leads, plus twenty per cent, divided by a budget nobody has mentioned. #char:alice:worried
  The cells turn red. All of them. Even the headers.
  Cécile sees my face and gives a tiny shake of the head. Not here. #char:cecile:worried
* [Lean over to Cécile: "Only twenty? Why not fifty?" #id:speech_joke]
  ~ confidence = 0
  alice: Only twenty per cent? Shame. I'd cleared my afternoon for fifty. #char:alice:happy
  cecile: Don't. Not today. #char:cecile:tense
  But the corner of her mouth twitches. I'll take it.
- The President leaves by the side door. #exit:president #music:office
Cécile stands up too quickly and drops her pen. #char:cecile:tense
cecile: See you later. And don't make any plans for this week.
She's gone before I can say I didn't have any. #exit:cecile
#scene:alice_desk
Back at my desk, with a compensation mini-pastry. It tastes of butter and anxiety.
My phone buzzes. #sfx:phone_buzz #prop:sms
aurelie: saw ur face from the back row!! breathe. 20% is just a number, not a death sentence
aurelie: coffee 2moro? n tell me how i cn help. srsly
Aurélie, from Communication: friend, confidante, emergency chocolate supplier. The only one of two hundred who thought to text me.
{
- confidence > 0:
  I reply with a thumbs-up and a flexed arm. I could still lift the building on my own.
- confidence < 0:
  I reply: "the cells are all red". She sends back a skull and three hearts.
- else:
  I reply: "I asked for fifty". She sends back: "ur mad. luv u".
}
Twenty per cent. Six months. One President, watching. #prop:none
Happy New Year, Alice.
-> ep2_night
