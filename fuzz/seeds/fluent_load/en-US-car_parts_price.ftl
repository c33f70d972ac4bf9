# locales/en-US/car_parts_price.ftl
# Case case_car_parts_price_supply — parts price and parts supply (002_61f473d333e03107.txt)
# Procedure proc_complaint_002: feelings first, then the issue (002_61f473d333e03107.txt); polite objection replies (000_887c387e8d5af035.txt); the ten taboos (003_ab2cbd483b0f63d8.txt)

title = 3,860 yuan for a headlight?
setting = 3:10 on a Monday afternoon at the service reception of a car dealership. A man in his early fifties strides up to the desk holding out his phone, a shopping website on the screen. Last Tuesday you took his parts order.
persona = Ma Jianhua, 52, runs a hardware store and deals in trade prices every day; nobody adds up a bill faster. He's a decent, reasonable man, but he hates being taken for a sucker. His wife is watching the store on her own and he wants to get back.
briefing = Mr. Ma's front-left LED headlight assembly got cracked in a parking lot and lets water in. On Tuesday, November 24, you quoted him the genuine part: 3,860 yuan for the headlight assembly plus 200 yuan installation, took a 1,000 yuan deposit, and told him it would arrive "in three to five business days". He's been driving all week with the crack taped over, and nobody has called him. Online he found "the same headlight" for 1,500 yuan: no part number, no manufacturer's logo, and small print saying "quality equal to original" and "3-month warranty". It's an aftermarket copy. Price basis: genuine parts are sold at the manufacturer's nationwide retail price, the same at every dealer; the parts price list hangs in the reception hall, and anyone can look up a part number in the manufacturer's owner app. The genuine headlight, installed by the dealer, has a 2-year warranty with no mileage limit. The delay: the regional parts center was out of stock; on November 26 the order was passed to the national warehouse; it shipped on the 28th and the carrier expects it at the dealership on Thursday, December 3. Nobody told Mr. Ma, which was our miss. Your authority: nobody at the dealership can discount a genuine part. On your own authority you can waive the 200 yuan installation labor, give a free wash, and have the workshop put a free temporary waterproof seal on the cracked lamp (15 minutes). Under the rules he can wait for the genuine part (installation takes about an hour), cancel and get the 1,000 yuan deposit back in full on the spot, or bring his own part and have it installed here at the normal labor rate, with no dealer warranty on the part. You'll give him an order slip with the part number, the price, the arrival date and your cell phone number.

## Feelings first: "You're ripping me off!"

opening = (Mr. Ma puts his phone down on the desk) Look at this. Look! The same headlight: 1,500 online, and you're charging me 3,860! And that's not all. You said three to five days; it's been seven and not so much as a phone call. Do I look like a pushover?
    .furious = (Mr. Ma slaps his phone down on the desk) Explain this to me! Exactly the same headlight: 1,500 online, and you people want 3,860! That's more than double! Three to five days, you said. It's been a week, no part, no call! I've been driving around for a week with my headlight held together with tape. Is this how you rip people off?
open_price_first = Mr. Ma, let me explain: our parts prices are all set by the manufacturer, not by us.
    .why = He's fuming, and the first thing you do is defend the price. However right you are, it won't land; he'll just think you're covering for the dealership. Feelings first, then the issue: acknowledge why he's fed up, tell him you're taking charge, then talk about the price.
open_online_junk = Mr. Ma, you don't really trust stuff off the internet, do you? Cheap is cheap for a reason, and if it goes wrong once it's installed, it'll cost you a lot more than money.
    .why = Opening with "you don't really trust that, do you?" lectures and belittles the customer, one of the ten taboos. He's come for an answer, not a lesson. The price basis does need explaining, but with facts, and only once you've dealt with how he feels.
junk_bristles = (His face hardens) I don't need you telling me what to trust! I asked why you're charging so much!
junk_leaves = (He grabs his phone) Fine, yours is the good stuff. Give me my deposit back. I'm not having it done here!
open_soothe = Mr. Ma, please, have a seat, let me get you some water. A whole week driving with a taped-up headlight, the date we gave you come and gone without a single call, and then a price online less than half of ours: anyone would be fed up. I handled your order, so it's down to me to explain all this properly and get it fixed.

