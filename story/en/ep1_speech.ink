// Episode 1 — The Speech. Early January 2016, the boardroom.
// Light choice: sets `confidence` (speech_applaud 1, speech_doubt -1, speech_joke 0).

=== ep1_speech ===
#episode:1
#scene:boardroom #music:office
Logbook, Monday 4 January 2016. First working day of the year, and the whole head office is squeezed into the boardroom for the President's New Year wishes.
Two hundred people, not enough chairs, and a buffet of mini-pastries that nobody is allowed to touch until he has finished.
Cécile has saved me the seat next to hers. She hired me two years ago, and she still saves me seats. That's the kind of boss she is. #char:cecile:neutral
This morning, though, she's twisting her pen as if it owed her money. #char:cecile:tense
alice: Are you all right? #char:alice:neutral
cecile: Fine. Just listen to him. #char:cecile:tense
The lights dim a notch. The President walks up to the lectern without a single note. He never has notes. #char:president:neutral #sfx:applause
president: Good morning. Let me begin by wishing each of you, and your families, a very happy 2016.
That's the warm part. It lasts about eleven seconds. I counted.
president: 2015 was a year of records. For the first time in its history, the Group has passed three billion euros in revenue.
Applause. Someone at the back whoops, then thinks better of it. #sfx:applause
president: Our consumer business grew. Our international business grew. I thank those teams.
president: Our B2B business in France did not. #char:president:tense
The temperature in the room drops by about four degrees. Cécile stops twisting her pen. #char:cecile:worried #music:tension
president: Business customers are where the margins are. Our competitors know it. We, apparently, have forgotten it.
B2B in France. That's my desk. That is, give or take a comma, my job description.
president: So for the first half of 2016, I am giving B2B marketing one objective. Just one.
president: Twenty per cent more qualified leads than in the first half of 2015. Leads accepted by our sales teams. Not clicks. Not likes.
He lets the number hang in the air, like a coat on a hook.
president: I will follow the results closely. Personally. #char:president:neutral
He looks out over the room. I could swear he's looking straight at me. He has no idea who I am. He looks at me anyway.
Under the table, Cécile's knee is bouncing. Mine has joined in, out of solidarity. #char:cecile:tense
president: Thank you all. Enjoy the buffet.
The applause starts, and everyone glances at everyone else to work out how hard to clap. #sfx:applause
* [Clap hard. Twenty per cent? Bring it on. #id:speech_applaud]
  ~ confidence = 1
  I clap like it's the encore at a concert. Twenty per cent in six months. We'll just have to be brilliant. How hard can that be? #char:alice:happy
  Cécile glances at my hands, then at my face. Something close to a smile. #char:cecile:neutral
  cecile: Keep that energy. You're going to need it.
* [Clap politely, while doing the maths in my head. #id:speech_doubt]
  ~ confidence = -1
  I clap, slowly. In my head a spreadsheet opens all by itself: last year's leads, plus twenty per cent, divided by a budget nobody has mentioned. #char:alice:worried
  The cells turn red. All of them. Even the headers.
  Cécile sees my face and gives a tiny shake of the head. Not here. #char:cecile:worried
* [Lean over to Cécile: "Only twenty? Why not fifty?" #id:speech_joke]
  ~ confidence = 0
  alice: Only twenty per cent? Shame. I'd cleared my afternoon for fifty. #char:alice:happy
  cecile: Don't. Not today. #char:cecile:tense
  But the corner of her mouth twitches. I'll take it.
- The President leaves by the side door, two directors in his wake. #exit:president #music:office
Cécile stands up too quickly and drops her pen. #char:cecile:tense
cecile: See you later. And don't make any plans for this week.
She's gone before I can say that I didn't have any. #exit:cecile
#scene:alice_desk
Back at my desk, with a mini-pastry I took as compensation. It tastes of butter and anxiety.
My phone buzzes in my pocket. #sfx:phone_buzz #prop:sms
aurelie: saw ur face from the back row!! breathe. 20% is just a number, not a death sentence
aurelie: coffee 2moro? n tell me how i cn help. srsly
Aurélie, from Communication. My friend, my confidante, my emergency chocolate supplier.
Two hundred people in that room, and she's the only one who thought to send me a message.
{
- confidence > 0:
  I reply with a thumbs-up and a flexed arm. I still feel as if I could lift the building on my own.
- confidence < 0:
  I reply: "the cells are all red". She sends back a skull and three hearts. She understands me.
- else:
  I reply: "I asked for fifty". She sends back: "ur mad. luv u".
}
Twenty per cent. Six months. One President, watching. #prop:none
Happy New Year, Alice.
-> ep2_night
