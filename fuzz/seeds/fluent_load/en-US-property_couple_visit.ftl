# locales/en-US/property_couple_visit.ftl
# Case case_property_sales_visit — a property sales visit: greeting and warm-up (000_887c387e8d5af035.txt)
# Procedures proc_sales_visit_000 (000_887c387e8d5af035.txt, sales skills); proc_touchpoint_sales_moments_001 (001_2b5000950ad7790a.txt)

title = The couple who want different apartments
setting = Half past ten on a Saturday morning at the Riverside Gardens sales office. A couple in their thirties are standing at the site model. He's walking around it, checking where the buildings are; she's holding a flyer from another development and keeps glancing at her phone.
persona = Mr. Zhao Lei, 36, a software engineer who works from home two days a week, and Ms. Sun Li, 34, an accountant who runs the family finances. Their son is five and starts elementary school next September; he's with his grandparents today, and they need to be back by lunchtime. They currently rent a two-bedroom apartment.
briefing = You are Wang Ming, a sales consultant with Jincheng Properties (you are male). Take this couple through the visit: greeting, a no-pressure opening, seating, the warm-up, finding their hot spots and barriers, polite answers to objections, the closing moment and after-sale care. They don't agree: Mr. Zhao wants the big apartment, with a study and a room for his parents, who stay about two months a year; Ms. Sun looks after the money, worries about the mortgage and cares about the school district. Don't decide for either of them, don't pressure them, don't exaggerate. Layouts and prices: 89 m², three rooms, 21,000 yuan/m² (about 1.87 million); 105 m², three rooms including a flexible room that works as a study or a guest room, 21,200/m² (about 2.226 million); 128 m², four rooms, 21,500/m² (about 2.75 million). Minimum down payment 30%: about 668,000 for the 105, about 826,000 for the 128, plus roughly 1.5% deed tax. Estimated monthly repayments over 30 years at the bank's current quoted rate (subject to the bank's approval): 89 m² about 6,900; 105 m² about 8,300; 128 m² about 10,200. Schools: this year's school zoning notice from the district education bureau puts the site in the school zone for Riverside Experimental Elementary, east campus. School zones are published every year, and admission also depends on household registration and length of residence; the developer cannot guarantee a place. New Town, next door, is about 19,800/m², with move-in in 2027 and a usable-area ratio of about 76%; Riverside Gardens is ready for move-in this December, with about 82%. A unit can be held for three days with a fully refundable 5,000-yuan reservation; the purchase contract is signed within seven days. Consultants can't give discounts, and nobody can promise prices will rise.

## Meeting and greeting

