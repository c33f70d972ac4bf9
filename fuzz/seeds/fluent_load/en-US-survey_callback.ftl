# locales/en-US/survey_callback.ftl
# Case case_dissatisfied_callback — calling back a dissatisfied customer (000_887c387e8d5af035.txt)
# Procedure proc_complaint_5step_000: listen → note the key points → explain, report up → tell the customer how long it will take

title = "Nothing really, I just picked a number"
setting = A weekday evening, 7:10 p.m., at the provincial customer-service callback desk. You're Zhou, a callback agent, with tonight's list of dissatisfied survey respondents on your screen. Callbacks can be made until 8 p.m.
persona = Ms. Zhao, 42, an accountant. In last month's satisfaction survey text she gave an overall score of 3 out of 10 and left "reason for dissatisfaction" blank. When you call, she's just gotten home from work and is cooking dinner.
briefing = In the province's callbacks to dissatisfied survey respondents, one in five said there was nothing in particular they were unhappy about, and Ms. Zhao may well be one of them. A customer who doesn't complain isn't necessarily a satisfied one; only the tip of the iceberg ever becomes a complaint. Your job is to find out what's really bothering her: hear it all, note it down, check it back with her, explain what the records show, tell her how it'll be handled and when, book the next call, and write the lessons into the callback log. What you know: on July 12 she replied to a campaign text and signed up for a video membership. The text said "first month free, ends automatically", but from August she's been charged 10 yuan a month: 20 yuan for August and September. You can see the order record, but not the original campaign text; marketing has that. The rule: if the campaign text promised it would end automatically, every month charged is refunded to her phone account. Marketing checks within 2 business days, and the refund arrives within 3 business days after that. Until it's checked you can't promise anything, and you can't offer extra compensation. You can cancel the membership during the call once she reads you the verification code texted to her phone; in the app it's under Me → My services → Cancel. The signal in her bedroom is weak: you can open a ticket with the network team, who will call within 48 hours to book a signal test, but when it gets fixed isn't up to you. The next callback is booked for Friday afternoon.

## The call: who you are, why you're calling, is it a good time?

pickup = (There's a loud sizzle of hot oil on the line and a woman's voice, a bit impatient.) Hello? Who's this?
pickup_script = Good evening, this is the provincial customer-service satisfaction callback. Were you satisfied with our service last month? Please rate us on a scale of 1 to 10.
    .why = This is a callback, not the survey all over again. Read her the script and she'll just give you another low score. Say who you are and why you're calling, ask if it's a good time, and let her see you really want to hear what she has to say.
pickup_intro = Good evening, Ms. Zhao. My name's Zhou, from the provincial customer-service callback team. You took part in our satisfaction survey last month and didn't give us a very high score, so I wanted to hear from you directly what we didn't get right. It'll take about five minutes. Is now a good time? If not, I can call back whenever works for you.
pickup_why_three = Good evening, Ms. Zhao, I'm calling from customer service. Last month you only gave us 3 out of 10 in the satisfaction survey. Can I ask why you scored us so low?
    .why = "Why did you score us so low?" sounds like you're interrogating her and blaming her for it, which is lecturing the customer, one of the ten taboos. A callback is there to ask for her view, not to hold her to account.
why_three_cold = (A two-second pause, then her voice goes cold.) What I score you is my business. Since when do you check up on that?
why_three_hangs_up = ("So now I have to justify my score to you?" She hangs up.)

## "Nothing really": the one in five who don't say

