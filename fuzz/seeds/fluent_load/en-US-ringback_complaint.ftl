# locales/en-US/ringback_complaint.ftl
# Case case_ringback_unknowing_subscription — a ringback tone the customer never knowingly ordered (000_887c387e8d5af035.txt)
# Procedure proc_complaint_002: feelings first, then the issue (002_61f473d333e03107.txt); the ten taboos (003_ab2cbd483b0f63d8.txt)

title = Who put a ringback tone on my phone?
setting = Ten o'clock on a Monday morning, with seven or eight people waiting in the store. A man in his fifties, two phone bills in his fist, ignores the ticket machine and heads straight for your counter.
persona = Mr. Zhou, 56, runs a small home-renovation crew, and his clients call him all day long. He's loud and short-tempered but fair, and he can't stand being brushed off. His crew is waiting for him back on site.
briefing = Mr. Zhou says he has never ordered a ringback tone (the music callers hear instead of the ringing), yet his March and April bills each show a "ringback tone fee" of 5 yuan: 10 yuan in all. Let him get it off his chest and finish his story, then pull up the order record, find out how the tone was switched on and explain it to him; find out what he wants, offer him what the rules allow, tell him exactly what will happen and by when, and see him off with his mind at rest. His patience is limited: he has a site to get back to, and if you drag it out he'll leave. Store rules: before any paid service is switched on, the system must send the customer a second confirmation text, and the service starts only once they reply to confirm. A service switched on without the customer's confirmation is canceled on the spot, and every charge for it is refunded to the phone account within 3 business days; the customer gets a text when the cancellation goes through and another when the refund arrives. Texting 0000 to 10086 lists every service on a number and lets the customer cancel by replying; any store can do it too. Neither you nor the duty manager can give cash compensation or free airtime; once a reasonable complaint is resolved, the store may give a small thank-you gift. Every complaint is logged on a case slip with a case number and your name and phone number, and the customer takes a copy.

## Feelings first: he arrives angry

opening = (Mr. Zhou slaps two bills down on the counter) Take a look at this. "Ringback tone fee"? What's that supposed to be? Five yuan in March, five more in April! When did I ever order a ringback tone?
    .furious = (Mr. Zhou slams the bills down so hard that half the store turns around) This is highway robbery! "Ringback tone fee", five in March, five in April. Did I ask for it? Who said you could take my money? I'm not leaving till somebody explains this!
open_number = Hello, I'll check that for you right away. Could I have your cell phone number? I'll see when this ringback tone was switched on and how; it'll only take a couple of minutes.
    .why = He's still fuming, so however efficient you are, going straight to his number won't land. Feelings first, then the issue: sit him down, acknowledge how he feels and tell him you'll take charge; then look it up.
open_our_fault = Mr. Zhou, I'm so sorry you've had to come all the way in. We must have put it on your line by mistake. Don't worry, you'll get every cent back; I'll take care of it for you right now.
    .why = You admitted fault and promised a refund before anyone had looked at the order record. Accepting liability before the facts are clear is one of the ten taboos; if the record shows his own number signed up, you can't take those words back. Apologize for the trouble, check the facts, then take responsibility as the rules say.
open_soothe = Mr. Zhou, please don't worry. Come and have a seat here. Being charged for something out of the blue, anyone would be fed up. Leave this with me; I'll get to the bottom of it for you.
open_calm_down = Mr. Zhou, could you calm down a little, please? Raising your voice won't solve anything, and there are other customers waiting.
    .why = Telling a customer to calm down is lecturing him, one of the ten taboos, and it only makes him angrier. Calm is something you create: sit him down, acknowledge how he feels, and tell him you'll handle it.
calm_down_glares = (He glares at you. His voice drops, but his face gets darker.) Calm down, huh? Fine.
calm_down_storms = ("Calm down? You take my money and I'm the one who has to calm down?" He snatches up his bills.) Forget it, I'm not talking to you!

## Active listening: let him finish

venting = (He sits down, still bristling) Let me tell you something. I do renovations; clients call me all day. Last week one of my regulars calls and the first thing he says is, "Zhou, since when does your phone play love songs?" I didn't have a clue what he meant! So I go home and check my bills: five yuan in March, five in April. I've never ordered the thing! It's not about the money. I'm fifty-six and my clients have been laughing at me for a week. What kind of way is that to treat people?
    .furious = (He can't sit still; he's drumming on the counter) I'm a contractor, I get dozens of calls a day! Last week a regular of mine laughs at me: "Zhou, why's your phone singing love songs?" How do you think that made me look? Then I check the bill: five in March, five in April! I never ordered it and you just helped yourselves! Go on, explain that!
