# locales/en-US/hall_departure_rain.ftl
# Case case_hall_departure — leaving (003_ab2cbd483b0f63d8.txt), built out into a whole visit along the 16 hall touchpoints (001_2b5000950ad7790a.txt)
# Procedure proc_departure_003: thanks → a caring reminder → a courtesy umbrella

title = Mrs. Wang adds credit to her phone, and it starts to rain
setting = Tuesday, half past three, at a small neighborhood phone store. There are just two of you: you're Lin, at counter 1 and keeping an eye on the floor, and your colleague at counter 2 is setting up broadband for a customer. The sky outside is very dark, and rain is forecast for later.
persona = Mrs. Wang, 73, a retired elementary-school teacher who lives on her own. Her son works in Germany and calls her cell phone every Saturday evening. The smartphone he bought her has tiny text she struggles to read. She's soft-spoken and hates to be a bother.
briefing = This morning Mrs. Wang got a text: "Your balance is below 10 yuan. Please add credit soon." Now she's panicking that her son's call won't get through on Saturday. It's an ordinary visit: she comes in, asks, pays, waits, gets her result and leaves. She won't argue with you, but she'll remember every word. The facts: she's on a senior plan at 18 yuan a month, charged on the 1st. Today is the 25th and her balance is 8.60 yuan. A line is only suspended if the balance drops below zero, so she won't be cut off today, but once the monthly fee goes out on the 1st she'd be short, so adding credit today takes care of it. The low-balance text is sent automatically; it's a reminder, not a suspension notice. She'll pay 100 yuan in cash at counter 1, leaving a balance of 108.60 yuan, and a confirmation text arrives within a minute. The receipt printer takes a moment to warm up. There's an "add 200, get 20 free" promotion running, which has nothing to do with what she's here for. The machine by the door also takes cash, but she's never used it. With a customer's permission, you can make the text bigger in their phone settings. The store keeps courtesy umbrellas to lend to elderly, disabled and pregnant customers, women with small children and others who need one when the weather turns; they bring them back whenever it suits them.

## Touchpoints 4 and 6, coming in and hovering: she isn't sure where to go

