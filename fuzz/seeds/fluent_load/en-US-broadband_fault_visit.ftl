# locales/en-US/broadband_fault_visit.ftl
# Case case_broadband_perception — home broadband perception (004_e4eed2c1050720f6.txt; 001_2b5000950ad7790a.txt)
# The seeds give no case facts: the people, plan, tickets and rules here are all written for this scenario, not taken from the seeds.
# Procedure proc_complaint_002: feelings first → prepare → real intent → options → agreement → execute (method and deadline) → follow up → lessons

title = Four days offline, and where's the technician?
setting = Monday, 1:30 p.m., at the service desk of a phone store. You're at the desk today, and the phone on it goes straight through to the installation and repair team leader.
persona = Mr. Sun, 48, does the books for several small firms from home. His daughter is in her senior year of high school and has online classes at home every evening from 8 to 10. He lives in Apartment 602, Building 5, Xingfuli complex. He's blunt but reasonable, and once he's been brushed off he's hard to win back.
briefing = Since last Thursday evening, Mr. Sun's home broadband has been dropping several times a night. On Saturday he reported it on the hotline and got a text saying "a technician will contact you within 24 hours". Nobody has. Everything that follows is a fact of this scenario. He's on a 169-yuan bundle (300M broadband plus two cell phone lines); the broadband part counts as 60 yuan a month, or 2 yuan a day. Your system shows his Saturday ticket went to the wrong district team and has been stuck at "awaiting dispatch" ever since, and that there have been three other fault reports from Building 5 since Thursday. When it drops, his wired connection drops too and the LOS light on his modem flashes red, which points to the fiber side, not his router; a neighbor on the 4th floor has the same problem. If the team leader approves it, there's an emergency slot today from 4 to 6 p.m.; otherwise it's tomorrow 9 to 11 a.m. The technician calls half an hour before arriving. If the fault is in the building's splitter box it can usually be fixed on the spot; if it's the outside line, a line crew is needed and that may take until tomorrow. Nobody can promise it'll be fixed tonight. While a network-side fault is confirmed, the store can give a bundle customer a free 7-day, 20 GB emergency mobile data pack for a hotspot, switched on then and there. Compensation rule: once the technician confirms a network-side fault, each full day of outage is credited at the daily broadband rate (2 yuan a day) on next month's bill, submitted by the desk. No free months, and you can't give more. The desk fills out a customer case slip with a case number, your name and desk phone, and the first-reply time, and gives him a copy.

## Feelings first: he walks in holding that text

