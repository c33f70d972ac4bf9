# locales/en-US/car_delivery_delay.ftl
# Case case_car_delivery_promise_broken — a delivery date promised and not kept (002_61f473d333e03107.txt)
# Procedure proc_complaint_002: feelings first, then the issue; handling technique "isolate" (002_61f473d333e03107.txt); the ten taboos and first-contact ownership (003_ab2cbd483b0f63d8.txt)

title = "You said end of the month"
setting = 10:30 on a Saturday morning. The showroom is full of weekend buyers. Suddenly there's a commotion at the front desk, and a woman's voice carries across the whole floor: "Get me your manager!" You're the sales manager on duty today.
persona = Zheng Li, 36, runs a flower shop. Quick, efficient and blunt. On October 18 she ordered a mid-size SUV, top trim, in pearl white, and paid a 20,000 yuan deposit. What she can't stand is being strung along.
briefing = Ms. Zheng's contract says: "Estimated delivery date: by November 30. If the manufacturer changes the production schedule, the actual arrival date applies, and the seller shall inform the customer promptly." Her salesperson, Xiao He, told her she'd "definitely have the car by the end of November". Since November 10 the dealer system has shown "pearl white top trim: production delayed about three weeks". Xiao He's follow-up log shows three calls from her, on November 14, 22 and 29, each answered "arriving next week". Nobody told her about the delay; she read about it in an owners' group chat this morning. On the 19th she is driving her parents 500 km to her hometown for her father's 70th birthday on the 20th. Logistics: her car left the factory on December 1; the carrier expects it at the regional hub on the 7th and at the dealership on the 9th; the pre-delivery inspection and temporary plates take up to two days, so delivery is by Saturday, December 12, at the latest. There is a trackable waybill number. Alternatives: the same trim in space gray is in stock and could be delivered on Tuesday the 8th; or she can cancel and get the full 20,000 deposit back within 3 business days. Your authority: a delivery package worth up to 3,000 yuan (floor mats, window film, a full tank, first service free). Cash discounts, any "penalty" (the contract has no such clause) and lending her a demo car need the general manager, Mr. Zhou, who will agree to lend a demo car until delivery if asked. The dealership's complaint form has a customer copy with a case number, the handler's name and cell phone number, and the agreed checkpoints. Xiao He is your colleague; how he's dealt with is an internal matter.

## Feelings first, and first-contact ownership: "Get me your manager!"

opening = (Ms. Zheng is standing by the front desk, phone in hand) I paid my deposit in October, and your salesman told me I'd definitely have the car by the end of November. It's the fifth of December! I've called three times and three times I've been told "next week". This morning I see in a group chat that pearl white was delayed ages ago! Is this how you treat people? Get me your manager!
    .furious = (Ms. Zheng slaps her phone down on the desk and the whole showroom goes quiet) Liars! All of you! You took my deposit, so where's my car? Three calls, three times "next week", and you knew all along it was delayed, didn't you? Get me your manager! Nobody's going anywhere until I get some answers!
open_fetch_he = Hello, which of our consultants have you been dealing with? Xiao He? I'll go get him now so he can explain.
    .why = She wants someone who can take responsibility, and you're handing her back to the person she feels lied to her. First-contact ownership: don't pass the buck; take it on yourself so she doesn't have to tell it twice or chase two people.
open_take_charge = Ms. Zheng, hello. I'm the sales manager on duty today. Please don't worry, you don't need to find anyone else: I'm taking this on, and I'll see it through from start to finish. Tell me what's happened.
open_contract_no = Hello, I'm the duty manager. Could you give me your contract number? I'll check where your car is.
    .why = She's at boiling point, and the first thing you ask for is a contract number; however correct, it won't land. Feelings first, then the issue: tell her who you are and that you're taking charge, and let her say her piece.
open_keep_down = Ma'am, could you keep your voice down a little? There are a lot of customers looking at cars. Let's talk about this calmly.
    .why = Telling her to keep her voice down in front of a room full of people is lecturing her in public, one of the ten taboos (lecturing, criticizing or mocking the customer). To get her somewhere quieter, you first have to take the heat out, then invite her with words that respect her. If she walks out now, winning a new customer costs 5-7 times as much as keeping her.