at_door = (The door opens and a white-haired lady comes in, clutching her phone. She stops just inside, looks left and right, glances down at her phone, and doesn't come any further.)
door_call_out = (From your seat behind the counter, raising your voice) What can I do for you? The ticket machine's by the door!
    .why = Calling across the store gets the question asked, but to her it sounds like you're hurrying her. Coming in is the customer's first impression: get up, go over, smile and greet her properly.
door_wait = (You look down and straighten the morning's paperwork. If she needs something, she'll come over.)
    .why = A customer hesitating by the door is the "hovering" touchpoint. The key moment of first contact is going up to the customer, not waiting for her to come to you. For an older customer, those few steps can decide whether she comes in at all.
wait_she_comes = (After a while she makes her way slowly to the counter and asks quietly, "Excuse me, dear, could I ask…")
wait_she_turns = (She hesitates, takes half a step back toward the door, stops, and eventually shuffles over to the counter.) Sorry to bother you…
door_greet = (You come out from behind the counter, go over to her with a smile and lean in a little.) Good afternoon! Windy out there, isn't it? What can I help you with today?

## Touchpoint 7, the inquiry: the text that frightened her

her_worry = Could you take a look at this message for me, dear? (She holds out her phone.) It came this morning. It says I don't have enough credit. Does that mean they're cutting me off? My son's in Germany; he calls me every Saturday night. If he can't get through, he'll be worried sick.
    .flustered = (Her hand trembles a little as she holds out the phone.) Could you look at this for me, dear? It came this morning, says I don't have enough credit… Are they going to cut me off? My son calls from Germany on Saturday night, and if he can't get through…
worry_listen = Don't worry, let me take a look. (You take the phone and read it out to her.) "Your balance is below 10 yuan. Please add credit soon"… So you're worried your son's call won't get through on Saturday, is that it? Of course you are, with him so far away and that call to look forward to. Let me check for you.
worry_how_much = Oh, it's a low-balance text. How much do you want to put on?
    .why = She told you she's afraid her son's call won't get through; all you heard was "payment". Listen actively: understand where the customer is coming from and how she feels, take her worry on board first, and then get down to business.
worry_everyone_asks = Oh, don't worry about that. People bring those texts in every day. Just add some credit and you're fine.
    .why = "People bring those in every day" tells her this is nothing worth bothering about, one of the ten taboos (implying the customer is unimportant). For her, it's about whether she hears her son's voice on Saturday.
everyone_asks_shrinks = (She looks a bit embarrassed and draws her phone back.) Oh… silly me, making a fuss.
everyone_asks_leaves = (She flushes.) Oh, well… I'll ask my neighbor to look at it. I won't trouble you.
worry_jargon = That's a threshold alert. It's not a past-due suspension: your account's prepaid with real-time billing, so when it drops below 10 it pushes a notification.
    .why = "Threshold", "prepaid", "real-time billing": she didn't follow a word of it, and now she's even more worried. Giving information clearly and accurately means saying it in words she understands.

## "So will they cut me off?" Plain words, honest answer

explain_sms = So… will they cut me off or not? Will he get through before Saturday?
    .anxious = (She grips her phone, her voice tight.) So are they cutting me off? When he calls on Saturday, will he get through?
sms_never_cut = Don't you worry, they definitely won't cut you off. It's just a reminder, so just go on as usual.
    .why = On the 1st the 18-yuan monthly fee goes out and 8.60 won't cover it, so she really would be cut off. "Definitely won't" is a promise you can't keep; she believes you, and after Saturday the line goes dead. Don't over-promise (100-1=0): check her balance first, then tell her how things really stand.
sms_explain_plain = (You look her up on the system.) I've checked for you. You've got 8.60 left, so you won't be cut off today, and your son's call will get through on Saturday. But on the 1st of next month your 18-yuan monthly charge goes out, and then there won't be enough. So if you put a bit on today, you won't have to worry. That text is just a reminder to add credit; it doesn't mean you're being cut off.
sms_probably_fine = Should be… usually they don't cut you off. Just put some money on and see.
    .why = "Should be", "usually": she'll walk away more worried than before. Vague, evasive language is one of the ten taboos. Check her balance and tell her plainly whether and when she'd be cut off.
sms_just_pay = (You look her up on the system.) You've got 8.60. Just add some credit and it's fine.
    .why = You checked her balance, but you never answered her question, "will they cut me off?", or explained what the text means. Explain it: not today, but the monthly fee on the 1st would leave her short, so adding credit today takes care of it.

## Where to pay: the machine, or a chair at the counter

how_to_pay = I'll put a hundred on, then. Where do I pay? I can't work that machine by the door.
    .relieved = (She lets out a long breath.) Oh, thank goodness. You gave me a fright. I'll put a hundred on, then. Where do I pay? I can't work that machine by the door.
pay_machine_easy = That machine's really easy. You just feed the money in. Hardly anyone uses the counter these days; you'll pick it up in no time.
    .why = "Really easy", "hardly anyone uses the counter": you're telling her she's behind the times and doesn't know anything, one of the ten taboos. She's said she can't use it, so sit her down and do it at the counter.
machine_easy_tries = (She goes over to the machine hesitantly, stands in front of the screen for a good while, then comes back.) Dear, could you… could you do it for me after all?
machine_easy_leaves = (She stands at the machine for a while, murmurs, "I'll get my neighbor to do it on the phone for me," and slips out the door.)
pay_take_number = Just take a ticket from the machine by the door, and come up when your number's called.
    .why = Counter 1 is free and you're sending a 73-year-old to take a ticket and stand waiting to be called. Understand the need and tailor the service: sit her down and do it right away.
pay_seat_counter = No need for the machine, and no need to wait in line. I can do it for you right here. (You pull a chair over.) Have a seat; take your time.
pay_point_machine = The machine by the door takes cash too. Just put the money in and follow the instructions.
    .why = She's just told you she can't work that machine, and you're pointing her at it anyway. Sending customers to other channels depends on the customer: for her, sitting down and paying at the counter is what fits.

## Touchpoint 12, the transaction: number, amount, cash

confirm_amount = (She takes a folded handkerchief out of her cloth bag, unwraps it layer by layer and holds out a 100-yuan bill.) Here you are, dear.
amount_upsell = Actually, there's a promotion on right now: add 200 and get 20 free. Good value. Why not make it 200?
    .why = She came in to put 100 on so her son's call gets through, and the first thing you do is push a promotion. Time your recommendations: meet her need first, and if an offer doesn't fit, don't bring it up.
amount_confirm = (You take the bill with both hands and read her number back to her.) So that's 138… 2716, and 100 yuan, is that right? (You count the money in front of her.) One hundred yuan, thank you.
amount_silent = (You take the bill and start typing without a word.)
    .why = No number read back, no amount said, no money counted in front of her; she can only sit and watch. Check the number and amount with her clearly and get her to confirm; that's what puts her mind at rest.

## Touchpoint 13, waiting: the printer is slow and she's anxious

processing_wait = (The printer hums away, still warming up, and no receipt appears. She leans forward.) Dear, didn't it go through?
    .uneasy = (The printer hums away, still warming up, and no receipt appears. She's getting restless.) Dear, didn't it go through? I don't want that money going astray.
wait_system_is_like_that = That's just what the system's like. Just wait.
    .why = "That's what the system's like" explains nothing. Explain it to her: the money's gone through; the printer is just warming up and the receipt will be out in a moment.
wait_reassure = It's gone through, don't worry. It's just the receipt printer being slow; it's warming up and it'll be out in a second. You'll get a text on your phone to say the money's arrived as well, and we'll check it together.
wait_show_screen = (You turn the monitor toward her and point.) You look a little worried, so take a look right here: "Payment successful, 100 yuan." Your money's gone through, and it can't get lost. The receipt printer is just slow warming up; it'll be out in a moment. You'll get a text on your phone saying the money's arrived, too, and we can look at it together.
wait_told_you = I just told you, it's gone through. There's no need to worry.
    .why = She didn't quite hear you, or she just doesn't feel sure yet. "I just told you" is the easiest thing in the world to say, and it stings an older customer more than anything. Say it again, patiently, and tell her why it's taking a moment.

## Touchpoint 14, the result: checking it together

result = (The receipt prints. Almost at the same moment, her phone pings.)
result_receipt_only = All done. Here's your receipt; keep it safe.
    .why = The money's gone through, but the print on that receipt is so small she can't tell. Carrying out the solution includes asking the customer to check it: open the confirmation text with her and tell her what her balance is now.
result_check_phone = Look, there's the text. (You turn her phone toward her and read it out, pointing.) "You have added 100 yuan. Your balance is 108.60 yuan." A hundred and eight yuan sixty; that'll last you months, and your son's call will definitely get through on Saturday. Keep the receipt safe too.
result_jargon = All done. The payment's credited in real time and your balance has updated; just check the push notification.
    .why = It's done, but "credited in real time" and "push notification" still leave her unsure whether the money went through. Read the text out to her in words she understands.

## Half a step ahead: "The writing's so small"

small_text = (She holds the phone at arm's length and squints for a long while.) Oh, the writing's so small. I can't read it even with my glasses on. Most of the time I'm just pressing things and hoping.
text_ask_son = You can make the text bigger. Just get your son to show you next time.
    .why = Her son is in Germany, so "get your son to do it" means nobody will. Stay half a step ahead of the customer: she didn't ask, but you take care of it for her then and there, and that's the moment she'll remember you by.
text_enlarge = Should I make the writing bigger for you? (You go into the settings, turn the text size right up and hand it back.) There, can you read it now? Your texts and calls will all show up this size.
text_new_phone = The writing is small on that one. We've got phones made for older people, with big text and a loud speaker. Would you like to see one?
    .why = All she needs is bigger text, which takes a few seconds in the settings, and you're selling her a new phone. Time recommendations to what the customer actually needs.
text_glasses = Maybe it's time for new glasses? The writing's not really that small; you just don't know how to use it.
    .why = "You just don't know how to use it" implies she doesn't know anything, one of the ten taboos. Making the text bigger for her beats scolding her a hundred times over.

## Telling her ahead of time: what the next text will mean

reminder = (She looks at her phone and nods.) I see, I see. So if I get another one of those texts, what do I do?
    .brighter = (She brings the phone close and smiles.) Oh, now I can read it! So if I get another one of those texts, what do I do?
remind_explain = Whenever your balance drops below 10 yuan, the system will send you a text like that again. It just means it's time to add credit; it doesn't mean you're being cut off. So don't panic; just stop by whenever it's convenient and put some money on. The way you use your phone, 100 yuan will last you over five months.
remind_save_number = Whenever your balance drops below 10 yuan, the system will send you a text like that again. It's only a reminder, not a cut-off, so don't panic; just stop by whenever it's convenient. 100 yuan will last you over five months. And let me save the store's number in your phone, under "Phone store, Lin", nice and big, so if you're ever unsure about anything you can just give me a call.
remind_nothing = We'll cross that bridge when we come to it. Just come in and add some credit.
    .why = That's exactly what she asked, and "we'll cross that bridge" means the next text will frighten her just the same. Telling people ahead of time is the best policy: explain it's a reminder, not a cut-off, and what to do when it comes.
remind_auto_debit = I'll just set you up with automatic payments from your bank card, then you'll never have to think about it.
    .why = You didn't ask whether she has a bank card or whether she wants it, and you're about to set up automatic payments. Nothing gets switched on without the customer's clear agreement, and "money taken automatically" is the last thing an older customer is comfortable with. Explain the text first; if she wants auto-pay, ask her and explain it properly.

## Leaving: "Please take all your belongings"

getting_up = (She tucks her phone and the receipt into her cloth bag and gets up slowly, one hand on the counter. Her glasses case is still lying there.) Well, that's that. Thank you, dear, I've taken up so much of your time.
up_belongings = (You stand up too and look at her.) Not at all; thank you for coming in. Don't forget your glasses case. (You hand it to her with both hands.) Phone and receipt in your bag? Take your time getting up.
up_next = (You give her a nod.) You're welcome. (Turning toward the door) Next, please!
    .why = She's barely on her feet and you've already turned to the next customer: no thanks, no eye contact, and her glasses case left on the counter. What a customer needs when leaving is to feel safe and thanked: look at her as you thank her, and remind her to take her things.
up_chat_colleague = (You give her a nod and turn to your colleague at counter 2.) Honestly, older customers take forever. Half an hour to put some credit on.
    .why = Calling her slow in front of her tells her she isn't welcome, one of the ten taboos (implying the customer is unimportant). She can hear you. Every regular is a returning customer: better one customer a thousand times than a thousand customers once.

## The courtesy umbrella: it starts to rain

rain = (She gets to the door just as it starts to pour; the sidewalk is wet in no time. She stops, looks up at the sky, then down at her cloth shoes.) Oh dear, it's raining, and I didn't bring an umbrella… Never mind, it's not far. I'll just walk quickly.
    .case_left = (She gets to the door just as it starts to pour. She stops, looks up at the sky, then down at her cloth shoes. Her glasses case is still lying on the counter.) Oh dear, it's raining, and I didn't bring an umbrella… Never mind, it's not far. I'll just walk quickly.
rain_hurry = It's not too heavy. Better go quickly before it gets worse.
    .why = Telling a woman in her seventies to hurry through the rain is exactly how falls happen. The caring reminder is "it's wet and slippery, take care," and the store keeps courtesy umbrellas for moments just like this.
rain_wait = Don't rush off. Sit here for a bit and wait till it eases off.
    .why = Kindly meant, but she lives alone and has dinner to make before dark. The store keeps umbrellas for older customers: lend her one and see her to the door. That's the "end" in peak-end.
rain_umbrella = (You take a courtesy umbrella from the stand by the door, open it and put it in her hand, looking her in the eye.) Take this one with you, and bring it back whenever you're passing by; there's no hurry. Thank you for coming in today. It's wet and slippery out there, so take the steps slowly and hold on to the rail. Enjoy your chat with your son on Saturday!
rain_umbrella_rules = We do have courtesy umbrellas, but you'll need to leave your ID card and sign for it. You get the ID back when you return it.
    .why = The courtesy umbrella is free help for older customers when the weather turns. Demanding her ID and a signature puts obstacles in the way, one of the ten taboos. And with her ID card left behind, she won't rest easy at home either.

## Endings

went_home_glad = Mrs. Wang goes down the steps one at a time under the umbrella. On Saturday night her son's call comes through, and she tells him: "I went to the phone store on Tuesday, and that Lin couldn't have been nicer. Even lent me an umbrella." A couple of days later she brings the umbrella back in person, with a bag of dumplings she made herself. It was more than she expected, and she won't forget this store.
went_home_late = It's over half an hour before the rain eases. Mrs. Wang sits and waits, glancing at her watch, and it's getting dark by the time she leaves. Everything got done properly, but all the way home she's thinking: and I haven't even started dinner.
went_home_wet = Mrs. Wang heads off into the rain. By the time she gets home her cloth shoes are soaked through, and she nearly slipped on the steps. When her son calls on Saturday, she says: "Oh, I got the credit taken care of. I just got drenched doing it." It takes 12 positive impressions to undo one negative one.
went_home_upset = Mrs. Wang leaves with her head down, wondering all the way home whether she was a nuisance. She never sets foot in that store again; the next time she needs credit, she calls her neighbor and asks her to do it on her phone.