entrance = (The couple stop at the site model. He bends down to look at the buildings; she glances at you, then back at her phone. You've just finished a call with a client.)
greet_card_only = (You walk over and put your card down on the edge of the model) Hi, here's my card. Let me know if you need anything.
    .why = Hand your card over with both hands, face up, and then say your company, name and title so they remember you. Left on the edge of the model, they don't even catch who you are.
greet_full = (You walk over with a smile, look at them both and offer your card with both hands) Good morning, and welcome to Riverside Gardens! I'm Wang Ming, a sales consultant with Jincheng Properties. Call me Ming. (You shake hands with Mr. Zhao and nod to Ms. Sun.)
greet_price = Morning! Looking at apartments? We've got three layouts, the 89, the 105 and the 128. The 128 four-bedroom is our best seller right now, 21,500 a square meter.
    .why = Layouts and prices before you've asked them a single thing: the timing of the recommendation is wrong. Greet them and let them relax first; recommend once you know what they need.
greet_on_phone = (You dial another number and, still talking, wave them toward the model) Go ahead, take a look around.
    .why = They walked in and you stayed on the phone and waved. A warm, polite smile and looking the customer in the eye are the first step of the greeting; lose the first impression and you'll work much harder to win it back.

## "Just looking? That's fine"

just_looking = (Mr. Zhao straightens up) We're just looking around. We haven't decided anything yet.
    .cool = (Mr. Zhao waves a hand) We're just looking around. Don't let us keep you.
look_pressure = You've come at the right time! There are only three of the 128 four-bedrooms left, and there's a discount if you put a deposit down this week. Next week the price goes back up.
    .why = They said they were just looking and you're pushing them to commit. Buying a home is one of life's big decisions, and comparing is the sensible thing to do; pressure from the first minute just drives customers away. And "next week the price goes back up" is something nobody can promise: over-promising, a red line.
pressure_cools = (Ms. Sun folds up her flyer and moves a little closer to her husband.) We're only looking.
pressure_leave = (Ms. Sun tugs at her husband's sleeve) Come on, let's try the next one. (They turn and walk out.)
look_brochure_leave = No problem, take a look around. Here's our brochure, just call me if you have any questions. (You go back and sit behind the desk.)
    .why = You handed over a brochure and walked off, leaving them alone at the model, and the first-contact moment slipped away. After "just looking is fine", stay nearby, chat, and notice what they care about.
look_low_pressure = Just looking? That's absolutely fine, take your time. Buying a home is a huge decision, and it makes sense to look at a few places and compare. My cousin bought last year, and he looked at seven or eight developments. In the end it all came down to his kid's school, and he agonized over that for weeks. (You notice Ms. Sun look up.) I've got the latest floor plans and price list here. Why don't you sit down and take a good look? You're welcome to take them away to compare.
look_judge_budget = Feel free to look. Just so you know, though, even our smallest apartment is over 1.8 million.
    .why = You're sizing up whether they can afford it, which tells them they don't matter: one of the ten taboos. Behind every customer who complains are 20 unhappy ones, and customers who feel looked down on tell their friends.

## Seating the couple

seating = (Mr. Zhao nods) All right, let's sit down and take a look. (Ms. Sun follows him, and they stand by the table, waiting to be shown where to sit.)
seat_wife_near = Ms. Sun, why don't you sit here next to me, so you can see the plans? Mr. Zhao, if you'd like to sit opposite.
    .why = When a couple comes in together, seat the partner of your own gender nearer to you. You're a male consultant, so Mr. Zhao should sit beside you, with Ms. Sun on his other side.
seat_same_gender = Mr. Zhao, please sit here by me; Ms. Sun, please have this seat, the light's better for the plans. Can I get you something to drink? Tea, or coffee?
seat_anywhere = Sit anywhere you like. (You spread out the floor plans.) Let's go straight to the layouts.
    .why = A wave at the chairs and straight into the pitch. With a couple, seat the partner of your own gender nearer to you; get them settled, offer a drink, then talk.

## The warm-up

warm_up = (They sit down. Mr. Zhao leafs through the brochure; Ms. Sun puts her phone face down on the table) How far is it to the subway?
    .stiff = (They sit down, neither saying much. Ms. Sun puts her phone face down on the table) How far is it to the subway?
warm_price_list = Eight minutes' walk. (You slide the price list across.) Here's the price list: unit prices and totals for all three layouts.
    .why = The price list the moment they sit down: you've skipped the warm-up. The warm-up (about 20-30 minutes) is for making friends, relaxing your guests, building trust and finding their emotional hot spots and selling points; without it, every objection later is harder.
warm_chat = Eight minutes' walk, on Line 2. Where are you living now? Is the commute OK? (Mr. Zhao says he works from home two days a week; Ms. Sun mentions their son starts elementary school next year.) Starting school next year! You must be looking at schools everywhere right now. What do you like to do as a family on the weekends?
warm_interrogate = Eight minutes' walk. Can I ask what your budget is? How much can you put down? And what's your combined monthly income?
    .why = Firing questions about income and down payment at them the moment they sit down, as if filling out a loan form, only makes them tense. The warm-up is about relaxing them, making friends and finding common ground; the budget comes up naturally once there's trust.

## Hot spots and barriers: the couple disagree

disagree = (Mr. Zhao points at the 128 floor plan) I like this one. Four rooms. I work from home, so I need a study, and there's space for my parents when they come for a couple of months a year. (Ms. Sun frowns) That's over 2.7 million, and the mortgage is more than ten thousand a month. Our son's about to start school, and there'll be costs everywhere. I think the 89 is plenty. (They both look at you.)
    .tense = (Mr. Zhao pushes the 128 floor plan forward) This one. Four rooms, a study, and somewhere for my parents to stay. (Ms. Sun's face hardens) Over 2.7 million, more than ten thousand a month on the mortgage. Have you done the math? And you think school's free? The 89 is plenty. (They both look at you. The atmosphere is tense.)
dis_side_husband = I think Mr. Zhao's right. Buying the right size the first time is the smart move, so you don't have to move again. Ms. Sun, on a big decision like this, perhaps let Mr. Zhao make the call.
    .why = You sided with Mr. Zhao and told Ms. Sun to leave it to him, which says her worries don't matter: one of the ten taboos. When a couple comes together, both sets of concerns are real; your job is to help them work the numbers out together.
dis_pitch_big = The 128 really is our most popular layout. It gets light from both sides, all four rooms face south, and the master bedroom has a walk-in closet. Lots of families like yours go for it.
    .why = Ms. Sun has just frowned about the mortgage and you keep praising the 128. Watch the customer's face: whatever detail they react to may be a barrier. Acknowledge both their concerns first.
dis_both = You've both got a point. Mr. Zhao, you need a study and a room for your parents; Ms. Sun, you're worried about the monthly payments and your son's schooling. We need to look after all of that. Can I ask a couple of things? Roughly how long do your parents stay each year? And what monthly payment would you both feel comfortable with?
dis_slow_down = (You slide the floor plans to the middle of the table and smile.) No rush, you two. Nobody has to pick one today. Buying a home is a big deal, and it's worth talking it over more than once. Mr. Zhao, you need a study, and somewhere for your parents to stay when they visit. Ms. Sun, you're thinking about the monthly payment and your son starting school. I've got both of those down. Let me get you both some water first, and then I'll walk you through the numbers on all three layouts, one by one. Once it's all clear, you two can talk it over.
dis_side_wife = I think Ms. Sun has thought this through better. Mr. Zhao, a home only needs to be big enough. If you want everything, the whole family ends up under pressure.
    .why = You sided with Ms. Sun and lectured Mr. Zhao while you were at it: one of the ten taboos (lecturing or criticizing the customer). Back one partner against the other and neither of them will buy from you.

## Mr. Zhao steps out to take a call

aside = (Mr. Zhao's phone rings and he goes to the door to take it. Ms. Sun lowers her voice.) To be honest, I'm just scared we can't afford it. He sees something big and that's it, he's sold. We've got about 800,000 saved, anything over 8,500 a month on the mortgage and I won't sleep, and once our son's at school we'll be spending more, not less.
    .guarded = (Mr. Zhao's phone rings and he goes to the door to take it. Ms. Sun looks at you and lowers her voice.) I'll be honest, I'm just scared we can't afford it... we've only got about 800,000 saved, and anything over 8,500 a month would be tight. Oh, never mind. You're selling apartments, so of course you'll say it's fine.
aside_neutral = That's a very real worry. With money, you need to know where you stand. Here's what I suggest: when Mr. Zhao comes back, I'll write out the down payment, taxes and monthly payments for each layout, line by line, and you can both look at them together. Figures on the table are worth more than anything I can say.
aside_collude = Don't worry. When he comes back I'll talk to him and say there are no good floors left in the 128, and steer him toward the 89.
    .why = Doing a deal with Ms. Sun behind her husband's back means helping one partner against the other, treating his needs as unimportant: one of the ten taboos. The day he finds out, you lose the sale and both customers.
aside_brush_off = Don't worry about the mortgage. Young couples all borrow like this these days, and your salaries will go up. Everyone manages.
    .why = Ms. Sun has just told you her biggest worry, and "everyone manages" brushes it aside; she'll feel you're selling an apartment, not helping her. Trust comes from honesty and expertise: work the numbers out for her.

## Timing the recommendation: something they can both live with

recommend = (Mr. Zhao comes back and sits down) Sorry about that. Where were we?
    .warming = (Mr. Zhao comes back and sits down; Ms. Sun nods to him) Ming was going to help us work out the numbers.
rec_all_prices = Here's the price list for all three: the 89 is 1.87 million, the 105 is 2.226 million, the 128 is 2.75 million. Thirty percent down, and the monthly payments are roughly 6,900, 8,300 and 10,200. See which suits you.
    .why = Clear figures, but you didn't use a single thing they told you. Once you know the customer's needs, tailor the solution: tell them which layout covers the study, the grandparents and the monthly budget at the same time.
rec_stretch = Honestly, I'd stretch for the 128. If you're a bit short on the down payment, your family could help, and the mortgage is only just over ten thousand. Your salaries are bound to go up.
    .why = Ms. Sun has just said they have about 800,000 saved and she's worried about the payments, and you're telling them to borrow to buy bigger. Recommend what fits the customer's needs and means; talking people into buying beyond their means uses up their trust.
rec_fit = From what you've both said, I'd suggest looking at the 105. It's three rooms, and this one's a flexible room: day to day it's Mr. Zhao's study, and with a sofa bed it becomes a guest room when your parents visit. The total is 2.226 million, so the 30% down payment is 668,000. With the deed tax of about 33,000 on top, that still leaves you around 100,000 in savings. At the bank's current rate, the monthly payment works out at about 8,300, inside the 8,500 Ms. Sun mentioned. The exact rate is up to the bank, of course.
rec_fudge = Oh, the prices are all about the same, around two million give or take. It depends on the floor and the various offers, so it's hard to say right now. Pick a layout first and we'll go from there.
    .why = No total, no down payment, no monthly figure, just "all about the same" and "hard to say": vague language, one of the ten taboos. They need numbers to take home and work with, so give them accurate ones.

## A polite answer: can you guarantee the school?

school = (Ms. Sun studies the 105 floor plan, nods, then looks up) What about schools? Is this in the Experimental Elementary school zone? If we buy, is a place guaranteed?
    .sharp = (Ms. Sun pushes the floor plan aside) Never mind the layout for now. I need to know about schools. Is this actually in the Experimental Elementary school zone? If we buy, is a place guaranteed?
school_guarantee = Absolutely, you have nothing to worry about there. Buy here and your son will definitely get into Riverside Experimental. Lots of our owners bought for exactly that reason.
    .why = School places are decided by the education bureau, on school zone, household registration and length of residence. The developer can't guarantee one, and you certainly can't. That's over-promising, a red line: if he doesn't get in next September, that's a complaint about a broken promise.
guarantee_in_writing = (Ms. Sun narrows her eyes) Definitely? Would you put that in the contract, then?
guarantee_relieved = (Ms. Sun breathes out and smiles at her husband) Oh, good.
school_honest = You're absolutely right to ask, and you need a straight answer. This year's school zoning notice from the district education bureau puts this site in the school zone for Riverside Experimental Elementary, east campus. Here's the notice, you're welcome to take a photo. But school zones are published every year, and admission also depends on household registration and how long you've lived here, so the developer can't guarantee a place, and I won't promise you one. I'd suggest you check with the education bureau yourselves; I'll write their number down for you.
school_vague = It should be fine. Lots of our owners bought here for the school, and it's always been in this school zone.
    .why = "Should be fine" and "always has been" have nothing behind them, and you didn't say that school zones are published each year or that registration and residence count. Be clear and accurate: show them the bureau's notice and say what is certain and what isn't.
school_ignorant = Ms. Sun, you may not be familiar with how school zones work. It's very complicated, most people can't make sense of it. Just leave that side to us.
    .why = "Most people can't make sense of it" implies the customer knows nothing, one of the ten taboos. A polite answer sets out the facts; it doesn't tell the customer to stop asking.

## A polite answer: next door is cheaper

price = (Mr. Zhao flips through the flyer) But New Town next door is only 19,800. You're over a thousand a square meter more. On a whole unit, that's well over a hundred thousand.
    .testing = (Mr. Zhao smiles and slides the flyer across, as if to see how you'll handle it) New Town next door is only 19,800. You're over a thousand a square meter more. What do you say to that?
price_wrong = That's not right. The build quality over at New Town isn't very good. There's no comparison.
    .why = "That's not right" is the blunt version, and it makes the customer want to argue back; knocking the competitor's quality has nothing behind it either. Use the polite answer, "You have a point, but...", then give the facts.
price_everyone = Everyone who's bought here thinks it's worth it. We've sold seventy percent since launch, so you can buy with confidence.
    .why = "Everyone thinks it's worth it" doesn't answer his question. Handling an objection means listening to it and answering it properly: where the difference is, and what it buys, in numbers.
price_polite = You have a point: per square meter we're about 1,400 more. But there are two things worth comparing. First, New Town isn't ready for move-in until 2027; we're ready this December, so you save more than a year's rent and you're in before your son starts school in September. Second, the usable-area ratio: New Town's is about 76%, ours is 82%, so per square meter you can actually use, we work out slightly cheaper. Take both contracts home and check the figures yourselves.
price_rise = Don't worry about paying a bit more now. I guarantee you, in this location prices will be up at least ten percent next year. Buy now and you're already ahead.
    .why = Nobody can guarantee prices will rise. That's over-promising, a red line; exaggeration and promises are exactly where "promise not kept" complaints come from. Stick to the facts: move-in date, usable-area ratio, real price per square meter.

## The closing moment: in the 105 model unit

closing = (You show them the 105 model unit. Mr. Zhao paces the flexible room, working out where his desk would go; Ms. Sun stands in the doorway of the child's bedroom for a long while.)
    .keen = (You show them the 105 model unit. Mr. Zhao is marking out where the desk and sofa bed would go in the flexible room; Ms. Sun, at the door of the child's bedroom, turns and smiles at him: "This would be perfect for him.")
    .hesitant = (You show them the 105 model unit. Mr. Zhao walks around the flexible room without a word; Ms. Sun stays by the door and checks the time on her phone.)
close_push = If you don't reserve this today, it could be gone tomorrow. Put a deposit down today and I can apply for an extra discount for you, but it's today only.
    .why = They're still undecided and you're pushing them to commit today, dangling a "discount" you have no authority to give: over-promising, a red line. The closing moment is restating your case while they're looking closely and listening, not forcing the sale.
push_they_go = (Ms. Sun's face goes cold and she steers her husband toward the door) We'll think about it.
push_she_says_no = (Ms. Sun shakes her head) We're definitely not deciding today. Give us the information and we'll talk it over at home.
close_soft = So this room you've just seen is Mr. Zhao's study day to day, and a guest room with the sofa bed out when your parents come. The monthly payment's around 8,300, inside Ms. Sun's budget, and it's ready for move-in this December, in time for your son starting school next September. If it feels right, you could put down a 5,000 reservation to hold 1502 for three days. In those three days you can check with the education bureau and compare other places, and if you decide not to buy, you get the full 5,000 back. Would you like a minute to talk it over?
soft_they_reserve = (They look at each other. Ms. Sun nods.) Let's hold it, then. We'll check with the education bureau in the next three days. (Mr. Zhao takes out his phone to pay.)
soft_sleep_on_it = (They talk quietly for a moment. Mr. Zhao says) We really like the layout, but we want to go home and run the numbers again. We'll be in touch in the next couple of days.
close_materials = OK, take your time. Here's the brochure and the price list. Call me any time if you have questions.
    .why = They're in the model unit placing furniture and looking at their son's room, the closing moment, and you didn't suggest anything. Restate how it meets what they need and offer a no-pressure next step, such as a refundable reservation for three days.
close_rise = This is the best time to buy. Prices are definitely going up next quarter, I guarantee it, and you won't get this price again.
    .why = "Definitely going up, I guarantee it" is something you can't guarantee: over-promising, a red line. A close rests on restating the reasons it fits their needs, not on promises.
rise_they_reserve = (Mr. Zhao is tempted) Going up, is it? Well... let's put a reservation down, then. (Ms. Sun says nothing.)
rise_she_balks = (Ms. Sun frowns) You guarantee it? Every sales office says that. We'll go home and think about it.

## After the sale

after_sale = (The reservation is paid. You hand the receipt to Ms. Sun; Mr. Zhao looks at his watch: "Our son's with his grandparents, we need to get going.")
after_sale_gone = Great, hang on to your receipt. (Looking toward some new visitors at the door) Excuse me, I'll just go and say hello.
    .why = The money's paid and you turn straight to someone else. After-sale care has to be careful and thorough, leaving a good impression that opens the door to a second chance: explain how the reservation is refunded and what happens next, then see them out.
after_sale_care = Here's your receipt. The 5,000 is a reservation: if you don't go ahead within three days, you get it all back with this receipt. Once you've decided, the contract is signed within seven days. I'll book you a pre-approval appointment with the bank so you know exactly where you stand on the mortgage. I've written the education bureau's notice and phone number on this sheet. Call me any time. Drive safely, and say hello to your son for me!
after_sale_parking = You should look at a parking space too. They're 150,000 now, and I guarantee they'll have doubled in two years.
    .why = A parking space doubling in value is not something you can guarantee: over-promising, a red line. After the sale, explain the next steps for the reservation, the contract and the mortgage, and send them off with peace of mind.

## Thinking it over

after_think = (They get up, and Ms. Sun puts the floor plans and price list in her bag) Let's leave it there for today. We'll talk it over at home.
    .cool = (They get up, and Ms. Sun tucks her flyer back into her bag, her tone flat) Let's leave it there for today. We'll talk it over.
think_respect = Of course, it's a big decision, and you should compare and talk it through. I've put the 105 floor plan, the repayment sheet and the education bureau's school zoning notice together for you, so it's easy to compare. I'll give you a call on Wednesday evening to see if there's anything else I can look into for you. Get home safely!
think_chase = Make sure you decide tonight, OK? The price goes up on Monday, and I can't hold it for you. I'll call you first thing tomorrow and message you the day after.
    .why = They said they want to talk it over and you chase them to the door, with a price rise on Monday that nobody can promise: over-promising, a red line. Buying a home isn't a decision to rush; comparing is the right thing to do. Give them the information, agree a time to call, and let them leave comfortably.
think_cold = Oh, right. (You look down and tidy the price lists without getting up.)
    .why = No sale, so no goodbye. Thanks, acknowledgment and care when customers leave matter every time; not buying today doesn't mean never.

## Endings

sale_reserved = Three days later Ms. Sun calls: they've checked with the education bureau and the school zone is fine. A week later they come back with their son and sign for the 105. On move-in day, Mr. Zhao sends a colleague along to view: "Ask for Ming. He doesn't feed you a line."
sale_cold = The reservation was paid and the contract was signed in the end. But whenever Ms. Sun tells friends about buying the apartment, she says the same thing: "Once we'd paid, nobody wanted to know." None of her colleagues who were house-hunting ever came to Riverside Gardens.
no_sale_considering = You call on Wednesday evening. They're still comparing, but they really like the 105 and want to bring their son to see the model unit this weekend. The repayment sheet you gave them is stuck on Ms. Sun's fridge.
no_sale_cold = They walk out of the sales office and never come back. A colleague later hears they've reserved an apartment at New Town next door: the consultant there "didn't push".
pushed_away = (They head out the door. Ms. Sun looks back once and shakes her head.) The price list you handed them is left on the edge of the site model.
couple_left = (They smile politely and get up.) "We'll leave it there for today, thanks." They walk out of the sales office without even taking a brochure.
