# locales/en-US/hall_peak_queue.ftl
# Case case_hall_peak_queue — peak-hour line in the business hall (001_2b5000950ad7790a.txt; 003_ab2cbd483b0f63d8.txt)
# Procedure proc_hall_dispute_003: calm → isolate (if needed) → on principle → thanks

title = Lunchtime rush: "She just cut in line!"
setting = A weekday, 12:10, and the downtown store is in its lunchtime rush. The ticket screen shows A036, every seat in the waiting area is taken, and only the three general counters, 1 to 3, are open. You're the floor manager on duty today.
persona = Mr. Liu, mid-thirties, works in an office tower around the corner. He's slipped out on his lunch break and has to be back by 1:30. He's holding ticket A052 and can't stop checking his watch and the screen.
briefing = Mr. Liu is 16th in line, his patience is running out, and he's just watched a woman walk in and go straight up to counter 5. Catch him before he boils over: see it from his side, take ownership of his question, and explain counter 5 honestly and plainly. Tell him truthfully how long he'll wait; don't make promises just to calm him down. Send what can be done elsewhere to another channel, get the counter business ready in advance, hand him over to the counter smoothly, and see him off properly. The facts: three general counters are open over lunch, each customer takes four to five minutes on average, and with 16 people ahead of him his wait is about 20 to 25 minutes. Counter 5 only calls B tickets: customers who booked a time slot in the app or on the online store, plus priority service for elderly, disabled and pregnant customers. The woman he saw had booked the 12:10 slot. Anyone can book in the app, but the floor manager can't move anyone ahead in line. He has two errands: printing the last three months' invoices for an expense claim, which the self-service machine by the door does in a minute with his ID card; and changing his plan, which has to be done at a counter with the account holder's ID. You can check his ID and fill out the form in advance, so the counter part takes about three minutes. He's on a 58-yuan plan with 10 GB, uses about 13 GB a month, and pays 5 yuan per extra GB, so he really spends about 73 yuan a month. The 68-yuan plan has 20 GB. A change made today takes effect on the 1st of next month; this month is billed on the old plan.

## Touchpoint 11, waiting in line: he keeps sighing at the screen

opening = (Mr. Liu checks his watch for the third time, looks up at the ticket screen, lets out a heavy sigh and crumples his ticket into a ball.)
    .fuming = (Mr. Liu gets to his feet, clicks his tongue at the ticket screen and starts pacing the aisle, ticket crumpled in his fist, muttering, "How long is this going to take…")
open_tidy = (You glance at him and go back to straightening the brochure rack. He'll go up when his number's called.)
    .why = Sighing and watch-checking is exactly the "slight dissatisfaction" you're meant to catch. Preventing a complaint means going over before he says a word. Once he has to come and find you, it's already a complaint, and behind every customer who complains are 20 more who are unhappy.
tidy_he_comes = (He marches over to you, loudly) Excuse me, is anyone actually in charge here?
tidy_he_mutters = (He snorts in your direction, checks his watch again, and his face gets longer.)
open_notice = (You walk over and lean down to talk to him) Hi there. I noticed you keep checking the time. Do you need to get back to work? Lunchtime's always packed and the wait drags on; I'd be getting antsy too. You're A052, right? Let me take a look for you.
open_script = Hello, sir. Please wait patiently, and when your number is called you can go to the counter. Thank you for your cooperation.
    .why = Perfectly polite, but it's a line anyone could read off a card. You saw him sighing and checking his watch and didn't pick up on it. Go over, ask if he's in a hurry and talk from where he's standing; that's how a small irritation stays small.
open_everyone_waits = Sir, everyone's waiting in line at lunchtime, it's the same for all of us. Getting worked up won't make it any faster; just hang in there.
    .why = "Everyone's waiting in line, getting worked up won't help" is the store's point of view, not his. Put yourself in his place: he's got just over an hour for lunch. Acknowledge that he's in a hurry first, then look for a way to help.

## "She just walked in and went straight up!"

jump_accusation = Hey, can I ask you something? That woman just walked in, didn't even take a ticket, and went straight to counter 5. I've been waiting twenty minutes. How come she gets to cut in line?
    .fuming = (He points at counter 5, loud enough for half the store to hear) Are there any rules in this place? I've been sitting here twenty minutes and she walks in and goes straight up! You just let people cut in?
    .grumbling = (He nods toward counter 5 and keeps his voice down) Just asking, but did that lady just cut in? I've been waiting ages here.
jump_not_my_area = Sir, the system calls the tickets, so I don't know the details. You could ask my colleague at counter 5.
    .why = He asked you, so you're the first point of contact. Own it: don't pass him on or make him go and ask again. Tell him you'll explain it yourself.