vent_rebut = (Before he's finished) Mr. Zhou, that's not possible. Our system doesn't just switch services on for no reason. There'll be an order on record—
    .why = You cut in to contradict him before he'd finished: arguing and interrupting is one of the ten taboos, and it breaks "don't cut in or rush to rebut". Let him finish, note the key points, check the record, and only then explain.
vent_listen = (Taking notes as he speaks) March and April, five yuan each month... You never ordered it, and you only found out when a client called you... Having a regular make fun of you over it, that must have stung. Go on, I'm writing it all down.
vent_hurry = Yes, yes, Mr. Zhou, I think I've got the gist: you've been charged for a ringback tone for two months. Let's not waste your time. Just tell me, how would you like this handled?
    .why = "I've got the gist" cut his story short. Active listening means letting the customer finish, playing back the key points and understanding how he sees it; once he feels heard, everything after gets easier.
hurry_louder = (His voice goes up again) What do you mean, the gist? I haven't finished!
hurry_sulks = (He snorts, leans back in his chair and says nothing.)
vent_only_five = Don't worry, Mr. Zhou, that's easy to fix. It's only five yuan a month, ten in total, nothing serious. We'll switch it off and refund it in a minute; there's no need to get so worked up.
    .why = "Only ten yuan" tells him his problem doesn't matter, one of the ten taboos. However small the amount, his feelings matter: behind every customer who complains are 20 unhappy ones.

## Knowing the background: "You did it on purpose, didn't you?"

suspicion = Be straight with me. You did this on purpose, didn't you? Stick a service on people's phones, five yuan a month, nobody notices, and that's how you make your money. Am I right?
    .furious = You did it on purpose, I know you did! Five yuan a head, and how many people in this city? How much are you raking in a year like that? Well?
    .wary = (He's quieter now, but he's still watching you closely) Look, it's not you I'm angry with. I just want to know how this thing got on my phone. Was it you people?
susp_admit = You're right, it must have been our mistake. Who'd ever order something like that themselves? I'm really sorry. Please don't be upset; you'll get back every yuan you're owed.
    .why = The order record wasn't even on screen and you'd decided it was "our mistake". Accepting liability before the facts are clear is one of the ten taboos. Apologize for the trouble, tell him you'll check right now, and deal with it by the rules once you know.
susp_sorry_only = I'm really sorry, Mr. Zhou, for all the trouble: having to come all the way in, and your clients teasing you on top of it.
    .why = The apology was right, but he asked a question: how did it get switched on? Apologizing without answering leaves him guessing. Tell him you'll take charge, and pull up the order record then and there (know the background before you answer).
susp_check_record = I'm sorry for all the trouble. Let's not guess whether it was us: I'll pull up the order record for your number right now and show you when it was switched on and how. If it was our fault, I'll see it's put right according to the rules.
susp_process_fine = Mr. Zhou, I can assure you that every service goes through a strict process, and every step is logged in the system. Nobody would put something on your line on purpose. Think back: did you perhaps tap a link or reply to a text at some point?
    .why = You vouched for the process before anyone had looked at the record: stressing what we do right and not admitting a mistake is one of the ten taboos. Unknowing sign-ups make up 57% of ringback-tone complaints, so the process is far from infallible. Check the record first, then speak.

## The order record: a "1" in reply to a promo text, no second confirmation

record_found = (You pull up the order record: at 10:14 a.m. on March 2, this number replied to a promotional text, "Reply 1 for a free ringback tone trial", and the ringback tone was switched on at once at 5 yuan a month. No second confirmation text was sent, and no confirmation came back.) Mr. Zhou cranes his neck to see the screen. "Found it? So what happened?"
    .gotcha = (You pull up the order record: at 10:14 a.m. on March 2, this number replied to a promotional text, "Reply 1 for a free ringback tone trial", and the ringback tone was switched on at once at 5 yuan a month. No second confirmation text was sent, and no confirmation came back.) Mr. Zhou slaps the counter. "You've already said it was your fault, so what are you looking at? Just tell me what I'm getting for it!"
    .furious = (You pull up the order record: at 10:14 a.m. on March 2, this number replied to a promotional text, "Reply 1 for a free ringback tone trial", and the ringback tone was switched on at once at 5 yuan a month. No second confirmation text was sent, and no confirmation came back.) Mr. Zhou raps on the counter. "What's taking so long? Found it or not? Was it you people?"
record_deny = Mr. Zhou, the record's quite clear: at 10:14 on March 2, your number replied "1", and that's what switched it on. Every step on our side followed your reply; there was nothing wrong with our process. Look, it's all logged here.
    .why = The record is just as clear that no second confirmation text was sent: that step was ours, and we missed it. Once the facts show the mistake is ours, dwelling on the half we got right is one of the ten taboos. Tell him the whole story, admit it plainly and apologize.
deny_wants_manager = ("Nothing wrong with your process? So it's my fault, huh?" Mr. Zhou is on his feet.) Get me your manager! I'm not moving from this spot until someone fixes this!
deny_storms_out = ("Great. Nobody did anything wrong, then." He stuffs the bills in his pocket.) I'm done with this number. I'm canceling it tomorrow!
record_explain_admit = OK, I've found it, and I'll be straight with you. At 10:14 on March 2, your number replied to a promotional text saying "Reply 1 for a free ringback tone trial", and the system switched it on then and there, at 5 yuan a month. But under our rules, before any paid service goes on, we have to send you a second text and wait for you to confirm. That confirmation text was never sent, and you never confirmed. So it shouldn't have been switched on. That's our mistake, and I'm sorry.
admit_grandson = (He stops short and scratches his head) The second of March... My grandson was over that day, playing with my phone. I bet it was him. Still, you can't just switch something on because somebody pressed "1"!
admit_insists = (He frowns) Replied "1"? I don't remember replying to any text. Anyway, I never wanted the thing.
record_blame_customer = Mr. Zhou, the record shows you replied "1" yourself. With these "free trial" texts you really need to read them properly before replying; it's easy to end up signed up for something.
    .why = That's lecturing the customer, one of the ten taboos. And the same record shows that the second confirmation text, which was ours to send, never went out. Explain the whole story and own the part that's ours.
record_half = Mr. Zhou, I've found it. According to the record, at 10:14 on March 2 your number replied to a promotional text, "Reply 1 for a free ringback tone trial", and after that reply the system switched the ringback tone on, at 5 yuan a month, charged once in March and once in April.
    .why = You told him he replied "1" but not that the confirmation text was never sent. Half the facts sounds like blaming him. Give information clearly, accurately and completely: both things the record shows, including the step we missed.

## He feels blamed

blame_pushback = (His face goes red) So I did it myself, huh? I press "1" and you can charge me for it? Didn't anybody think to ask me?
    .furious = (He's on his feet) So this is my fault now? I press "1" and you start charging me, and nobody has to ask me first? I'm getting to the bottom of this today!
pushback_vague = Well... please don't worry. Exactly how it was switched on depends on how the back-end system handled it, and I can't really say from here. Tell you what: we'll look into it and get back to you when we know more.
    .why = The record is right there on the screen, and you said "we'll look into it": that's vague language, dodging the question, one of the ten taboos. Tell him straight: the confirmation text was never sent, the activation wasn't valid, and that's our mistake.
pushback_admit = You've put your finger on it, and I'm sorry, I didn't give you the whole picture. Under our rules, before any paid service goes on, we should send you a confirmation text and wait for you to confirm. That text was never sent, and you never confirmed. So this isn't on you. It's our mistake.
pushback_insist = Mr. Zhou, that's how the system is set up: a reply of "1" switches it on automatically, and it's all there in the record. It's not something we decide at the counter; there's really nothing we can do.
    .why = The record shows the second confirmation text was never sent, so the fault is ours, and you kept insisting "that's how the system works": stressing what we did right and not admitting a mistake is one of the ten taboos. "That's what the system shows" explains nothing. Tell him what happened and admit the mistake.
insist_wants_manager = ("Nothing you can do?" He bangs the counter.) Then get me your manager. Let's see if he can do something!
insist_storms_out = ("Nothing you can do, huh?" He grabs his bills.) Then I'm canceling this number tomorrow!

## What does he actually want?

true_need = (He pushes the bills across to you) So? What are you going to do about it?
    .testy = (He pushes the bills across to you) Spare me the speeches. Just tell me how you're going to fix this.
need_whatever = Mr. Zhou, I'm sorry you've been put through this. Whatever you want, we'll do. Just tell me what you'd like, and as long as you're happy, I'll do my best to make it happen.
    .why = You agreed to "whatever you want" before you knew what he wanted: that's over-promising, a red line. Canceling and refunding are yours to give; compensation isn't. Ask what he wants, confirm it back to him, then offer what the rules allow.
need_recap_notes = Let me read back what I've noted to make sure I've got it right. You never meant to order a ringback tone; you were charged 5 yuan in March and 5 in April, 10 in all; and a regular client of yours has been teasing you about it. You'd like the ringback tone switched off right away and the 10 yuan back. Is that right? And if anything else is bothering you, tell me that too.
need_confirm = Mr. Zhou, let me just check I've understood. You'd like the ringback tone switched off, and the 10 yuan for March and April refunded, is that right? Is there anything else worrying you?
    .why = Confirming was right. Had you taken notes while he talked, you could read his own points back to him now, and he'd know you had really listened.
need_assume = Understood. I'll switch the ringback tone off for you now, and then you won't be charged for it again. Don't worry, it'll only take two minutes.
    .why = You decided for him, without checking whether he also wanted his 10 yuan back or what else was worrying him. Sum up the complaint and get him to confirm it before you act.

worry_more = OK. And let's be clear, I want my 10 yuan back. Another thing: are there any other bits and pieces on my number? Today it's a ringback tone; tomorrow something else pops up. How am I supposed to know?
    .unheard = Switching it off, is that it? What about my 10 yuan for the two months? And are there any other bits and pieces on my number? Today it's a ringback tone, tomorrow it's something else. How am I supposed to know?
    .testy = I want that money back, every last yuan. And are there any other bits and pieces on my number? Don't you go sneaking anything else on!
offer_obstacle = For a refund I'll need your original ID and a written application, and the money comes back once it's been approved. If you want to check for other services, call customer service when you get home and go through them one by one; we can only do one thing at a time at the counter.
    .why = The cancellation and refund can be done right here, and one text lists every service on his number in a minute, yet you put hurdle after hurdle in his way: putting obstacles in the way of a solution is one of the ten taboos, and it's the opposite of easy cancellation. If you can look it up, don't send the customer away to fetch it.
offer_only_cancel = OK, I'll switch the ringback tone off for you now and refund your 10 yuan, and you won't be charged again. Don't worry.
    .why = The fix is right, but he'd just told you he's worried there's more on his number, and you didn't pick that up or give him a choice. Offer two options within the rules and let him choose: just the ringback tone, or a full check of everything on his number.
offer_two_ways = There are two ways we can do this; you choose. One: I switch off just the ringback tone now, and the 10 yuan goes back to your phone account within 3 business days, as the rules say. Two: the same cancellation and refund, and I also go through every service on your number with you, and anything you don't want, we switch off here and now. Which would you prefer?
two_ways_check_all = (He doesn't hesitate) Go through all of it. I'll feel better knowing. (You pull up the list: apart from his plan itself, the ringback tone is the only paid extra.)
two_ways_ringback_only = (He glances at the time on his phone) I've got to get back to the site. Just switch the ringback tone off.

## Holding to principle: "Ten yuan, and that's it?"

compensation = (He taps the counter) Ten yuan back, and that's it? My clients have been laughing at me for a week, I've lost half a morning's work coming here, and you think ten yuan covers it? You owe me something. Three months' free calls would be more like it.
    .testy = Ten yuan? I've lost half a day's work and been laughed at for a week, and you want to brush me off with ten yuan? I'm not going anywhere till I get some compensation!
    .half_joking = (He leans back, half joking) Just my ten yuan back, then? My clients have been ribbing me for a week, and I've had to come all the way down here. Don't I get a little something?
comp_three_months = All right, Mr. Zhou, this really was our fault, and I'm sorry you've been put through it. You'll get the full 10 yuan back, and I'll give you three months' free airtime on top, by way of an apology. You've been with us a long time; that much I can do for you. How does that sound?
    .why = Free airtime isn't yours to give, and the duty manager can't give it either: that's over-promising, a red line. A promise you can't keep today is tomorrow's complaint. Acknowledge how he feels, tell him honestly what the rules allow, and say what you can do for him.
comp_principle = Losing half a morning's work, and your clients teasing you on top of it: I'd be fed up too. But I have to be honest with you. The rule in a case like this is that every yuan you were charged comes back to you; cash compensation and free airtime aren't something we can give, and I won't promise you what I can't deliver. What I will do is see this through myself: I'll keep an eye on the refund, and if anything goes wrong you come straight to me.
comp_flat_no = Mr. Zhou, I'm afraid that's a no. There's no compensation; the rule is we refund what you were charged, and none of us has the authority to do more.
    .why = The rule is right, but a one-line "no" is refusing the customer outright, one of the ten taboos. Acknowledge how he feels, explain why, and tell him what you can do for him.
comp_manager = I'm afraid that's not my decision. Bear with me a moment; I'll go get the duty manager and see if he can come up with something for you.
    .why = The rule is already clear and the duty manager would tell him the same thing; making a man who needs to get back to his site wait around only makes him angrier. When you can explain the rule yourself, do it, reasonably and firmly: acknowledge his feelings, explain the rule, and say what you can do.

## Method and deadline

method_deadline = (He checks his watch) Fine. I've got to get back to the site. Just tell me: when do I get the money back? And how do I know you've actually done it?
    .testy = Talk's cheap. When does the money come back? And if it doesn't, who do I come after?
method_vague = Don't worry, I'll put the request in today and we'll process it as soon as possible. The system will let you know automatically once the refund's gone through; you just wait to hear from us.
    .why = "As soon as possible" isn't a date, and "the system will let you know" doesn't say who's responsible: vague language, dodging the question, one of the ten taboos. Say exactly what will be done, how many days the refund takes, what he'll have as proof, and who to contact.
method_partial = I'll switch the ringback tone off right now, and you'll get a text once it's done. The 10 yuan will be back in your phone account within 3 business days; you can check your balance then and you'll see it.
    .why = You gave the method and the deadline, but he's leaving with nothing in his hand. Fill out the case slip with the case number, your name and phone number and the refund deadline, and give him his copy.
method_full = Here's exactly what happens. I'm switching the ringback tone off right now, and you'll get a text as soon as it's done. The 10 yuan for March and April goes back into your phone account within 3 business days, and you'll get a text when it arrives. This is your case slip: it has your complaint, the case number, my name and phone number, and the date the refund is due. Keep this copy, and if the money hasn't arrived by then, call this number and ask for me.

## Carrying it out, and making canceling easy: the cancellation text arrives

cancel_done = (His phone pings. He squints at it and reads it out.) "Your ringback tone service has been canceled"... Well, it's off at last. (He puts the phone back in his pocket.) But how do I know you won't stick something else on me? I can't come running down here every time.
    .relieved = (The text arrives. He reads it, and his face relaxes.) Well, would you look at that. That was quick. But if something else turns up, I can't be coming down here every time, can I?
teach_hotline = If you're ever unsure about anything on your account, just call 10086 and tell customer service. They'll check it for you and switch off anything you don't want, so you won't need to come all the way in.
    .why = Passing him on to the hotline teaches him nothing, and easy cancellation is the very thing this complaint failed on. Show him now: text 0000 to 10086 and he can check and cancel for himself.
teach_careful = In the future, if you get one of these "reply 1 for free" texts, whatever you do, don't reply. And don't let the kids play with your phone, then this won't happen.
    .why = That's lecturing the customer, one of the ten taboos. The problem was the confirmation text we never sent, not his reply; unknowing sign-ups are 57% of ringback-tone complaints. Show him how to check and cancel, and that nothing should go on without his confirmation.
teach_cancel = First, take a look at the text you just got: it says the ringback tone is canceled, right? In the future, if you want to see what's on your number, text 0000 to 10086 and it will list every service; to cancel one, just reply as it tells you, or stop by any store. And under our rules, any paid service needs you to confirm by text first; if you haven't confirmed, it shouldn't go on. If it ever happens again, bring your slip and come straight to me.
    .why = All correct. But he trusts you by now, so go half a step further: send the 0000 text on his phone together and write the steps on his slip, so he leaves knowing he can do it himself.
teach_handson = Could I borrow your phone for a moment? Let's do it together. First, this text: ringback tone canceled. Now we text 0000 to 10086, and look, this reply lists everything on your number: nothing but your plan now. If you ever want to cancel something, just reply with the number it shows. I've written the steps on the back of your slip so you'll have them. And from now on, any paid service needs your confirmation by text first; without it, nothing can be switched on.

## Following up, and seeing him off

closing = (He folds the slip and tucks it into his jacket pocket) OK, I'm heading out. My crew's waiting for me.
    .warm = (He folds the slip into his pocket and stands up, almost smiling) Well, you handled that properly. I'd better get back to the site.
    .grudging = (He shoves the slip into his pocket and gets up) All right. That'll have to do. If that money doesn't turn up, I'll be back.
close_callback = Thank you for taking the trouble to come in and tell us, Mr. Zhou; without you we'd never have known that confirmation text wasn't sent. This is a little something from the store, please take it. On the day the refund's due I'll give you a call to check it's arrived and that everything's all right. Keep your slip safe, and take care!
callback_nods = (He takes the gift, waves it away, then accepts it with a grin) That's more like it. OK, I'll wait for your call.
callback_warns = (He nods) I'll hold you to that. If the money's not there, I'll be back.
close_next = OK, that's everything. Have a good day. (Turning away) Next, please!
    .why = Calling the next customer before he's even gone tells him his business doesn't matter, one of the ten taboos, and there was no thanks, acknowledgment or care at the door. Leaving is the "end" of peak-end experience; it takes 12 positive impressions to undo one negative one.
close_bye = Sorry again for all the trouble today, Mr. Zhou, and thank you for coming in. Keep your slip safe; the money will be back within 3 business days, and if there's any problem, come and see me any time. Take care on your way.
    .why = A polite send-off, but no callback. Agree when you'll call to check the refund has arrived and he's satisfied, then do it: that's how a complaint is followed through 100%.

## Drawing lessons: the team leader asks for the log

after_action = (After Mr. Zhou has gone, your team leader picks up the case slip.) "Finished with the ringback tone gentleman? Fill out the 'cause and recommendations' box, would you? It's going in the weekly meeting."
    .no_callback = (After Mr. Zhou has gone, your team leader picks up the case slip.) "Finished with the ringback tone gentleman? Why is the callback box empty? And fill out 'cause and recommendations' too, would you? It's going in the weekly meeting."
lesson_minimal = (You write on the slip) Ringback tone canceled as per the rules, 10 yuan refunded (due within 3 business days), explained to customer, customer left satisfied.
    .why = You logged the fix, not the cause, and no prevention, so the next Mr. Zhou is already on his way. Draw the lesson: write down that the second confirmation text was missed, and recommend checking other activations like it.
lesson_confirm = (You write on the slip) Cause: after the customer's number replied "1" to a promotional text on March 2, the system switched on the ringback tone directly, with no second confirmation text. Recommendation: back office to check whether other numbers activated through the same promotional text also missed the confirmation text, and cancel and refund any not confirmed; no paid service to be switched on without the customer's second confirmation.
lesson_blame = (To your team leader) That's the back office's problem, they're the ones who didn't send the confirmation text. Nothing to do with us at the counter. I didn't make a single mistake today; I had him eating out of my hand.
    .why = Blaming colleagues and talking up your own record is one of the ten taboos. To the customer and in the record, we are one company. Write down the cause and the prevention instead: the confirmation text was missed, so check for other cases.

## Endings

resolved_well = Three days later, the 10 yuan is back in Mr. Zhou's phone account. Your team leader reads out your cause and recommendations at the weekly meeting; the back office follows it up, tracks down the other numbers activated through the same promotional text without a confirmation, and cancels and refunds every one. A month later, Mr. Zhou brings two of his crew in to get new SIM cards: "We'll see the one who helped me last time. Straight talker, that one."
resolved_logged = Three days later, the 10 yuan is back in Mr. Zhou's account and the case is closed. The slip just says "canceled, refunded", and nobody looks at the other numbers that promotional text switched on. The next Mr. Zhou may be standing at the counter next week.
resolved_blame = The refund arrives on time. But what you said to your team leader soon gets back to the back office, and there's bad feeling on both sides. At the weekly meeting, nobody brings up why the confirmation text was never sent.
resolved_sour = Mr. Zhou walks out with his slip, and he hears that "Next, please!" loud and clear. The refund comes through in the end, but when he tells the story on site, this is how it goes: "That place? Quick enough to take your money. Go in to complain and nobody gives you the time of day."
manager_takeover = The duty manager hurries over, shows Mr. Zhou into the reception room and has him tell the whole story again from the start. Once it's clear the confirmation text was never sent, the manager apologizes and cancels and refunds it on the spot. It takes Mr. Zhou a long while to cool down, and all of it could have been done at your counter.
complaint_escalated = (Mr. Zhou flings the bills onto the counter and the whole store turns to look.) "Get your manager out here, now! If I don't get a real answer today, I'm reporting you to the telecom regulator!" The duty manager comes hurrying over. It's out of your hands now.
walked_out = (He walks out of the store without looking back.) You never see Mr. Zhou again. Word is he tells the story to anyone who'll listen, and before long he's moved his number to another network, and taken a few of his crew with him.
