# locales/en-US/hall_touchpoint_sale.ftl
# Case case_hall_touchpoint_sale — touchpoint selling in the business hall (001_2b5000950ad7790a.txt)

title = The browser at the phone display
setting = A quiet Wednesday afternoon in the store. A woman has circled the phone display by the window twice now.
persona = Ms. Liu, 48, works in a nearby school cafeteria. Her phone is four years old and the battery is dying; her daughter is away at college. She's in no hurry, but she doesn't want a sales pitch and is wary of being tricked.
briefing = Touchpoint 6, "lingering": a customer keeps picking up phones and putting them down. Go over, find out what she needs before recommending anything, give the price, contract and plan with exact figures, handle her worries about contract length, signal, price and "add-ons", suggest closing while she is trying the phone, then move her data, leave her your number and see her off properly. Her patience is limited: drag it out and she'll leave. Store facts: the 5G phone lists at 1,999 yuan and has a 5,000 mAh battery; a 24-month contract takes 400 off (1,599), a 12-month contract 200 off (1,799). The matching plan is 79 yuan a month with 30 GB of data and 500 minutes; the first month is charged by the day, and during a contract you can move the plan up but not down. She is now on a 58-yuan, 10 GB plan, with extra data at 5 yuan per GB. The store also runs a video membership promotion, 15 yuan a month with the first month free; it isn't part of the contract. You can't cut prices or give memberships away.

## Touchpoint 6: lingering

