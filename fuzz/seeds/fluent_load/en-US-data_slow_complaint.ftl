# locales/en-US/data_slow_complaint.ftl
# Case case_mobile_data_slow — slow mobile data / dropped connections (000_887c387e8d5af035.txt)
# Procedure proc_complaint_002: feelings first, then the issue (002_61f473d333e03107.txt); the ten taboos (003_ab2cbd483b0f63d8.txt)

title = Full signal, and nothing loads
setting = Mid-afternoon on a Wednesday in the store. A man in a shirt and tie comes straight to your counter, phone in hand, with the screen showing a loading wheel.
persona = Mr. Liu, 38, sales manager at a building-materials firm. Sharp, busy and used to getting things done; he judges people by whether they deliver. His clients reach him on this phone.
briefing = Mr. Liu's firm moved into a new office on Keji Road two weeks ago. Since then, mobile data there shows full bars but pages won't open and videos keep buffering; at home it's fine. He's on the 128-yuan plan with 20 GB. What you can do at the counter: check his plan, usage and phone settings; file a network complaint ticket, mark it urgent and call the network department's duty engineer to brief them. The network department gives a first reply within 24 hours and sends an engineer to test on site within 3 business days. Nobody at the counter can promise when the network will be fixed, and you cannot waive or refund plan fees: if the network department confirms a fault, compensation for the days affected can be approved by the duty manager. The store has free Wi-Fi and computers in its demo area that customers may use. Every complaint goes on a case slip with a case number and your name and phone number; the customer keeps a copy. He has clients waiting on his phone, so don't drag it out.

## Feelings first: he arrives fed up

opening = (He holds his phone up to you, a loading wheel spinning on the screen) Look at this. Full signal, and nothing loads. I pay you a hundred and twenty-eight a month for this?
    .furious = (He practically shoves the phone across the counter) Full bars! Five bars, and I can't even open a web page! Two weeks this has been going on. A hundred and twenty-eight a month, and this is what I get?
open_restart = Sorry about that. Have you tried switching the phone off and on again? That often fixes it.
    .why = A stock fix before he'd told you anything. He's been living with this for two weeks; of course he's restarted the phone. Let him tell you what's happening first, and show him you're on his side.
open_soothe = Two weeks of paying for data that won't load. I'd be fed up too. Have a seat, Mr. Liu. Leave this with me, and we'll get to the bottom of it.
open_not_hall = I'm sorry, sir, but network problems aren't something we can deal with in the store. You'd need to call 10086 and report a fault.
    .why = "Not our department" is refusing the customer outright, one of the ten taboos. The cause may well be in the network, but scoping it, reporting it and following it up are still your job. Lose him here, and winning a new customer costs 5 to 7 times as much as keeping this one.
not_hall_glares = (He stares at you.) Call 10086. Sure. Because that worked so well last time.
not_hall_storms = ("So I came all the way down here for nothing?" He pockets the phone.) Forget it. I'll take this somewhere people actually listen.
open_number = OK, let me take a look. What's your cell phone number?
    .why = He's still fuming, so straight to the number won't land. Feelings first, then the issue: acknowledge how fed up he is and tell him you'll take charge; then look it up.

## Active listening: his story

