# locales/en-US/cmmb_tv_refund.ftl
# Case case_cmmb_mobile_tv — CMMB mobile TV: package channels that can't be watched (000_887c387e8d5af035.txt)
# Procedure proc_complaint_002: feelings first, then the issue (002_61f473d333e03107.txt); the ten taboos (003_ab2cbd483b0f63d8.txt)

title = Paying for channels I can't watch
setting = Eight-thirty on a weekday morning. A woman in a nurse's cardigan, eyes red with tiredness, comes in from the bus stop and puts her phone on your counter. On the screen, a TV channel shows "Not authorized".
persona = Ms. Chen, 44, a ward nurse, just off a night shift. She spends an hour each way on the bus and watches her TV series on her phone. Reasonable, but tired and short on patience; she wants to get home and sleep.
briefing = Three months ago Ms. Chen ordered the CMMB mobile TV premium package here (series and sports channels, 15 yuan a month); she has paid 45 yuan. On the 2nd of last month she changed her phone. The records will show: the paid channels' authorization is still bound to her old phone (nobody re-sent it, and nobody told her it was needed), so since then they show "Not authorized"; the viewing log shows 41 hours on paid channels in the first two months and none last month. Separately, the picture freezes on one stretch of her bus route along the East Second Ring Road: mobile TV transmission coverage belongs to the broadcaster, not to us. What you can do: re-send the authorization on the spot (about a minute), or cancel the package on the spot (no charge from next month, confirmed by text; she could also cancel by texting 10086). Rules: for each month in which paid channels couldn't be watched because of an authorization fault, that month's fee is refunded to the phone account within 3 business days (here, last month's 15 yuan); months she watched are not refunded; coverage is not grounds for a refund. You can forward a coverage complaint to the broadcaster through the joint channel; they reply within 5 business days, and nobody here can promise when coverage will improve. Every complaint goes on a case slip with a case number and your name and phone number; she keeps a copy.

## Feelings first: straight off a night shift

opening = (She turns the phone toward you) Look. "Not authorized." I pay fifteen yuan a month for this, and for a month none of the paid channels have worked. And when they did, the picture kept freezing. I'm paying for nothing.
    .furious = (She puts the phone down hard) "Not authorized"! A whole month! Fifteen yuan a month and none of the channels I pay for work, and before that the picture kept freezing. I've just done a twelve-hour night shift and now I have to come in and deal with this?
open_soothe = Straight here from a night shift, and paying for channels you can't watch. That's maddening. Please sit down, Ms. Chen. I'll take care of this, so you can get home and rest.
open_refund = Oh no, that's definitely our fault, Ms. Chen. Don't worry, I'll refund all of it for you.
    .why = You promised a full refund before anyone had looked at the records. Accepting liability before the facts are clear is one of the ten taboos: the records will show she watched 41 hours in the first two months.
open_number = I'll look into that for you. Could I have your cell phone number?
    .why = She's tired and fed up, so straight to the number won't land. Feelings first: acknowledge the night shift and the money wasted, and tell her you'll take care of it; then look it up.
open_not_ours = I'm sorry, but the mobile TV signal comes from the broadcaster, so it isn't something we can fix here.
    .why = "It isn't something we can fix" is refusing her outright, one of the ten taboos, and half of her problem is ours to fix. Find out what is ours and what isn't before you say anything like that. If she leaves, winning a new customer costs 5 to 7 times as much as keeping her.
not_ours_glares = (She stares at you) I paid you. Not the broadcaster. You.
not_ours_leaves = (She picks up her phone) I'm too tired for this. I'll call the complaints line from home. (She leaves.)

## Active listening: her story

venting = (She sits) I watch my series on the bus, an hour each way. It's the only time I get. For the first couple of months it was fine, apart from one bit on the East Second Ring Road where the picture freezes every single time. Then last month the series channels all went "Not authorized". I thought it'd fix itself. It hasn't. A whole month.
    .furious = An hour each way on the bus, and that's the only time I get to watch anything! First it was freezing on the East Second Ring Road every single day. Then last month, boom, "Not authorized", all the channels I pay for! A whole month I've been paying for nothing!
vent_hurry = OK, so the channels aren't working. Let's get it fixed.
    .why = "The channels aren't working" cut her off and lost half of what she said: there are two different problems here. Let her finish, and note the details.