keep_down_louder = (If anything she gets louder) Keep my voice down? Did you keep your voices down when you were lying to me? Everyone, listen to this!
keep_down_walks = ("Fine, I'll keep my voice down." She snatches up her bag) I'm done talking to you. I'll take it to the consumer hotline!

## Active listening: she tells it in front of everyone

venting = (She holds up her call log) Look: the fourteenth, the twenty-second, the twenty-ninth. Three times! And every time, "next week"! I'm driving my parents back to my hometown on the nineteenth; my dad turns seventy on the twentieth and the whole family's waiting. If you'd told me it was delayed, I'd have worked something else out! Now there's two weeks left. What am I supposed to do?
    .furious = (Her voice is shaking) The fourteenth, the twenty-second, the twenty-ninth: three calls, three times "next week"! My dad turns seventy on the twentieth, I'm driving them home on the nineteenth, the whole family's waiting! If I'd known it was delayed I'd have done something about it! You've been treating me like an idiot!
vent_listen = (You don't cut in; you wait until she's finished) The fourteenth, twenty-second and twenty-ninth: three calls, and each time "next week". You're driving your parents home on the nineteenth for your father's seventieth on the twentieth… Ms. Zheng, anyone strung along like that would feel they'd been jerked around. I've taken in everything you've said.
vent_defend_he = Ms. Zheng, hear me out: Xiao He isn't like that. I'm sure he didn't mean to mislead you; there must have been some misunderstanding—
    .why = Jumping in to defend your colleague before she's finished is one of the ten taboos (arguing, quarreling, interrupting). Let her finish and acknowledge how she feels; whether there was a misunderstanding is for the records to show.
vent_hurry = OK, OK, Ms. Zheng, I understand, the car's late. I'll look into it for you now.
    .why = "The car's late" brushes off everything she said: she's angry about being brushed off three times with "next week", and about her father's seventieth. Active listening means letting her finish and playing back what matters to her.
hurry_louder = (Her voice shoots up) "The car's late"? I've been lied to for a month!
hurry_cold = (She gives you a cold look and says nothing, but her phone comes up to record.)

## Isolate: the other customers are watching

crowd = (Several tables of customers have stopped to look; people are murmuring. Ms. Zheng notices and turns to them) Listen to this, everyone. Think twice before you buy a car here!
    .filming = (She starts filming and turns to the other customers) Look, everyone! This is what they're like here. Once they've got your deposit, they couldn't care less!
crowd_scene = Ms. Zheng, making a scene in the showroom is disturbing the other customers, and it won't do you any good either. Let's just deal with the issue.
    .why = "Making a scene" and "disturbing the other customers" criticize her in public, one of the ten taboos, and you're moving her on with words that sound like being thrown out. Isolating a customer is about choosing the right words: it's so she's treated with respect and can be heard properly, not to save the dealership's face.
scene_films = (She points her phone at you) A scene? Say that again, I'm recording.
scene_walks = (She gives a short laugh and heads for the door) Fine, I'll stop making a scene here. I'll make it online instead.
crowd_room = Ms. Zheng, this isn't something we can settle in a couple of sentences, and you shouldn't have to stand here for it. There's a quiet meeting room upstairs; let me take you up and get you a cup of tea. I'll have your contract, the follow-up records and your car's shipping details brought up, and we'll go through them together, point by point.
room_follows = (She hesitates, then lowers the phone) …All right. Upstairs.
room_grumbles = (She snorts and picks up her bag) Fine. Let's see what you've got to say for yourselves.
crowd_stay = Ms. Zheng, I completely understand how you feel; I'd be just as worried in your shoes. I promise you'll get a real answer today.
    .why = The words are right, but she's still standing in the middle of the showroom in front of everyone, and the longer it goes on the harder it is for her to back down. Move an agitated customer off the floor promptly: invite her to the meeting room, with the right words.

