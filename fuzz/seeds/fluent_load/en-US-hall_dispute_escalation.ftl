# locales/en-US/hall_dispute_escalation.ftl
# Case case_hall_agitated_dispute — an agitated customer in the business hall (003_ab2cbd483b0f63d8.txt)

title = Paid up and still cut off: Mr. Sun and his phone camera
setting = Saturday, 10:40 a.m. The store is packed and the ticket display has just reached A087. A man storms up to the counter with a payment receipt in one hand and his phone in the other, filming, loud enough for the whole floor to hear.
persona = Sun Guoqiang, 46, a fruit wholesaler at the Chengnan wholesale market. Restaurants and stall owners call his cell phone every morning to place orders. His home broadband was also set up at this store, on the same ID card. Short-tempered and blunt, and he has just lost a whole morning's business.
briefing = You're the staff member nearest to him, so you're the first contact and you own this. Follow the store's dispute guide: calm him down (stabilize his emotions, take ownership, don't pass the buck; at any handover you brief your colleague yourself so he never has to tell it twice); move him (an agitated customer who's making a scene is invited into the reception room with carefully chosen words, and the store manager sees him personally); then handle it on principle (once a reasonable complaint is resolved, thank him and give a small gift; fill out a dispute record sheet with the dispute and the time of the first reply, and give him his copy; a named person calls him back and follows it through). The facts: on Monday, June 3, at 2:26 p.m. he paid 200 yuan in cash at window 2 to add credit to his cell phone account. The clerk put it on his broadband account (ending 0417), which is under the same ID. The receipt does say "broadband account …0417", in small print. The money isn't lost; it's on the wrong account. His phone credit ran out (a low-balance text went out on the 14th), and at 7 a.m. today the number was suspended at minus 23.50 yuan. Any staff member can do an emergency reconnection on the spot; it takes about two minutes. Moving the 200 yuan to his cell phone account needs the store manager's approval; once approved it arrives before 6 p.m. today, with a text. For an error made by the store, the store manager can waive today's charges for the suspension and add up to 50 yuan of goodwill credit (arriving before noon tomorrow). You can't approve anything yourself, and the company does not pay cash for lost business. The store manager is Wang Min (Ms. Wang). The clerk at window 2 that day was your colleague Xiao Li; how she is dealt with is an internal matter. The store keeps small gifts for customers whose reasonable complaint has been resolved (a branded thermos cup). The record sheet has two parts, case number 0615017, with you as the contact person and the store's direct line.

## 1 Calming: he's shouting at the counter

opening = (He slaps the receipt down on the counter, phone camera pointed at you) Who said you could cut me off? Huh? I paid! Two hundred yuan! You take the money and then pretend it never happened? Nobody's getting served until you explain this!
    .furious = (He slams the receipt on the counter, camera right in your face, loud enough that the front of the line turns around) You cut me off? I paid you two hundred yuan and you cut me off?! This is highway robbery! Nobody's getting served until you fix this!
open_number = What's your cell phone number, sir? I'll check whether your account is past due.
    .why = He's at boiling point, and the first thing you ask for is his number so you can check whether he's past due, which tells him "let's see if it's your fault". Feelings first, then the facts: steady him, and tell him you're dealing with it.
open_calm_down = Sir, please calm down. This is a public place; let's talk about it properly. Everyone here is waiting.
    .why = "Calm down" and "this is a public place" is lecturing the customer, one of the ten taboos, and it only makes him angrier. It's your job to create calm, not to demand it. 100-1=0: one sentence can wreck everything that follows.
calm_down_camera = (He swings the camera onto your face) Go ahead, say that again! Let everyone hear it: pay your bill, get cut off, and then get told to "calm down"!
calm_down_louder = Calm down? How am I supposed to calm down?! I've lost a whole morning's business!
open_take_charge = (You come quickly out from behind the counter and stand in front of him) Good morning, sir. You paid and still got cut off, and it's cost you business. Anyone would be upset. I'm taking this on, and I'll see it through from start to finish. Tell me what happened and I'll look into it right now.
open_wait = (You haven't finished with the customer in front of you, so you keep your head down and finish the transaction without answering him.)
    .why = A customer with a dispute is shouting in front of the whole store, and every second you wait adds fuel. Don't avoid it; deal with it at once. Stop, go to him, and let him know someone is handling it.

## Listening: his grievance

venting = I've had this number with you for over ten years! Sun Guoqiang, that's me! On Monday the 3rd, I paid two hundred yuan right here. Here's the receipt! Then at seven this morning: cut off! I sell fruit wholesale at Chengnan market. The restaurants and stall owners call this number first thing to order, and all morning I couldn't take a single call! They think I've quit. They've all gone to someone else! What's that if it's not a rip-off?
    .on_camera = (The camera stays on you) Listen up, everybody! Over ten years I've had this number! Paid these people two hundred on the 3rd, here's the receipt! Seven this morning: cut off! I sell fruit, and all morning my customers couldn't get through. They think I've gone out of business! If that's not a rip-off, what is?
    .furious = Ten years with this number! On Monday the 3rd, I paid two hundred right here. Here's the receipt! At seven this morning you cut me off! I'm a fruit wholesaler. Not one call from the restaurants or the stall owners all morning. My business has gone to other people! You're ripping me off!
vent_rebut = Mr. Sun, the system suspends numbers automatically based on the balance. We don't cut people off at random. Your credit must have run out.
    .why = He hadn't finished, and you were already out to prove "we did nothing wrong". Arguing with and interrupting the customer is one of the ten taboos, and the complaint technique says the same: don't cut in and rush to rebut. Let him finish, note the key points, then check.
vent_filming = Mr. Sun, filming isn't allowed in the store. Please put the phone down and then we can talk.
    .why = He's talking about being cut off and losing business, and you pick a fight about the camera. That interrupts him and turns it into a contest. Listen properly and keep your composure; once he's steadier, the phone comes down on its own.
filming_closer = (He holds the phone up higher) What, scared of the camera? Then don't pull stunts like this!
filming_lowers = (He snorts and lowers the phone a little, but it's still recording.)
vent_listen = (You don't interrupt. You look at him, nod, and jot on a notepad: June 3, 200 yuan, cut off 7 a.m., fruit wholesale, customers can't get through.) Go on, I'm writing it all down.
listen_receipt = (He pushes the crumpled receipt into your hand) See for yourself! Two hundred, June 3rd, in black and white!
listen_customers = (He counts on his fingers) Old Liu's restaurant, Mrs. Zhang at the produce market, the school cafeteria... none of them could reach me all morning!
vent_hurry = You don't need to tell me all that. Just give me your number and the system will show me.
    .why = He's bursting with anger and hasn't gotten it all out yet, and you're telling him to get to the point. Active listening means understanding where he stands and how he feels. Let him finish, and then he'll listen to you.

## 2 Moving him: he turns to the line

crowd = (He turns around and shouts at the people in line) Look at this, everyone! Pay your bill and they cut you off anyway! Hang on to your receipts if you pay anything here! (The whole line is looking now. Someone else has their phone out.)
    .on_camera = (Phone on you in one hand, waving at the line with the other) Come and look, everyone! Pay up and still get cut off, and then they tell you to calm down! Watch yourselves if you pay anything here! (The whole line is looking. Someone at the back is filming too.)
    .furious = (He turns and shouts across the whole floor) Look at this, everybody! Paid up and still cut off! That's a big company for you! Hang on to your receipts if you pay anything here! (The whole line is looking. Someone has their phone out.)
crowd_stop = Mr. Sun, please stop shouting in here, and stop filming. There are a lot of people behind you waiting to be served.
    .why = "Stop shouting" and "people are waiting" is criticizing the customer, one of the ten taboos. Moving an agitated customer is all about the words you use: he should feel he's being taken somewhere to be heard properly, not thrown out. Behind every customer who complains there are 20 more who are unhappy, and right now the whole store is watching.
stop_films_you = (He points the camera straight at your name badge) What's your name? Say that again! I'll make sure everyone knows who you are!
stop_storms_out = Fine! You people are something else! I'm done with this number. I'm going across the street to switch carriers right now! (He shoves the receipt into his pocket and pushes out through the door.)
crowd_room = Mr. Sun, you've lost a morning's business; of course you're furious. It's crowded and noisy out here, and I want to hear every word you say. Let's sit down in the reception room. I'll bring up the payment records and go through them with you line by line, and our store manager will come and talk to you personally. This way, please. Watch your step.
room_follows = (He looks at you and puts the phone back in his pocket) ...Fine. Let's hear what you've got to say.
room_grumbles = (He follows you in, muttering) Fine, I'll go in. But I'm not leaving until I get an answer.
crowd_argue = (To the onlookers) Don't get the wrong idea, everyone. We don't suspend numbers for no reason. (Turning back) Mr. Sun, you must have done something wrong somewhere.
    .why = Arguing with him in front of the whole store is quarreling, one of the ten taboos, and the longer it goes on out there, the angrier he gets. An agitated customer who's making a scene should be moved off the floor promptly and talked to in the reception room.
argue_louder = I did something wrong? I paid my money and I did something wrong?!
argue_bystander = (A woman in line chips in: "They charged me for stuff I never asked for last time!" Mr. Sun jumps on it: "You hear that?")
crowd_empathize = Mr. Sun, you paid and still got cut off, and it's cost you business. You have every right to be angry. Have some water. I'm right here and I'm not going anywhere.

## Still on the store floor

crowd_still = (He's still at the counter, phone raised) Until you give me an answer, I'm not moving!
    .on_camera = (Camera still on you, he calls out to the people behind him) It's all on video! Until you give me an answer, I'm staying right here!
    .furious = (He bangs the counter) Well? Where's my answer? Until I get one, I'm not moving!
    .simmering = (He takes the water but doesn't drink it. His voice drops a little) ...You're going to have to give me an answer today.
still_manager_out = One moment, sir. I'll ask our store manager to come out and talk to you.
    .why = Fetching the store manager is right, but he's still on the store floor. With a room full of people watching he can't back down, and nobody can talk properly. Invite an agitated customer into the reception room first; then the store manager sees him there personally.
still_security = Mr. Sun, if you keep this up, I'll have to call security.
    .why = Threatening him with security pushes him out; it isn't moving him somewhere quieter. The key to moving an agitated customer is the words you use, so that he feels taken seriously. Lose a long-standing customer and it costs 5 to 7 times as much to win a new one.
security_leaves = Call them! Go ahead! I'm calling 12345 right now! (He walks out without looking back.)
security_dares = Security? Go ahead! Let's see what you can do to me!
still_room = Mr. Sun, this needs sitting down and checking properly. Let's go into the reception room. I'll bring up the records and show you, and our store manager will come and talk to you personally. This way, please.

## First-contact ownership: the store manager arrives

handover = (In the reception room, you pour him a cup of water. Wang Min, the store manager, comes in: "Good morning, Mr. Sun. I'm the manager here; my name's Wang.") Another new face? So I have to tell the whole thing again from the start, huh?
    .on_floor = (Hearing the noise, Wang Min, the store manager, comes out from the back: "Good morning, sir. I'm the store manager; my name's Wang. It's busy out here; let's sit down inside." He follows her into the reception room and drops into a chair.) Another one? So I have to start all over again, huh?
    .furious = (Wang Min, the store manager, comes in. She has barely said "Good morning, Mr. Sun" when he shoves the cup away) Another new face! So I've got to tell the whole thing all over again, huh?!
handover_blame = Ms. Wang, he says he paid at window 2 on the 3rd. That was Xiao Li's shift, so I bet she messed it up again. Nothing like this has ever happened with anything I've processed.
    .why = Running down a colleague in front of the customer, and talking yourself up while you're at it, is one of the ten taboos. All the customer hears is "this place is a mess," and he won't trust you anymore because of it. You haven't even checked the record yet. At a handover, just give the facts clearly.
handover_brief = You don't need to go through it again; I'll fill Ms. Wang in. Ms. Wang, Mr. Sun paid 200 yuan here on the afternoon of June 3; here's the receipt. At 7 this morning his cell phone was suspended for an unpaid balance. He runs a fruit wholesale business at Chengnan market and takes all his orders on this number, so his customers haven't been able to reach him all morning. I'm about to pull up the records to see where the 200 went. Mr. Sun, have I left anything out?
handover_repeat = Mr. Sun, could you explain the situation to our manager again?
    .why = First-contact ownership: when a case is handed over, the first contact briefs the next person; the customer should never have to say the same thing twice. He's been shouting about it all morning, and asking him to start again sets him off once more.
repeat_explodes = (He jumps to his feet) I've told it eight times already! Can't you people pass a message along?!
repeat_manager_stops = (Ms. Wang raises a hand: "Mr. Sun doesn't need to repeat himself." She turns to you: "You tell me." You hurry through it.)
handover_dump = Ms. Wang, I'll leave Mr. Sun with you. I've got a line waiting out there.
    .why = First-contact ownership means no passing the buck. You're the first person he came to, so you see it through. Pawn him off on the boss and walk away, and he feels he's being passed around again.

## Act at once: get his phone working first

urgent = (Ms. Wang nods: "You keep going with it. Anything that needs my sign-off, I'll sign." Mr. Sun waves a hand.) What's the use of all this talk? I need to make calls now! My customers are trying to reach me!
    .furious = (Ms. Wang has just said "You keep going with it; anything that needs my sign-off, I'll sign" when he bangs the table) Don't give me all that! I need my phone working now! My customers are looking for me. Don't you get it?!
    .tight = (Ms. Wang nods: "You keep going with it. Anything that needs my sign-off, I'll sign." Mr. Sun glances at his phone.) Fine. So tell me, when can I make calls? My customers are still waiting.
urgent_records_first = Don't worry, sir. Let me pull up the payment records first and see what happened to that 200 yuan.
    .why = Checking the record isn't wrong in itself, but what he needs most right now is a working phone; his customers are calling a dead number. Work out what he actually needs, and do first whatever you can do on the spot.
urgent_reopen = The most important thing right now is getting your phone working. I'll do an emergency reconnection; it'll be back in two minutes and you can call your customers. Meanwhile I'll track down that 200 yuan, and I'll tell you what I find as soon as you're off the phone.
reopen_rings = (Within two minutes the phone pings, and then it rings. He answers: "Old Liu! Sorry, I was cut off... Yes, I'll bring it this afternoon!" He hangs up, looking a little less tense.)
reopen_nods = (The phone pings with the reconnection text. He glances at it, says nothing, and starts returning calls one by one.)
urgent_top_up = How about you add 50 yuan for now? It'll reconnect right away, and we'll deal with the 200 later.
    .why = The store put his money on the wrong account, and you're asking him to pay again. That's putting obstacles in the way of a solution, one of the ten taboos. You can do an emergency reconnection on the spot; the customer shouldn't pay for our mistake.
urgent_tomorrow = We can only reconnect you once the 200 has been transferred, and the earliest that can happen is tomorrow.
    .why = You can do an emergency reconnection on the spot in two minutes, yet you're leaving him cut off for another day. Don't avoid it; deal with it at once. Do now whatever can be done now.

## The record: the money went to his broadband account

record = (He finishes his calls and puts the phone on the table) OK, the phone works. But what about my two hundred yuan? Have you people pocketed it?
    .manager_reopened = (Without a word, Ms. Wang does the emergency reconnection herself on the computer beside you. His phone pings. He doesn't even look at it) Cut off all morning, and only now does it occur to you to reconnect me? What about my two hundred yuan? Have you pocketed it?
    .furious = (He slaps the phone down on the table) So it works. So what? Where's my two hundred yuan? Have you people pocketed it?!
    .eased = (He finishes his calls and leans back) OK, the phone works. Now tell me straight: what happened to that two hundred?
record_deny = Found it. The money went onto your broadband account; the receipt does say "broadband account 0417". Everything was done according to normal procedure on our side. Didn't you check it when you paid?
    .why = The record clearly shows the window put the money on the wrong account, and you're still insisting "we followed procedure" and batting it back to him. That's stressing what we did right and not admitting a mistake, one of the ten taboos. Once the facts are clear, own the mistake.
deny_explodes = Me check it? So I pay my bill and then I have to check your work as well?!
deny_calls_hotline = (He snatches up the receipt) Fine, so you did nothing wrong. I'm calling 10086 to complain, and if that doesn't work, the regulator! (He slams the door on his way out.)
record_vague = It may have been a problem with the system. We'll have to report it up the chain to find the exact cause, and look into it.
    .why = The record is right in front of you, and you're saying "may have been" and "look into it". That's vague, evasive language, one of the ten taboos. Tell him what you found, clearly and accurately.
record_admit = Found it. At 2:26 p.m. on June 3, the 200 yuan you paid at window 2 was put onto your broadband account, the one ending 0417, instead of your cell phone account. Every yuan of it is still there, in your name. But we entered it wrongly. It wasn't your fault. I'm truly sorry you were cut off all morning for nothing.
admit_told_you = I knew it! I know what I paid for!
admit_breathes = (He pauses, then lets out a long breath) ...Well, at least the money's still there.
record_blame = Found it. A colleague at window 2 entered the wrong account number. I wasn't on shift that day.
    .why = To the customer, every window is "you people." Pushing the mistake onto a colleague to clear yourself is one of the ten taboos. Own the error as "we"; internal matters are handled internally.

## "Get her out here!"

colleague = Entered it wrongly? Who did it? Get her out here! She can apologize to my face! And you let people like that keep working here?
    .furious = (He jumps up) Who entered it? Go get her! She can apologize to my face! Someone like that has no business sitting at a counter!
    .grim = (He taps the table) Entered it wrongly... Who did it? Doesn't anyone here check this kind of thing?
colleague_own = The mistake was the store's, not yours, and I apologize again on behalf of all of us. Ms. Wang will deal with how the error happened and what changes at the window, according to our rules, and we'll tell you the outcome. Today my job is to get your problem solved, step by step. Is that all right with you?
colleague_blame = Tell me about it. She's always been careless, and we've spoken to her about it plenty of times. If I'd handled it, this would never have happened.
    .why = Joining the customer in running down a colleague, and talking yourself up while you're at it, is one of the ten taboos ("blaming and criticizing colleagues while talking up your own record"). All the customer concludes is that the whole store is unreliable. The mistake is the store's; apologize as "we".
colleague_fetch = All right, I'll go get her to come and apologize to you now.
    .why = Handing a colleague over to be shouted at in public to buy a moment's peace isn't handling it with reason and restraint. Handle it on principle: the store owns the error and apologizes for it, staff matters are for the store to deal with, and you tell him it will be put right and he'll hear the result.
fetch_manager_steps_in = (Ms. Wang raises a hand: "Mr. Sun, I'll deal with what happened at the window. Today let's get your problem solved first.")
fetch_he_waits = (You go out and look, but Xiao Li is flat out at her window and can't get away. By the time you come back, he's checking his watch.)
colleague_defend = You can't put it all on her, though. She sees hundreds of customers a day; anyone can slip up. And if you'd checked the receipt when you paid, this wouldn't have happened.
    .why = Excusing your colleague and turning it around on him for not checking is lecturing and criticizing the customer, one of the ten taboos. The error is ours; don't ask him to share it.

## 3 Reason and restraint: "Who pays for my losses?"

compensation = What good's an apology? I've lost two or three thousand this morning, easily! Who's paying for that? If you don't pay up today, this video goes online and I'm calling 12345!
    .furious = (He slams his phone on the table) Sorry's no damn use to me! Two or three thousand I've lost this morning, easily! Not paying? Then this video goes up right now, and I'm calling 12345!
    .calmer = (He rubs his face) All right, I accept the apology. But what about the business I've lost this morning? Two or three thousand at least.
comp_promise = Don't worry, we'll definitely cover your losses. Work out a figure and I'll put it through for you.
    .why = The company doesn't pay cash for lost business, and you have no authority to promise it. Don't over-promise: a promise made today that can't be kept next week becomes a bigger complaint.
comp_partial = The company's rules really don't allow us to pay cash for lost business. I'm not going to mislead you about that. But the 200 yuan will definitely be moved back today.
    .why = Holding to the rules and not making promises you can't keep are both right, but all he heard was "no", with nothing about what the store can do. Reason and restraint still means offering him a choice of solutions and winning his agreement.
comp_flat = Compensation's out of the question. There's no such policy.
    .why = "Out of the question" slams the door. That's refusing the customer outright, one of the ten taboos. If something is outside the rules, put everything that is within the rules on the table.
flat_rings_12345 = No such policy, huh? (He dials 12345 right in front of you) Hello, I want to make a complaint...
flat_glares = (He stares at you for a long moment without a word, thumb tapping at his phone screen.)
comp_principle = We understand what this morning has cost you; anyone would be fuming. But I have to be straight with you. I won't promise something I can't deliver: the company's rules don't pay cash for lost business. Here's what we can do under the rules. One, the 200 yuan goes back to your cell phone account today. Two, all charges for today's suspension are waived. Three, because the mistake was ours, Ms. Wang has just approved a 50-yuan credit on your cell phone account. Would that work for you?
principle_accepts = (He's quiet for a moment) ...Fifty yuan's nothing much, but at least you're being straight with me. All right.
principle_haggles = Fifty? What am I, a beggar?... (Ms. Wang doesn't rise to it; she just looks at him. He waves a hand) Oh, forget it. Fine, let's leave it at that.

## A clear deadline, in writing

method = Fine, we'll do it your way. But when will the money actually arrive? Don't give me the same as last time: all talk, and then nobody follows up.
    .promised = OK, you've promised to cover my losses, don't forget. When does the money arrive? And when do I get my two or three thousand?
    .testy = Easy to say. When will the money arrive? Don't just say it and then forget about me.
method_sheet = Ms. Wang has already approved the transfer. The 200 yuan will be on your cell phone account before 6 p.m. today, and you'll get a text when it arrives. The 50-yuan credit will be there before noon tomorrow. I've put it all on this dispute record sheet: what the dispute is, how it's being handled, and when the money arrives. The time of our first reply is before 6 p.m. today. The case number is 0615017, I'm the contact person, and the phone number is the store's direct line. This copy is yours to keep; we keep the other part.
method_paperwork = For a transfer, you'll need to bring your original ID card and the original receipt in person, write a formal application, and come back in three business days to confirm and sign.
    .why = The store put the money on the wrong account and Ms. Wang has already approved the fix, yet you're sending him off to write applications and make return trips. That's putting obstacles in the way of a solution, one of the ten taboos. He's here with his receipt; do in the system what can be done on the spot.
method_oral = The 200 will be there before 6 p.m. today, and the 50 before noon tomorrow.
    .why = Clear times, which is good, but only spoken. A dispute needs a dispute record sheet: the dispute, the time of the first reply, the contact person, the phone number and the case number, with one copy for him to take away.
method_soon = Don't worry, we'll take care of it as quickly as we can and let you know when there's news.
    .why = "As quickly as we can" and "we'll let you know" give neither a method nor a time. That's vague and evasive, one of the ten taboos. State clearly how it will be handled and by when, and commit to the time of the first reply.

## After the fix: thanks and a small gift

thanks = (He lets out a long breath and leans back) All right. Today... well, at least you were reasonable about it.
    .unsettled = (He stands up, then sits down again) All right... You've said what you've said. If it doesn't turn up, I'll be back.
    .grudging = (He pockets his phone, still stony-faced) Hmph. That'll do. If the money's not there, I'll be back.
    .with_sheet = (He folds his copy of the sheet in half, tucks it into his jacket pocket and lets out a long breath) All right. Today... well, at least you were reasonable about it.
thanks_brag = Lucky for you it was me today. Anyone else, and it wouldn't have been taken care of this fast.
    .why = "Anyone else wouldn't have been this fast" is talking up your own record and knocking your colleagues, one of the ten taboos. He won't remember how good you were; he'll remember that the staff here run each other down.
thanks_plain = Thank you for raising this with us today. We'll make sure it's all carried out.
    .why = Thanking him is right. The problem is solved and the store keeps small gifts for exactly this: once a reasonable complaint is resolved, thank the customer for raising it and give him a small gift.
thanks_gift = Mr. Sun, thank you for telling us about this face to face. If you hadn't, we'd never have found out about the window putting money on the wrong account. This is a small token from the store: a thermos cup, so you can have a hot drink when you're out at the market.
gift_waves_off = (He waves it away) No, no need... (You hold it out, and he takes it anyway.)
gift_takes = (He takes it and turns it over; the corner of his mouth twitches) All right, I'll take it.
thanks_none = OK, so is there anything else?
    .why = He's the one our mistake put through a whole morning of hassle. Once a reasonable complaint is resolved, thank him for raising it and give a small gift. It takes 12 positive impressions to undo one negative one.

## A named callback: "And if it doesn't arrive?"

callback = And if the money isn't there by six? Who do I go to then?
    .no_sheet = All I've got is your word. I've got nothing in my hand. If the money doesn't turn up, who do I go to?
    .testy = You say six o'clock. And if it isn't there? I come all the way back and start from scratch again?
callback_guarantee = It'll be there, I guarantee it. I'll stake my job on it, and if it doesn't arrive I'll pay you out of my own pocket.
    .why = Staking your job or paying out of your own pocket isn't something you can promise; it's over-promising. He doesn't want oaths. He wants a named person to call him back at a set time and follow it through.
callback_named = My name and number are on the sheet. Before 6 p.m. today I'll call you myself, whether the money's arrived or not, and I'll call again at noon tomorrow to check the 50 has come through. Ms. Wang has signed the sheet and will keep an eye on it until it's all done.
named_nods = (He pats the sheet in his jacket pocket) All right. I'll wait for your call.
named_warns = I'm holding you to that. No call by six, and I'm coming straight to you.
callback_sheet_now = You're right, you should have something in writing. I'll fill out a dispute record sheet for you now: the dispute, how it's being handled, and our first reply before 6 p.m. today, with the case number, me as the contact and the store's direct line. This copy is yours. I'll call you myself before 6 today and again at noon tomorrow to check the 50 has arrived.
callback_hotline = If it hasn't arrived, just call 10086 and they'll check for you.
    .why = Telling him to call 10086 pushes him away again, and whoever answers will make him start from scratch. First-contact ownership and a named callback: you call him and follow it through, so the complaint is carried through 100%.

## Leaving

farewell = (He stands up and glances at his phone) OK, I need to get back to the market. I've got a truckload to unload this afternoon.
    .promised = (He stands up) OK, I'm heading back to the market. And don't forget: you said you'd put my losses through. I'm waiting.
    .gift = (Thermos cup tucked under his arm, he stands up and glances at his phone) OK, I need to get back to the market. I've got a truckload to unload this afternoon.
    .cool = (He stands up without looking at you) OK, I'm out of here. I've got plenty waiting for me at the market.
farewell_video = Mr. Sun, um... that video you took earlier. Would you mind not posting it online?
    .why = He's leaving, and your last concern is the store's image. The moment a customer leaves is the "end" in peak-end experience: thank him, acknowledge him, show you care. Get the service right and he won't want to post the video anyway.
farewell_warm = Mr. Sun, I'm sorry this has cost you a whole morning. Drive carefully on the way back, and don't wear yourself out unloading this afternoon. Take care! (You walk him to the door and hold it open for him.)
farewell_correct = Mr. Sun, before you go I need to correct something. When I said we'd cover your losses, I didn't have the authority to say that. I was wrong, and I'm sorry. What we will deliver is everything else I told you, every item of it. Get home safe!
farewell_next = (You nod, head back to the counter and call out) A088!
    .why = Leaving is a touchpoint too: thank him, acknowledge him, show you care, look him in the eye, and at least nod if you're busy. However well you did before, if the last moment is cold, that's the moment he remembers.

## Endings

resolved_well = Mr. Sun hurries back to the market. Just after five, the text arrives: 200 yuan credited. At noon the next day the 50-yuan credit lands too. He keeps his copy of the record sheet tucked in his account book. He never posts the video.
    .no_sheet = Mr. Sun hurries back to the market. The money does arrive in the end, but with nothing in writing he has to call the store twice before he finds out who is dealing with it.
resolved_cold = Mr. Sun's problem gets taken care of and the money all arrives. But as he stands up to leave, you've already turned away to call the next number. When someone later asks him what that store is like, he says, "They fixed it. Didn't seem to care, though."
resolved_video = Mr. Sun stops, then laughs. "So that's what you were worried about all along." He says nothing more and walks out. The money all arrives later, and he never posts the video, but he remembers that question.
resolved_walked_back = Mr. Sun says nothing for a long while, then waves a hand and leaves. The money he was owed all arrives, but he tells the people at the market, "Whatever they tell you there, knock off half."
escalated_hotline = Mr. Sun's complaint goes into the 10086 system with a long reference number. Three days later, a complaints officer from the city office calls the store for an explanation, and Ms. Wang writes a two-page report. It could all have been settled in the store.
complaint_escalated = Mr. Sun dials 12345 on the spot, then posts the video online: "Paid my bill, got cut off anyway. This is the service you get." By the afternoon, the city office's customer service department is on the phone asking what happened. Behind every customer who complains there are 20 more who are unhappy, and this time the whole city has seen it.
walked_out = Mr. Sun pushes out through the door. The next day he switches carriers at the store across the street, taking his ten-year-old number with him, and cancels his home broadband too.