jump_take_charge = You've been waiting all this time and then you see someone walk straight up; of course that doesn't sit right. It wouldn't with me either. Don't worry, let me explain what's going on.
jump_you_saw_wrong = Sir, nobody cut in line, you must have seen it wrong. We call everyone by number; there's no way anyone cut in.
    .why = You shot him down the moment he spoke: "you saw it wrong" is arguing with him. Arguing, quarreling and interrupting are among the ten taboos. Acknowledge how it felt first, then explain what counter 5 is for.
jump_sorry_only = Sorry for the wait, sir, I really do apologize.
    .why = Nothing wrong with apologizing, but he asked how she got to go first. Apologizing without answering makes it look like you've got something to hide. Acknowledge how he feels and tell him you'll explain.

## On principle: explaining counter 5

explain_window = OK, so what's the deal with her?
    .fuming = Go on, explain it! What makes her so special? If I don't get a straight answer, I'm putting in a complaint!
window_vague = Well… that lady had her own circumstances. Everyone's situation is different, so I wouldn't worry about it.
    .why = "Her own circumstances" tells him nothing, and the more he thinks about it, the fishier it looks. Vague, evasive language is one of the ten taboos. Spell out which tickets counter 5 calls and why she could go straight up.
window_let_you_in = Tell you what, sir, don't be upset. I'll talk to counter 5 and get you seen next. How's that?
    .why = Letting him skip 16 people to calm him down is exactly the line-cutting he was angry about, and it breaks the store's rules. Hold to principle with reason and restraint: explain the rule clearly, then find a way to help him within it.
let_in_refused = (He stops short, then waves it away) No way. I've just been going on about people cutting in, and now I cut in? That'd be a joke. So the rules change whenever it suits you?
let_in_others_object = (An older man next to him speaks up first: "Hang on, why does he get to go first? What have we been sitting here for?" Mr. Liu turns red and gets angrier.) Oh, forget it! So this is how you run things here!
window_explain = Here's how it works. Counter 5 only calls B tickets: those are for customers who've booked a time slot in our app, and elderly or pregnant customers get seen there first too. The lady you saw had booked 12:10, so she went straight up when she arrived. The regular tickets are all called in order, and nobody can be moved up, so your place is safe too. Nobody's going to cut in ahead of you.
window_should_have_booked = That lady had booked in the app. If you'd booked ahead too, you wouldn't be stuck sitting here now. That's what most people do these days.
    .why = What he hears is "your own fault for not booking". That's lecturing the customer, one of the ten taboos. You can tell him about booking, but later, once he's cooled off, and as a tip for next time, not as a way to shut him up.

## "So how much longer?" Tell him the truth

wait_how_long = OK, so she'd booked… So how much longer do I have to wait? I've got to be back at work by 1:30.
    .fuming = Booked, right, fine. So give me a straight answer: how much longer? I have to be back at work at 1:30. If I'm late, is that on you?
    .calmer = Oh, she'd booked. My mistake, then. So roughly how much longer for me? I need to be back at work by 1:30.
wait_five_minutes = Nearly there, don't worry. Five more minutes, tops, and you're up.
    .why = With 16 people ahead and three counters, five minutes is impossible. Promise it just to settle him and, when it doesn't happen, he'll be twice as angry. Over-promising is a red line (100-1=0). Tell him honestly how long it'll take and why.
wait_count_only = There are 16 people ahead of you.
    .why = The number's right, but he asked how long it will take and whether he'll make it back by 1:30. Tell the customer how long it will take: how many counters are open, how long each person takes, and roughly when he'll be called.
wait_soon = Hard to say, it's the rush. Could be quick, could be a bit slower. Just hang on and see.
    .why = "Could be quick, could be slower" says nothing at all. Vague, evasive language is one of the ten taboos. Give him a real estimate.
wait_honest = I'll be straight with you: there are 16 people ahead, three counters open, and each person takes four or five minutes on average. So that's about 20 to 25 minutes; you should be called around 12:35 or 12:40. You'll definitely be done before 1:30. I'm not going to tell you five minutes.

## What is he actually here for?

what_business = Twenty-odd minutes… I only want to print some invoices and change my plan, and it's eating up my whole lunch break.
    .betrayed = You said five minutes and that screen's moved on one number. Forget it. I only want to print some invoices and change my plan, and it's eating up my whole lunch break?
    .fuming = Twenty-odd minutes?! For a few lousy invoices and a plan change? That's my whole lunch break gone!