crowd_still = (She's cooled slightly, but people are still watching and her voice rises again) A real answer? Then say it here! In front of everyone!
    .filming = (The phone is still up) A real answer? Say it right here! Let everyone hear it!
still_room = Ms. Zheng, you'll get every bit of the answer you're asking for. But contract terms, records and shipping documents can't be explained properly standing up, and you deserve better than that. The meeting room upstairs is quiet; I'll bring everything up and we'll go through it line by line. Would that be all right?
still_here = All right, Ms. Zheng, we'll do it here then. Your car…
    .why = You've agreed to carry on in the middle of the showroom: she can't back down and the other customers are watching. Isolate: take an agitated customer to a meeting room and handle it there, and frame it as being for her sake, so it can be explained properly.

## Preparation: find out how the complaint arose

deceived = (She sits down, still gripping her phone) So tell me. Did he lie to me? Say "end of the month" just to get my deposit?
    .on_floor = (She's still standing in the middle of the showroom, people still watching) Go on, say it in front of everyone. Did he lie to me? Say "end of the month" just to get my deposit?
    .furious = Just tell me: did he lie to me on purpose? Say "end of the month" to get my deposit, then keep stringing me along with "next week"?
deceived_new_guy = To be honest with you, Ms. Zheng, Xiao He has only been here a few months and he doesn't always think before he speaks. He should never have said that. I'll be talking to him.
    .why = Running down a colleague in front of the customer is one of the ten taboos (blaming and criticizing colleagues). To her, Xiao He is the dealership; say he's unreliable and she'll conclude the whole place is. The mistake is "ours", and you're the one carrying it.
deceived_sorry_only = Ms. Zheng, I'm truly sorry for what you've been through.
    .why = An apology is fine, but she asked whether she was lied to. Apologizing without checking the records or taking charge sounds like a brush-off. Preparation means finding out how the complaint arose, and letting the records speak.
deceived_check = Ms. Zheng, first of all, I'm sorry you've been put through so much worry. Whether anyone lied to you isn't something I can answer off the top of my head; the records have to answer it. I'm pulling up your contract, every follow-up note from the past six weeks, and your car's shipping details right now, and we'll look at them together. Two minutes.
deceived_contract = I think there may be a misunderstanding, Ms. Zheng. The contract gives an "estimated" delivery date, and it says that if the production schedule changes, the actual arrival date applies. We haven't actually broken the contract.
    .why = You haven't seen the records yet and you're already hiding behind "estimated". Stressing what we got right and not admitting a mistake is one of the ten taboos; and the same clause says the seller must inform the customer promptly. Check the facts first.

## The records on screen

facts = (The contract, the follow-up log and the shipping details are up. The contract says: "Estimated delivery date: by November 30. If the manufacturer changes the production schedule, the actual arrival date applies, and the seller shall inform the customer promptly." The system shows a notice dated November 10: "pearl white top trim: production delayed about three weeks". Xiao He's log: November 14, 22 and 29, customer called about delivery, answer "arriving next week". Shipping: left the factory December 1, expected at the dealership on the 9th.) She stares at the screen. "Well?"
    .furious = (The records are up: the delay notice is dated November 10, and the log shows "arriving next week" three times.) She slaps the table: "The tenth! You knew on the tenth!"
facts_half = Ms. Zheng, the shipping record shows your car left the factory on the first of December. It's due here on the ninth, and with two days for the inspection and plates, you'll have it by the twelfth.
    .why = You gave her the new date but left out that the dealership knew about the delay on November 10 and still told her "next week" three times. That's half the truth, and she's looking at the screen. Give information clearly and accurately, including the part that doesn't look good for us.
facts_own = Ms. Zheng, I'll be straight with you. The contract does say "estimated", and it does say the actual arrival date applies if production changes. But the same clause says we have to tell you promptly. We had the delay notice on the tenth of November; you called three times and three times we told you "next week", never once the truth. And "definitely by the end of the month" should never have been said so firmly in the first place. That's the dealership's fault, not a misunderstanding on your part, and on behalf of the dealership, I apologize. The good news is that your car left the factory on the first of December.
own_exhales = (She pauses, and her shoulders drop) …Well. At least you've said it. That's half of it off my chest.
own_still_hurt = (She looks away) If someone had told me the truth, I wouldn't have had to find out from a group chat.
facts_he_lied = Look at the log, Ms. Zheng: the delay notice went out on the tenth, Xiao He didn't check the system, and he gave you the wrong answer three times. That's down to him personally; there's nothing wrong with our process.
    .why = Putting it all on Xiao He and vouching for the dealership in the same breath is one of the ten taboos (blaming colleagues while talking up your own side). To her, it was "the dealership" that didn't tell her; you carry it, and how it's handled internally stays internal.
facts_estimate = Ms. Zheng, you can see it in black and white: the contract says "estimated", and the actual arrival date applies if production changes. We've acted in line with the contract.
    .why = The same clause says the seller must inform the customer promptly, and the records show three untruthful answers, yet you're insisting "in line with the contract". Stressing what we got right and not admitting a mistake is one of the ten taboos; and behind one complaining customer are 20 unhappy ones who'll hear her story.
estimate_gm = (She shoots to her feet) In line with the contract? Why don't you read out the "inform the customer promptly" bit? Get your general manager!
estimate_leaves = (She throws the contract down on the table) Fine. You stick to the contract, I'll stick to the law. See you at the consumer association!

## After half the truth

pushback = (She turns the screen toward you and points at a line) Hang on. "November 10, production delayed about three weeks"? You knew on the tenth? Then why, when I called on the fourteenth, the twenty-second and the twenty-ninth, did you say next week?
    .furious = (She wrenches the screen around) The tenth! You knew on the tenth! I called three times and three times you said next week! Why didn't you mention that just now?
pushback_admit = You're right, and I didn't give you the whole picture just now. The dealership had the delay notice on the tenth; you called three times, and three times we didn't tell you the truth. We didn't do what the contract says about informing you promptly. That's our fault, and I'm sorry.
pushback_vague = Well… perhaps the information wasn't confirmed at that point. I'll need to look into the details.
    .why = "Perhaps it wasn't confirmed" and "I'll need to look into it" is dodging the question, one of the ten taboos. The record is on the screen: the dealership knew on the tenth and didn't tell her. Own it.
pushback_insist = Ms. Zheng, the production notice was only an estimated delay and might not have been accurate, which is why you weren't told; we didn't want to worry you unnecessarily.
    .why = The record is right in front of her and you're still justifying not telling her. Stressing what we got right and not admitting a mistake is one of the ten taboos. Admit it, then talk about putting it right.
insist_gm = (She stands up) So I wouldn't worry? Get your general manager. I'll talk to him.
insist_leaves = (She picks up her bag and walks out) I've seen enough. There's no talking to you people.

## The real need: her father's seventieth

true_need = (She takes a deep breath) Then I'll ask you one thing. When exactly do I get my car? I'm leaving first thing on the nineteenth.
    .testy = (She taps the table) I don't want to hear anything else. One question: when does the car actually arrive? I'm leaving first thing on the nineteenth, so don't you dare say "next week"!
need_promise = Ms. Zheng, you have my word: you'll drive that car away this week, guaranteed!
    .why = Shipping says the earliest it reaches the dealership is the 9th, and you're guaranteeing "this week". This whole complaint started with a promise made too firmly; don't over-promise, because one more you can't keep and she'll never believe you again.
need_assume = OK, I'll call the manufacturer now and tell them to hurry up with the shipment.
    .why = She told you she leaves on the 19th, and you went straight past it without asking what matters most to her, off to "chase the manufacturer". Confirm the complaint and find the real need first: a date she can rely on, no hitches on the trip, and an answer for what happened.
need_probe = Let me check I've got this right. What matters most is having the car before you leave on the nineteenth, and this time the date has to be one you can rely on, not just words. Is that right? And apart from the date, is there anything else from this past month that's still worrying you? Tell me that too.
need_confirm = Let me check I've got this right: what matters most is having the car before you leave on the nineteenth, and this time the date has to be one you can rely on. Is that right?

## A choice of solutions: a date she can believe

new_date = (She puts her phone down on the table) Go on. And this time I want the truth.
    .unheard = Chase the manufacturer? You've been "chasing" for a month! I asked when I get my car. I'm leaving on the nineteenth!
    .testy = Go ahead, then, what day? If I hear "next week" one more time, I'm walking out.
date_guarantee = Ms. Zheng, I promise you the car will definitely be here before Friday, and we'll hand it over the moment it arrives!
    .why = Shipping says the 9th at the earliest, plus two days for inspection and plates. "Definitely" is the very word that hurt her; don't over-promise. Any date you give must have a basis and be one you can keep.
date_options = Let me lay out everything we can do, and you choose. One: keep waiting for the pearl white. It left the factory on the first, it's due at the regional hub on the seventh and here on the ninth; inspection and plates take two days at most, so you'd have it by Saturday the twelfth at the latest, a full week before you set off. Two: we have the same trim in space gray in stock, and we can deliver that on Tuesday the eighth. Three: if you'd rather not wait at all, you get the whole 20,000 deposit back within three business days. Which would suit you?
options_waits_white = (She thinks) I still want the pearl white. My dad likes white. The twelfth is fine, as long as it's true this time.
options_torn = (She frowns, looking from you to the screen) Space gray… I'll think about it. Let's go with the white for now. Can you guarantee the twelfth?
date_refund_hurdle = If you don't want to wait, you can of course get your deposit back, but refunds have to go through head office for approval, which usually takes over a month, and you'd need to put the request in writing.
    .why = The estimated date has passed, so under the rules the deposit comes back in full within 3 business days, and you've turned it into "over a month" and "in writing". Putting obstacles in the way of a solution is one of the ten taboos.
date_only = The shipping record shows the car left the factory on the first and is due here on the ninth; with two days at most for inspection and plates, you'll have it by the twelfth.
    .why = An honest date, but only one path. If she doesn't want to wait, she can take the car in stock or cancel, and she has a right to know that. Offer a choice of solutions and let her pick.

## Hold to principle, get authorization: "I've waited a month for nothing"

compensation = OK, that's the car. But I've waited over a month for nothing and been brushed off on the phone three times. I want something for that. What about a penalty? And I want five thousand off!
    .testy = And another thing! Over a month wasted, brushed off three times. What's the penalty? Knock five thousand off, or this isn't over!
    .fair = (Her tone has softened) OK, the car's settled. But this past month has really jerked me around. You must be able to do something?
comp_he_pays = Ms. Zheng, Xiao He caused this, so I'll have him put part of his commission toward compensating you. How does that sound?
    .why = It sounds like taking responsibility, but it's pushing a colleague forward to take the blame, one of the ten taboos (blaming colleagues). Compensation is the dealership's business, handled by you within your authority and the rules; it has nothing to do with anyone's commission.
comp_escalate = Ms. Zheng, I'll be honest with you. There's no penalty clause in the contract, and I won't pretend there is. Five thousand off in cash isn't my decision either, and I'm not going to agree to it on the spot and then fail to deliver. But you've been without a car all this time because we didn't tell you, and I accept that. I'm calling Mr. Zhou, our general manager, right now to ask if we can lend you one of our demo cars until delivery.
gm_approves = (You make the call in front of her. Mr. Zhou says: "Lend Ms. Zheng a demo car until her delivery, that's approved. And please pass on my apologies.") She nods: "OK. That's more like it."
gm_approves_terse = (You make the call in front of her. Mr. Zhou just says: "Approved, she can take it this afternoon.") She gives a short nod and says nothing more.
comp_five_thousand = All right, Ms. Zheng, five thousand it is. I'll authorize it myself, and it'll come off the balance when you pick it up.
    .why = A cash discount needs the general manager's approval. Agree to it on the spot and, if it's turned down, she's been let down on a promise a second time. Don't over-promise: for anything above your authority, get authorization; don't make promises on your boss's behalf.
comp_monday = That's not my decision, I'm afraid; it's up to Mr. Zhou. He's in on Monday, so if you could come back and talk to him then…
    .why = When something is above your authority, you go and get approval now, rather than sending the customer back on Monday to tell the story all over again. Get authorization, involve a superior when needed, solve it as a team.

## The method and the deadline: every checkpoint

method_deadline = All right. So how do I know I can believe you this time? I don't want another "next week" when the day comes.
    .with_gm = (She glances at the phone you've just put down) The demo car shows you mean it. But the delivery itself: how do I know I can believe you this time? I don't want another "next week".
    .testy = What makes you think I'll believe you? Last time I had it in writing too, and look how that turned out.
method_vague = Don't worry, we'll let you know the moment the car arrives. It definitely won't be held up again.
    .why = "The moment it arrives" and "definitely won't": no checkpoints, no times. That's dodging, one of the ten taboos. Last time she was strung along by one sentence for a month; this time she needs checkpoints she can see and check.
method_checkpoints = Let me write it all down, so you can check every step. This afternoon I'll send you the carrier's waybill number on WeChat, so you can track it yourself at any time. On the seventh, when it reaches the regional hub, I'll send you a photo. On the ninth, the day it arrives here, I'll call you and you can come and see it. The tenth and eleventh are for the inspection and plates, and you pick it up on the morning of the twelfth. I'll give you every update myself, not through anyone else. If any step slips, I'll tell you the same day how long and why. This is the complaint form: the case number, my name, my cell phone number and all these checkpoints are on it. Please keep this copy.
method_date_only = The twelfth. You'll have it by the twelfth, for sure.
    .why = A date, but not one checkpoint she can check along the way and nothing in writing she can hold: how is that different from last time's "definitely by the end of the month"? State the method and the deadline: checkpoints, their basis, in writing.

## Carry it out: the handover, and let her check (Friday, December 11, afternoon)

delivery = (Friday, December 11, in the afternoon, a day earlier than promised. As Ms. Zheng walks in she spots a pearl-white SUV on the display stand, a red ribbon on the hood) Is that mine?
    .relieved = (Friday, December 11, in the afternoon. All week the waybill number, the photo from the hub and the call when it arrived came exactly as promised. Ms. Zheng is smiling as she walks in) You didn't miss a single checkpoint. Is that mine?
    .guarded = (Friday, December 11, in the afternoon. Her face is still set as she walks in) So it's actually here? I'll look at it before I say anything.
delivery_sign = It is, Ms. Zheng, it's all ready. If you could just sign these handover documents first, you can drive it away straight after.
    .why = Paperwork first, car later: she's waited over a month and hasn't even had a good look at her own car. Report on what was done and ask the customer to check and judge it: walk her around it, check the VIN, show her the inspection sheet, and let her sign once she's satisfied.
delivery_verify = It's yours. Don't sign anything yet; let's go over it together. Here's the VIN, and it matches your contract. This is the pre-delivery inspection sheet from yesterday: all forty-odd checks passed. Walk around and look at the paint and the interior yourself, and if anything isn't right, tell us now. Then take it for a test drive, and we'll only sign once you're completely happy.
verify_pleased = (She walks slowly around the car and runs a hand over the hood) Mm… That's exactly the white I wanted.
verify_checks_all = (She goes through the inspection sheet line by line, even glancing at the spare tire) OK. It's all fine.
delivery_i_did_it = It's yours! I've been keeping an eye on it personally all week. It's not like before, when nobody was looking after it. You're in good hands now.
    .why = Setting yourself off against "before, when nobody was looking after it" is one of the ten taboos (blaming colleagues and talking up your own record). You don't need to claim credit: let her check the car herself, and let the checkpoints speak for you. 100-1=0: one line like this can cancel out everything you did well.

## Extra service: beyond what she expects

handover_done = (The paperwork's done; she's holding the key) Well, I've got my car. But what a month it's been.
    .warm = (She's holding the key, smiling) To be honest, in the showroom that day I was ready to make a real stink about it. I didn't expect it to end up a day early.
extra_package = Ms. Zheng, we've put you through a lot this past month. We've prepared a delivery package for you: the floor mats and window film are already installed, the tank's full, and your first service is free. Just a small gesture.
extra_trip_ready = Ms. Zheng, we've put you through a lot this past month. The floor mats and window film are installed, the tank's full, and your first service is free. And since you're driving your parents 500 km on the nineteenth, I asked our service team to check the tire pressures and brakes again to long-distance standards. Here's a 24-hour roadside assistance card: if anything happens on the way, call this number. And happy seventieth to your father!
extra_none = OK, Ms. Zheng, the paperwork's all done. You're free to drive off.
    .why = Handing over the car is only what she was owed; after a month of being messed about, the dealership has offered nothing more. Extra service (a gift, some compensation, going beyond expectations) is part of the recovery, and the package is within your authority.

## Follow-up and the goodbye

closing = OK, I'll get going, then.
    .warm = (She gets into the driver's seat and rolls down the window) Thank you. If it hadn't been for you that day, I'd have canceled for sure.
    .cool = (She gets in and fastens her seatbelt) OK. I'm going.
close_callback = Ms. Zheng, thank you for coming straight to us that day, and for giving us the chance to put it right; it's shown us where we went wrong. When you're back from your hometown on the twenty-first, I'll give you a call to see how the car's going and how the trip went. If anything comes up, my cell number's on the complaint form. Drive safely!
callback_smiles = (She smiles) OK, I'll expect your call on the twenty-first. I'll bring you back something from home.
callback_noted = (She nods) OK. I'll expect your call.
close_next = OK, Ms. Zheng, that's everything. I've got another customer waiting for me, so, take care.
    .why = "Another customer waiting" tells her she no longer matters, one of the ten taboos. She leaves with that line, and everything you've won back loses its shine; it takes 12 positive impressions to make up for one negative.
close_bye = Thank you, Ms. Zheng. Drive safely, and get in touch any time if there's a problem.
    .why = A polite send-off, but nobody will ask how the car went or whether she's happy once she's back. Follow up: track it personally and confirm the customer is satisfied.

## Learn the lesson: Monday's sales meeting

after_action = (At Monday's morning sales meeting, Mr. Zhou says: "Tell everyone about Ms. Zheng's case, and how we stop it happening again.")
    .no_callback = (At Monday's morning sales meeting, Mr. Zhou says: "Tell everyone about Ms. Zheng's case, and how we stop it happening again. Oh, and has a follow-up call been arranged?")
lesson_fire_he = This was mainly Xiao He's fault: he ignored the system notice and gave the customer wrong answers. I suggest docking his performance bonus this month as a warning to everyone. I think I handled it fairly promptly.
    .why = Criticizing a colleague by name in front of the team and talking up your own handling is one of the ten taboos (blaming colleagues, talking up your own record). Learning the lesson means finding the gap in the process and setting preventive measures; individual issues are coached in private.
lesson_minimal = Ms. Zheng's car was delivered on December 11 with a delivery package and the loan of a demo car. Customer satisfied, case closed.
    .why = It records the outcome but not why it happened or how to prevent it. Learning the lesson means drawing the lessons from the complaint and setting preventive measures; leave the gap open and there'll be another Ms. Zheng.
lesson_prevent = Cause: we had the production delay notice on November 10, but it never reached each affected customer; and a salesperson said "definitely" when the contract only says "estimated". Prevention: one, when production or shipping changes, the sales manager checks the list that same day and every affected customer gets a call, logged; two, delivery dates are only ever given as estimates, together with what they're based on and what could change them; three, whenever a customer asks about their car, we check the system before answering. I've also talked it through with Xiao He privately, and he's come up with some improvements himself.

## Endings

resolved_well = On the twenty-first you call Ms. Zheng. She says the car drove beautifully and her father couldn't stop praising it. Before hanging up, she mentions that her cousin wants to buy a car next year, and she'll send her to you.
resolved_logged = Ms. Zheng has her car and the case is closed. But the gap that let a delay go unreported is still there; a month later another customer stands in the showroom shouting the same thing: "What happened to the date you promised?"
resolved_blame = Ms. Zheng's case is closed, but Xiao He barely spoke for the rest of the day after the meeting, and soon turned in his notice. From then on, nobody in sales wanted to write a word more than necessary in the follow-up log.
resolved_sour = She has her car, but what she remembers is "another customer waiting". When someone in the owners' group later asks about the dealership, she replies: "The car's fine. The people, forget it."
gm_takeover = The general manager, Mr. Zhou, is called over to take charge. Ms. Zheng points at you: "Your manager here has the records in front of him and still won't admit it."
complaint_escalated = Ms. Zheng calls the 12315 consumer hotline on the spot, then posts the video from the showroom to the owners' group and a local forum: "Dealer takes deposit, then three times 'next week'".
walked_out = Ms. Zheng pushes through the showroom door and leaves, saying over her shoulder: "Keep your excuses. I want every cent of my deposit back, and I'll see you in court."