opening = (Mr. Sun puts his phone on the counter, showing Saturday's text.) Look at that. "Within 24 hours." It's Monday! My broadband's been out for four days. Where is everybody?
    .furious = (Mr. Sun slaps his phone down on the counter.) Read it! "We'll contact you within 24 hours"! It's Monday! Has anyone contacted me? Four days! My daughter's in her senior year, and every night her online class cuts out halfway through. Do you people care or not?
open_account = Hello. Let me look that up for you. Can I have your broadband account number, or the account holder's cell phone number?
    .why = He's boiling over, and the first thing you ask for is his account number; to him it sounds like you're just going through the motions. Feelings first, then the facts: acknowledge how stressed he is, tell him you'll take this on, then look it up.
open_soothe = Mr. Sun, four nights without internet, your daughter in her senior year with classes online, and then nobody follows up on the repair; anyone would be furious. Please, have a seat. I'm going to see this through with you today. Let's start by getting the full picture.
open_call_10000 = Broadband repairs go through the 10000 hotline; they dispatch the technicians. We don't deal with repairs here in the store.
    .why = He came all the way in, and "we don't deal with that" sends him straight back to the hotline that already let him down. Refusing the customer and passing the buck is one of the ten taboos. He came to you, so you own it.
open_keep_voice_down = Sir, could you keep your voice down, please? There are other customers waiting. I can't help you like this.
    .why = Telling him to keep his voice down is lecturing him, one of the ten taboos, and it only makes him angrier. It's your job to calm things down: sit him down, acknowledge how stressed he is, and tell him you'll take charge.
voice_down_glares = (He glares at you. His voice drops, but his face darkens.) Fine, I'll keep it down. Now are you going to actually do something?
voice_down_storms = ("Keep my voice down?" He snatches up his phone.) Fine. So this is how you treat customers. I'm done talking to you!

## Active listening: four nights, and a daughter with exams coming

venting = Let me tell you. Since last Thursday, every night after eight, it drops, several times a night. My daughter's in her senior year; she's got online classes eight to ten, and the teacher just freezes mid-sentence and she's gone. She ends up in tears. I work from home doing people's accounts, and I can't even upload my reports. I reported it on Saturday, they said they'd call within 24 hours, I sat at home all day waiting, and not one phone call!
    .furious = Since Thursday, every single night! My daughter's in her senior year and her class cuts out halfway through; she's in tears! I do accounts from home, I can't upload anything, and my clients are on my back every day! I reported it Saturday, "we'll call within 24 hours", I sat at home all day, and not a soul!
vent_router = (Before he's finished) Mr. Sun, this kind of thing is usually the router. When they get a bit old, they tend to—
    .why = You jumped in before he'd finished with a verdict that blames his router. That's interrupting and arguing with the customer, one of the ten taboos, and it breaks "don't cut in or rush to rebut". Let him finish, note the key points, then find the cause.
vent_listen = (Taking notes as he talks) Since last Thursday, several drops every night after eight; your daughter's classes are eight to ten; you can't upload your reports; you reported it on Saturday, were told 24 hours, and nobody got in touch… Go on, I'm writing it all down.
vent_got_it = OK, OK, I get it. The broadband keeps dropping, right?
    .why = "I get it" cuts him off. What he told you wasn't just that the broadband drops; it was his daughter's classes, his work, and a whole day wasted waiting. Active listening means understanding where the customer is coming from, so he feels you've really heard him.
got_it_louder = (His voice goes up again.) What do you mean, "keeps dropping, right"? I haven't finished!
got_it_sulks = (He snorts and leans back in his chair.) Yeah. Keeps dropping. Great listening.

## Finding the cause and the scope: his router, or our line?

probe = Just tell me straight: can you fix it or not?
    .furious = Yes or no! Can you fix it or can't you?
    .testing = (He looks you in the eye.) Can you actually fix it? And don't just say "as soon as possible".
probe_restart = Try restarting your modem and router when you get home. A lot of the time that fixes it.
    .why = Four nights of this; he's restarted it a hundred times. "Try restarting it" sounds to him like being brushed off. Find the cause and work out whose side it's on: is the wired connection affected too, which light on the modem is flashing, what time of day, are the neighbors affected? Then you know whose problem it is.
probe_questions = Whether we can fix it on the spot depends on where the problem is, so let me ask you a few things. When it drops, does a computer plugged in with a cable drop too? Are any lights on the modem flashing red? Is it only in the evenings, or in the daytime too? Have any neighbors in your building mentioned the same thing?
probe_not_our_dept = Network problems aren't something we can deal with here in the store. You'll have to wait for the repair team.
    .why = "We can't deal with network problems" is refusing the customer outright (one of the ten taboos) and gives up on finding the cause and scope. You can't repair the line yourself, but you can find out what's happening, work out where the fault is, get the right people and pin down a time.

## Knowing the history: a ticket stuck at "awaiting dispatch"

record_check = The wired one drops too. There's a light on the modem that says LOS; it flashes red whenever it drops. I haven't really noticed in the daytime; it's mostly evenings. Old Li on the 4th floor says his has been dropping too. (You pull up the records: his Saturday ticket was routed to the wrong district team and is still stuck at "awaiting dispatch", and there have been three other fault reports from Building 5 since Thursday.) Well? Found it?
    .furious = The cable drops too! That LOS light flashes red every time! Old Li on the 4th floor, same thing! (You pull up the records: his Saturday ticket was routed to the wrong district team and is still stuck at "awaiting dispatch", and there have been three other fault reports from Building 5 since Thursday.) Found it? Nobody's even looked at it, have they?
record_processing = Mr. Sun, the system shows your ticket has been received and is being processed. Please bear with us a little longer.
    .why = The record is crystal clear: the ticket went to the wrong team and has sat untouched since Saturday. Saying "it's being processed" when the facts are right there is stressing we're right and not admitting a mistake, one of the ten taboos. Tell him the truth, apologize, and then get it moving yourself.
processing_explodes = (He slams his hand on the counter.) Being processed? Four days of processing, and what's come of it? That's all you people ever say!
processing_walks = ("Being processed. For four days." He gives a short laugh and gets up.) Fine. I'll have the broadband taken out tomorrow.
record_admit = I've found it, and I'll be straight with you. Your Saturday ticket was sent to the wrong district team, and it's been stuck at "awaiting dispatch" ever since. It never reached a technician, which is why nobody called. That's our failure, and I'm really sorry you've spent two days waiting for nothing. Also, three other households in your building have reported the same problem since Thursday, and with that red LOS light you mentioned, it's almost certainly the fiber on our side, not your router.
record_hotline_fault = The ticket's stuck because the hotline sent it to the wrong team; that's really nothing to do with us here. We always dispatch the same day.
    .why = Throwing the hotline under the bus and then praising yourself is one of the ten taboos (blaming colleagues and talking up your own record). To him, the hotline and the store are the same company. Own it, then take charge of moving it forward.
record_new_ticket = Your ticket's got stuck. I'll open a new one for you.
    .why = You saw the ticket was stuck, but you didn't tell him why, didn't apologize, and didn't share what you'd found (other reports from his building, the LOS light pointing to the fiber). Explain what the records show; once the facts are clear, admit it plainly.

## What he really needs: 8 p.m. tonight

true_intent = I don't care whose fault it is. One thing: it gets fixed today. Today!
    .furious = I don't care who sent it where! Today! It gets fixed today!
    .weary = (He sighs and his voice drops.) I don't want a fight with you. I just want to know: can it be fixed today?
intent_tonight_promise = Don't worry, it'll definitely be fixed today. I guarantee your daughter won't miss tonight's class!
    .why = Nobody knows yet whether it's the splitter box or the outside line, and an outside-line fault needs a line crew and may take until tomorrow. "Definitely fixed" is a promise you can't keep; if it's still dropping at 8 tonight, he'll be angrier than ever. Don't over-promise (100-1=0).
intent_confirm = Let me just check I've got this right. The most urgent thing is your daughter's class at 8 tonight, then your reports. What you need is a technician at your door today, not another "within 24 hours". And you'd like the last few days put right as well. Is that it?
intent_booked_up = Today's probably not going to happen. The technicians are fully booked; tomorrow's the earliest.
    .why = You haven't even phoned to ask, and you're saying no on the repair team's behalf. That's refusing the customer outright, one of the ten taboos. Whether someone can come today is the team leader's call; your job is to push for it.
intent_assume = OK, I'll get a technician sent out to you.
    .why = All you heard was "fix it"; you never asked what he's most worried about. His biggest worry is his daughter's class tonight, then his reports, then being compensated for the lost days. Confirm the complaint and find the real need, so that your solution actually fits.

## Offering a choice of solutions, within what we can do

options = So what are you going to do?
    .holding_you = You just said it'll definitely be fixed today. So what time will it be fixed?
options_chase = I'll chase it up for you and get them to fix it as soon as possible.
    .why = "Chase it up", "as soon as possible": that's no different from Saturday's text. Vague, evasive language is one of the ten taboos. Come up with a concrete plan: who, which time slot, and what happens if it can't be fixed.
options_two_ways = There are two ways we can do this; you choose. One: I ask the repair team leader right now to approve today's emergency slot, 4 to 6 p.m. The technician checks the splitter box in your building first, and problems there can usually be fixed on the spot. Two: if you're not home this afternoon, we book tomorrow 9 to 11 a.m. Either way, in case it's still not fixed tonight, I'll set you up with a 7-day, 20 GB emergency data pack so you can run a hotspot off your phone and your daughter doesn't miss her class. I'm not going to promise it'll be fixed tonight, but someone will definitely be at your door today.
options_tomorrow = I'll book a technician for you. The earliest slot is tomorrow, 9 to 11 a.m. Does that work?
    .why = He needs someone there today, and you offered a single slot tomorrow without even asking the team leader about today. Offer a choice: push for today's emergency slot first, keep tomorrow as the fallback, and give him a stopgap for tonight.
options_everything = I'll have a technician there within the hour, guaranteed fixed today, and I'll waive three months of your broadband fees on top. How does that sound?
    .why = There within the hour, guaranteed fix, three months free: none of that is yours to give. Promise what you can't deliver to calm him down, and when it doesn't happen, that's the second broken promise. Don't over-promise (100-1=0).
options_written_request = To fast-track it, you'll need to put in a written request with your ID and your broadband contract, and we'll send it up for approval.
    .why = Fast-tracking it takes one phone call from you to the team leader, and you're asking him for a written request and his contract. That's putting obstacles in the way of a solution, one of the ten taboos, and he's already wasted a whole day waiting.

## Getting his agreement: "You said 24 hours last time. Why should I believe you?"

doubt = Last time it was "within 24 hours" as well, and look what happened. Why should I believe you this time?
    .furious = Last time it was 24 hours! When have you people ever meant what you say? Why should I believe you?
    .wavering = (He's quiet for a moment.) …That's what they said last time. Do you actually mean it this time?
doubt_call_now = You're right. Last time we didn't deliver, so of course words alone won't convince you. I'll call the repair team leader right now, in front of you, and get the time fixed. You can listen in. (You pick up the phone and put it on speaker.)
doubt_trust_me = Don't worry, it definitely won't happen this time. You have my word.
    .why = Last time was a promise too. "It definitely won't happen again" gives him no reason to believe you. Winning the customer's agreement takes action: call in front of him and pin the time down.
doubt_up_to_you = Believe it or not, that's up to you. This is all I can do.
    .why = "Believe it or not, up to you" says it doesn't matter what he thinks, one of the ten taboos (implying the customer is unimportant). He doesn't believe you because the last promise was broken; you win trust back with actions.

## Carrying it out: the method and the deadline, and his copy of the slip

method = (On the phone, the team leader agrees to today's emergency slot, 4 to 6 p.m. Mr. Sun has been listening the whole time.) So they're coming this afternoon?
    .wary = (On the phone, the team leader agrees to today's emergency slot, 4 to 6 p.m. Mr. Sun listens with his arms folded.) This afternoon, right? And then nobody turns up again.
method_full = That's right. Let me spell it out. Today between 4 and 6 p.m., Mr. Wang from the repair team will come to you, and he'll call half an hour before he sets off. He'll check the splitter box in your building first; if the problem's there, he'll fix it on the spot. If it's the outside line, a line crew has to go out, and I'll call you before 9 tonight with a firm date for the fix. Here's your case slip: it has the case number, my name and desk phone, and the time we'll first get back to you. This copy is yours.
method_call_you = That's right. The technician will give you a call this afternoon; just wait for that.
    .why = "He'll call this afternoon": what time? Who? What if it can't be fixed? That's exactly the kind of line he got last time. Spell out how it'll be handled and by when: the time slot, the technician calling before he sets off, when he'll get a firm answer if it can't be fixed, and give him the case slip.
method_fixed_by_six = That's right. Today between 4 and 6, Mr. Wang will come by, and it'll definitely be fixed before 6. Here's your case slip, with the case number, my name and desk phone.
    .why = The time slot is agreed, but nobody can say it'll "definitely be fixed before 6": if it's the outside line, it needs a line crew. Promise what you can deliver (when he'll arrive, when you'll call with a firm answer), not what isn't up to you (when it'll be fixed).

## Holding to principle: "And what about the four days I've paid for?"

compensation = And what about the four days I've been paying for? I haven't been charged a cent less.
    .pointed = And another thing: what about the four days? I've paid in full; you're not getting that for nothing.
comp_free_month = Don't worry about that. I'll waive a month's broadband fee to make up for it.
    .why = A free month isn't the desk's to give; the rule is a credit for each day of outage. Promise what you can't deliver and it's another broken promise, and it's not holding to the rules either. Don't over-promise (100-1=0).
comp_rule = There's a set rule for that. Once the technician confirms it's a fault on our side, every full day you were cut off is credited at the daily broadband rate, 2 yuan a day, on next month's bill. I'll submit it as soon as it's confirmed, and it's noted on your slip too. It's not a lot of money, but you'll get every bit you're owed.
comp_frank = I'll be straight with you, Mr. Sun: if I were you, it wouldn't be the few yuan I cared about. It'd be whether we own up to it. And we do. Once the technician confirms it's on the network side, every full day you were down comes off at the daily broadband rate, 2 yuan a day, on next month's bill. I'll submit it myself, and it's written on your case slip. A free month isn't mine to give, but you'll get every cent you're owed.
comp_only_eight = Four days is only 8 yuan. It's really not worth making a fuss about.
    .why = "Only 8 yuan, not worth a fuss" says his problem doesn't matter, one of the ten taboos. It's not just the money: he wants someone to own up. Work it out for him according to the rules.
comp_ask_hotline = For credits you'll have to ask the hotline. We only take the reports here.
    .why = Back to the hotline that lost his ticket. Own it, don't pass the buck: credits are submitted by the desk under the rules, so explain it and get it done.

## Carrying it out and letting him check: the emergency data pack, now

activate = Fine. What about that emergency data pack? My daughter's still got her class tonight.
activate_now = I'll switch it on right now. (You set it up on the system.) Done. Check your phone; you should have a text: "7-day 20 GB emergency data pack activated". Turn on your hotspot and give it a try… Connected? If it still drops tonight, your daughter can just join her class on your hotspot.
activate_later = I've put the data pack through for you. It'll be active before this evening.
    .why = The pack can be switched on right there, and you're sending him home to wait. Don't put things off; deal with them at once: activate it on the spot, and have him check the text and try the hotspot in front of you.
activate_app = You can claim the data pack yourself in the app when you get home; it's under "Rewards".
    .why = This pack has to be issued by the desk while the fault is confirmed; he can't claim it in the app himself. Sending him off to look for it is putting obstacles in the way, one of the ten taboos.

## Following up

closing = OK. I'll go home and wait, then.
    .grudging = (He folds the slip and shoves it in his pocket.) OK, I'll go wait. If nobody shows up again, I'll be back here looking for you.
    .thawing = (He folds the slip neatly into his pocket and sounds a lot calmer.) OK, I'll go home and wait for the technician. You've been straight with me today, I'll give you that.
close_callback = Thank you for coming in and explaining everything so clearly. Now the other households in your building can be checked at the same time. I'll call you at 9 tonight to see how the technician got on and whether your daughter's class went smoothly; and if it turns out to be the outside line, you'll have a firm answer from me before 9 too. Get home safe.
close_callback_exam = Thank you for coming in and explaining everything so clearly; now the other households in your building can be checked too. I'll call you at 9 tonight to see how it went, and if it's the outside line, you'll have a firm answer from me before 9 as well. This is my desk number, and it's on your slip too: if it drops during your daughter's class tonight, call me directly. Senior year's a big one; I hope her exams go really well.
close_come_back = OK, Mr. Sun. If there are any more problems, come back and see us.
    .why = Last time he reported it and then nobody followed up. "Come back if there's a problem" puts the follow-up back on him. Follow up: agree what time and who will call, check he's satisfied; that's how a complaint is followed through 100%.
close_next = OK, that's it then. (Toward the waiting area) Next, please!
    .why = He's still standing at the desk and you're calling the next customer, which tells him his problem no longer matters, one of the ten taboos. Behind every customer who complains are 20 more who are unhappy.

## Drawing lessons: preventing it next time

after_action = (After Mr. Sun leaves, your team leader comes over and looks at the case slip.) Done with the broadband one? Fill out the "cause and prevention" box, would you? The network department's coordination meeting this afternoon will want it.
lesson_building = (You write) "Cause: 4 households in Building 5 reported the same fault since last Thursday, LOS alarm; suspected fault in the building splitter box or outside line; recommend the network department check the whole building. Customer's Saturday ticket was routed to the wrong district and sat at 'awaiting dispatch' for 48 hours unnoticed; recommend a time-out alert and automatic escalation for 'awaiting dispatch'. Technician booked today 4-6 p.m.; callback 9 p.m."
lesson_minimal = (You write) "Customer broadband fault. Technician booked today 4-6 p.m. Emergency data pack issued."
    .why = You logged how this case was handled, not why it happened or how to prevent it. Four reports from one building and a ticket stuck for two days without anyone noticing: unless that's written down, the next Mr. Sun is already on his way. The network department accounts for 34% of lost satisfaction points; preventing a fault costs far less than repairing the damage.
lesson_blame_hotline = (You write) "Complaint caused by a hotline dispatch error; nothing to do with the store. I handled it properly and the customer was satisfied."
    .why = Pushing the blame onto the hotline and talking up your own handling is one of the ten taboos (blaming colleagues and talking up your own record). The slip should record the cause and the prevention, not whose fault it was.

## Endings

resolved_well = At 4:40 p.m., Mr. Wang finds a fiber pigtail in Building 5's splitter box that's been chewed by a rat. Once it's replaced, all four households are back online. At 9 p.m. you call Mr. Sun. "She got through her whole class tonight," he says. "Not one drop." Using your notes, the network department adds a time-out alert for "awaiting dispatch". A month later, when his daughter needs a new SIM, he brings her in to see you specially.
resolved_logged = The technician comes out that afternoon, replaces a pigtail in the splitter box, and the broadband is back. But the slip only says "technician came out", and nobody looks into why that ticket sat stuck for two days. The following week, someone from another complex walks in holding a text that says "we'll contact you within 24 hours".
resolved_blame = The broadband is fixed that day. But what you wrote reaches the hotline team the next morning, and there's bad feeling on both sides. At the coordination meeting, nobody brings up why a ticket could sit at "awaiting dispatch" for two days.
complaint_escalated = (Mr. Sun slams his hand down on the counter and stands up; the whole store turns to look.) "Get your manager out here! If this isn't fixed today, I'm reporting you to the telecom regulator!" The duty manager hurries over. It's out of your hands now.
walked_out = (Mr. Sun walks out of the store without looking back.) The next day he calls to have the broadband disconnected, and soon everyone in his building has heard about it. Winning a customer back costs five to seven times as much as keeping one.