biz_ask = The invoices: which months do you need, and are they for an expense claim? And the plan: what do you want to change, is it that you're running out of data? Tell me a bit more and I'll see what you don't have to wait in line for.
biz_just_wait = Not much I can do then, sir. Both of those need a ticket, so just take a seat over there.
    .why = You didn't ask about either errand and just left him to sit out his lunch break. Put yourself in his place: find out what he needs first, then see what can go to another channel and what can be prepared in advance. That's what makes the wait shorter.
biz_go_online = You can do both of those yourself in the app. Just download it; no need to wait in line.
    .why = Pointing a customer at the app and leaving him to it isn't guiding him to another channel. Find out what he needs, then take him through whatever can be done at the machine, online or by SMS. He hasn't even decided which plan he wants, so the app won't solve that.

## Touchpoint 9, self-service: the invoices don't need the line

divert_invoice = The invoices are for my expense claim, the last three months. And the plan, I keep running out of data every month, so I want something bigger, but I don't know which one.
    .pushed = The app? I don't have it, and I don't even know which plan I want, so how am I meant to do it myself? Look, the invoices are for my expense claim, the last three months. And the plan, I keep going over on data every month, so I want something bigger.
    .fuming = Invoices, for expenses, three months' worth. And the plan, I keep going over on data every month. Can you just get this taken care of, quickly?
invoice_point = You can print invoices at the machine by the door. Just scan your ID card. Head on over.
    .why = Right direction, but you only pointed. He's never used it; he'll stand there stuck and come back to you. Guiding a customer to another channel means walking him over and getting the first one printed with him.
invoice_walk = You don't need to wait in line for the invoices at all. The machine by the door does them in a minute with your ID card. I'll walk you over, and you keep your place in line, so you don't lose anything.
invoice_counter = Invoices are done at the counter too. Print them when your number comes up, all in one go.
    .why = A one-minute job at the machine is now adding to a 20-minute wait and taking up counter time. Send what the machine, the app or SMS can handle to those channels first.
invoice_app_yourself = For little things like invoices, just download them in the app yourself. It's not worth waiting in line for.
    .why = "Little things, not worth waiting in line for" tells him his business doesn't matter, one of the ten taboos. Small or not, those are the invoices he needs for his claim today. Walk him to the machine; it takes a minute.

## At the machine: "How does this work?"

