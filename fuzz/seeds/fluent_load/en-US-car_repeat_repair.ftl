# locales/en-US/car_repeat_repair.ftl
# Case case_car_repair_not_fixed — a repair that didn't fix the fault (002_61f473d333e03107.txt)
# Procedure proc_complaint_002: feelings first, then the issue (002_61f473d333e03107.txt); the ten taboos (003_ab2cbd483b0f63d8.txt)

title = Fixed last week, clunking again
setting = 9:20 on a Monday morning at the service reception of a car dealership. A few customers are waiting for their cars in the lounge. A man in his early forties, car key in hand, walks straight up to your desk.
persona = Liu Jianjun, 41, a pharmaceutical sales rep who drives about 300 km a week between hospitals. His car is a 2019 SUV with 62,000 km on the odometer. Blunt, fair-minded, and he hates being taken for a sucker. He has taken the morning off work to be here.
briefing = On November 19 Mr. Liu brought his car in for a clunk from the front over speed bumps. The work order only covered the front left: the left sway bar link was replaced, 320 yuan for the part and 280 for labor, 600 yuan in all. Three days later the front right started clunking. You're the service advisor at the desk today; a colleague handled his last visit. Let him get it off his chest and finish his story, then pull up last time's check-in sheet and work order, find out what went wrong and explain it to him; find out what he really needs, give him a choice within your authority, tell him how the car will be fixed and when, let him check the work himself at pick-up, and arrange the follow-up. Dealership rules: the same fault coming back within 30 days of a repair counts as a comeback repair, and the re-inspection and repair are free, parts and labor. On your own authority you can open a comeback order, ask the technical director, Mr. Sun, to inspect the car himself, lend a loaner car if the car stays overnight or pick it up and drop it off, and give a free wash and free checks (tire pressure, oil, brakes, wheel alignment). Refunding last time's 280 yuan labor needs the service manager, Mr. Zhao. Nobody can pay for lost working time; the left link really was worn, so the part isn't refunded; and nobody can promise it will "never make a noise again". The comeback order has a carbon copy for the customer with the order number and your name and cell phone number. The service manager personally calls every comeback customer.

## Feelings first: he walks in with his key

opening = (Mr. Liu puts his key down on the desk) You fixed my car last week and it's clunking again. Every speed bump, clunk, clunk, same as before. I paid six hundred yuan for that. What's going on?
    .furious = (Mr. Liu slaps his key down on the desk and the whole lounge looks up) What kind of repair was that? Six hundred yuan last week, and three days later it's clunking again! I've taken the morning off for this. Do you people know how to fix a car or not?
open_keys = Good morning, Mr. Liu. If you give me the key, I'll get the workshop to put it up on a lift and find out exactly where the noise is coming from.
    .why = He's still fuming, so however practical you are, taking the key and booking the job won't land. Feelings first, then the issue: sit him down, acknowledge how annoying this is, tell him you'll take charge, and then get the car looked at.
open_soothe = Mr. Liu, I'm sorry. Come and have a seat, and let me get you some water. Your car's only just been repaired, it's doing the same thing again, and you've had to take time off to come back: anyone would be fed up. Leave this with me; I'll get to the bottom of it for you.
open_was_fine = Mr. Liu, we did road-test the car before it went out last time, and the record says the noise had gone. It's probably not the same problem.
    .why = You're defending last week's repair before anyone has pulled up the records. Stressing what we got right and not admitting a mistake is one of the ten taboos; 100-1=0, and this one line can wipe out everything else you do. Calm him first; check the records before you say anything about the repair.