nothing_much = (She turns the heat down a bit.) Oh, that survey text… Nothing really, I just picked a number. Was there anything else? I'm in the middle of cooking.
    .curt = (She doesn't sound pleased.) Oh, that survey. Nothing, I just picked a number. Anything else? I'm cooking.
nothing_close = OK, no problem. If there's nothing in particular, I won't keep you. Have a nice evening. Goodbye.
    .why = "If there's nothing, I won't keep you" closes the door. In the province's callbacks, one in five dissatisfied customers say there's nothing wrong, yet satisfied customers don't score 3. People keep quiet because "it's not a big deal, I'll put up with it" or "complaining is too much hassle". Use good questions to bring up what's below the surface.
nothing_open_question = Sorry to catch you while you're cooking; I'll be quick. A lot of customers are like you: they can't point to one thing, it's just that things haven't felt quite right. Thinking back over the last few months, was there ever a time something bugged you, even a bit? Your bill, the network, getting something done with us, anything at all. Little things count too.
nothing_must_be_reason = Oh, there must be a reason, Ms. Zhao. You gave us a 3; something must have bothered you. Go on, tell me.
    .why = She says "nothing", and you tell her that can't be true. That's arguing with her, one of the ten taboos. Hidden dissatisfaction has to be drawn out gently with good questions, not forced out of her.
must_be_reason_snaps = (She clicks her tongue.) I said nothing, so it's nothing. What is this, an interrogation?… Fine. If anything, it's that membership thing.
must_be_reason_hangs_up = ("Is this a callback or an interrogation?" She hangs up.)
nothing_closed_list = Let me just run through a few questions then. Are you satisfied with our network? With our prices? With our stores? With the customer-service hotline?
    .why = A string of "are you satisfied?" just gets "mm, yes, fine, fine" while the pan keeps sizzling. Closed questions won't uncover what someone is keeping to themselves. Ask open questions that invite her to think back and tell you in her own words.

## The first thing under the surface: the "free" membership

hint = Well… if anything, it's that video membership. The text said the first month was free and it'd end automatically, and then it just kept charging me ten yuan a month. I haven't had time to deal with it.
    .curt = If you really want to know, it's that video membership. First month free, ends automatically, they said, and then it charged me ten yuan every month. Happy now?
hint_cancel_now = Oh, I'll just cancel that for you now then. It only takes a second.
    .why = She'd barely started and you rushed off to "fix" it. Canceling is only part of it; you haven't heard why she left it two months, or whether there's anything else. Let her finish first.
hint_listen = First month free, supposed to end automatically, and then it charged you 10 yuan every month… (You take notes as she speaks.) OK, go on. What happened after that?
hint_page_said = Ms. Zhao, I'm sure the campaign page said it: first month free, then it renews automatically at 10 yuan a month. That was all explained.
    .why = You haven't even seen the campaign text, yet you're vouching for it and cutting in to contradict her. That's stressing we're right instead of admitting a mistake, one of the ten taboos. Let her finish, check the facts, then speak.
page_said_bristles = (Her voice goes up.) Explained? The text said it would end automatically! You haven't even looked and you're telling me it was explained?
page_said_hangs_up = ("Fine, you're always right." All she leaves you with is the dial tone.)
hint_only_ten = Oh, ten yuan. That's not much. If you'd told us, we'd have canceled it; I wouldn't worry about it.
    .why = "That's not much" implies her problem doesn't matter, one of the ten taboos. It wasn't much money, and she still gave you a 3. Behind every customer who complains are 20 more who are unhappy, and she didn't even complain.

## Why she never said anything: "too much hassle"

deeper = Then I spent ages in the app and couldn't work out where to cancel it. I called 10086, waited nearly ten minutes, nobody answered, so I hung up. In the end I thought, forget it, it's not worth the hassle; it's only ten yuan. It's just… it leaves a bad taste, you know?
    .cut_in = (She cuts you off.) Cancel it? I've been trying to cancel it! I spent ages in the app and couldn't work out where. I called 10086, waited nearly ten minutes, nobody answered, so I hung up. In the end I thought, forget it, it's not worth the hassle; it's only ten yuan. It just leaves a bad taste, you know?
    .bitter = I spent ages in the app and couldn't find where to cancel! Called 10086, ten minutes and nobody picked up! So what was I supposed to do? I gave up. Charge me what you like.
    .opening_up = Actually, I did try. I looked all over the app and couldn't find where to cancel. Called 10086, waited almost ten minutes, no answer, so I hung up. I thought, forget it, it's only ten yuan. But it really got to me, so when that survey came, I gave you a 3.
deeper_note = Searching for ages, then nobody answering the phone, and in the end you just have to swallow it; anyone would feel fed up. (You write it on the callback form.) "Video membership: first month free, supposed to end automatically, charged 10 yuan in August and September; couldn't find how to cancel in the app; waited ten minutes on 10086 with no answer." I've got all that down. Apart from this, was there anything else that's bothered you?
deeper_busy_hotline = The 10086 line is pretty busy in the evenings. There are only so many agents, so sometimes you do have to wait a bit.
    .why = She told you it really got to her, and you explained why the hotline is busy. Making excuses for the company isn't acknowledging how she feels. Take her frustration on board, note the key points, then ask if there's anything else.
deeper_easy_to_find = Actually, canceling in the app is easy to find. It's just under "Me"; tap in and it's right there.
    .why = "It's easy to find" implies she couldn't manage something simple, one of the ten taboos (implying the customer knows nothing). If she couldn't find it, it's hard to find for plenty of people, and that's exactly what you should be writing down.
deeper_sorry_move_on = I'm really sorry it's caused you so much grief. Let's talk about getting it fixed for you.
    .why = Acknowledging how she feels is right, but you noted nothing and never asked whether there was anything else. Unhappy customers rarely have just one thing; ask "was there anything else?" and what's below the surface comes up.

## The second thing: weak signal in the bedroom

signal = (She thinks for a moment.) Anything else… Oh, one small thing: the signal in my bedroom's not great. Sometimes I'm down to one or two bars on a call and I can't hear properly. It's not a big deal, though.
    .unasked = (You're about to move on when she adds something.) Oh, and one small thing: the signal in my bedroom's not great. Sometimes I'm down to one or two bars on a call and I can't hear properly. It's not a big deal, though.
signal_probe = That's not a small thing at all. Can I ask, has it always been like that, or just recently? What floor are you on? Is it only the bedroom, or other rooms too? (You note it down.) "Weak signal in bedroom, 12th floor, started about a month ago, bedroom only."
signal_not_us = Signal problems aren't something the callback team deals with. You can report a fault on 10086.
    .why = She's just told you she waited ten minutes on 10086 with no answer, and you're sending her straight back there. Refusing the customer outright is one of the ten taboos. Find out what's happening, work out what kind of problem it is and who handles it, then open the ticket yourself.
signal_all_buildings = Well, it's the same in most high-rises; the signal's always a bit affected. It'll be better if you stand by the window.
    .why = "It's the same in most high-rises" brushes the problem off without checking anything, one of the ten taboos (vague, evasive language). First ask which floor, which room and since when, then decide what needs doing.
signal_skip = Let's leave the signal for now and deal with the membership first.
    .why = She finally mentions a second problem and "let's leave that" means you didn't hear it. Active listening means picking up everything she tells you, asking about it and writing it down.

## Reading it back to her

summary = That's about it, really.
    .warming = (She sounds more relaxed.) That's about it. Actually, it feels better to have said it.
summary_recap_notes = Let me just check I've got everything. I've noted: one, the video membership. The text said first month free, ends automatically, but you were charged 10 yuan in August and in September, 20 yuan altogether. Two, you couldn't find where to cancel in the app. Three, you waited ten minutes on 10086 and didn't get through. And the weak signal in your bedroom. What you'd most like first is to get the membership canceled and the money back, is that right? Have I missed anything?
summary_confirm = Just to confirm: the main thing is the video membership was supposed to end but kept charging you, and you'd like it canceled and the money refunded, is that right?
summary_what_again = Sorry, Ms. Zhao, which month did you say the charges started? And how many months was it again?
    .why = She's only just told you, and now she has to go through it again because you didn't write it down. Note the key points: write as she speaks, then read them back to her, rather than asking her to repeat herself.

## What the order record shows

record = So you can look it up on your end, can't you? What actually happened?
    .suspicious = You can look it up on your end, can't you? And don't give me some story about a system error. What actually happened?
record_our_fault = It must be our system that was set up wrong. Don't worry, you'll get every cent of the 20 yuan back. This one's on us.
    .why = You haven't seen the campaign text and you've already decided it's "on us" and promised a full refund. Accepting liability before the facts are clear is one of the ten taboos. Tell her what the record shows and what still has to be checked, then handle it by the rules once it's confirmed.
record_explain = Here's what I can see: on July 12 you replied to a campaign text and the video membership started, with no charge for the first month. Then 10 yuan was charged in August and again in September. You say the text told you it would end automatically; marketing has the original text, so I can't see it from here, and I need them to check it. I'll be straight with you: if the text did say it would end automatically, those charges shouldn't have been made.
record_you_replied = The record shows you signed up yourself by replying to the text on July 12, so the sign-up was all done correctly.
    .why = It's true she replied. But her point is that it didn't end when it should have, and you didn't say a word about that half. Picking only the half of the record that suits us is stressing we're right instead of admitting a mistake, one of the ten taboos.
you_replied_furious = (She flares up.) I know I replied! I'm telling you it didn't end when it was supposed to! Are you even listening?
you_replied_hangs_up = ("Great. So it's my fault again." She hangs up.)
record_system_shows = The system shows it started on July 12 and charged 10 yuan in August and September. That's just what it shows.
    .why = You read her what's on the screen, but not what she most wants to know: should she have been charged? Explain what the record means, what still needs checking, and what happens once it has been checked.

## What happens now: cancel, refund, and by when

options = So what happens now?
    .gotcha = You just said yourself it was your fault, so when do I get my money back?
options_full_plan = There are two parts. First, I'll cancel the membership for you right now: you'll get a verification code by text in a moment; just read it out to me, and you'll get a text when it's canceled. Second, the 20 yuan: I'll send it to marketing today to check the original campaign text. They'll confirm within 2 business days, and if it's as you say, the 20 yuan goes back into your phone account within 3 business days after that. I can't promise you the outcome right now, but I will make sure you hear what it is.
options_plus_free_month = I'll cancel the membership for you now. You'll definitely get the whole 20 yuan back, and I'll throw in a free month of membership to make up for it. How does that sound?
    .why = The refund depends on marketing's check, and extra compensation isn't yours to give. Promise what you can't deliver to win her over, and when it doesn't happen, that's a brand-new complaint. Don't over-promise (100-1=0).
options_go_to_hall = To cancel and get a refund, you'll need to go to a store in person with your ID. We can't do it over the phone.
    .why = A verification code over the phone is all it takes to cancel, and you're sending her to a store with her ID. Putting obstacles in the way of a solution is one of the ten taboos, and "too much hassle" is exactly why she never said anything in the first place.
options_do_it_in_app = You can cancel it yourself in the app, and I'll put the refund through for you. We'll get it done as soon as possible.
    .why = She's just told you she couldn't find it in the app, and you're sending her back there; and "as soon as possible" says neither how the refund will be handled nor when. Make canceling easy by doing it with her now, and spell out what happens and by when.

## A named callback: who calls, and when

callback = (You cancel the membership with her; the confirmation text arrives.) OK, the membership's canceled. So the money and the signal… I just wait to hear from you?
    .wary = (You cancel the membership with her; the confirmation text arrives.) Well, the membership's gone. The money and the signal, I'll wait and see. You people usually never get back to anyone anyway.
    .on_her_own = (She says she'll try the app again later.) Fine. So the money and the signal… I just wait to hear from you?
callback_sms = That's right. You'll get a text with the outcome, so just keep an eye out.
    .why = An automated text, and she won't know who to contact. A named person calling back and keeping track is what makes sure complaints are followed through 100%. Agree a day and who'll call.
callback_friday = You will hear back, I promise you that. I'm opening the signal ticket with the network team right now; they'll call you within 48 hours to book a time to come and test it. And on Friday afternoon, around four, I'll call you myself with the result of the refund check and to make sure the signal test is booked. I'm Zhou Min, employee number 5023.
callback_signal_fixed = Don't worry, I'll open a ticket for the signal, and it'll definitely be fixed before next week. I'll give you a call on Friday.
    .why = Nobody has tested the signal yet, and when it gets fixed isn't up to you. "Definitely fixed before next week" is a promise you can't keep, and she'll hold you to the date. Only promise what you can deliver: the ticket, a test booked within 48 hours, and your call on Friday.

## Saying thank you, not asking for a 10

closing = OK then, I think that's everything.
    .warm = (She laughs.) You know, that was actually a useful call. OK, that's everything; my dinner's about to burn.
    .flat = Mm. That's everything, then.
closing_thanks = Thank you, Ms. Zhao, for telling me all that. If you hadn't spoken up today, we wouldn't have known the campaign didn't end when it should, or how hard it is to cancel in the app. Sorry to have kept you from your cooking. I'll call you on Friday afternoon.
closing_direct_line = Thank you, Ms. Zhao, for telling me all that. If you hadn't spoken up today, we wouldn't have known the campaign didn't end when it should, or how hard it is to cancel in the app. My employee number is 5023: if anything changes before Friday, call 10086, ask for the callback desk and give them my number, and you won't have to explain it all again. Sorry to have kept you from your cooking. I'll call you on Friday afternoon.
closing_give_us_ten = Great, Ms. Zhao. So when the next survey text comes around, give us a 10, OK?
    .why = Nothing's been fixed yet and you're already asking for a 10. A 10 is earned by getting things done, not by asking for it. What you should say is thank you for telling you about the problem.
closing_call_next_time = OK. In the future, if there's a problem, just call and tell us. Don't give us a low score in the survey without saying why; then there's nothing we can do.
    .why = Blaming her for "a low score without saying why" is lecturing the customer, one of the ten taboos. She didn't say because she thought it was pointless and too much hassle; you should be thanking her for telling you today.
closing_bye = OK, I won't keep you any longer. Have a nice evening. Goodbye.
    .why = Polite, but it's missing the most important thing: thanking her for telling you. When a fair complaint has been dealt with, thank the customer for raising it.

## Drawing the lesson: the callback log

after_call = (You hang up. The "cause and recommendations" box on the callback form is still empty. Your team leader posts in the group chat: tonight's dissatisfied callbacks are going through at tomorrow's morning meeting.)
    .no_signal = (You hang up. The "cause and recommendations" box on the callback form is still empty, and you realize you didn't note a word about the signal. Your team leader posts in the group chat: tonight's dissatisfied callbacks are going through at tomorrow's morning meeting.)
log_minimal = (You write) "Customer reported video membership charges. Canceled; refund check submitted. Customer satisfied."
    .why = You recorded what was done, not why it happened or how to stop it happening again. Drawing the lesson means writing down the cause and the prevention: how many other people did that campaign text sign up? Is the cancel option buried too deep in the app?
log_lessons = (You write) "Cause: July campaign text said first month free, ends automatically; system actually renewed monthly (pending marketing check). Cancel option hard to find in app. Long wait for an agent on 10086 in the evening. Also weak bedroom signal; network ticket opened. Recommendations: check whether everyone who signed up through this campaign has been renewed, and cancel and refund them all once confirmed; suggest moving 'My services' to the app home screen. Callback Friday 4 p.m."
log_blame_marketing = (You write) "Complaint caused by marketing setting up the campaign wrong; nothing to do with the callback team. I handled the customer appropriately."
    .why = Pushing it onto marketing and talking up your own handling is one of the ten taboos (blaming colleagues and talking up your own record). To the customer we're one company; the log should record the cause and how to prevent it.

## Endings

ended_well = On Thursday, marketing confirms it: the campaign text did say "ends automatically". More than three thousand other people who signed up through the same text had been renewed too, and the company cancels and refunds every one of them. At four on Friday you call Ms. Zhao as promised: the 20 yuan is back, and the network team has booked a signal test for Saturday. "Well, you actually did what you said you would this time," she says. In the next quarter's survey, she gives you a 9.
ended_logged = On Friday Ms. Zhao's 20 yuan comes back, and you call her on time. But the log just says "canceled, refunded", and nobody checks who else that campaign text signed up. The next month, dozens more people call 10086 about the same thing.
ended_blame = Ms. Zhao's problem gets taken care of. But what you wrote on the form reaches marketing the next day, and there's bad feeling on both sides. At the morning meeting, nobody brings up why the membership didn't end when it should have.
closed_early = You hang up and check "customer had no specific comments". Ms. Zhao's membership keeps charging her every month. Three months later, she moves the whole family's numbers to another network. A dissatisfied customer who says nothing isn't a satisfied one, and winning a customer back costs five to seven times as much as keeping her.
hung_up = The line goes dead. All you can write on the form is "customer declined to talk". Ms. Zhao's membership keeps charging her, and she tells her colleagues: "They called to ask me why I gave them a low score. Can you believe it?"