## Active listening: two grievances, and neither can be dropped

venting = (He sits down and pushes the phone across to you) I run a hardware store. I know exactly what things cost to buy in and what they sell for. Look: same headlight, 1,500, free shipping! You: 3,860. And last Tuesday you told me three to five days. I've been waiting for your call every day, right up to today. When I drive at night there's mist inside that lamp; it's not safe. So tell me, which of those two things is acceptable?
    .furious = (He jabs at the screen) I run a hardware store; I know what everything costs! 1,500, free shipping! You: 3,860! And three to five days: I've waited every day, and today, still nothing! At night the lamp's full of mist. If something happens, who's responsible?
vent_dont_know = Mr. Ma, this is where you don't really know the business. Car parts aren't like hardware; there's a lot more to them than you'd think.
    .why = "You don't really know the business" implies the customer knows nothing, one of the ten taboos. He's been in business half his life and you've just called him an amateur. Car parts are different, so show him with facts where the difference lies, instead of starting with "you don't know".
vent_listen = (Noting it on the back of the order slip) The one online is 1,500 with free delivery… we quoted 3,860… last Tuesday I said three to five days, it hasn't come, and nobody's called you… there's mist in the lamp at night and you're worried about it. Mr. Ma, I've got both of those down. Go on.
vent_hurry = OK, OK, Mr. Ma, I understand: you feel the price is too high. Let me explain the price to you.
    .why = He told you two things and you only picked up one, the price, dropping "it's late and nobody told me" altogether. Active listening means letting him finish, playing back the key points and writing them down; the one you dropped is the one that annoys him most.