lingering = (Ms. Liu picks up a phone, turns it over, glances at the price tag and puts it back. She looks toward the door as if she's about to go.)
approach_pitch = Looking for a phone? This one's our best seller, everybody's getting it, and it's 400 off on contract today!
    .why = Pitching before a single question just makes her back away. Approach her, let her relax, and recommend only once you know what she needs (timing the recommendation).
pitch_steps_back = (She takes half a step back and puts the phone down.)
pitch_walks_away = (She waves a hand. "No thanks, just looking." And she's out the door.)
approach_open = Hi there! Looking at phones? They're all working models, so feel free to pick them up. No pressure at all, take your time.
approach_wait = (Leave her be, keep tidying up the counter, and wait for her to come and ask.)
    .why = A customer who lingers is waiting for someone to help. The first-contact moment is about drawing the customer in and approaching them; hesitate and she's gone. Winning a new customer costs 5 to 7 times as much as keeping one.
wait_she_leaves = (When you look up, there's nobody at the display.)
wait_colleague_called = (A colleague starts toward her but gets called away. Ms. Liu is still at the display, so you hurry over.)

## The cooler route

guarded = (She puts the phone back and steps away) Oh... I'm just looking, don't mind me.
    .impatient = Just looking. You really don't need to follow me around.
guarded_push = Don't just look! This price is gone tomorrow, it goes back to full price!
    .why = She said she's just looking; pushing now is pressure. Changing phones is a big decision and comparing is sensible. Help her relax, then ask what's bothering her about her current phone.
push_she_goes = (Her face closes. She hitches her bag onto her shoulder and leaves.)
push_she_stays = (She frowns. She stays, but she's noticeably cooler.)
guarded_space = Of course, take your time. Pick up any of them and try it. A new phone's a big decision, it makes sense to look around. Is something about your current phone giving you trouble?
guarded_specs = This one has the latest octa-core chip, a 100-megapixel main camera, a 120 Hz display, a 5,000 mAh battery...
    .why = A string of specs she didn't ask about. Ask how she uses her phone first, then talk about what matters to her.

## Reading the need

just_looking = Oh, I'm just looking... My phone's four years old, the battery's always dying. I can't decide whether to replace it.
    .impatient = Just looking. This phone keeps dying... and honestly I can't make heads or tails of all these.
list_specs = Take a look at this one: octa-core chip, 100-megapixel main camera, 120 Hz display, 5,000 mAh battery, and 66-watt fast charging...
    .why = You don't know what she uses her phone for yet and you're reciting specs. Ask how she uses it; the time to recommend is after you've read the need.
push_bestseller = Then go for this one. It's our best seller, everyone's buying it, you can't go wrong!
    .why = What does "everyone" have to do with her? Recommending without a single question means giving everyone the same phone. Ask about her use and her worries first.
bestseller_shrug = (She smiles thinly. "What everyone buys is their business." She keeps hold of the phone but doesn't answer.)
bestseller_leaves = (She says "Mm", puts it back, says she'll look around a bit more, and leaves.)
ask_budget = How much were you looking to spend?
    .why = Asking the budget isn't wrong, but it's narrow. Ask what she uses her phone for and what isn't working; once the need is clear, the budget follows.
ask_usage = No rush to decide. Let's see whether it's worth changing first. What do you mostly use your phone for? Calls, or watching videos, video-calling family?

need_story = The battery's really had it, I charge it two or three times a day. My daughter's at college in another city, we video-call two or three times a week and it keeps freezing. And I like watching short videos. My plan's 58 a month with 10 GB, it never lasts, and last month they charged me another twenty-odd on top.
    .impatient = The battery's dead by lunchtime, video calls with my daughter keep freezing, and I'm always over my data. Twenty-odd extra on last month's bill. Just tell me if you've got something suitable, I don't have all day.
    .guarded = Battery's bad, video calls with my daughter freeze, the data runs out, and last month I paid twenty-odd extra. And let me say this now: don't try to sell me something expensive.
partial_listen = Oh, not enough data? Easy, just add a data pack.
    .why = She told you three things: battery, freezing calls, running out of data. Grabbing one and jumping to a fix misses the real need. Play all of it back to her and check.
confirm_need = Let me check I've got this right. One, the battery doesn't last. Two, video calls with your daughter keep freezing. Three, you keep running out of data and paying about twenty extra a month. So what you want is a battery that lasts, smooth video calls, and no bigger bill each month. Is that it?
cut_in = (Before she's finished) Yeah, yeah, I get it. It's just an old phone, a new one will fix all that.
    .why = Interrupting the customer is one of the ten taboos. She hadn't finished and you'd already decided for her. Let her finish, then play her needs back to her. 100-1=0: one bad detail undoes everything else.
imply_cant_use = Freezing calls? It's probably your settings. There are lots of features you likely haven't switched on. It's normal at a certain age not to get these things.
    .why = Implying the customer doesn't understand is one of the ten taboos. The freezing could be the old phone or the network; ask before you judge, and don't put it on her. Behind every customer who complains there are 20 more who are unhappy.
cant_use_stiffens = (Her face stiffens. "I manage my phone perfectly well, thank you.")
cant_use_leaves = ("I don't get it? Fine, I'll go and ask someone who does." She puts the phone down and leaves.)

## Presenting the product

recommend = So what would you suggest? Nothing too expensive, though.
    .impatient = Just tell me straight: which one, and how much.
    .guarded = Go on, tell me what you'd suggest. And don't bother showing me the expensive ones.
recommend_flagship = Then go for the flagship: 4,999, best camera in the store. Pair it with the 129 plan and you'll never run out of data. Your daughter will be jealous!
    .why = She wants a battery that lasts, smooth video calls and no bigger bill, and you offered the most expensive phone and plan. Past what she expected to pay, any price feels unreasonable (a fair fee is useful, works well and is transparent).
recommend_vague = This one's nice. The plans are all much the same; you'll see once you're using it. It's not expensive.
    .why = Vague, evasive answers are one of the ten taboos. Price, contract and data need to be clear and exact before a customer will buy.
recommend_fit = For the way you use your phone, I'd suggest this one. It has a 5,000 mAh battery, so one charge a day is plenty. Pair it with our 79-yuan 5G plan: 30 GB of data and 500 minutes a month, plenty for video calls and short videos. Right now you pay 58 plus twenty-odd in extras, so about 78 a month. With this you'd pay 79, get three times the data, and no more surprise charges. The phone lists at 1,999, and it's cheaper on contract.

## Handling objections

hands_on = (She turns the phone over in her hands, then checks the price tag) The battery's big, I'll give it that... But the contract's two years? That's a long time. What if I want out halfway?
    .impatient = Two years? Too long. Can it be shorter or not?
    .warm = (She weighs the phone in her hand and relaxes a little) It feels nice to hold. But a two-year contract? Isn't that a bit long?
contract_everyone = Two years flies by. Everyone signs up for two years, it's fine.
    .why = "Everyone does it" doesn't answer her worry. At the objection, listen, answer it properly, then judge whether there's an opening: lay out the contract lengths and prices and let her choose.
contract_options = That's a fair concern, two years isn't short. There are three ways to do it. On 24 months the phone is 400 off, so 1,599. On 12 months it's 200 off, so 1,799. Or no contract at the full 1,999, and you can change plans whenever you like. One thing I should be upfront about: during a contract you can move your plan up, but not down. Which would suit you?
contract_wrong = That's the wrong way to look at it. The longer the contract, the better the deal.
    .why = "That's the wrong way to look at it" just pushes back at her. Use the polite form: "You have a point, but...", then give her the facts.

signal_worry = And another thing: in my building the elevator and the parking garage never get a signal. Will your 5G phone fix that?
    .impatient = And the signal? I never get any in my elevator. Will this fix it? Quickly, please.
signal_honest = I'll be straight with you: signal mostly depends on the coverage from the cell towers near your building. A new phone helps a bit, but in elevators and underground parking garages no phone can promise a signal all the time. Which complex do you live in? I'll check the 5G coverage there now. And at home, on Wi-Fi, your video calls with your daughter will be solid.
honest_covered = (You check: her area has 5G coverage. She nods. "OK. Now I know where I stand.")
honest_fair_enough = (She thinks about it. "Fair enough. Better the truth than a promise you can't keep.")
signal_guess = New phones have better antennas, so it should probably be a bit better.
    .why = "It should probably be" is a guess, not an answer. Signal depends mainly on coverage; explain that and offer to check, rather than brush her off with a guess.
signal_promise = Don't worry, with 5G you'll have full bars. I guarantee you'll never lose signal again!
    .why = Nobody can guarantee signal. That's over-promising, a red line, and "exaggerated product performance" is exactly where sales complaints come from. Tell her honestly how coverage works and check it for her.

price_worry = 1,599 still isn't cheap. My daughter says phones are cheaper online, with all sorts of coupons.
    .impatient = It's still expensive. It's much cheaper online, so why would I buy here?
    .guarded = 1,599? My daughter says it's far cheaper online. So that's where you make your money, huh?
price_knock_online = You never know what you're getting online. Lots of refurbished phones. You get what you pay for.
    .why = Running down online stores tells her that her daughter is wrong, and she won't like it. Answer politely: grant that she has a point, then explain what buying in the store actually gets her.
price_freebies = Tell you what: sign up today and I'll get you another 200 off, and throw in six months of video membership free!
    .why = Price cuts and free memberships aren't yours to give. That's over-promising, a red line. Explain the offers that really exist and what she'll really pay; don't promise what you can't deliver.
price_value = Your daughter has a point, online can be a hundred or two cheaper. But here, the 400 off on contract is real money, I'll move all your data and set the phone up for you right now, and if anything goes wrong later you come straight to me. And per month: you pay about 78 now; this is 79, with three times the data and no extra charges.

addon_fear = One more thing I want to get clear first. My neighbor signed a contract at a phone store and ended up with some video membership she never asked for, ten-odd yuan a month, and it took her three months to notice. You're not going to tie me into a pile of extras, are you?
    .impatient = Last question: you're not going to sneak some extra service onto my account? My neighbor got charged for three months.
    .guarded = Let me say this now: my neighbor signed a contract at a phone store and got some video membership put on, charged for three months. If you try that, the deal's off.
addon_brush = No, no, nothing like that. Don't you worry.
    .why = "Don't worry" on its own means nothing. What she fears is being signed up without knowing: tell her exactly what the contract does and doesn't include, that nothing gets switched on without her say-so, and how to cancel.
addon_transparent = Good question, and you should get a clear answer. This contract is the phone plus the 79-yuan plan, with no extra services at all. We do have a video membership promotion, 15 yuan a month with the first month free, but if you don't have any use for it, we don't add it. Nothing goes on without your OK, and once it's done you'll get a text listing every item. If you ever want something off, one text message or a visit here cancels it.
transparent_relieved = (She lets out a breath. "Well, if that's how it is, I'm happy.")
transparent_wants_it_written = (She nods. "Then write all that down for me afterwards.")
addon_mock = Sounds like you've been reading too much online. It's not all some big scam, you know.
    .why = Mocking the customer is one of the ten taboos. Her worry is well founded: sign-ups the customer never knew about make up 57% of ringback-tone complaints. Answer it head-on: what's in the contract, that she confirms anything that gets activated, and how to cancel.
addon_slip = No tying in, no. But there is a video membership that would suit you, great for video calls and shows. First month's free, so I'll just add it on for you and you can decide later.
    .why = She'd just told you that's what she fears most, and you "added it on." "First month free" without mentioning the 15 a month after is how unknowing sign-ups start. State the price of anything you add and wait for her to say yes.

## Closing

deciding = (She picks the phone up again, opens the camera, takes a couple of shots of the display and zooms in) Hm... that is clear.
    .impatient = (She checks the time and takes one more shot) Hm. It's all right.
    .uneasy = (She takes a couple of shots, still frowning slightly) It's clear enough...
    .warm = (She takes a couple of shots and laughs) Oh, that's sharp. Much better than mine.
close_pressure = If you don't decide today, this price is gone tomorrow. Let's get it done!
    .why = She's trying the phone and weighing it up; pushing now drives her away. Propose the close while she's looking closely, by restating what's in it for her, and let her make the call.
pressure_backs_off = (She puts the phone down. "If you're going to rush me, I'll have to think about it.")
pressure_gives_in = (She sighs. "Fine, fine, let's do it." She doesn't sound pleased.)
close_silent = Have another look, and let me know when you've decided.
    .why = She's examining the phone closely: that's the closing moment. Don't suggest the close now and the moment passes.
close_video_call = Why not video-call your daughter on this one right now? See if it still freezes. If you're happy, we can set it all up today and you can take it home, and I'll move your data over while you wait.
close_now = See, that's how the photos come out. One charge a day, 79 a month with more data than you'll use, less to worry about than now. If there's nothing else on your mind, should we set it up for you today?

think_it_over = I think I'll go home and talk it over with my husband. There's no rush.
    .impatient = Never mind, let's leave it there for today. I'll think about it.
    .warm = That all makes sense, and it sounds good. It's just a big decision, so I'd like to talk it over with my husband.
give_materials = Of course, a new phone's a big decision, talk it over first. This sheet has the price, the contract lengths and the plan written out, and my name and number are on the back. When you've decided, come and find me, and I'll do the data transfer for you. Thanks for coming in, and take care, it's windy out.
pressure_stay = What's there to talk over? Leave it and you'll lose out. This price is gone tomorrow!
    .why = Wanting to talk it over at home is normal. Pushing only makes her leave faster. Give her the details and your number and leave a good impression: that's what brings a second chance.
stay_walks_out = (She waves you off and walks out without looking back.)
stay_gives_in = (She hesitates. "Well... all right, let's do it.")
let_go_cold = OK, bye then.
    .why = A customer who doesn't buy is still a touchpoint. Give her the figures in writing and your number, thank her and see her off, and she may come back. It takes 12 positive impressions to undo a negative one.

## Purchase and the paperwork

sign_up = All right, let's do it. What do you need, my ID?
    .uneasy = All right... let's do it. That membership, did you actually put it on?
    .impatient = OK then, let's do it, quickly, I've got somewhere to be.
rush_submit = Just give me your ID and I'll get it done, it only takes a few minutes.
    .why = You submitted without going over the price, contract, plan and services with her. "Activation confirmed" is one of the new-service satisfaction indicators, and it's how you avoid a complaint later.
sneak_addon = Great. I've checked the box for the video membership for you too, first month's free, and you can cancel next month if you don't want it.
    .why = Checking that box without asking is exactly an unknowing sign-up, the kind behind 57% of ringback-tone complaints. State the price of any service and get her to say yes herself.
recap_confirm = Great. Before I submit, let's go over it once more: the phone is 1,599 on a 24-month contract; the plan is 79 a month with 30 GB and 500 minutes; this month is charged by the day, and from next month it's 79. Nothing else gets switched on. If that's all correct I'll submit it, and you'll get a confirmation text.
recap_withdraw_addon = Before I submit, let's go over it once more: the phone is 1,599 on a 24-month contract, the plan is 79 a month with 30 GB and 500 minutes. And I should be clear about the video membership I mentioned: the first month is free, then it's 15 a month. If you're not sure, let's leave it off for now; you can add it any time. What do you think?

## After the sale

after_sale = All done? So how do I get my photos and contacts over from the old phone? And the WeChat... I'd never manage that on my own.
    .warm = Oh, done already, that was quick. How do I get the photos and contacts across? And WeChat, I'd never work that out myself.
transfer_queue = For data transfer, take a ticket over there and one of the technicians will do it for you.
    .why = Sending her off the moment she's paid undoes the good impression. After-sale service should be careful and thorough; that's what leaves a good impression and earns a second sale.
transfer_self = Oh, that's easy, everyone can do it these days. A couple of taps at home and you're done.
    .why = "Everyone can do it" implies she doesn't understand, one of the ten taboos. 100-1=0: however well it went before, one last line like that spoils it.
transfer_help = Don't worry about a thing. I'll move your contacts, photos and WeChat chats across right now, it takes about twenty minutes. I'll install your usual apps too and make the text a bit bigger. Here's my card with my number; if anything's unclear later, just call me.

## Touchpoint 16: leaving

farewell = (She scrolls through the photos on her new phone) It's all there, and that was quick. OK, I'll get going then.
    .sour = (She reads the text that just came in and frowns) ...So the membership is 15 from next month. Well. I'll get going.
    .warm = (She scrolls through the photos and smiles) It's all there, even my daughter's pictures. OK, I'll get going. Thanks so much.
farewell_warm = Thank you, Ms. Liu! Keep the confirmation text: this month is charged by the day, then it's 79 a month from next month, and the bill comes to your phone. If anything's unclear, come in and find me or call the number on my card. Don't forget your old phone and your bag. Take care!
farewell_addon_notice = Thank you, Ms. Liu. About the video membership: the first month is free, then it's 15 a month. If you don't use it, one text or a visit here cancels it; I've written down how on this slip. Take care!
farewell_busy = (Head down over the paperwork, calling past her) Next, please!
    .why = Leaving is a key touchpoint: thank her, acknowledge her, show care, look her in the eye, and at the very least nod if you're busy. In peak-end experience, the ending is what people remember.
farewell_upsell = Bye now! Oh, and how about your home broadband? There's a deal on that today too.
    .why = She's on her way out and you start pushing something she never mentioned. Recommend only after reading a need; at departure, thank her, remind her of what matters, and show care.

## Endings

sale_good = Ms. Liu leaves with her new phone and turns at the door to give you a nod. A week later she's back with her upstairs neighbor: "Ask for her. She tells it straight."
sale_cold = Ms. Liu bought the phone, but nobody so much as looked up as she left. She got what she came for, yet it felt a bit flat. Next time she might go elsewhere.
sale_sour = Ms. Liu bought the phone. When the next bill arrives she sees 15 yuan for the video membership and calls her neighbor: "You were right, they did put it on." The sale went through, but she won't trust a recommendation from this store again.
no_sale_materials = Ms. Liu folds the sheet into her bag. "OK, I'll talk it over with my husband and come and find you." No sale today, but she remembers your name.
no_sale_plain = Ms. Liu leaves. She takes nothing with her and won't remember who served her.
walked_off = (Ms. Liu checks the time on her phone and puts the display model back) Never mind, another time. She picks up her bag and leaves the store.
left_hall = Ms. Liu leaves the store. She did want a new phone; she ends up buying one at the store next door.
