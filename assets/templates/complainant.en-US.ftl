# locales/en-US/{{id}}.ftl
# Template: complainant. Every line of text in scenarios/{{id}}.ron, in English.
# One message per node (the customer's line), choice (the trainee's reply) and reaction,
# keyed by the ids in the .ron file; `.furious`, `.warm`… are the node's tones; `.why` is
# the teaching note shown in the debrief when that reply loses points. Keep the zh-CN file
# in step: every id needs a message in both.

title = Charged twice
setting = A weekday morning in the business hall. A man in a cook's apron walks straight past the ticket machine to your counter, phone in hand.
persona = Mr Chen, 45, runs a small noodle shop round the corner and keeps a close eye on every yuan. Blunt and quick-tempered, but fair once he feels heard. He has to be back before the lunchtime rush.
briefing = Mr Chen's phone and broadband bundle, 129 yuan a month, is paid by bank auto-debit on the 5th. His bank app shows it taken twice on 5 June. Calm him first and let him tell it; check the payment record before you say whose fault it is; explain what the record shows; give him a choice of solutions and say exactly how and by when; follow up. What the record will show: the debit batch timed out and was run again, so the second 129 was taken in error; it is sitting on his phone account as credit. You can refund it to his bank card within 7 working days (today is 6 June, so by 17 June at the latest; an SMS is sent when it goes), or leave it as credit to pay July's bill (July's debit is then skipped). You cannot waive a month or pay compensation. Hand him a copy of the case slip (case number, your name, the hall's direct line).

## Feelings first: he arrives angry

opening = (Mr Chen puts his phone on the counter, his bank app open) Look at this. 129 yuan, and then another 129, the same morning. You've charged me twice!
    .furious = (He slaps his phone down on the counter; people in the queue look round) Two lots of 129! You've taken my bill twice! Is this how you make your money?
open_number = What's your phone number? I'll look it up.
    .why = He was still venting. Feelings first, then the facts: a calming word and a seat come before the account number.
open_soothe = I can see why you're upset, Mr Chen. Finding your money taken twice is worrying. Please have a seat; I'll go through this with you myself, right now.
open_calm_down = Sir, please lower your voice. Shouting won't get this sorted any faster.
    .why = Telling an angry customer to calm down is lecturing him, one of the ten taboos. Calm him by receiving him sincerely and acknowledging how he feels.
calm_down_glares = (He glares at you, but sits down.) Don't tell me how to talk.
calm_down_manager = (He stands up.) Don't you tell me to keep my voice down. Get me your manager!

## Active listening: his story

story = I run a noodle shop; every yuan counts. My bill comes off my card on the 5th, always has. This month there are two lots of 129, forty minutes apart. Nobody told me a thing. If I hadn't checked, would anyone have noticed?
    .furious = Two lots of 129, forty minutes apart! Not a word from you. If I hadn't checked, you'd have just kept it, wouldn't you?
story_cut_in = (Cutting in) Sir, bank apps often show a payment twice while it's pending. It'll probably drop off by itself.
    .why = Cutting in to rebut him is one of the ten taboos, and this is a guess you haven't checked. 100-1=0: one reply like this undoes everything else you do well.
story_listen = (You let him finish, nodding, and write down: debit on the 5th, 129 twice, forty minutes apart.) So it has always come off your card on the 5th, and this time it went twice, with no message from us. I've written that down.
story_hurry = Yes, yes, I get it, you were charged twice. Let's just look it up.
    .why = Brushing his story aside tells him he isn't being heard. Let him finish and note the key points: the date, the amount, the times.
hurry_louder = (Louder) No, you don't get it! That's my money!
hurry_sulks = (He folds his arms.) Fine. Look it up, then.

## Knowing the background: "did you do it on purpose?"

check = And be straight with me: did you do this on purpose? How many other people have you done it to?
    .furious = Be honest, is this a trick? Take a bit twice from everyone and hope nobody checks?
    .wary = (Calmer now, but watching you closely) So how did it happen? Just tell me straight.
check_our_fault = It must be a fault on our side, sorry. It's our mistake, and we'll give it all back.
    .why = You haven't seen the record yet. Accepting liability before the facts are clear is one of the ten taboos: whatever you admit now, he will hold you to. Apologise for the worry, check, then own what the record shows.
check_look = I'm sorry this has given you such a worry, and I'll take charge of it myself. Let's not guess: I'm bringing up the payment record for your number now, so we can both see exactly what happened.
check_sorry_only = I'm really sorry about this, sir.
    .why = The apology is right, but on its own it leaves him guessing. Say you'll take charge, and check the payment record with him.