hurry_what_about_lamp = (He slaps the desk) Forget the price for a minute! Where's my headlight? Start with that!
hurry_sighs = (He sighs and sits back) Go ahead, explain. I'm listening.
vent_cut_in = (Before he's finished) Mr. Ma, that one online isn't the same part as ours at all, there's no comparison—
    .why = Jumping in to contradict him before he's finished is one of the ten taboos (arguing, quarreling, interrupting) and breaks "don't cut in or rush to rebut". Let him finish, note the points, and explain once you've checked.

## Preparation: pull up the order, and look at his link

records = Spare me the lecture. Two questions: where is my headlight right now? And how on earth did you come up with that price?
    .furious = Come on! Where's my headlight? And where does that price come from? Don't give me the runaround!
    .wary = I want to know two things: where the headlight is, and how you got to that price. Just tell me straight.
records_sorry_only = Mr. Ma, I'm really sorry to have kept you waiting.
    .why = An apology is fine, but he asked two factual questions: where's the part, and where does the price come from. Apologizing without checking or taking charge sounds like stalling. Preparation means finding out how the complaint arose: pull up the order and the shipping status first.
records_check = Mr. Ma, first of all, I'm sorry you've been left waiting all week. I'll get you answers on both. I'm pulling up your order and the part's shipping details now to see where it's got stuck. Could I take a look at that link you found? I'll check the part numbers, so we're comparing the actual parts, not just taking each other's word for it.
records_match_price = Don't worry, Mr. Ma: if the one online really is the same, we'll match the online price. I won't let you lose out.
    .why = You haven't even looked at the link and you've agreed to "match the online price". Accepting liability before the facts are clear is one of the ten taboos, and since nobody here can change the price of a genuine part, it's a promise you can't keep. Find out what the part is first, then say what can be done.

## The facts: the part is on its way, and nobody called

delay_found = (The order and the shipping record are up: the regional parts center was out of stock, the order went to the national warehouse on the 26th, the part shipped on the 28th, and the carrier expects it on Thursday, December 3. The follow-up log shows no call to the customer. His link is open too: no part number, no manufacturer's logo, and the small print says "quality equal to original" and "3-month warranty".) Mr. Ma looks at you. "Well?"
    .matched = (The records are up, and so is his link: no part number, small print saying "quality equal to original".) Mr. Ma pushes his phone across: "You said you'd match the online price. Change it now."
    .furious = (The records are up: the order went to the national warehouse on the 26th, and there's no record of anyone calling him.) Mr. Ma slaps the desk: "You knew on the twenty-sixth there wasn't one? Then why didn't anyone call me?"
delay_normal = Mr. Ma, transferring stock from another warehouse is perfectly normal. Three to five days was only ever an estimate. The part's on its way; you'll just need to wait another couple of days.
    .why = "Three to five days" was your promise, and not telling him was the dealership's failure, yet you call it "perfectly normal" and "only an estimate". Stressing what we got right and not admitting a mistake is one of the ten taboos; and behind one complaining customer are 20 unhappy ones who'll hear his story.
normal_cancels = (He's on his feet) Perfectly normal? Fine, you're normal and I'm not. Give me my deposit back. I don't want your headlight!
normal_fumes = (He goes red in the face and takes a while to get the words out) …Fine. Tell me about the price, then.
delay_own = Mr. Ma, I'll tell you exactly how it is. The regional parts center had none, so on the 26th the order went to the national warehouse; it shipped on the 28th and the carrier expects it here on Thursday. I was the one who told you three to five days, and when it got held up I didn't call you. You've waited a week for nothing and been driving with a taped-up lamp. That's on me, and I'm sorry.
own_grunts = (He grunts, and his face relaxes a little) Well, if you own up to it, I'll let that one go.
own_still_sore = (He shakes his head) One phone call, and I wouldn't have spent all week wondering.
delay_parts_dept = Honestly, Mr. Ma, it's not my fault. The parts department never told me about the transfer; they're always slow like that. I've only just found out myself.
    .why = Blaming the parts department and distancing yourself is one of the ten taboos (blaming colleagues). To him, you and the parts department are the same dealership; chasing the transfer was your job, and not calling him is something to own.
delay_vague = Well… parts transfers are quite complicated, there are a lot of steps involved. I can't really say exactly, but it should be soon.
    .why = "Quite complicated", "can't really say", "should be soon": that's dodging the question, one of the ten taboos. The shipping record is on your screen: when it was transferred, when it shipped, when it's due. Tell him straight.

## The real need

true_need = (He sits back) OK, I know where the headlight is. What about the price? What are you going to do about it?
    .testy = (He drums his fingers on the desk) Fine, it's on its way. And the price? 3,860. If you can't give me a real answer today, I'm ordering online right now!
need_probe = Mr. Ma, let me read back what I've got. One: the price looks far too high next to the one online, and you feel you're being ripped off. Two: the part's late and nobody told you. Three: the lamp lets water in and you're not happy driving at night. Can I ask: once I've shown you where the price comes from and you know exactly when the part arrives, what matters most to you, getting your money's worth, or getting the lamp fixed soon so you're safe on the road?
need_assume = I understand, Mr. Ma. You'd just like it cheaper, right?
    .why = You've decided for him: "you'd just like it cheaper". He also cares that the part is late with no word, and that he's not safe at night. Confirm the complaint and find the real need before talking price; guess wrong and nothing you say after will hit the mark.
need_confirm = Mr. Ma, let me check I've got this right: first, you feel the price isn't reasonable; second, the part's late and nobody told you; third, the lamp lets water in and you're worried driving with it. Is that right? Which matters most to you?
need_tomorrow = Don't worry, Mr. Ma, I'll talk to the national warehouse. It'll definitely be here tomorrow!
    .why = The carrier says Thursday, and you're saying "definitely tomorrow". Don't over-promise: "three to five days" was broken exactly like this, and if it happens again he'll never believe another date from you.

## Explaining, and answering the objection politely: where 3,860 comes from

price_basis = Go ahead, then. The same headlight: why is yours 3,860?
    .testy = Just tell me why it's 3,860. It's 1,500 online. What's the other 2,300 for, is it made of gold?
    .curious = (He leans in) Go ahead, tell me where the difference is. Let's see if it makes sense.
price_one_penny = Mr. Ma, you get what you pay for. You're in business, you must know that. Put in some cheap thing off the internet, and if something goes wrong you'll regret it.
    .why = "You must know that" and "you'll regret it" lecture and belittle the customer, one of the ten taboos. Explain the price with its basis, the part number, the manufacturer's price and the warranty, not with a lecture.
price_system = Mr. Ma, that's the price in the system. We can't change it; we charge what the system says.
    .why = "That's what the system says" explains nothing. Explain it: where the price comes from, where he can check it, and how the one online is different.
price_explain = Mr. Ma, you've got a point: two lamps that look the same and over two thousand yuan apart, anyone would smell a rat. But take a look. Ours is the genuine part: this is its part number, and the manufacturer's logo is on the box and on the lamp housing. The price is the manufacturer's nationwide retail price; it's on the parts price list on the wall over there, and it's the same at every dealer. The one online has no part number, and the small print says "quality equal to original" with a three-month warranty: it's an aftermarket copy. Ours is installed here and has a two-year warranty with no mileage limit.
explain_squints = (He narrows his eyes and flips between the two pages) …No part number. You're right.
explain_grumbles = (He snorts) All right, it's genuine. It's still a ridiculous price.
price_wont_understand = Mr. Ma, perhaps you're not quite aware, but genuine parts and the stuff online are completely different things. Even if I explained the difference you might not follow, so it's best not to compare.
    .why = "Perhaps you're not quite aware" can be polite on its own, but here it's followed by "you might not follow" and "best not to compare": no facts, just a put-down. That makes it the taboo of implying the customer knows nothing. That phrase must be followed by facts, with no condescension in the tone.

## Hold to principle, look for a win-win: "Give me a discount"

discount = Even if it's genuine, you've got to give me a discount. You've jerked me around for a week. Knock thirty percent off and I'll confirm today.
    .testy = Never mind genuine or not! I've wasted a week. Thirty percent off, or I'm ordering online the minute I walk out!
    .bargaining = (He smiles slightly, as if haggling in his own store) OK, I follow the reasoning. But I've waited a week for nothing, so you need to make me feel a bit better about it. How about thirty percent off?
discount_cave = All right, Mr. Ma, since you've waited so long, I'll do it for thirty percent off. Call it a favor between friends.
    .why = Nobody here can discount a genuine part, so agreeing to thirty percent off is both a promise you can't keep and giving up on principle. Don't over-promise; hold to principle where you must, then look for a win-win within your authority.
discount_win_win = Mr. Ma, I'll be honest: parts prices are set by the manufacturer, and that's something I really can't change. But the part's late and I didn't let you know, which is on us, so this time I'm waiving the 200 yuan installation charge. Then you can choose. One: wait for the genuine part, here on Thursday, with a two-year warranty once it's installed. Two: if you'd rather not wait, I'll refund your 1,000 yuan deposit in full right now. Three: if you still want the one online, you can buy it and we'll install it at the normal labor rate, though we can't give you any warranty on that part. Which would suit you?
win_win_genuine = (He thinks for a moment, then puts his phone away) No part number on that online one; I wouldn't trust it either. Genuine it is. And waiving the installation shows some good faith.
win_win_thinks = (He rubs his chin for a long while) …You've laid out all three options. That's fair enough. OK, I'll wait for the genuine one.
discount_take_it = Mr. Ma, the price is the price, not a yuan less. If you think it's too expensive, don't have it done; we'll refund your deposit.
    .why = "That's the price, take it or leave it" is a flat refusal, one of the ten taboos, and throws away any chance of a win-win. You can hold firm on a price you can't change, but give him something real within your authority, like waiving the installation charge, and lay out his options. If he does walk off and buy online, winning a new customer costs 5-7 times as much as keeping him.
discount_no_but_labour = Mr. Ma, the price is set by the manufacturer and I can't change it. But since the part's late, I'll waive the 200 yuan installation charge.
    .why = You held the price and made a real concession, which is good, but you only gave him one way forward. Offer a choice: wait for the genuine part, take the deposit back, or bring his own part to be installed. Tell him all three and let him choose.

## Fair procedure: "How do I know you're not ripping me off?"

fairness = All right. But how do I know that's really the manufacturer's price, and you haven't added something on top?
    .testy = You say the manufacturer sets it. How do I know you haven't slipped a bit extra on?
fair_trust_me = Just trust me, Mr. Ma. I've been in this business more than ten years; I'm not going to rip you off.
    .why = "Trust me" isn't evidence. Fair procedure means showing him the price can be checked and is backed by paperwork: the price list, the app, the part number on the invoice, not your personal word.
fair_show = You don't have to trust me; trust the paperwork. You can check it against the parts price list on the wall over there. When you pay, the invoice and the job sheet will show the part number and the unit price. And you'll get the old headlight back to take away. Does doing it that way sound fair?
fair_self_check = You don't have to trust me; check it yourself. Open the manufacturer's owner app and I'll show you: tap "Parts lookup", enter this part number… There: nationwide retail price, 3,860. From now on you can look up the price of any part for your car here before you agree to anything. The invoice will show the part number too, and you'll get the old headlight back. Does doing it that way sound fair?
fair_other_customers = Mr. Ma, every other customer pays this price and nobody's ever said it's expensive. There's really no need to worry about it.
    .why = "Nobody else has complained" and "no need to worry" hold other people up to him, which is lecturing the customer, one of the ten taboos; he asked how he can check, and you told him he's overthinking it. Fair procedure: show him evidence he can check.

## The method and the deadline: when the part arrives

method_deadline = Fine, I'll wait for the genuine one. So when exactly will it be installed? And don't say "three to five days" again.
    .testy = OK, I'll wait for the genuine one. Give me a straight answer: what day? If I'm left waiting again, I won't be so polite.
method_tomorrow = Mr. Ma, I'll chase the carrier. I guarantee it'll be installed tomorrow!
    .why = The carrier expects it on Thursday, so "installed tomorrow, guaranteed" is a promise you can't keep. Don't over-promise: this complaint began with "three to five days" that didn't happen.
method_vague = Mr. Ma, we'll let you know the moment the part arrives. Don't worry, it'll be very soon.
    .why = "The moment it arrives" and "very soon": no date and no checkpoint, which is dodging, one of the ten taboos. He's waited a week; what he needs is a date.
method_full = I'll write it on your order slip. Here's the waybill number; it's due here on Thursday, December 3rd. Before six on Wednesday evening I'll call you either way, to tell you where it's got to. Once it's in, we'll install it at two on Thursday afternoon, and it takes about an hour. If the carrier's running late, I'll tell you on Wednesday's call what day it'll arrive and why. The slip has the part number, the price, the installation charge marked as waived, and my cell phone number. Please keep it.
method_thursday = It should be here on Thursday. I'll call you when it arrives and you can come in to have it installed.
    .why = A day, but if it slips again he's left waiting with no word, and he has nothing in writing to hold you to. State the method and the deadline: a checkpoint (Wednesday evening's update), written on the order slip he takes away.

## Extra service: the lamp until Thursday

interim = Thursday, then. But I've still got to drive at night for three days, and the lamp's full of mist…
    .warmer = (He folds the order slip into his jacket pocket) OK, it's all written down clearly this time. It's just driving at night these next few days. The lamp keeps misting up, and I'm not happy about it.
interim_seal = I'd thought of that too. Is the car outside now? I'll have the workshop put a temporary waterproof seal on the crack and dry out the inside of the lamp. Fifteen minutes, no charge; have a cup of tea here while you wait. Then you can drive in the rain at night these next few days with peace of mind.
interim_careful = Then try not to drive at night for the next few days, and if you have to, just take it slowly and be careful.
    .why = Telling him to "not drive at night" and "be careful" hands the problem back to him, in a lecturing tone, one of the ten taboos (lecturing the customer). A temporary seal is within your authority and takes fifteen minutes: think of it for him first.
interim_nothing = Just three more days, and once it's changed on Thursday you'll be fine.
    .why = Nothing wrong with what you said, but the three nights of driving are what worries him most, and you've done nothing about them. Extra service, going beyond expectations: a temporary waterproof seal is within your authority, takes fifteen minutes, and would put his mind at rest.

## Carry it out: installation, and let him check (Thursday, December 3, afternoon)

fitting = (Thursday, three in the afternoon. The car rolls off the ramp with the front-left lamp on, bright and clear. Mr. Ma strolls over, hands behind his back) Done?
    .relieved = (Thursday, three in the afternoon. Your call on Wednesday evening came on time and the part arrived as promised. Mr. Ma is smiling as he comes in) Well, you kept your word this time. Done?
    .sceptical = (Thursday, three in the afternoon. He's barely through the door) Done? Don't tell me "tomorrow" again.
fitting_told_you = All done! See, genuine really is different, isn't it? If you'd listened to me in the first place, you wouldn't have wasted all that time shopping around online.
    .why = "If you'd listened to me" mocks him for comparing prices, one of the ten taboos (lecturing, criticizing or mocking the customer). He was right to compare; let him look at the part, the lamp and the invoice himself, and the result will speak for you. 100-1=0: one line like this can cancel out everything you did well.
fitting_verify = All done. Take a look: here's the box, and the part number matches your order slip. There's the manufacturer's logo, and it's on the lamp housing too. I'll run through low beams, high beams and turn signals so you can check the brightness and the beam pattern yourself, and see there's no mist. Your old headlight is boxed up for you, and the invoice shows the part number and the unit price, with the installation charge at zero. Once you're happy with all of it, we'll settle up.
verify_nods = (He crouches in front of the car for a good while, then stands up and nods) Good and bright. And it's clear inside.
verify_photo = (He takes out his phone, photographs the part number on the box, and checks it against the app) …It matches.
fitting_sign = All done, Mr. Ma. Just settle the balance at the cashier and you're free to go.
    .why = Pay first, look later, and his doubt about whether it's really genuine never goes away. Carrying out the agreed solution means reporting what was done and asking the customer to check and judge it: the part number, the lights, the old part, the invoice, one by one.

## Follow-up and the goodbye

closing = OK, I'll get going.
    .warm = (He claps you on the shoulder) To be honest, I came in the other day ready for a fight. The way you've handled it, I can't argue with that.
    .grudging = (He picks up his keys) OK. I'm going.
close_bye = Thank you, Mr. Ma. Drive safely, and come and find me any time if there's a problem.
    .why = A polite send-off, but nobody will ask how the new lamp is doing or whether he's happy. Follow up: confirm the customer is satisfied.
close_next = OK then, Mr. Ma, that's everything. I've got other customers waiting for their cars, so, take care.
    .why = "Other customers waiting" tells him he doesn't matter, one of the ten taboos. One line undoes the trust you worked to win back; it takes 12 positive impressions to make up for one negative.
close_callback = Mr. Ma, thank you for coming to me in person and bringing that online price to compare; it was a useful wake-up call for us, and from now on if a part's running late I'll call right away. I'll give you a call next Monday to see how the lamp's doing at night and whether it still mists up in the rain. Safe driving!
callback_laughs = (He laughs) OK, I'll expect your call on Monday. I'll be back to you for my next service.
callback_ok = (He nods) OK. I'll expect your call.

## Endings

resolved_well = Next Monday you call him. Mr. Ma says the lamp is bright as anything and it rained for two days without a trace of mist. Before he hangs up, he says his brother's car is due a service and he'll send him to you.
resolved_ok = The lamp is fixed and the price question settled. But nobody ever asked him how it went, and six months later he took the car for its service to an auto shop closer to home.
resolved_sour = The lamp is fixed, but what he remembers is "other customers waiting". He gives the dealership two stars on a review site: "The price checks out. The people don't."
complaint_escalated = Mr. Ma demands his 1,000 yuan deposit back on the spot, and as soon as he gets home he calls the manufacturer's customer line to complain about "inflated parts prices and no word when a part's late".
walked_out = Mr. Ma takes his deposit and leaves without looking back. The next day he orders the 1,500 yuan aftermarket headlight online.
