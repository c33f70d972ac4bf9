# locales/en-US/gprs_bill_shock.ftl
# Case case_gprs_billing_dispute — GPRS billing / data-charge dispute (000_887c387e8d5af035.txt, 001_2b5000950ad7790a.txt)
# Procedure proc_complaint_002: feelings first, then the issue (002_61f473d333e03107.txt); the ten taboos (003_ab2cbd483b0f63d8.txt)

title = A 386-yuan bill on a 58-yuan plan
setting = A Thursday morning in early July. The store has just opened. A man in his late fifties comes in with a printed bill folded into quarters and heads for your counter without taking a ticket.
persona = Mr. Zheng, 58, runs a small tea shop. A customer for fifteen years, careful with money, and proud: he reads everything and hates being taken for a fool. His wife is watching the shop on her own.
briefing = Mr. Zheng's June bill is 386 yuan; his plan is 58 yuan a month with 5 GB of "national data". The itemized bill will show: plan 58, calls in Hong Kong 10, Hong Kong roaming data 318 (318 MB at the standard roaming rate of 1 yuan per MB) from June 6 to 9. He used only 1.2 GB of his national data. The delivery record shows a roaming welcome text with the data rate (June 6, 9:12 a.m.) and a high-spend alert when roaming charges passed 100 yuan (June 7, 8:40 p.m.), both delivered. The charge is correct: neither you nor the duty manager can waive or reduce it. What you can set up on the spot: a Hong Kong/Macao/Taiwan day pass (25 yuan a day, unlimited data that day, slower after 500 MB), ordered by text or at the counter before traveling; or a move to the 88-yuan plan (10 GB national data plus 1 GB of Hong Kong/Macao/Taiwan data each month) from the 1st of next month; a spending alert (a text when charges pass the plan by 30 yuan), switched on at once; and roaming data left off unless he turns it on. This month's bill is due by the 20th; paid by then, there is no late fee and no suspension. Check before you admit or deny anything; explain without making him feel foolish; hold firm on a full waiver, and find something that works for both sides.

## Feelings first: the bill on the counter

opening = (He unfolds the bill and flattens it on the counter with his palm) Three hundred and eighty-six yuan. My plan is fifty-eight. Would you like to explain that to me?
    .furious = (He slaps the bill down) Three hundred and eighty-six! My plan is fifty-eight a month! Fifteen years I've been with you, and this is how you treat me? Somebody had better explain this!
open_system_error = Oh dear, that's far too much. It must be a system error, Mr. Zheng. Don't worry, we'll put it right and refund the difference.
    .why = You called it a system error before you'd seen the itemized bill. Accepting liability before the facts are clear is one of the ten taboos, and here the charge turns out to be correct: you've promised him something you'll have to take back.
open_number = Let me take a look. Could I have your cell phone number?
    .why = He's still fuming, so straight to the number won't land. Feelings first: acknowledge the shock of a bill six times the usual, tell him you'll take charge, then look it up.
open_soothe = A bill six times what you usually pay: that would give anyone a shock. Please have a seat, Mr. Zheng. Leave it with me, and we'll go through it line by line until it's clear.
open_no_error = Our billing system is very accurate, sir. It doesn't charge people at random; there'll be a reason for it.
    .why = You vouched for the system before anyone had looked. Stressing that we're right is one of the ten taboos, and even if the bill turns out correct, he hears "you're wrong" before he's been heard. 3,100 complaints in our figures were about data billing errors: check first, then speak.
no_error_glares = (His face sets) A reason. Sure. Let's hear it, then.
no_error_storms = ("So I'm making it up?" He folds the bill and stands.) I'll pay it. And then I'll move my number. Fifteen years!

## Active listening: his story

venting = (He sits, still holding the bill) Our daughter graduated in Hong Kong last month. We went for the ceremony, four days. I'm on your fifty-eight plan with five gigs of national data. I've only used one gig! And I'm charged three hundred on top? I used the phone for maps, for WeChat with my wife, a few photos. Nothing else.
    .furious = Four days! Four days in Hong Kong for my daughter's graduation, and you charge me three hundred yuan! I've got five gigs of national data and I've used one! Maps, WeChat, a few photos. That's all I did!
