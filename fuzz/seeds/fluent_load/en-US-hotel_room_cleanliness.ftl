# locales/en-US/hotel_room_cleanliness.ftl
# Case case_hotel_room_cleanliness — a hotel room that wasn't cleaned (000_887c387e8d5af035.txt)
# Procedure proc_complaint_002: feelings first, then the issue (002_61f473d333e03107.txt); the ten taboos (003_ab2cbd483b0f63d8.txt)

title = Was this room even cleaned?
setting = Ten o'clock on a Tuesday night in the hotel lobby. You're alone at the front desk, checking in a late arrival. The elevator doors open and a woman in a business suit strides over, phone held out in front of her.
persona = Ms. Chen Jing, 34, a sales manager for a pharmaceutical company, staying two nights on business. Her flight was delayed and she only checked in at 9:40. She presents to a client at 9 tomorrow morning. Direct and fair-minded, and she can't stand being brushed off.
briefing = Ms. Chen is in room 1608, a standard king. The moment she got in she found long hairs on the pillowcase, a damp, used bath towel on the towel bar, a stain on the toilet seat and a musty smell in the bathroom, and she photographed it all. The system shows 1608 as "cleaned 2:30 p.m., inspected 3:20 p.m., ready." Deal with her at once, let her finish, find out what she needs tonight, give her a choice within your authority, tell her exactly what will happen and how long it will take, and follow up afterward. What the front desk can do: have the night attendant re-clean the room right away (about 20 minutes, all-new linen, checked by a supervisor), or move her to 1203, the same room type (inspected this evening, on the quiet side, ready now; a bellhop brings the luggage within 10 minutes); send up a fruit plate and hot drinks; book a wake-up call; press one garment free of charge. Only the duty manager on tonight, Mr. Liu, can reduce or waive a room rate or approve an upgrade; the desk cannot promise any of that. Every complaint goes into the guest feedback file with the cause, the fix and a preventive measure.

## Respond at once, feelings first

opening = (Ms. Chen turns her phone screen toward you) Hi, I'm in 1608. Look at this. There's hair all over the pillow, and the bath towel's been used. It's still wet! Has that room been cleaned at all?
    .furious = (Ms. Chen slaps her phone down on the desk, her voice rising) Look at this! Someone else's hair all over the pillow, a used towel, still wet, and what is that on the toilet? Seven hundred a night, and this is the room you give me?
open_room_number = Good evening. May I have your name, please? That's 1608, right? Let me just check the room on the system first.
    .why = She's furious, and asking for her name and checking the system won't land, however politely you do it. Feelings first, then the issue: respond to her now, apologize and acknowledge how she feels, then look it up.