was_fine_explodes = (He's on his feet) Not the same problem? Then why is it clunking after you fixed it? Are you saying I broke it?
was_fine_leaves = (He snatches his key back) Fine, you did nothing wrong, it's all me. I'll take it up with the manufacturer!
open_calm_down = Mr. Liu, could you calm down a little, please? Raising your voice won't fix anything, and there are other customers in the lounge.
    .why = Telling a customer to calm down is lecturing him, one of the ten taboos, and it only adds fuel to the fire. Calm is something you create: sit him down, acknowledge how he feels, and tell him you'll handle it.
calm_down_glares = (He lowers his voice, but his face hardens) Fine, I'll calm down. Pity your mechanics weren't a bit more careful.
calm_down_storms = ("I need to calm down?" He grabs his key and heads for the door) Forget it. I'm calling the manufacturer!

## Active listening: let him finish

venting = (He sits down at the desk, still fuming) Look, I'm a pharma rep. I'm in and out of hospitals all day, and that car is how I earn a living. I came in last Monday, your mechanic looked at the left side, swapped some link or other, and charged me six hundred. Third day after, I go over a speed bump: clunk, front right, exactly like before. And when I brought it in I told you the right side was making a noise too. Did anyone listen?
    .furious = (He can't sit still; he's drumming his fingers on the desk) That car is how I earn a living! Last week you looked at the left side, changed a link, six hundred yuan. Third day, front right, clunk clunk! I told you the right side was making a noise too. Does nobody here listen?
vent_driving = Mr. Liu, with all the driving you do around hospitals, the roads can be rough, and if you take speed bumps a bit fast the suspension will make noises. Maybe ease off a little over the bumps.
    .why = You haven't looked at a single record, and you're putting it down to his driving and telling him how to drive. That skips checking the customer's repair history and breaks a taboo (lecturing or criticizing the customer). Hear him out, then pull up the records.
vent_hurry = Sure, sure, Mr. Liu, I get it: it's clunking over bumps again. Let's not waste your time, I'll get it scheduled.
    .why = "I get it" cuts him off, and you've missed the one thing that matters most to him: "I told you the right side was noisy too." Active listening means letting him finish, playing back the key points and writing them down; once he feels heard, the rest gets easier.
hurry_louder = (His voice goes up again) You get what? I haven't finished!
hurry_sulks = (He snorts, leans back in his chair and says nothing.)
vent_listen = (Writing it down on the reception form) Came in last Monday, front left link replaced, six hundred… three days later, front right clunking, worst over speed bumps… and you mentioned the right side when you brought it in. Go on, I'm getting all of this down.
vent_cut_in = (Before he's finished) Mr. Liu, hang on, this time it's the right side; that's a different thing from the left side last time—
    .why = Jumping in to argue before he's finished is one of the ten taboos (arguing, quarreling, interrupting), and breaks "don't cut in or rush to rebut". Let him finish, note the points, and explain once you've checked the records.

## Know the background: "Can you fix anything at all?"

suspicion = Be straight with me. Can you really not fix it, or did you leave a bit undone on purpose so I'd come back and pay again?
    .furious = Just tell me: do you not know how to fix it, or is it deliberate? Fix half, leave half, so I keep coming back with my wallet, is that it?
    .wary = I just want to know what you actually did to it last time. And don't give me the runaround.
susp_check_record = I'm really sorry you've had a wasted trip. That's a fair question, and the records should answer it. I'll pull up last time's check-in sheet, work order and road-test record right now, so we can see what was checked and what was replaced. Two minutes, and we'll look at them together.
susp_certified = Mr. Liu, you can rest assured: all our technicians are manufacturer-certified. There's no way anyone would leave a job half done on purpose.
    .why = You're vouching for the workshop before reading the records. Stressing what we got right and not admitting a mistake is one of the ten taboos; he doesn't want your assurance, he wants the facts. Check his repair history first and let the records speak.
susp_sorry_only = Mr. Liu, I'm really sorry for the trouble.
    .why = An apology is fine, but he asked what was actually done last time. Saying sorry without checking the records or taking charge just sounds like a brush-off. Preparation means checking the customer's repair history first.
susp_admit = Say no more, Mr. Liu, our mechanic obviously didn't fix it properly. It's all free this time, and I'll refund last week's six hundred as well!
    .why = You've admitted fault and promised a refund before looking at a single record. Accepting liability before the facts are clear is one of the ten taboos: you don't yet know whether the part was right, what should be refunded, or who can approve it. Apologize, check the records, then take responsibility as the rules say.

## How the complaint arose: the records on screen

record_found = (The check-in sheet, work order and road-test record are up. The notes box on the check-in sheet has the customer's words: "clunk front left, front right maybe too". The work order only says "noise from front left sway bar link; replaced front left link". Road test: "about 2 km, noise gone".) Mr. Liu leans over: "Well? I told you about the right side, didn't I?"
    .gotcha = (The records are up: "front right maybe too" on the check-in sheet, only the left side on the work order.) Mr. Liu gives a short laugh: "You've already admitted it. What are you looking for now?"
    .furious = (The records are up: "front right maybe too" on the check-in sheet, only the left side on the work order.) Mr. Liu smacks the desk: "See that? I told you about the right side! It's written down in black and white!"
record_half = Mr. Liu, here's what the record says: last time you reported a noise from the front left, we replaced the front left link, and on the road test the noise had gone. This time it's the front right, so we'll need to look at it again.
    .why = You read out what was done on the left and left out that he'd mentioned the right side and nobody checked it. That's half the truth, and he can see the screen. Give information clearly and accurately, including the part that doesn't look good for us.
record_blame_tech = You're right, Mr. Liu, you did mention the right side. The technician who had your car last time is fairly new and doesn't have much experience, so he only checked the left. Don't worry, I'll get you one of our senior people this time.
    .why = Pinning it on a colleague is one of the ten taboos (blaming and criticizing colleagues). To the customer, the mechanic, you and the dealership are one and the same; knock a colleague and he'll conclude nobody here can be trusted. The mistake is "ours", and you're the one putting it right.
record_explain_admit = You're right, Mr. Liu. The check-in sheet has your exact words, front right maybe too, but last time's work order only covered the front left and replaced the left link; the right side was never checked. That's on us, we didn't check properly, and I'm very sorry you've had to come back. The left link was genuinely worn when it came off, so that part was the right call; the problem is that the right side got missed.
admit_softens = (He sits back and lets out a long breath) OK. At least you're owning up. That helps.
admit_bitter = (He shakes his head) If you'd checked it properly the first time, I wouldn't have had to take the morning off.
record_deny = Mr. Liu, the record's quite clear: the front left link was replaced last time and the noise was gone on the road test, so there was nothing wrong with our repair. The noise on the right is a new issue.
    .why = The check-in sheet says in black and white that he mentioned the right side; the record shows we missed it, and you're still saying "nothing wrong with our repair". Stressing what we got right and not admitting a mistake is one of the ten taboos; and behind one complaining customer are 20 unhappy ones who hear his story.
deny_wants_manager = (He stands up, and his voice carries across the lounge) A new issue? I told you last week! Get your manager out here, I'm done talking to you!
deny_storms_out = (He grabs his key) Fine, you did nothing wrong. I'm not having it fixed here. I'm complaining to the manufacturer!

## He's still pushing: after half the truth

pushback = (He pulls the check-in sheet across and jabs at the notes box) You're reading me the work order. I'm asking about this: "front right maybe too". Who wrote that? Did I say it or not?
    .furious = (He slams the check-in sheet back on the desk and stabs at the notes box) Here! "Front right maybe too"! Did I say it or didn't I? Stop going round in circles!
pushback_insist = That is what the check-in sheet says, Mr. Liu, but the fault confirmed on the work order was the front left, and we repaired it according to the work order. There was nothing wrong with the process.
    .why = He's pointing at the record and you're still saying "nothing wrong with the process". Stressing what we got right and not admitting a mistake is one of the ten taboos. The record shows we missed it: own it, then talk about putting it right.
insist_wants_manager = (He shoots to his feet) According to the work order? And who wrote the work order? Get your manager!
insist_storms_out = (He grabs his key) Forget it, I'm getting nowhere with you people. I'll take it to the manufacturer!
pushback_admit = You did say it, and I didn't give you the whole picture just now. Your exact words are there, front right maybe too, but only the left side was checked last time. The right side got missed; that's our mistake, and I'm sorry.
pushback_vague = Well… maybe there was some other reason at the time. I'm not really sure of the details; I'll ask the workshop for you later.
    .why = "Maybe some other reason" and "I'll ask later" is dodging the question, one of the ten taboos. The record is right in front of you; say it straight: he mentioned the right side, we didn't check it, it's on us.

## The real need: Thursday's trip

true_need = (He glances at the calendar on his phone) So what happens now? I have to drive out of town first thing Thursday, three days on the road.
    .testy = (He puts his phone face down on the desk) OK, so what happens now? I'm driving out of town first thing Thursday, three days of long runs. Don't do half a job on it again!
need_assume = OK, I'll open a comeback order for you, then. Just leave the car with us today.
    .why = He's just told you about Thursday's trip, and you went straight past it without asking what worries him most. Confirm the complaint and find the real need first: he doesn't just want it "fixed", he wants it fixed properly before Thursday without paying again.
need_recap_notes = Let me read back what I've got. One: the front right clunks over speed bumps, and you mentioned it last time. Two: only the left side was checked. Three: you're driving out of town for three days first thing Thursday. So what matters most is having it properly fixed before Thursday so you can stop worrying about it, right? And you'd like an answer about the money you paid last time as well?
need_promise = Don't worry, I guarantee it'll be fixed this afternoon. Just pick it up after work!
    .why = The car isn't even on a lift and nobody knows what's wrong on the right, and you're guaranteeing "this afternoon". Don't over-promise: last time "it's fixed" turned out not to be true; one more empty promise and he'll never believe you again. Find out what he needs first, and give a time once the car has been checked.
need_confirm = Let me make sure I've got this right: the front right clunks over bumps, and what matters most is having it properly fixed before you leave on Thursday, yes? And you'd like an answer about last time's bill as well?

## A choice of solutions

options = OK. So what exactly are you going to do? And don't tell me "we'll have a look".
    .unheard = A comeback order? Did you ask when I need the car before you started writing? I'm going away on Thursday!
    .testy = What are you going to do? Give me a straight answer, not another "we'll have a look".
offer_two_ways = There are two ways we can do this, whichever suits you. One: leave the car with us today. I'll ask our technical director, Mr. Sun, to put it up on the lift himself and check both sides, and he'll road-test it once it's done; while it's here I'll give you a loaner car. Two: if you can't be without it today or tomorrow, we'll pick it up from your office at eight on Wednesday morning, fix it that day and drop it off before six. Either way it's a comeback repair: the inspection, parts and labor are all free.
two_ways_today = (He thinks for a moment) Today, then. The sooner the better. A loaner car will do.
two_ways_doubt = (He frowns) Mr. Sun himself, huh? …Fine, I'll leave it today. Let's see what kind of job you do this time.
offer_obstacle = Comeback repairs have to be booked through the app, I'm afraid, and the workshop's full this week. The earliest slot is next Tuesday, so if you could book it when you get home…
    .why = The same fault back within 30 days means you can open a comeback order on the spot. Instead you're sending him off to book online and pushing it to next Tuesday, after his trip. Putting obstacles in the way of a solution is one of the ten taboos.
offer_only_leave = Just leave the car with us today, then, and we'll let you know when it's ready.
    .why = One option only, and nothing about how he gets to work meanwhile or when it'll be done. Offer a choice: leave it today with a loaner car, or have it picked up on Wednesday, and let him pick.
offer_guarantee = This time I'll get the workshop to replace every suspension part on both sides, and I guarantee it'll never clunk again. If it does, come straight to me!
    .why = "Never again" is a guarantee nobody can give, and replacing parts that aren't faulty isn't an advisor's call. Don't over-promise or go beyond what you can deliver; "promises not kept" tops the list of sales complaints in the courseware.

## Hold to principle: last time's bill, and today's time off

compensation = And another thing: what about the six hundred I paid last time? Money down the drain? And I've taken half a day off today. Who's paying for that?
    .testy = And another thing! Six hundred yuan down the drain last time, and half a day off work today for nothing? How are you going to square that?
    .reasonable = (He's calmer now) OK, that's the car taken care of. But the six hundred last time, and the half day I've taken off today, you must be able to do something about that?
comp_hotline = That's not something I can decide, I'm afraid. Maybe you could call the manufacturer's customer line about it?
    .why = When something is above your authority, you get your manager involved; you don't send the customer off to call a hotline. Get authorization, involve a superior when needed, solve it as a team. Passing it back to him feels like being given the runaround all over again.
comp_everything = OK, Mr. Liu, I'll refund the whole six hundred from last time, and I'll find some way to cover your time off today too. How's that?
    .why = The labor refund needs the service manager, the part genuinely needed replacing, and the dealership never pays for lost working time, yet you've agreed to all of it. Don't over-promise: a promise you can't keep does more damage than a straight no. Get approval where it's needed, and say honestly what can't be done.
comp_escalate = I understand how you feel. On the time off work, I'll be honest with you: that's something we can't pay. And the left link really was worn, so the 320 for the part stands. But last time's 280 yuan labor, I think you deserve an answer on that, and it needs the service manager's sign-off. I'll get Mr. Zhao over right now and fill him in myself, so you won't have to go through it all again.
escalate_manager_nods = (Mr. Zhao comes over, hears your two-minute summary, glances at the check-in sheet and nods) Mr. Liu, we didn't check it properly, and we'll refund last time's 280 yuan labor; the cashier will give it back when you pick up the car. I'm afraid we can't do anything about the time off work, I hope you understand.
escalate_manager_brisk = (Mr. Zhao comes over, hears you out and flips through the records) Mr. Liu, I've approved the refund of the 280 yuan labor; you'll get it when you pick the car up. Time off work isn't something we cover, sorry. (His phone rings and he's called away.)
comp_flat_no = That's not possible, Mr. Liu. Last time was last time: a repair is a repair and you pay for it. And we don't do compensation for time off work.
    .why = "Not possible" slams the door, and you didn't even ask whether last time's labor could be refunded. A flat refusal is one of the ten taboos. Holding to principle means explaining what can't be done and why, then seeing what you can get for him.

## Carry it out: the method and the deadline

method_deadline = All right. So when will the car actually be ready? I'm off first thing Thursday.
    .with_manager = (Once Mr. Zhao has gone, he turns back to you) OK, that's the money settled. So when will the car actually be ready? I'm off first thing Thursday.
    .testy = Just tell me what day it'll be ready. I'm leaving first thing Thursday, so no vague answers.
method_tonight = Don't worry, it'll definitely be done by eight tonight. You can pick it up straight after work!
    .why = Mr. Sun hasn't even looked at it; nobody knows what's wrong on the right, what needs replacing, or whether it's in stock, and you're saying "definitely by eight tonight". Don't over-promise: miss that time and he'll never trust another time you give him.
method_partial = It should be ready tomorrow afternoon. I'll give you a call then.
    .why = A rough time, but nothing about when he'll hear what was found, and nothing he can hold you to. State the method and the deadline: a checkpoint (when he'll hear the findings) and something in writing (order number, your name and number).
method_full = Here's the plan. Mr. Sun will have checked both sides by two this afternoon, and I'll call you before three to tell you what he's found and what needs replacing. If it's just the front right link, we have one in stock, I've checked, and the car will be ready by five tomorrow afternoon; if he finds anything else, I'll tell you on that three o'clock call what's needed and when it'll be done. This is your comeback order: the order number, my name and my cell phone number are all on it. Keep this copy, and call me directly if anything comes up.
method_vague = We'll get it done as soon as we can and let you know the moment it's ready.
    .why = "As soon as we can" and "the moment it's ready": no method and no time, which is dodging, one of the ten taboos. He's leaving on Thursday; tell him when he'll hear the findings and which day he gets the car back.

## Carry it out: hand-over, report and let him check (Tuesday, 4:50 p.m.)

pickup = (Tuesday, 4:50 p.m. Mr. Liu arrives in the loaner car) Is it done? I'm warning you, if it clunks again this time, I won't be so polite.
    .relieved = (Tuesday, 4:50 p.m. Mr. Liu comes in looking a lot more relaxed) When you called at three and said you'd found it, I felt a lot better. Is it done?
    .sceptical = (Tuesday, 4:50 p.m. He's barely through the door) Is it fixed? You said it was fixed last time, too.
pickup_sign = All done, Mr. Liu. Just sign here and you can take it away.
    .why = Last time it was "all done" and it clunked three days later. Without showing him anything or letting him check, his signature means nothing to him. Reporting what was done and asking the customer to check and judge it is part of carrying out the solution.
pickup_star_tech = All done! And don't worry, Mr. Sun did it himself this time. He's in a different league from that new guy last time.
    .why = Talking up this repair by running down last time's colleague is one of the ten taboos (blaming colleagues and talking up your own record). All he'll remember is that someone here can't fix cars. Let the old part and the road test do the talking.
pickup_verify = All done. Take a look: this is the link that came off the front right. See the ball joint here? It's loose, it moves when you rock it, and that's what was clunking. Mr. Sun re-checked the left side yesterday as well, and it's fine. He'll come out with you for a test drive; we'll go over those two speed bumps on purpose so you can hear for yourself, and you sign only once you're happy it's quiet.
verify_quiet = (Back from the test drive, he's almost smiling as he gets out) Yep. It's properly quiet now.
verify_one_more_bump = (Back from the test drive, he had Mr. Sun go around one more time and take the speed bumps again) …All right. No noise.

## Extra service: beyond what he expects

test_drive_done = (He's holding the key) OK. This time it's fixed.
    .unverified = (He walks once around the car without a word, then finally) …Fine. I suppose that's that.
    .warm = (He smiles) Mr. Sun really went all out on it this time. To be honest, I thought I'd be in for another fight today.
extra_free_forever = Mr. Liu, by way of apology, from now on there'll be no labor charge on any of your services!
    .why = Free labor for life is far beyond an advisor's authority, and it isn't what this recovery calls for. Don't over-promise: extra service is given within what you can decide, and only what you can honor.
extra_wash = We've given the car a full wash inside and out, no charge. Our way of saying sorry.
extra_trip_check = We've given it a wash. And since you've got three days of long drives from Thursday, Mr. Sun also checked your tire pressures, oil and brake pads for free and ran a wheel alignment check. It's all fine; here's the check sheet, so you can drive with peace of mind.
extra_none = OK, it's all fixed. Here's your paperwork; you're free to drive it away.
    .why = Fixing the car is only what he was owed; he took half a day off and made an extra trip, and the dealership has offered nothing more. Extra service (a gift, some compensation, going beyond expectations) is part of the recovery: a wash or a free check is within your authority.

## Follow-up and the goodbye

closing = OK, I'll get going.
    .warm = (He folds the check sheet into his pocket) Thanks. You handled that pretty well today, I'll give you that.
    .grudging = (He opens the car door without looking back) OK. I'm going.
close_bye = Thank you, Mr. Liu. Drive safely, and come and see us any time if there's a problem.
    .why = A polite send-off, but nobody will check whether the noise stays gone or whether he's happy. Follow up: the service manager or the customer-relations manager personally tracks the case and confirms the customer is satisfied.
close_manager_call = Mr. Liu, thank you for coming straight to us and explaining it so clearly; you've helped us find a gap in how we work. When you're back from your trip, Mr. Zhao will call you himself next Monday to see how the car's been on the long runs. If you hear anything at all before then, call my cell, it's on the comeback order. Safe trip on Thursday!
callback_nods = (He nods and gets in) OK. I'll expect Mr. Zhao's call on Monday.
callback_warns = (He rolls down the window) I'll be waiting for that call. And if it clunks again, I'm going straight to Mr. Zhao.
close_busy = OK then, Mr. Liu, that's everything. I've got other customers waiting for their cars, so, bye now.
    .why = "Other customers waiting" tells him he doesn't matter, one of the ten taboos. That's the line he drives away with, and it takes 12 positive impressions to make up for one negative. A goodbye should thank, acknowledge and care.

## Learn the lesson: Mr. Zhao wants the case note

after_action = (After Mr. Liu has gone, Mr. Zhao posts in the team chat: "Write up the Liu Jianjun comeback, please. We'll go over it at the weekly meeting.")
    .no_callback = (After Mr. Liu has gone, Mr. Zhao posts in the team chat: "Write up the Liu Jianjun comeback, please. We'll go over it at the weekly meeting. Has a follow-up call been set up?")
lesson_blame = Cause: the technician on the first visit lacked experience and only checked the left side. Recommend he isn't given suspension noises in the future. I handled this visit thoroughly and the customer is satisfied.
    .why = Criticizing a colleague and talking up your own work in the case note is one of the ten taboos (blaming colleagues, talking up your own record). Learning the lesson means finding the gap in the process and setting preventive measures, not finding someone to blame.
lesson_prevent = Cause: at check-in the customer described noises on both the left and right; the work order only diagnosed the front left, and the road test didn't confirm each point he raised. Action: comeback repair, front right link replaced, last visit's 280 yuan labor refunded, Mr. Zhao to call him next Monday. Prevention: every location the customer mentions goes onto the work order and is checked item by item; the road-test record notes the result for each item, and at pick-up we road-test with the customer.
lesson_minimal = Comeback repair done: front right sway bar link replaced, 280 yuan labor refunded. Customer satisfied.
    .why = It records what was fixed but not why it was missed or how to stop it happening again. Learning the lesson means drawing the lessons from the complaint and setting preventive measures; leave the gap open and the next Mr. Liu will be back.

## Endings

resolved_well = The following Monday Mr. Zhao calls him. Mr. Liu says he did over 900 km in three days without a sound, and that he'll be bringing the car back for its service next month.
resolved_logged = The car is fixed and the money refunded. But nobody looked into why the right side was missed, and the next month another customer came back with "they fixed the left and never checked the right".
resolved_blame = Mr. Liu's case is closed, but the technician sat stony-faced through the weekly meeting. From then on the workshop and the front desk watched each other warily, and the notes on the check-in sheets got shorter, not longer.
resolved_sour = The car is fixed and the money refunded, but what he remembers is "other customers waiting". A month later he took the car to another dealer for its service.
manager_takeover = The service manager, Mr. Zhao, hurries over to take over. Mr. Liu points at you: "Your advisor here has the records in front of him and still won't own up."
complaint_escalated = Mr. Liu calls the manufacturer's complaint line from the middle of the lounge, and that evening posts on an owners' forum: "Dealer fixes half and leaves the rest."
walked_out = Mr. Liu pockets his key and drives off in the car that's still clunking, saying as he goes: "I'll take it up with the manufacturer."