hurry_snaps = (Sharply) I haven't finished. That's not even all of it.
hurry_sighs = (She sighs and rubs her eyes.) Yes. Fine. Whatever's quickest.
vent_listen = (Noting it down) The bus, an hour each way... fine at first, except the picture freezes on the East Second Ring Road... then since last month the series channels all say "Not authorized"... and you've been paying all along. That's your only downtime, too. Is there anything else that changed around then?
vent_cut = Did you change your phone, by any chance? Because if you did, then—
    .why = You cut in with a guess before she'd finished: arguing and interrupting is one of the ten taboos. Even a good guess lands badly when it interrupts. Let her finish, then ask.

## Two problems, two owners

confirm = (She thinks) I changed my phone at the start of last month, if that matters. But I don't see why it should. So, what's going on?
    .furious = I changed my phone last month, so what? A phone's a phone. What's going on with my channels?
conf_two = Let me make sure I've got it: there are two separate problems. One, since last month the paid channels say "Not authorized" wherever you are. Two, the picture has always frozen on that stretch of the East Second Ring Road. They probably have different causes, so I'll check them one at a time. Is that right?
conf_one = OK, so the mobile TV isn't working. Let's see.
    .why = You lumped two problems into one "it isn't working". Confirm what she's complaining about: paid channels that stopped last month, and freezing on one road. They have different causes and different owners.
conf_recap = Let me check I've got it all down. Two different things. One: since you changed phones at the start of last month, the paid channels say "Not authorized", everywhere. Two: the picture has always frozen on the East Second Ring Road, even when the channels worked. The first could be on our side; the second may be about coverage on that road. I'll look at them one at a time. Have I missed anything?
conf_phone = It'll be the new phone, then. Some phones don't support mobile TV properly.
    .why = You blamed her new phone before checking anything, and her free channels work fine on it. Know the background before you answer: check the order, the authorization and the viewing records.

## Check the records, and say how it will be decided