vent_listen = (Noting it down) Your daughter's graduation in Hong Kong, four days last month... maps, WeChat, some photos... and you've used only one of your five gigs. So the three hundred on top makes no sense to you. Please go on.
vent_hk_cut = Hong Kong? Ah, well, that's it, then: Hong Kong is roaming, so it isn't—
    .why = You cut in with the answer before he'd finished: arguing and interrupting is one of the ten taboos. You may be right about the cause, but he isn't ready to hear it until he's been heard. Let him finish, then check the itemized bill.
vent_hurry = OK, I see: the bill's higher than usual. Let's see what we can do.
    .why = "I see" cut him off, and "higher than usual" misses what he's telling you: he feels cheated after fifteen years. Let him finish and play back the key points.
hurry_louder = (Louder) Higher than usual? It's six times higher!
hurry_sulks = (He presses his lips together and looks away.) Fine.

## Checking the background: "Your system's got it wrong, hasn't it?"

accuse = Just tell me straight. Your system's got it wrong, hasn't it?
    .gotcha = (He taps the counter) You said yourself it's a system error. So let's just fix it.
    .furious = Your system's got it wrong! Admit it! Or are you just helping yourselves?
acc_sorry_only = I'm really sorry you've had this worry, Mr. Zheng.
    .why = Apologizing for the worry is fine, but he asked you a question: is it an error or not? Don't guess either way: pull up the itemized bill and answer from the facts.
acc_admit = It does look like an error, Mr. Zheng; you clearly haven't used that much. I'm sorry. We'll get it fixed and refunded.
    .why = Nobody has looked at the itemized bill yet. Accepting liability before the facts are clear is one of the ten taboos, and in this case it's wrong: the charge is correct.
acc_defend = I'm afraid the system doesn't make mistakes like that, Mr. Zheng. The charge will be right.
    .why = You defended the system before checking. Stressing that we're right without looking is one of the ten taboos. The right answer is neither "it's an error" nor "it's right", but "let's look at the itemized bill together".
acc_check = I'm sorry this has given you such a fright. Whether it's right or wrong, let's not guess: I'll pull up your itemized data usage now and go through every charge with you. If we've got it wrong, I'll put it right.

## Explaining the itemized bill

itemised = (On your screen: plan 58; calls in Hong Kong 10; Hong Kong roaming data 318, 318 MB between June 6 and 9 at 1 yuan per MB. National data used: 1.2 GB of 5 GB. Delivery record: roaming welcome text with the rate, June 6, 9:12 a.m.; high-spend alert at 100 yuan, June 7, 8:40 p.m.; both delivered.) Mr. Zheng leans over: "Well?"
    .gotcha = (On your screen: plan 58; calls in Hong Kong 10; Hong Kong roaming data 318, 318 MB between June 6 and 9 at 1 yuan per MB. National data used: 1.2 GB of 5 GB. Delivery record: roaming welcome text with the rate, June 6, 9:12 a.m.; high-spend alert at 100 yuan, June 7, 8:40 p.m.; both delivered.) Mr. Zheng: "Found the error, then? So when do I get my money back?"
    .furious = (On your screen: plan 58; calls in Hong Kong 10; Hong Kong roaming data 318, 318 MB between June 6 and 9 at 1 yuan per MB. National data used: 1.2 GB of 5 GB. Delivery record: roaming welcome text with the rate, June 6, 9:12 a.m.; high-spend alert at 100 yuan, June 7, 8:40 p.m.; both delivered.) Mr. Zheng: "Come on, out with it. What have you found?"
expl_common_sense = Here it is: it's all Hong Kong roaming data. National data doesn't cover Hong Kong. Hong Kong counts as outside the mainland for roaming; most people know that.
    .why = "Most people know that" tells him he doesn't: implying the customer knows nothing is one of the ten taboos. The facts were right; the put-down lost him, and it takes 12 positive impressions to undo one negative.