open_now = (You put down what you're doing and come around to her right away) Ms. Chen, I'm so sorry. After a long day, opening the door to a room like that, anyone would be upset. I'll deal with this for you right now.
open_wait = Good evening, would you mind waiting a moment? I'll just finish checking this guest in and I'll be right with you.
    .why = She's standing at the desk with the photos and you ask her to wait. Responding promptly means not leaving a guest feeling ignored or brushed off, and urgent problems call for fast action. Apologize to the guest you're checking in and get a colleague, or at least acknowledge her first.
open_impossible = Really? Every room is checked by a supervisor before it's released, so that really shouldn't happen.
    .why = The photos are right there on her phone, and you're vouching for the inspection: stressing what we do right and not admitting a mistake is one of the ten taboos. Apologize and act first; find out why later.
impossible_shows_photo = (She holds the phone right up to your face) Shouldn't? See for yourself! Is that your room or isn't it?
impossible_storms = ("Fine, I must be seeing things." She drops the phone into her bag.) I'm checking out. I'll find another hotel!

## Active listening: let her finish

venting = (She sighs) My flight was over two hours late, I didn't get here till after nine. All I wanted was a shower and to go through tomorrow's presentation again. I pull back the covers and there are long hairs all over the pillow. I go into the bathroom: a wet towel on the towel bar, a yellow stain on the toilet seat, and it smells musty. I'm seeing a client at nine tomorrow. How am I supposed to sleep in there?
    .furious = My flight was two hours late, I'm exhausted, I just want a shower and bed! I pull back the covers and there's long hair all over the pillow; there's someone else's wet towel in the bathroom, a yellow stain on the toilet seat, and it stinks of mildew! I've got a client at nine tomorrow. How am I supposed to sleep in that? It's disgusting!
vent_one_hair = Please don't worry, Ms. Chen, it's only a few hairs. The housekeeper probably just missed them. I'll have someone run up and change the pillowcase.
    .why = "Only a few hairs" tells her that her problem doesn't matter, one of the ten taboos. For her it's a used towel, a dirty toilet and a bad night's sleep. Behind every guest who complains are 20 unhappy ones.
vent_hurry = Yes, of course, Ms. Chen, I understand completely. Let's not waste your time. What would you like us to do?
    .why = She hadn't finished and you said you understood. Active listening means letting the guest finish, playing back the key points and seeing it from where she stands; once she feels heard, the rest gets easier.
hurry_snaps = (Her voice goes up) Understand what? I haven't finished!
hurry_cold = (She gives you a look and says nothing, drumming her fingers on the desk.)
vent_listen = (Making notes as she talks) Hair on the pillowcase, a used towel that's still damp, a stain on the toilet seat, a musty smell in the bathroom... and your flight was late, and you're seeing a client at nine. Please go on, I'm writing it all down.

## The cause: "Does anyone actually check these rooms?"

cause = I just want to know one thing. Does anybody actually check these rooms? How can you give a guest a room like that?
    .furious = Does anyone actually check these rooms, or does nobody care? And you've got the nerve to charge seven hundred a night for that?
    .tired = (She rubs her temples and her voice drops) Look, I'm not trying to make your life difficult. I just don't understand how a room like that gets given to anyone.
cause_blame_attendant = I'm really sorry, Ms. Chen. The sixteenth floor was done by a new housekeeper today. She's always been a bit slow, and I suppose the supervisor didn't check properly. I'll talk to them.
    .why = Blaming the housekeeper and the supervisor is one of the ten taboos (blaming colleagues). To the guest, the hotel is one team; what she needs to hear is "this is our fault, and I'll take charge of it".
cause_sorry_only = I'm so sorry, Ms. Chen. After a long day, the last thing you needed was this.
    .why = The apology was right, but she asked how this happened. Apologizing without answering leaves her angrier. Tell her you're taking charge, that you'll find out why, and that the priority is getting her settled tonight.
cause_own_it = This is our fault, and I'm sorry. The system shows the room was inspected this afternoon, but your photos show what it was really like, so something went wrong with our inspection. I'll have the housekeeping supervisor find out exactly what happened tonight. I'm taking charge of this, and the first thing is to get you into a room you're comfortable in.
cause_system_says = Ms. Chen, the system shows 1608 was cleaned at 2:30 and inspected at 3:20 this afternoon, and it passed. Could there have been some misunderstanding?
    .why = The photos are right in front of you and you quote the system to say the room "passed": stressing what we did right and not admitting a mistake is one of the ten taboos. The system only shows that the inspection missed something, not that the room was clean.
system_wants_manager = ("A misunderstanding?" She slaps her phone on the desk.) Get me your manager! Let's see who's misunderstanding what!
system_glares = (She stares at you for a few seconds, then gives a short laugh) Fine. If the system says it's clean, it's clean. So where do I sleep tonight?

## What does she need tonight?

true_need = So what happens now? It's nearly half past ten.
    .testy = What good is all that? Just tell me what I'm supposed to do tonight. It's nearly half past ten.
need_assume = OK, I'll send the housekeeper up now to clean it all again, with fresh sheets and towels. It won't take long.
    .why = You decided for her. Does she even want to go back into that room? Can she wait? Does she need anything for tomorrow morning? Play back what she told you and check what she wants before you act.
need_recap_notes = Let me check I've got it all from my notes: the pillowcase, the towel, the toilet seat and the smell. What matters most tonight is a clean room as soon as possible so you can shower and rest, because you're seeing a client at nine and still need time for your presentation. Is that right? And if there's anything else you need, just tell me.
need_confirm = Ms. Chen, let me make sure I've understood: what you need most is a clean room as soon as possible, so you can shower and get some rest and be ready for your client at nine. Is that right? Is there anything else you need?
    .why = Good check. If you'd made notes while she talked, you could read her the four problems one by one, and she'd know you'd really been listening.
need_anything = Ms. Chen, I'm so sorry you've had to put up with this. Whatever you want, just say, and we'll make sure it happens.
    .why = You promised "whatever you want" before you even knew what she wanted: that's over-promising, a red line. What you can decide is a re-clean or a room of the same type; a free night or an upgrade is for the duty manager. Ask what she needs, then offer choices within your authority.

## A choice of solutions

options = (She glances at her watch) I just want a shower and some sleep. I've got an early start.
    .unheard = Clean it again? And send me back in there? I feel sick just thinking about that pillow. And how long will that take? I still have to prepare for tomorrow.
    .testy = I don't have time for this. I'm seeing a client first thing, and right now I just want a shower and my bed.
opt_two_ways = There are two options, whichever suits you better. I can move you to 1203, the same type of room, inspected this evening, on the quiet side. You can go up now and the bellhop will bring your luggage within ten minutes. Or you can have a seat in the lobby bar with a hot drink on us while the night attendant cleans 1608 again from top to bottom, all-new linen, checked by the supervisor. That takes about twenty minutes. Which would you prefer?
two_ways_move = (She doesn't hesitate) Move me. I'm not setting foot in that room again.
two_ways_doubts = (She hesitates) I'll move, then... but how do I know 1203 is clean? The system said 1608 had been inspected too.
opt_upgrade = Ms. Chen, we've really let you down tonight. Let me upgrade you straight to an executive suite, and we won't charge you for tonight. How does that sound?
    .why = A suite upgrade and a free night aren't the front desk's to give; only the duty manager can decide them. That's over-promising, a red line: a promise you can't keep tonight is tomorrow's second complaint. Offer her choices within your authority.
opt_obstacle = If you'd like to change rooms, you'd need to go back up and pack, then come down and fill out a room-change form, and the housekeeping manager has to sign off on it in the morning, so it may not be possible tonight. Should I just send someone up to clean instead?
    .why = The desk can move her to a room of the same type, and the bellhop can carry her bags, yet you put hurdle after hurdle in her way: one of the ten taboos (putting obstacles in the way of a solution). If it can be done on the spot, don't send the guest back and forth.
opt_move_only = OK, I'll move you to another room, 1203. It's the same type and you can go straight up.
    .why = The idea's fine, but you didn't give her a choice, or tell her whether the room had just been inspected or what happens to her luggage. Give her two options within your authority: a room change or an immediate re-clean.

## Holding to principle: "Tonight should be free"

compensation = Fine, I'll move. But you can't just leave it at that. I only got into the room after nine and I've been jerked around ever since. Surely you're not charging me for tonight?
    .testy = Just move me and that's it? I've been jerked around all evening and I won't get a decent night's sleep. You're not seriously going to charge me for tonight?
    .promised = (She stops, not quite believing it) A suite? And tonight free as well? Are you actually allowed to say that? I don't want to be told at check-out that it doesn't count.
    .obstructed = Forget the form! I'm changing rooms tonight, I'll carry my own bags if I have to. And after all this, you're not seriously going to charge me the full rate for tonight?
    .weary = (She's calmer now, but she doesn't let it go) I'm happy with the move. But honestly, after an evening like this, shouldn't there be something on the room rate too?
comp_free_night = Of course, Ms. Chen. Tonight's on us. I can authorize that, don't worry.
    .why = Only the duty manager can waive a room rate; the front desk has no authority to. That's over-promising, a red line: if it isn't honored at check-out, she'll be angrier than she is tonight. Tell her honestly, pass it to the duty manager, and tell her when she'll hear back.
comp_pass_on = I'll pass your comments on to my manager, and we'll let you know once there's a decision.
    .why = Passing it up is right, but you didn't say who will answer or when, so she's left waiting. Be specific: you'll report it to the duty manager tonight, and she'll have an answer before a set time tomorrow morning.
comp_principle = You got in late, you've had all this hassle and you've got a client first thing. I'd be fed up too, and it's a fair thing to ask. But I have to be straight with you: the room rate isn't something I can decide at the desk, so I won't promise you something I can't deliver. I'm reporting this, with your photos, to Mr. Liu, tonight's duty manager, right now, and you'll have a clear answer from us before eight tomorrow morning, before you head out.
comp_flat_no = I'm sorry, Ms. Chen, we can't waive the room rate. It's not hotel policy.
    .why = Shutting her down in one sentence is refusing the customer outright, one of the ten taboos. Acknowledge how she feels, explain what is and isn't yours to decide, pass the request to the duty manager and tell her when she'll get an answer.

## The method and the timing: up to 1203

method = (She nods and picks up the key card wallet) OK, let's do that. There won't be any problems with this one, will there?
    .doubtful = (She still isn't convinced) I'm telling you now, if 1203 is anything like the other one, I'm checking out tonight.
    .testy = All right. Just don't make me come back down here a second time.
method_vague = Don't worry, it'll be absolutely fine. You go on up, and we'll get your bags to you right away.
    .why = "It'll be fine" and "right away" say nothing: vague language, one of the ten taboos. Say who will take her up, when the luggage will arrive and how the room will be checked.
method_go_up_together = Here's what happens now: I'll come up to 1203 with you, and before you unpack we'll check the bed, the towels and the bathroom together, and you only settle in once you're happy. The bellhop will bring your luggage from 1608 within ten minutes. And I'll give you Mr. Liu's answer in person before eight tomorrow.
method_key_only = Here's your key card for 1203. You can go straight up, and the bellhop will have your bags there in ten minutes.
    .why = The timing's clear, but she's just been burned by 1608 and now nobody checks the room with her; she has to inspect it herself. Carrying out the fix includes letting the guest check it: go up with her and look it over together.
method_guarantee = Don't worry, I guarantee 1203 is one hundred percent clean, and this will never happen at our hotel again.
    .why = "One hundred percent" and "never again" are guarantees you can't give: that's over-promising, a red line. Going up and checking the room with her is worth more than any guarantee.

## Extra service: 1203, a quarter past ten

new_room = (The two of you go into 1203. She turns back the covers, then takes a good look around the bathroom) Yes, this one's fine. (She checks her watch) It's quarter past ten already, and I still have to go through my slides for tomorrow.
    .alone = (Ten minutes later you call 1203. Ms. Chen takes a while to pick up.) I've checked the room over myself, and this one's all right. (She sighs.) But it's quarter past ten already, and I still have to go through my slides for tomorrow.
    .relieved = (She takes a good look around 1203 and finally relaxes) This is much better, and it's nice and quiet. Thanks for coming up with me. (She checks her watch) I'm just short of time; my slides for tomorrow aren't finished.
    .cool = (She looks around 1203, still not smiling) Fine, at least this one's usable. (She checks her watch) Quarter past ten. I've still got a presentation to prepare.
extra_none = Well, have a good night's rest, and just call the front desk if you need anything.
    .why = You fixed the problem and left, and missed the chance to make up for it. Extra service goes beyond what she expects: some fruit and a hot drink, and a thought for what she needs before her client meeting. It takes 12 positive impressions to undo one negative.
extra_tailored = I'll leave you to it. I'll have a fruit plate and some hot milk sent up, by way of an apology. You're seeing your client at nine, so should I set up a seven o'clock wake-up call for you? And if the outfit you're wearing tomorrow needs pressing, hang it on the door and I'll have it pressed tonight and brought back, free of charge.
extra_fruit = I'll have a fruit plate sent up for you, by way of an apology. Have a good night.
    .why = Sending fruit was right. But she's just told you she's seeing a client at nine, so think half a step ahead: a wake-up call and pressing her clothes are what she can really use tonight.
extra_next_stay = I'm really sorry about tonight. Next time you stay, I promise you a free suite upgrade. Just mention my name.
    .why = A free upgrade next time is not yours to promise: that's over-promising, a red line. Give her something real within your authority: fruit, a hot drink, a wake-up call, pressing.

## Following up: 7:50 the next morning

morning = (At 7:50 the next morning, Ms. Chen steps out of the elevator with her laptop bag, checking her phone as she heads for the doors. It's drizzling outside.)
    .bright = (At 7:50 the next morning, Ms. Chen steps out of the elevator with her laptop bag, looking fresh, and gives you a nod. It's drizzling outside.)
    .still_cool = (At 7:50 the next morning, Ms. Chen steps out of the elevator with her laptop bag, her face set, and heads straight for the doors. It's drizzling outside.)
morning_nod = (You're settling another guest's bill and look up to nod at her) Good morning!
    .why = Checking in with a guest during her stay is part of putting things right, and you promised her an answer before eight. Catch her, ask how she slept, and tell her Mr. Liu's decision.
morning_check_in = Good morning, Ms. Chen! Did you sleep all right? Is 1203 OK for you? I wanted to let you know that Mr. Liu has looked at the photos, and last night will be charged at half price; you'll see it on your bill at check-out. It's drizzling out there, so please take this umbrella. Good luck with the presentation!
morning_manager_only = Good morning, Ms. Chen. Just to let you know, the manager has approved half price for last night; it'll show on your bill when you check out.
    .why = You gave her the answer on time, but you didn't ask how she slept or whether the new room was all right. Following up means checking she's satisfied, not just passing on a decision.

## Departure: check-out on Thursday morning

checkout = (On Thursday morning Ms. Chen comes to check out and puts her key card on the desk) Checking out, 1203.
    .warm = (On Thursday morning Ms. Chen puts her key card on the desk with a smile) Checking out. Thanks for everything these last two days. The presentation went well.
    .grudging = (On Thursday morning Ms. Chen puts her key card down on the desk) Checking out. And make sure that half price is on the bill.
checkout_next = (Printing the bill and handing it over) There you are, if you could just sign here. (Turning away) Next, please! Good morning!
    .why = Calling the next guest while she's still at the desk tells her she doesn't matter, one of the ten taboos, and there's no thanks, acknowledgment or care as she leaves. Departure is the "end" of the peak-end experience.
checkout_plain = Here's your bill, Ms. Chen. The first night has been charged at half price. Thank you for staying with us, and have a safe trip!
    .why = A polite goodbye, but no follow-up call after she leaves. Tell her you'll call in a few days to hear how her stay went, so the complaint is properly closed.
checkout_thanks_callback = Here's your bill, Ms. Chen. The first night's been charged at half price; please take a look. And thank you for coming straight to us that night: housekeeping is already fixing the problems you pointed out. We'll give you a call next week to hear if there's anything else about your stay you'd like to tell us. It's slippery out there, so take care, and have a safe trip!

## The guest feedback file: the supervisor asks for the entry

after_action = (After Ms. Chen has gone, the front office supervisor comes over) "That 1608 complaint: can you fill out the guest feedback file? Housekeeping is going through it with us at the weekly meeting."
    .no_callback = (After Ms. Chen has gone, the front office supervisor comes over) "That 1608 complaint: can you fill out the guest feedback file? And why is the after-stay follow-up box empty? Housekeeping is going through it with us at the weekly meeting."
file_blame = (To the supervisor) It's nothing to do with the front desk. That new housekeeper didn't clean it properly, and her supervisor didn't check. I was the one who calmed the guest down that night, on my own.
    .why = Blaming housekeeping and talking up your own part is one of the ten taboos. The file is for the cause and the preventive measure, so the same gap doesn't happen again.
file_full = (Writing in the file) 1608: hair on pillowcase, towel not changed, stain on toilet seat, musty bathroom; guest has photos. Cause: to be confirmed by housekeeping; system showed "inspected 3:20 p.m." Action: moved to 1203, first night half price (approved by Mr. Liu), fruit, wake-up call, pressing. Recommendation: add towel bar and toilet seat to the inspection checklist; rooms with late check-outs get a second check before release. Guest profile: Ms. Chen Jing, often arrives late, prefers the quiet side; inspect her room before her next arrival.
file_minimal = (Writing in the file) Guest in 1608 complained room not clean. Moved to 1203, first night half price. Guest has checked out.
    .why = You logged the fix but not the cause, and no preventive measure, so the next guest may get the same room. The feedback file is there to be analyzed regularly and learned from: write down what went wrong, how to prevent it, and the guest's preferences.

## Endings

resolved_loyal = A week later, the follow-up call reaches Ms. Chen. The presentation went well, she says, and "you looked after me properly that night". Housekeeping added two items to the inspection checklist, and rooms with late check-outs now get a second look before they're released. A month later she books with you again. The notes field says: "Quiet side, please. Thanks."
resolved_logged = Ms. Chen checked out and that was the end of it. The file has one line, "moved room", the checklist never changed, and the same gap turned up again on the tenth floor the following month.
resolved_blame = The file went in. But what you said soon got back to housekeeping, the two departments spent the weekly meeting arguing, and nobody ever got around to changing the inspection checklist.
resolved_sour = Ms. Chen signs and wheels her suitcase away, with "Next, please!" ringing in her ears. A week later a three-star review appears on the booking site: "They fixed the room problem well enough, but when I left, nobody could have cared less."
complaint_escalated = (Ms. Chen slaps her phone down on the desk) "Get me your manager, right now! I'm putting these photos online so everyone can see what your rooms are like!" The duty manager hurries over. It's out of your hands now.
left_hotel = (She wheels her suitcase out through the lobby and gets into a taxi.) The next day there's a one-star review on the booking site, with four photos. Unhappy guests choose other hotels, and leave bad reviews behind them.