self_service = (At the machine) How does this work? Do I scan my ID or put in my phone number? Where's the invoice button?
    .alone = (A couple of minutes later he's back, ID card in hand) How does that machine work? I've been tapping away and can't find where you print invoices.
machine_so_easy = It's really easy. Just follow what it says on the screen; you'll pick it up right away.
    .why = "Really easy, you'll pick it up right away" implies he can't even manage that, one of the ten taboos (implying the customer knows nothing). The machine is tricky the first time; go through it with him step by step.
machine_guide = It's a little tricky the first time. Put your ID card here… that's it. Now tap "Invoices", choose "VAT invoice", and pick September to November… Just check the company name and the amounts look right, and then we'll print.
machine_do_it_for_him = Here, give me your ID and I'll do it. (You tap through it in a few seconds.) There you go, three of them.
    .why = Quick, but he didn't see how it's done and never checked the company name or amounts. If the name's wrong, his claim bounces and he's back here again. Do it with him, let him check the invoices himself, and next time he can do it on his own.

## Pre-processing: doing the counter work while he waits

pre_check = OK, the invoices are done. So for the plan I still have to go back and wait in line, huh?
    .fuming = Fine, the invoices are done. What about the plan? Back to sitting around, huh?
    .warming = Hey, that was quick. So for the plan I go back and wait? That's fine, I've still got my place.
pre_go_back = That's right, plan changes are done at the counter. Just sit back down and wait to be called.
    .why = He's got twenty more minutes to sit there doing nothing. Pre-processing brings the transaction forward: check his ID and fill out the form while he waits, and his counter time drops from ten minutes to three. The wait feels a lot shorter too.
pre_prepare = The plan change has to be done at the counter. But while you're waiting, let me check your ID and fill out the form now, and we'll work out which plan suits you. Then at the counter it'll take about three minutes.
pre_sms_yourself = Actually you can change your plan by text too. Just send the code to 10086; no need to wait in line.
    .why = Using the SMS channel isn't wrong in itself, but he's just told you he doesn't know which plan he wants. Send him off to text a code before you know how much data he uses and which plan fits, and if he picks the wrong one he's back again. Understand the need first, then decide how to handle it.
pre_id_original = For a plan change you need the account holder's original ID and last month's payment receipt. Without both, it can't be done today.
    .why = A plan change only needs the account holder's ID. The receipt is a hurdle you've just made up. Putting obstacles in the way of a solution is one of the ten taboos. Ask only for what he really needs and look up the rest in the system yourself.

## Which plan?

plan_advice = (You check his ID and pull up his usage for the last three months.) Mr. Liu leans in: "OK then, what should I switch to?"
plan_biggest = Go for the 128-yuan one. It's got the most data, so you can use as much as you like and never worry about going over again.
    .why = He uses about 13 GB a month; most of a 128-yuan plan would be wasted on him. Understand the need and tailor the offer: recommend on his real usage, not the most expensive plan.
plan_fit = Right now you're on the 58-yuan plan with 10 GB, and you're using about 13, so with the extra data at 5 yuan a gig you're really paying about 73 a month. The 68-yuan plan has 20 GB, which covers you with room to spare and actually saves you 5 yuan a month. One thing to bear in mind: if we change it today, it kicks in on the 1st of next month, so this month is still billed on your current plan.
plan_fit_no_date = Right now you're on the 58-yuan plan with 10 GB, and you're using about 13, so with the extra data at 5 yuan a gig you're really paying about 73 a month. The 68-yuan plan has 20 GB, which covers you with room to spare and actually saves you 5 yuan a month.
    .why = A spot-on recommendation, but you left something out: it only takes effect on the 1st of next month, so this month's extra data is still charged at the old rate. If he thinks the change is immediate, the bill will bring him straight back. Telling people ahead of time is the best policy.
plan_you_wont_get_it = Honestly, all the plan details would just go over your head. I'll pick one that suits you; you don't need to worry about it.
    .why = "It would go over your head" is implying he knows nothing, one of the ten taboos. Show him his usage and the difference between the two plans, and let him decide.

## Touchpoint 13, waiting: counter 2 gets stuck

second_flare = (The screen hasn't moved in ten minutes. Mr. Liu is on his feet again.) Hey, the guy at counter 2 has been there nearly a quarter of an hour. Are they just chatting or what? Is my number ever getting called?
    .fuming = (He slaps the form down on his seat and raises his voice at you) Ten minutes and not one number! That guy at counter 2's been there a quarter of an hour! Do you people know what you're doing? I've got to be back at 1:30!
    .wry = (He waves his form at you, half joking) Hey, is the guy at counter 2 taking out a mortgage or something? Is my number ever coming up?
flare_new_staff = The girl at counter 2 is new and doesn't really know the ropes yet, so she's a bit slow. Nothing I can do; it's frustrating for us too.
    .why = Throwing a colleague under the bus is one of the ten taboos (blaming colleagues). To the customer, you and counter 2 are the same company; say your colleague is useless and he'll decide the whole store is.
flare_update = You've been waiting a long time, anyone would be fed up. The customer at counter 2 is transferring a company account, which involves a lot of paperwork; they're not chatting. I've just checked: counters 1 and 3 are about to free up, there are three people left ahead of you, so about ten minutes, around 12:40. You'll easily make it back by 1:30.
flare_be_understanding = Sir, the person at counter 2 is a customer too, and theirs is a complicated job. Please try to be understanding.
    .why = You asked him to understand someone else, but nobody's understanding him. Putting yourself in his place means standing where he stands, not asking him to stand behind the counter. Acknowledge the long wait first, then tell him how many are left and roughly when.
understanding_snaps = (His face darkens) I'm supposed to be understanding? Who's being understanding with me? I haven't even had lunch!
understanding_sighs = (He sighs, drops back into his seat and says nothing.)
flare_aside = Mr. Liu, you've been waiting all this time and haven't even had lunch; no wonder you're fed up. It's noisy out here. Come and sit in the quiet area with me, I'll get you a glass of water, and I'll keep an eye on the screen for you. The customer at counter 2 is transferring a company account, which takes a while. There are three people left ahead of you, so about ten minutes, around 12:40.

## His turn: handing over to the counter

handover = ("Ticket A052 to counter 3, please.") Mr. Liu stands up: "Finally."
    .ready = ("Ticket A052 to counter 3, please.") Mr. Liu stands up with the completed form in his hand: "Finally. The form's all done, right?"
handover_brief = (You walk him to counter 3 and pass the form across.) Xiao Wang, this is Mr. Liu. He's switching from the 58-yuan plan to the 68, taking effect on the 1st. I've checked his ID and the form's filled out. He needs to be back at work by 1:30. Thanks.
handover_tell_her = Here we are. Just tell my colleague at the counter what you need.
    .why = You already know exactly what he needs, and now he has to explain it all again at the counter. First-contact ownership: at a handover, the first contact briefs the colleague, and the customer never has to say the same thing twice.
handover_leave = (Just as his number's called, another customer stops you. You give him a quick wave and turn away.)
    .why = When his number came up you vanished, with his form still in your hand, so he had to go up and start from scratch. Get him to the counter and brief your colleague right away; don't leave him stranded.

## Touchpoint 16, leaving

parting = (In under three minutes, the plan's changed. Mr. Liu looks at his watch: 12:43.) OK, that was quicker than I thought. I might even get some lunch.
    .pleased = (It's done in under three minutes. Mr. Liu checks his watch, 12:43, and grins.) Hey, that was quick! Thanks for all your help today. I've even got time for lunch.
    .grudging = (The plan's changed. Mr. Liu checks his watch, 12:43, still not looking happy.) Well. Finally done.
part_thanks_book = (You look him in the eye and give a small nod.) Thanks for bearing with us, Mr. Liu, and for raising the counter 5 thing; we'll make the appointment sign easier to see. Next time you come in at lunchtime, you can book a slot in the app first. Just log in with your phone number, and when you get here you go straight to counter 5. Take care, and have a good afternoon!
part_thanks = (You look him in the eye and give a small nod.) Thanks for bearing with us, Mr. Liu, and for raising the counter 5 thing; we'll make the appointment sign easier to see. Don't forget your ID and invoices. Take care, and have a good afternoon!
part_not_lunchtime = All done. Tip for next time, though: don't come at lunchtime. It's our busiest time; come around ten in the morning and there's hardly any wait.
    .why = What he hears is "you picked the wrong time", which is lecturing the customer, one of the ten taboos. When a customer leaves, what they need is thanks and care. Tips are fine, like booking in the app, but never as if it was his fault.
part_next = OK, all done. (You turn to the customer coming through the door.) Hi there, what can I help you with?
    .why = He hasn't left yet and you've already turned away: no thanks, no eye contact, not a word of care. Leaving is the "end" of the peak-end experience, and it takes 12 positive impressions to undo a negative one.

## Escalation: he loses it on the floor

floor_scene = (Mr. Liu's voice goes right up and the whole waiting area turns to look.) Now I get it, nobody's in charge here! Forget lunch, I'm staying right here until someone deals with this. Let's see what you do about it!
scene_quiet_room = Mr. Liu, we've let you down today, and I'm sorry. It's hard to talk with all these people around. Come and sit in our reception room with me and have some water; our store manager will be right over to talk with you personally. I'll keep an eye on your number, you won't miss it.
scene_stop_shouting = Sir, please stop shouting. All these people are waiting too, and you're holding everyone up.
    .why = Telling him off in front of a full room is criticizing the customer, one of the ten taboos, and it pins him there in public. When you move an upset customer away, choose your words: invite him to the reception room as a courtesy, and have the store manager see him personally.
scene_complain_then = If you're not happy, you can call the complaints line. All we can do here is go by the numbers.
    .why = "Go and complain" is refusing him outright, one of the ten taboos, and pushing him away. He came to you, so own it: invite him into the reception room and get the store manager to see him.

## Endings

left_pleased = Mr. Liu is back at his desk at five to one. When a colleague asks where he went at lunch, he says: "The phone store, to change my plan. Thought it'd take all lunch, but the floor manager really knew what they were doing. Done in half an hour." The next month, he books a slot at counter 5 in the app and gets a second SIM for his wife on his plan.
left_ok = He got what he came for. Mr. Liu walks out with his invoices without a word. What sticks in his mind is your back as you turned away at the end.
left_sour = Mr. Liu gives a short laugh: "So it's my fault, then." He leaves with his invoices. That afternoon he posts: "Waited in line forty minutes at the phone store on my lunch break, then got a lecture on the way out."
manager_took_over = The store manager shows Mr. Liu into the reception room, brings him a glass of water, waits with him until his number is called and walks him to the counter personally. It all gets done in the end, but the whole store heard him shout, and it could have been headed off the first time he sighed.
walked_out = Mr. Liu tosses his ticket in the trash and walks out without looking back. That afternoon he complains to the hotline and gives the store one star online. Ninety percent of customers avoid companies with poor service; he'll be one of them.
gave_up = (Mr. Liu crumples his ticket into a ball, stuffs it in his pocket and stands up.) Forget it. I'll come back another day. (He walks out without looking back.) That other day never comes. The next month he changes his plan online and, while he's at it, rates the store's service "dissatisfied".
blew_up = (Mr. Liu finally snaps and shouts across the whole store: "Where's your manager? Get your manager out here!") The store manager hurries over and shows him into the reception room. The manager sorts it out in the end, but the whole store heard him.