common_sense_stung = (He goes red) Most people. So I'm the fool. And how was I supposed to know, if nobody told me?
common_sense_leaves = (He stands up) I'm not going to be lectured like a child. I'll pay your bill, and then I'll take my business elsewhere.
expl_clear = I've gone through it, and here's where the 386 comes from. 58 is your plan, 10 is calls in Hong Kong, and 318 is mobile data you used in Hong Kong from the 6th to the 9th: 318 megabytes at the roaming rate of one yuan per megabyte. The thing is, the "national data" in your plan covers the mainland only; Hong Kong, Macao and Taiwan are billed as roaming. A lot of people read "national" the way you did, so I can see exactly why this came as a shock. But the charge itself is correct.
clear_recalls_sms = (He's quiet for a moment) One yuan a megabyte... I think I did get some text when we landed. I thought it was an ad.
clear_no_sms = (He shakes his head) Roaming. Well, nobody told me that! I never got a single message about it.
expl_should_ask = It's Hong Kong roaming data, Mr. Zheng. Before you travel abroad, you really should come in and ask, or switch your data off. We can't be held responsible for that.
    .why = "You really should have asked" is lecturing the customer, one of the ten taboos. Explain what the charge is and why, and leave the blame out of it.
expl_system_shows = The system shows 318 yuan of Hong Kong roaming data, so the billing is correct.
    .why = "The system shows" isn't an explanation. Tell him what he used, where, at what rate, and why his national data didn't cover it.

## "Nobody ever told me!"

sms_dispute = I never got any message. If you'd told me it was one yuan a megabyte, do you think I'd have used three hundred of them?
    .furious = Nobody told me anything! Not one message! You just let the meter run and sent me the bill!
    .doubtful = (Frowning at his phone) I really don't remember any text. Are you sure it was sent?
sms_argue = It was definitely delivered, Mr. Zheng. The record doesn't lie; you just didn't read it.
    .why = Even when the record is on your side, telling him "you just didn't read it" is arguing with the customer, one of the ten taboos. Show him the record and help him find the text.
argue_manager = (He stands) So I'm a liar as well as a fool? Get me your manager.
argue_bristles = (He slams his phone face down on the counter) Fine. It was delivered. Happy?
sms_show = I understand; it's easy to miss one text among dozens. Here's the delivery record: the rate text on the 6th at 9:12, when your phone landed in Hong Kong, and an alert on the 7th at 8:40 in the evening when it passed 100 yuan. Why don't we look on your phone together? Some phones put our texts in a separate notifications folder.
show_finds_it = (He scrolls, and stops) "Welcome to Hong Kong... data one yuan per MB..." (He sighs.) It was in the notifications folder. I never open that.
show_grumbles = (He scrolls for a while, then pockets the phone) Maybe. Who reads all that?
sms_concede = If you didn't get it, then the text may not have gone through, and that would be on us.
    .why = The delivery record shows both texts delivered. Taking the blame against the facts is accepting liability before the facts are clear, one of the ten taboos, and he'll hold you to it.
sms_skip = Let's leave the texts aside for now.
    .why = You left his doubt standing: he goes on believing nobody told him. Give clear, accurate information: show him the delivery record and help him find the text.

## What is it really about?

need = Well, I'm not paying it. Three hundred yuan for four days: that's half a month's sales at my shop.
    .furious = I'm not paying a fen of that three hundred! That's half a month of my shop's sales!
    .deflated = (He rubs his forehead) Three hundred yuan, for four days. That hurts, you know. It really hurts.
need_waive_now = All right, Mr. Zheng, don't worry. I'll get it waived for you this time.
    .why = The charge is correct and nobody in the store can waive it. Over-promising is a red line (100-1=0): when the waiver is refused, he'll feel cheated twice.
need_probe = Three hundred yuan hurts, I know. Can I ask: your daughter's in Hong Kong, so will you be going back there? What worries you most, this bill, or it happening again?
need_recap = Let me make sure I understand. You went to Hong Kong for your daughter's graduation, used maps and WeChat, thought your national data covered it, and got a 318-yuan bill you never saw coming. Is it the money that matters most, or that it felt like nobody warned you? And will you be going there again?
probe_loyal = (He sighs) She's doing a master's there now, two more years. We'll be back three or four times a year. Fifteen years I've been with you, and I've never once complained.
probe_threat = (His jaw sets) She's doing a master's there, two more years, so we'll be going all the time. And if this is how it's going to be, I'll take my number somewhere else.
recap_loyal = (He nods slowly) Both. She's doing a master's there now, two more years. We'll be back three or four times a year. And fifteen years I've been with you.
recap_threat = Both! She's staying on for a master's, two more years; we'll be there all the time. If this is how you treat people, I'll move my number.
need_assume = I see. So I'll switch off international roaming on your number, and then this can't happen again.
    .why = You acted on an assumption without asking what he needs, and he needs roaming: his daughter studies in Hong Kong. Find his real need first; the right answer is a cheaper way to roam, not none at all.

## Holding to principle, looking for a win-win

waiver = Fifteen years a customer. Surely you can waive that three hundred for me?
    .promised = (He taps the bill) You said you'd get it waived. So: is it waived? Today? I'd like that in writing.
    .threat = (Arms folded) Here's the deal. You waive the three hundred, or I'm taking my number to the other company across the street. Fifteen years, gone.
    .furious = Waive it! I'm not asking, I'm telling you. Fifteen years a customer!
waive_principle = Fifteen years, and this is your first complaint: I really do understand why it feels unfair. But I have to be honest with you. This charge was made correctly at the standard rate, so I can't waive it, and no one here can; it wouldn't be fair on the customers who pay the same rate either. What I can do is make sure your next trips cost you a fraction of this. With your daughter there for two more years, that's where the real money is. Can I show you how?
waive_all = All right, all right, don't be upset. Fifteen years is fifteen years. I'll waive all of it.
    .why = The charge is correct and no one in the store can waive it. Giving in under pressure breaks the rule on over-promising, a red line: 100-1=0.
waive_manager = I'm not able to decide that. Let me go ask the manager.
    .why = The rule is already clear: a correct charge can't be waived. Fetching the manager only makes him wait and raises his hopes. Hold the line yourself, and offer what you can.
manager_same_answer = (Ten minutes later the manager gives him the same answer.) He looks at you: "You could have told me that yourself."
manager_waits = (He waits, checking his watch, while his wife calls twice from the shop.)
waive_refuse = The billing is correct, Mr. Zheng. We can't take a single fen off.
    .why = A bare "not a single fen" is refusing him outright, one of the ten taboos. Hold the rule, but pair it with what you can do: a cheaper way to roam next time.
refuse_switches = ("Not a single fen." He nods slowly.) Then not a single fen more from me, either. I'm switching.
refuse_fumes = (He breathes hard through his nose) Not a fen. Fifteen years, and not a fen.
waive_let_go = That's entirely your choice, Mr. Zheng. You're free to switch if you'd prefer.
    .why = "That's your choice" tells a fifteen-year customer he doesn't matter: one of the ten taboos. Winning a new customer costs 5 to 7 times as much as keeping one. Hold the rule, and give him a reason to stay.

## A choice that fits how he travels

plan = (He lets out a long breath) So what's the point of me being here? Next time I go, same thing again?
    .testy = So what then? I go to Hong Kong again next month and get another bill like this?
    .show_me = (Arms still folded) Go ahead, then. Show me. But I'm not promising anything.
    .open = (He leans in) All right. She's there two more years. So how do I do it without this happening again?
plan_premium = The best thing would be our 198-yuan plan with global roaming data included. Then you'd never have to worry again.
    .why = 198 a month, every month, for a few trips a year: you sold the most expensive plan, not the one that fits him. Tailor the offer to how he actually travels.
plan_one = I'll set you up with the Hong Kong day pass, then.
    .why = One fix, and no choice. Offer options that fit his pattern: the day pass for occasional trips, or the 88 plan if he'll go often, with the cost of each.
plan_options = There are two ways, depending on how often you go. One: keep your 58 plan, and before each trip order the Hong Kong day pass: 25 yuan a day, unlimited data that day. Four days would have cost you 100, not 318. Two: move to the 88 plan from next month: 10 gigs of national data, plus 1 gig a month that works in Hong Kong, Macao and Taiwan, so for a normal trip you pay nothing extra. If you're going three or four times a year, the 88 plan probably works out better. Which suits you?
options_day_pass = (He does the math on his fingers) Twenty-five a day... we're usually there four or five days. I'll stay on the 58 and buy the pass when we go.
options_88_plan = (He thinks) Thirty more a month, and I don't have to remember anything? The 88, then. My wife will only forget the pass.

## So it can't happen again

reminder = Fine. But how do I know next time, before it's three hundred yuan?
    .grudging = And next time? How am I supposed to know before it's too late?
rem_self = Just keep an eye on your texts, Mr. Zheng. We always send the rates when you arrive.
    .why = That leaves it all to him, after he's shown you how easily the text gets missed. Timely reminders are the best method: set the alert up for him.
rem_setup = I'll switch on a spending alert for you now: as soon as your charges go 30 yuan over your plan, you get a text. And I'll set roaming data to stay off unless you turn it on, so nothing runs up by accident.
rem_app = You can download our app and check your usage there whenever you like.
    .why = Sending him off to an app, with no help, is not a reminder. Set up the spending alert for him and make sure he'll see it.
rem_handson = May I see your phone for a moment? I'll switch on a spending alert: a text as soon as you're 30 yuan over your plan. Roaming data will stay off unless you turn it on. And look, I'm moving our texts out of that notifications folder, so the next rate message lands right where you'll see it. I'll send a test now... there it is.

## Method and dates

method = So what happens now, exactly?
    .grudging = OK. So what happens now?
mth_vague = We'll get it all set up for you in the system, and it'll take care of itself from there.
    .why = "It'll take care of itself" is vague and evasive, one of the ten taboos: he's had one unwelcome surprise already. Say what happens, when, and what he still has to do.
mth_full = Here's exactly what happens. The spending alert is on from now; you've just had the confirmation text. The plan change, or the day pass, whichever you chose, is done; a plan change starts on the 1st, and you'll get a text that day. This bill, 386 yuan, is due by the 20th; paid by then, there's no late fee and no suspension. Here's the printout of the itemized charges so you can check every line at home. Is all of that clear?
mth_partial = The changes will take effect from the 1st of next month.
    .why = A date, but nothing on paying this bill by the 20th, and nothing he can check. Tell him the whole method and deadline, and let him check it.

## The callback and the goodbye

closing = (He folds the bill and the printout together) Well. I can't say I'm happy about it. But at least I know where I stand.
    .warm = (He manages a smile) Well. Three hundred's a lot of tea. But at least you were straight with me.
    .grudging = (He folds the papers without a word, then) I still think it's a lot of money.
close_next = OK, that's everything done. Next, please!
    .why = "Next, please!" while he's still folding his papers tells him he doesn't matter, one of the ten taboos. Behind every complaining customer are 20 unhappy ones. Thank him, see him off, agree a callback.
close_callback = Thank you for coming in and telling us, Mr. Zheng. You're not the only one who reads "national data" that way, and we should make it clearer. I'll call you on the 2nd to check the change has gone through properly. Take care.
close_bye = Thank you, Mr. Zheng. Have a good day.
    .why = A polite goodbye, but no follow-up. After a bill shock, the call that checks the new setup works is what rebuilds trust: agree a time and keep it.
close_caring = Thank you, Mr. Zheng, for telling us: you're not the only one who reads "national data" that way. Congratulations to your daughter. I'll call you on the 2nd to check everything's gone through, and before your next trip, just give me a call and I'll make sure the day pass is on before you fly.
caring_smiles = (He smiles properly for the first time) She's very clever, you know. Master's degree. All right, I'll call you.
caring_nods = (He nods) The 2nd. I'll expect your call.

## Drawing the lesson: the team leader asks for the log

after_action = (After he's gone, your team leader stops by) The gentleman with the roaming bill. What did you put in the log?
    .no_callback = (After he's gone, your team leader stops by) The gentleman with the roaming bill. What did you put in the log? And who's following up with him?
lesson_customer = Charge correct, customer didn't read the roaming text. Difficult customer.
    .why = "Difficult customer" is not a lesson. Draw the lesson and a preventive measure: what made a careful man read "national data" as including Hong Kong?
lesson_blame = Whoever sold him the 58 plan never told him national data doesn't cover Hong Kong. That's the whole problem.
    .why = Blaming colleagues is one of the ten taboos, in the log as at the counter. Record the fact and the fix, not the culprit.
lesson_transparency = Charge correct: Hong Kong roaming data, rate text and alert both delivered but filed where he didn't see them. The real issue is that "national data" reads as if it covers Hong Kong. I'd suggest we say "excludes Hong Kong, Macao and Taiwan" whenever we sell these plans, and offer the spending alert and the day pass to anyone who mentions travel.

## Endings

resolved_well = (On the 2nd you call him; the change has gone through.) "Zheng here. Yes, I got the text. And my wife's already asking if you can take care of her phone too."
resolved_logged = Mr. Zheng pays his bill and keeps his number. The next customer who reads "national data" the same way will be just as surprised.
resolved_blame = Mr. Zheng's problem is taken care of. In the log, a colleague takes the blame, and nothing is proposed to make the plan wording clearer.
resolved_sour = (He walks out past the line without a word.) That evening he tells his tea-drinking friends to watch out for the phone company.
manager_takeover = (The duty manager comes over, apologizes for the tone and takes over.) The charge is the same; Mr. Zheng's trust in you is gone.
complaint_escalated = (He stands, phone in hand) "I'm going to the other company across the street. And then I'm reporting this bill." (He leaves.)
walked_out = (He leaves without looking back.) A week later his number is ported to another operator; his wife's follows a month after.