records = Well? How long is this going to take? I'm falling asleep here.
    .furious = So? Is it my fault, or yours? I'm not leaving until I know.
    .tired = (She's struggling to keep her eyes open) Please, just tell me what you're going to do.
rec_defend = Your package is active and billed normally, Ms. Chen; the charges are all in order on our side.
    .why = You defended the charges before checking why the channels stopped. Stressing that we're right is one of the ten taboos; the authorization record may well show the slip is ours.
rec_later = This needs checking in the back-end system. Why don't you go home and get some sleep, and we'll call you when we know?
    .why = A two-minute check, and you sent her away. Don't avoid it, deal with it right away: check the records while she's here.
later_stays = (She shakes her head) If I go now, I'll never hear from you. I'll wait.
later_goes = (She stands) Fine. Call me. (She leaves, and doesn't answer when you call that afternoon.)
rec_check = I'll do it now, it'll take two minutes. I'm pulling up your order, your charges, the authorization on your number and the viewing log. Once it's all in front of us, I'll show you what happened, and we'll settle the fee by the rules. That way it's fair, whichever way it goes.
rec_promise = Don't worry, whatever it is, I'll make sure you get all 45 yuan back.
    .why = You promised all 45 yuan before checking. Accepting liability before the facts are clear is one of the ten taboos, and it isn't even the right amount: she watched 41 hours in the first two months.

## Explaining what happened

findings = (On your screen: premium package active, billed 15 yuan for three months. Authorization bound to her old phone; not re-sent since the change on the 2nd of last month. Viewing log: 41 hours on paid channels in the first two months, none last month.) Ms. Chen: "Well?"
    .promised = (On your screen: premium package active, billed 15 yuan for three months. Authorization bound to her old phone; not re-sent since the change on the 2nd of last month. Viewing log: 41 hours on paid channels in the first two months, none last month.) Ms. Chen: "So that's all 45 back, like you said?"
    .furious = (On your screen: premium package active, billed 15 yuan for three months. Authorization bound to her old phone; not re-sent since the change on the 2nd of last month. Viewing log: 41 hours on paid channels in the first two months, none last month.) Ms. Chen: "Come on, out with it. What have you found?"
expl_manual = It's because you changed your phone. When you change phones, you have to get the channels re-authorized. It's in the instructions that came with the package.
    .why = "It's in the instructions" tells her it's her own fault for not reading them: implying the customer knows nothing is one of the ten taboos. And nobody told her when she changed phones; that part is ours. It takes 12 positive impressions to undo one negative.
expl_jargon = The CA authorization is bound to your old handset's terminal ID, so after the handset change the EMM wasn't re-issued and the entitlement didn't migrate.
    .why = Every word was accurate, and she understood none of it. Give information clearly: "the permission to watch stayed with your old phone".
jargon_lost = (She blinks) I've been up for twenty hours. In plain English, please.
jargon_shrugs = (She shrugs) If you say so.
expl_plain = I've found it. The paid channels need a kind of permission sent to your phone, and that permission is still tied to your old phone. When you changed phones on the 2nd of last month, nobody re-sent it, and nobody told you it needed doing. That's why it says "Not authorized". I'm sorry about that; we should have told you. The good news is I can fix it here in about a minute. The freezing on the East Second Ring Road is a separate thing, and I'll come to that.

## The refund: principle, and a fair outcome

refund = So I want all three months back. Forty-five yuan. I've been paying for nothing.
    .promised = You said I'd get all 45 back. So that's what I want.
    .furious = Forty-five yuan, all of it, back! I've been paying for channels I can't watch!
    .fair = (Calmer) So what happens about the money? It's not the amount, it's the principle.
ref_none = The package fee was charged correctly, Ms. Chen, so there's no refund.
    .why = A bare "no refund" is refusing her outright, one of the ten taboos, and it's wrong: the rules refund the month she couldn't watch. Hold the line on the months she watched, and give her what the rules allow.
none_hotline = (She stands) Then give me the complaints number. I'll take it from there.
none_glares = (Her jaw sets) Charged correctly. For channels that didn't work.
ref_fair = Here's how the rules work, and I think it's fair. Last month you couldn't watch the paid channels because of the authorization, so that month's 15 yuan comes back to you in full. The first two months the log shows you watched 41 hours of the paid channels, so I can't refund those. That wouldn't be fair the other way around. Then it's up to you: I re-send the permission now and you keep watching, or, if you've had enough, I cancel the package here and now, with no charge from next month. Which would you prefer?
fair_keeps = (She thinks) Forty-one hours, was it? Well, that's fair enough. I'll keep it, as long as it works. My series is halfway through.
fair_cancels = (She shakes her head) Fair enough about the money. But honestly, with the freezing on the ring road, I've had enough. Cancel it.
ref_manager = I can't decide refunds myself. Let me get the manager.
    .why = The rule already says which months are refunded; fetching the manager only makes a woman who's been up all night wait longer. Explain the rule and apply it yourself.
ref_all = All right, Ms. Chen, I'll refund the full 45 yuan for you.
    .why = The log shows 41 hours of paid viewing in the first two months; the rules refund only the month she couldn't watch. Over-promising is a red line: 100-1=0.
ref_one_month = I can refund you last month's 15 yuan.
    .why = The right amount, but no reason and no choice: to her it sounds like a haggle she lost. Explain why that month and not the others, and let her choose whether to keep the package.

## The freezing on the ring road: the broadcaster's side

signal = And the freezing on the East Second Ring Road? Even with the channels working, that stretch is hopeless.
    .testy = And what about the freezing? You can't tell me that's fine too.
    .cancelling = I'm canceling, but that doesn't make the freezing on the ring road all right. Somebody should know about it.
sig_promise = I'll get on the phone with the broadcaster; they'll have the signal fixed there within the week.
    .why = Only the broadcaster can decide when coverage improves, and you promised a date on their behalf. Over-promising is a red line: promise the forwarding and their reply time, not the fix.
sig_forward = That one isn't ours to fix directly: mobile TV signal on the road is the broadcaster's transmitters. But I won't just leave it there. I'll send it to them today through our joint complaints channel: the exact stretch, the time you're on the bus, and that it happens every day. They have to reply within 5 business days, and I'll call you when they do. I can't promise you when they'll improve it, but it'll be on their desk properly.
sig_not_ours = That's the broadcaster's coverage, I'm afraid. That's nothing to do with us.
    .why = "Nothing to do with us" is refusing her outright, one of the ten taboos, and it passes the buck. It isn't ours to fix, but forwarding it, with the details, is.
sig_not_ours_hotline = ("Nothing to do with you." She laughs without humor.) Then I'll find someone it is to do with. What's the complaints number?
sig_not_ours_shrugs = (She shrugs) Of course it isn't.
sig_hotline = That's the broadcaster's coverage, so your best bet is to call their customer service line and report it.
    .why = You handed the escalation back to her. Get the right people involved yourself: forward it to the broadcaster through the joint channel, with the details, and tell her when they'll reply.
sig_vague = We'll pass that on, and hopefully it'll improve.
    .why = "Hopefully it'll improve" is vague and evasive, one of the ten taboos: who, how, and by when? Say that you'll forward it, how, and when the reply is due.

## Carrying it out, and letting her check

execute = OK. Go ahead, then. Do it now, while I'm here.
    .cancelling = So cancel it. Now, please, while I'm here. I don't want to find it still on next month's bill.
exe_reauth = Done. I've re-sent the permission to your new phone. Could you open the series channel for me? ... There, it's playing. Let's try the sports one as well... yes, that works too. So it's all working now, right?
exe_cancel = Done: the package is canceled from today, with no charge from next month. You've just had the confirmation text; can you see it? And for the future: any service on your number, you can cancel by texting 10086 and following the prompts, or at any counter.
exe_obstacle = For the refund and the changes, I'll need a written request, your ID card, and the receipt for your new phone. Without the phone receipt I can't do it.
    .why = A written request and the phone receipt for a 15-yuan refund: putting obstacles in the way of a solution is one of the ten taboos. Her number and ID are enough; do it for her now.
exe_done = OK, that's done on the system.
    .why = Done out of sight, and she never got to check it. Report what you've done and ask her to check it: open the channel together, or show her the cancellation text.

## Method, dates and the case slip

method = And the money? When do I actually get it?
    .testy = And when does the money come back? I'm not chasing this again.
mth_partial = The 15 yuan will be back in your phone account within 3 business days.
    .why = A date for the refund, but nothing in writing, and nothing about the broadcaster's reply. Hand her the case slip with both dates on it.
mth_vague = The refund will be processed and the broadcaster will look into it; you'll hear from us.
    .why = "You'll hear from us" is vague and evasive, one of the ten taboos. Give the method and the dates: refund within 3 business days, the broadcaster's reply within 5.
mth_full = Here's what happens. The 15 yuan goes back to your phone account within 3 business days, and you'll get a text when it arrives. The broadcaster replies on the coverage within 5 business days, and I'll call you with their answer. It's all on this case slip: case number, my name and my direct line. This copy is yours.

## The callback and the goodbye

closing = (She tucks the slip into her bag) All right. Thank you.
    .warm = (She manages a tired smile) Thank you. That's the first time this month anything's gone right.
    .grudging = (She tucks the slip away without looking at it) We'll see.
close_callback = Thank you for coming in and telling us, Ms. Chen, especially straight off a night shift. It's helped us find a gap. I'll call you when the broadcaster replies, and check the refund's arrived. Get home safely.
close_next = That's everything. Next, please!
    .why = "Next, please!" while she's still putting the slip away tells her she doesn't matter, one of the ten taboos. Behind every complaining customer are 20 unhappy ones. Thank her, see her off, agree a callback.
close_bye = Thank you, Ms. Chen. Goodbye.
    .why = Polite, but no follow-up: the broadcaster's reply and the refund are both still to come. Agree a callback and keep it.
close_caring = Thank you for telling us, Ms. Chen; it's helped us find a gap we need to close. I'll call you when the broadcaster replies, and check the refund has arrived. I'll make it after two in the afternoon, so I don't wake you. Get home safely, and get some sleep.

## Drawing the lesson: the team leader asks for the log

after_action = (After she's gone, your team leader stops by) The nurse with the mobile TV. What did you put in the log?
    .no_callback = (After she's gone, your team leader stops by) The nurse with the mobile TV. What did you put in the log? And who's calling her back?
lesson_minimal = Authorization re-sent, 15 yuan refunded, coverage forwarded to the broadcaster.
    .why = That logs what you did, not why it happened. Draw the lesson and a preventive measure: nobody told her that a phone change needs re-authorizing.
lesson_reminder = Her authorization stayed on her old phone when she changed handsets, and nobody told her it needed re-sending. I'd suggest that whenever someone with a mobile TV package changes phones at the counter, we re-send the authorization on the spot, and that we send package customers a text reminder about it. The East Second Ring Road freezing is forwarded; if more reports come in from the same stretch, we should raise it with the broadcaster as one area problem.
lesson_blame = Whoever sold her the package never told her about re-authorizing. That's where it went wrong.
    .why = Blaming colleagues is one of the ten taboos, in the log as at the counter. Record the gap and the fix, not the culprit.

## Endings

resolved_well = (Four days later you call her, after two: the refund has arrived, and the broadcaster has replied that the East Second Ring Road transmitter is due for an upgrade next quarter.) "Thanks for letting me know. And thanks for not calling at nine in the morning."
resolved_logged = Ms. Chen has her 15 yuan back and her channels working again. The next customer who changes phones will lose the channels in exactly the same way.
resolved_blame = Ms. Chen's problem is taken care of. In the log, a colleague takes the blame, and nothing is proposed to stop it happening again.
resolved_sour = (She walks out past the line without a word.) On the bus home, she tells a colleague not to bother with the carrier's mobile TV.
complaint_escalated = (She leaves with her phone to her ear.) "Hello, is this the complaints line? I want to complain about my cell phone carrier..."
walked_out = (She leaves, and doesn't come back.) Next month, the package is still on her bill, and she cancels her whole contract.