venting = (He sits, but stays on the edge of the chair) We moved offices two weeks ago, to that tower on Keji Road, ninth floor. Since day one, my phone's been useless there. Full signal, nothing opens. Yesterday I spent an hour trying to send a client a quote. An hour! In the end he asked if we were still in business. At home it's fine. At work, where I actually need it, nothing.
    .furious = (He doesn't sit down) Two weeks! Since we moved into that tower on Keji Road. Full signal, nothing opens! Yesterday I spent a whole hour trying to send a client a quote, and he asked me if we'd gone under! That's my job on the line, and you're charging me for the privilege!
vent_everyone = I do understand, Mr. Liu. To be fair, quite a few people have been saying the data's slow lately; it's not just you.
    .why = "It's not just you" is meant to comfort, but it tells him his problem is one of a crowd. Put yourself in his place: an hour lost on a quote, a client doubting his firm. Let him finish, and play back what matters to him.
vent_rebut = Really? Keji Road's one of our priority areas, the coverage there is usually—
    .why = You cut in to contradict him: arguing and interrupting is one of the ten taboos, and it breaks "don't cut in or rush to rebut". Mobile internet is the service with the most dissatisfied customers (31%), mostly because of slow speeds. Let him finish, then check.
vent_listen = (Making notes) Keji Road, ninth floor, since the move two weeks ago... full signal but nothing opens... fine at home... and yesterday a quote took an hour and a client started asking questions. That's your business at stake. Go on, I'm getting all this down.
vent_hurry = OK, I get it: the data's slow at your office. So, what would you like us to do?
    .why = "I get it" cut him short before he'd said what it's costing him. Active listening means letting him finish and playing back the key points; the details he gives you are the ones the engineer will need.
hurry_louder = (Louder) You don't get it. I haven't even told you the worst part!
hurry_sulks = (He leans back and folds his arms.) Fine. Slow data. That's all it is to you.

## Finding the cause and what's in our control

scope = So come on, is this ever going to get fixed, or do I just keep paying for nothing?
    .furious = So is it getting fixed or not? Don't give me a speech. Yes or no!
    .weary = (He rubs his eyes) Look, I just need to know whether this is going to get fixed. Can it be?
scope_promise = Don't worry, Mr. Liu, that'll be a problem with the cell tower. I'll get the network team on it and it'll be fixed by tomorrow.
    .why = You promised a repair date before anything had been checked, and only the network side could give one. Over-promising is a red line: when tomorrow comes and the data is still slow, you've lost him for good.
scope_ask = To fix it we need to find out exactly where it's going wrong, so let me ask you a few quick things. Is it only in that building, or the whole area? Which floor, and does it matter where you stand? Is it every app, or mainly web pages and sending files? And did it start the day you moved in?
scope_old_phone = How old is your phone, Mr. Liu? Three or four years? Older phones are often slow online. A new one would probably fix it.
    .why = You answered from an assumption and put it on his phone, when he's just told you it works fine at home. Know the background before you answer: check his usage and settings first.
old_phone_bristles = (His jaw tightens) The phone works fine at home. It's the same phone!
old_phone_scoffs = (He gives a short laugh) Sure. Buy a new phone. Of course.
scope_register = Let me log a network fault for you. If you leave your number, the back office will deal with it.
    .why = You filed it away without finding out where, when or what. Find the cause and define what's within your control: a ticket with no location, no start date and no symptoms goes nowhere.

## Rule out our side first, right now

details = (He answers, counting on his fingers) Keji Road tower, ninth floor. The whole office, everyone on your network. Full bars, but web pages time out and files won't send. Downstairs in the lobby it's a bit better. Started the day we moved in, the 15th. At home, no problem at all.
    .unasked = (He holds up a hand) Hang on. Nobody's even asked me where or when. Keji Road tower, ninth floor. The whole office, everyone on your network. Full bars, pages time out, files won't send. Since the 15th, the day we moved in. At home, no problem. Write that down.
    .furious = (Fast and clipped) Keji Road tower, ninth floor. All of us on your network. Full bars, pages time out, files won't send. Since the 15th, the day we moved. Home's fine. Anything else?
check_later = Thanks, that's really useful. This needs to be checked in the back-end system and we're busy today, so why don't you head out and we'll call you once it's done?
    .why = You sent him away with a problem you could check in two minutes. Don't avoid it, deal with it right away: rule out his plan, usage and settings while he's here.
later_insists = (He doesn't move) I've taken the afternoon off for this. Check it now, please.
later_leaves = (He stands up) Call me. Sure. Like 10086 did. (He walks out.)
check_now = That's clear, thank you. I'll check your plan, your usage this month and your phone's data settings right now, so we can rule out anything on our side. Two or three minutes.
check_settings_blame = Have you been into your phone's network settings at all? A lot of people mess with them without knowing what they're doing and end up changing the access point.
    .why = "People mess with them without knowing what they're doing" implies he knows nothing: one of the ten taboos. Offer to check the settings with him instead.

## What the records show

findings = (On your screen: 128-yuan plan, 20 GB; 6.3 GB used this month; no speed cap. The phone's access point is set correctly. In the network-complaint system there are two other "slow data" tickets from the same building on Keji Road this week.) Mr. Liu leans in: "Well? Whose fault is it?"
    .suspicious = (On your screen: 128-yuan plan, 20 GB; 6.3 GB used this month; no speed cap. The phone's access point is set correctly. In the network-complaint system there are two other "slow data" tickets from the same building on Keji Road this week.) Mr. Liu narrows his eyes: "Go on, let me guess. It's my phone."
    .furious = (On your screen: 128-yuan plan, 20 GB; 6.3 GB used this month; no speed cap. The phone's access point is set correctly. In the network-complaint system there are two other "slow data" tickets from the same building on Keji Road this week.) Mr. Liu drums on the counter: "Found it yet? Whose fault is it?"
find_system_ok = The system shows everything's normal on your account, Mr. Liu.
    .why = "The system shows it's normal" explains nothing, and to him it sounds like "so it's your problem". Explain what you checked, what it rules out, and where the cause most likely lies.
find_blame_network = Honestly, it's the network department. Two tickets from that building already and they still haven't done anything. We get an earful out here every day.
    .why = Blaming colleagues is one of the ten taboos. To him there is no "network department", just one company; running them down only tells him nobody will fix it. Say what you found and what you will do about it.
find_explain = Here's what I found. Your plan's fine, you've only used 6.3 of your 20 gigs so there's no slowdown on your number, and your phone's settings are correct. So it isn't the phone and it isn't your account. What I can also see is two other slow-data reports from the same building this week. So the problem is most likely the network in and around your building. I can't fix that from this counter; it takes the network engineers testing on site. What I can do is get it to them properly, and that's what I'll do.
explain_so_its_you = (He sits back) So it's your network. Which is what I said when I walked in.
explain_knew_it = (He nods slowly) Two other reports. So it's not just my imagination. Good. Go on.
find_not_ours = Everything on our side is normal, so it's a network issue, and that's not something the store handles. You'll have to take it up with the network side.
    .why = "Not something the store handles" is refusing him outright, one of the ten taboos, and it passes the buck: first-contact ownership means you take it to the network side for him. The network department accounts for 34% of lost satisfaction points: this is exactly where the front line has to hold on.
not_ours_regulator = (He stands up) Fine. Then I'll take it up with the telecom regulator. Let's see if they handle it.
not_ours_stays = (He doesn't move) I'm not "taking it up" with anyone. I'm here now. You deal with it.

## What does he actually need?

need = So what are you going to do? Get it fixed today. And if you can't, I want this month's hundred and twenty-eight back, all of it.
    .furious = I don't want explanations. I want it fixed today! And if it isn't, I want every cent of this month back!
    .testy = Fine, it's the network. So fix it. Today, ideally. Otherwise I'm not paying for this month.
need_promise = All right, Mr. Liu. I'll get it fixed for you today, and if it isn't, you'll have this month's fee back. You have my word.
    .why = You promised a same-day repair and a refund that neither you nor anyone at the counter can give. Over-promising is a red line (100-1=0): when the promise breaks, everything else you did well is forgotten.
need_recap = Let me make sure I've got this right. Since the move on the 15th, your office on Keji Road has had full signal but data that won't load; you lost an hour on a quote yesterday and a client noticed. The fee matters, but what you really need is to be able to work from that office, and you've got something coming up, haven't you? What's the most urgent thing?
need_assume = OK, I'll put a fault report in for you, then.
    .why = You took "fix it today" as the whole story and never asked what's at stake for him. Confirm the complaint and find his real need: it tells you what help matters this week.
need_confirm = Just so I'm clear: the data at your office has been unusable for two weeks, and you want it fixed and this month's fee looked at. Is there something coming up that makes it especially urgent?

## A choice of solutions, within what we can deliver

options = (He lets out a breath) Friday. I've got a bid to send to our biggest client on Friday, a big set of documents, and half of it goes from my phone. If it's like this on Friday I'm done for.
    .testy = (He cuts in) Friday! I have a bid going to our biggest client on Friday, and half of it goes from this phone! That's what's urgent!
    .unheard = (He holds up a hand) A fault report. Great. Do you even know I've got a bid going to our biggest client on Friday? Half of it goes from this phone.
opt_ticket_only = OK. I'll file a network fault ticket for you now.
    .why = One step, nothing for Friday and no choice. Offer options within what you can deliver: the ticket for the fault, and a way around it for the bid.
opt_data_pack = In that case, how about adding a data pack to be safe? Ten yuan gets you another 5 gigs this month.
    .why = He has 13 GB left and more data won't make a slow network faster. Tailor the help to his need: it's the speed at his office on Friday, not the amount of data.
opt_two = Then let's split it in two. For the fault, I'll report it today as an urgent network complaint and an engineer will come out and test in your building. I can't promise you the day it'll be fixed, but I'll tell you exactly when you'll hear back. For Friday, so the bid doesn't depend on that, you've got two options: send the big files over your office Wi-Fi if there is one, or come in here and use the free Wi-Fi and a computer in our demo area. Which would work better for you?
two_has_wifi = (He thinks) We've got office Wi-Fi, it's just slow to set up on everyone's phones. All right, I'll do the big files on that.
two_no_wifi = (He grimaces) No Wi-Fi yet, the landlord's still setting it up. Fine. If I have to, I'll come in on Thursday evening.
opt_wait = The network gets optimized regularly, so it should improve by itself in a while. Give it a bit and see how it goes.
    .why = "It should improve in a while" is vague and evasive, one of the ten taboos: no method, no deadline, no help for Friday. Say what you will do, and by when.

## Escalating with authority: "I reported it last week"

handoff = (He taps the counter) And another thing. I called 10086 about this last Tuesday. They said they'd logged it. I never heard a thing. (On your screen you find last Tuesday's ticket: closed two days later and marked "customer contacted". Nobody called him.)
    .bitter = (He laughs, without any humor) Report it. I called 10086 last Tuesday. "We've logged it, sir." Then nothing. Not a call, nothing. (On your screen you find last Tuesday's ticket: closed two days later and marked "customer contacted". Nobody called him.)
hand_authority = You're right, and I can see it here: last week's ticket was closed as "customer contacted", and nobody called you. That's our mistake, and I'm sorry. So this time I won't just fill out a form. I'll call the network department's duty engineer myself, tell them the building, the floor, the start date and the symptoms, link last week's ticket and the two others from your building, and mark it urgent. You won't have to explain any of it to them again.
hand_you_call = In that case, it's probably best to call 10086 again and chase it up. They send it straight to the network team, so it's quicker than going through us.
    .why = You handed the escalation back to him, through the same channel that already let him down. Get the authority and bring the team in yourself: call the network side, brief them, and stay the owner.
hand_deny = That can't be right. Every 10086 ticket gets followed up, so it will have been dealt with. Perhaps you missed their call?
    .why = The record shows the ticket was closed without anyone calling him, and you defended the process: stressing that we're right and not admitting a mistake is one of the ten taboos. Say what the record shows and apologize.
deny_wants_manager = (He stands) I missed their call? Get me your manager. Now.
deny_seethes = (He goes very quiet) I didn't miss any call. But go on.
hand_form = Then I'll file a fresh ticket for you from here, and I'll keep an eye on it.
    .why = You took it on, but a fresh ticket goes the same way as last week's. Say what the record shows, apologize, and push it to the network side with authority: call the duty engineer and brief them yourself.

## Holding to principle on the fee

fee = And this month's hundred and twenty-eight? Two weeks I couldn't use it. I'm not paying for that.
    .testy = And the money. Two weeks of nothing. You're not seriously charging me for that?
    .fair = (Calmer) And the fee? I'm not trying to get something for nothing, but two weeks of useless data... that's not right either, is it?
fee_refuse = The plan fee is charged monthly; the speed doesn't affect the fee, so I'm afraid we can't refund it.
    .why = A bare "can't refund it" is refusing him outright, one of the ten taboos. Hold to the rule, but say what the rule does allow: compensation once the fault is confirmed.
fee_manager = I can't decide that myself. Let me go get the manager.
    .why = The rule is already clear: compensation follows once the network department confirms a fault. Fetching the manager now only makes him wait. Explain the rule and take charge of it yourself.
fee_waive = Don't worry about the fee. I'll waive this month's charge for you.
    .why = You waived a fee the counter has no authority to waive. Over-promising is a red line: if it's reversed, he'll feel cheated twice.
fee_principle = You're right that paying for data that doesn't work isn't fair: a fee only feels reasonable if the service actually works. I can't waive it here at the counter, and I won't pretend otherwise. But the rule is this: if the network department confirms a fault at your building, you're compensated for the days affected, approved by our duty manager. I'll put your compensation request on the ticket now, and once it's confirmed I'll process it myself, so you won't have to come back for it.

## Method and deadline

ticket = OK. So when do I hear something? And don't tell me "as soon as possible".
    .testy = When, then? An actual time. Not "as soon as possible".
tkt_full = Here's exactly how it goes. The ticket's in, marked urgent, and linked to the other three. The network department will call you with a first answer by three o'clock tomorrow afternoon, and an engineer will come and test in your building within three business days. I'll call you myself at four tomorrow to check they've been in touch. This is your copy of the case slip: case number, my name and my direct line. If anything stalls, call me.
tkt_fix_date = It'll definitely be fixed within three days, Mr. Liu.
    .why = You gave a repair date only the network side could give. Over-promising is a red line: promise the first reply and the on-site test, which are in the rules, not the fix.
tkt_partial = The network department will be in touch within 24 hours.
    .why = A time, but no case number, no name and nothing in writing; after last week, he needs something he can hold us to. Hand him the case slip with the first-reply time on it.
tkt_vague = We'll get onto it as soon as we can and let you know when there's news.
    .why = "As soon as we can" is exactly what he asked you not to say: vague and evasive, one of the ten taboos. State the method and the time: first reply by three tomorrow, engineer within three business days.
vague_explodes = ("As soon as you can." He stands up.) That's what 10086 said. I'm done. I'm reporting you to the regulator.
vague_sighs = (He sighs heavily) As soon as you can. Fine. Whatever that means.

## Follow-up and the goodbye

closing = All right. I'll wait for your call, then.
    .warm = (He puts the slip in his wallet) All right. Thanks. That's the first time anyone's actually told me what's going to happen.
    .grudging = (He folds the slip without looking at it) Fine. We'll see if anyone calls.
close_bye = Thank you for your patience, Mr. Liu. Take care.
    .why = A warm goodbye, but no callback. After last week's silent ticket, the call you make is what proves this one is real: agree a time and keep it.
close_callback = Thank you for coming in and telling us properly, Mr. Liu; with three reports from one building, this is how it gets fixed. I'll call you at four tomorrow, and again once the engineer's been. Good luck with the bid.
close_tender = Thank you for coming in and telling us, Mr. Liu. I'll call you at four tomorrow, and again after the engineer's been. And on Thursday afternoon I'll call to check how the data's doing; if it's still bad, I'll keep a computer free for you in the demo area. Good luck on Friday.
tender_grins = (He actually smiles) Keep me a computer, then. I'll hold you to that.
tender_warns = (He nods) Thursday. I'll be waiting for that call.
close_next = Is that everything? Next, please!
    .why = "Next, please!" while he's still at the counter tells him he doesn't matter, one of the ten taboos. One complaining customer stands for 20 unhappy ones; thank him, see him off, agree the callback.

## Drawing the lesson: the team leader asks for the log

after_action = (After he's gone, your team leader stops by) That man with the slow data. What did you put in the log?
    .no_callback = (After he's gone, your team leader stops by) That man with the slow data. What did you put in the log? And when are you calling him?
lesson_blame = That the network department sat on it. The 10086 ticket was closed without a call, and they still haven't done anything about that building. We're the ones taking the flak.
    .why = Blaming colleagues is one of the ten taboos, in the log as at the counter. Record the facts and propose a fix: three tickets from one building, and a ticket closed without the customer ever being called.
lesson_pattern = Three slow-data tickets from the same building on Keji Road in a week; I've flagged them to the network department as one area problem. And last week's 10086 ticket was closed as "customer contacted" without a call. I'd suggest we check for same-area tickets before logging a network fault, and that a network ticket can't be closed until the customer has actually been reached.
lesson_minimal = Network fault, ticket filed, customer informed.
    .why = That logs the ticket, not the lesson. Draw the lessons and set a preventive measure: the three tickets from one area, and the ticket closed without a call.

## Endings

resolved_well = (The next afternoon the network department calls him at 2:40; the engineer tests the building on Thursday and finds an overloaded cell. At four you call him, as promised.) "Liu here. Yes, they called. You did what you said you'd do."
resolved_logged = (The next afternoon the network department calls him; the engineer comes on Thursday.) Mr. Liu's fault is on its way to being fixed. Whether the next office on Keji Road goes through the same thing is another matter.
resolved_blame = Mr. Liu's ticket is moving. In the log, though, the network department is the villain, and nothing is proposed to stop it happening again.
resolved_sour = (He takes the slip without a word and walks out, past the line.) The ticket is in, but he tells his office that the store couldn't wait to get rid of him.
manager_takeover = (The duty manager comes over, apologizes for last week's ticket and takes over.) Mr. Liu talks to her, not to you. It's the second time he's been let down.
complaint_escalated = (He walks out with his phone to his ear.) "Hello, is this the telecom complaints line? I want to make a complaint about my cell phone carrier..."
walked_out = (He leaves the store without looking back.) The next week, his firm puts out a bid request of its own: for a new cell phone contract for all twenty employees.