check_system_fine = Our system doesn't make mistakes like that. You must have paid twice yourself.
    .why = Stressing that you're right before looking at anything is one of the ten taboos, and here the record will prove you wrong. Check first.
system_fine_fumes = (He goes red.) So now it's my fault? Just look at the record!
system_fine_storms = (He snatches his phone back.) My fault, is it? Forget it. I'll move my number somewhere else!

## The record: a debit run twice after a time-out

options = (The record is on screen: on 5 June the debit ran at 10:02 and again at 10:47, after the batch timed out. The second 129 is sitting on his account as credit.) So there it is. You did take it twice. What are you going to do about it?
    .gotcha = (The record is on screen: the debit ran twice after the batch timed out. The second 129 is on his account as credit.) You said it yourself: your fault. So I want it back, and something for my trouble.
    .furious = (The record is on screen: the debit ran twice after the batch timed out.) So you did take it twice! Well? What now?
options_credit_only = It's on your account as credit, so it will just go towards next month. Nothing to worry about.
    .why = You decided for him. Some customers want the money back where it came from. Give him the choices there are and let him pick.
options_two_ways = The record shows the debit ran twice after our system timed out. That was our mistake, and I'm sorry. The second 129 is on your phone account as credit, so it hasn't gone anywhere. Either we send it back to your bank card, within 7 working days, or it stays as credit and pays July's bill, so nothing comes off your card in July. Which would you prefer?
options_recap = Let me check I have it right: the second 129 should never have been taken, you want it back, and you want to know it won't happen again. The record shows the debit ran twice after our system timed out; that was our mistake, and I'm sorry. The money is on your phone account as credit. Either we send it back to your bank card, within 7 working days, or it stays as credit and pays July's bill, so nothing comes off your card in July. Which would suit you?
options_double = Don't worry, I'll refund both payments and waive next month for you as well.
    .why = You can't waive a month, and refunding both is simply wrong. Over-promising is a red line: promise only what you can deliver.

## Method and deadline

deadline = Back to my card, then. And when exactly? The last time one of you said "soon", I waited a month.
    .testy = Back to my card. When? And don't say "soon".
deadline_full = I'm submitting the refund now. It goes back to the card it came from within 7 working days, by 17 June at the latest, and you'll get a text when it's sent. This is your copy of the case slip: the case number, my name, and the hall's direct line. If it isn't there by the 17th, ring me on that number.
deadline_obstacle = For a refund to a bank card you'll need to bring a stamped bank statement and your ID, and fill in a form.
    .why = Putting obstacles in the way of a solution is one of the ten taboos. The record already shows the double debit: refunding it is our job, not his to prove.
deadline_soon = It'll be back soon, in a few days.
    .why = "Soon" is no answer, and he has heard it before. Say how it will be handled and by when, and give him something in writing.

## Follow-up and goodbye

closing = All right. As long as it comes back. But what about next month? Will it happen again?
    .warm = Right, that's clear. Thank you. Just... it won't happen again next month, will it?
    .grudging = Fine. We'll see if it comes back. And next month? Same again?
close_bye = It shouldn't happen again. Thanks for coming in, Mr Chen. Have a good day.
    .why = A goodbye alone leaves him checking his bank app every month. Offer a callback and keep it: following up confirms he is satisfied.
close_next = (Already looking past him) That's all done, then. Next, please!
    .why = Waving him off tells him he doesn't matter, one of the ten taboos. 100-1=0: one line at the end spoils everything before it.
close_callback = I've reported the time-out so it gets fixed. On the 18th I'll ring you myself to check the money is back, and I'll check your account again after the debit on 5 July. Thank you for bringing this to us, Mr Chen, and sorry again for the trouble.

## Endings

resolved_well = Mr Chen nods on his way out. "Well, you dealt with that properly." On the 18th you ring him: the money is back. He says he'll tell his wife the phone company got something right for once.
resolved_plain = Mr Chen leaves with his refund on its way. It was sorted, but nobody follows up; on 5 July he opens his bank app, braced for another double charge.
resolved_sour = Mr Chen gets his refund, but he leaves muttering. At the noodle shop that evening he tells every table about the phone company that took his money twice and then waved him off.
complaint_escalated = The duty manager has to come over and take it off your hands. Mr Chen insists it goes down as a formal complaint, and says he'll ring the complaints line as well.
walked_out = Mr Chen walks out before anyone has even looked at the record. That evening he posts the bank screenshot online, with a long account of how he was treated.
