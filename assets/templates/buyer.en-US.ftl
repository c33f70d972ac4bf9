# locales/en-US/{{id}}.ftl
# Template: buyer. Every line of text in scenarios/{{id}}.ron, in English.
# One message per node (the customer's line), choice (the trainee's reply) and reaction,
# keyed by the ids in the .ron file; `.guarded`, `.warm`… are the node's tones; `.why` is
# the teaching note shown in the debrief when that reply loses points. Keep the zh-CN file
# in step: every id needs a message in both.

title = Is it worth upgrading?
setting = A Saturday morning in the business hall. By the broadband upgrade stand, a man with a queue ticket in his hand has been reading the same poster for a while.
persona = Mr Zhang, 38, an office worker. Practical and careful with money; he dislikes being sold to and has heard plenty of promises before. His number will be called soon.
briefing = Mr Zhang is waiting to pay a bill and lingering at the broadband stand. Approach him without pressure, ask before you recommend, recommend what fits his need with exact figures, answer his objection honestly, propose the close at the right moment, then confirm what he has signed up for and see him off. What you can offer: his bundle is two mobiles + 100M broadband at 129 yuan a month. The 500M upgrade is 159 a month with the same mobiles (30 more), kept for at least 12 months, with a Wi-Fi 6 router lent free. Gigabit is 199. Installation within 48 hours; the technician tests the speed in any room he is asked to and can run a cable to a desk. The new price starts on the installation day; this month is charged by the day, so nothing is paid twice. Honest figures: the line gives the full 500M up to the router; over Wi-Fi the next room usually gets 300-400M, less through two walls. You cannot give discounts or free months.

## First contact

lingering = (Mr Zhang picks up a leaflet from the broadband stand, reads the back, puts it down again and checks the number on his queue ticket.)
approach_pitch = Looking at broadband? Go for the gigabit, it's our best seller, everyone's upgrading!
    .why = A pitch before a single question makes a browsing customer back away. Approach him and put him at ease first; recommend once you know what he needs.
pitch_steps_back = (He takes a step back.) Er, I'm just having a look.
pitch_walks_away = (He puts the leaflet back.) No thanks, I'm just waiting for my number. (He goes and sits at the far end of the hall.)
approach_open = Good morning! Looking at the broadband offers? Take your time, and take a leaflet with you if you like; no need to decide anything today.
approach_wait = (You leave him to it and carry on sorting the leaflets, waiting for him to ask.)
    .why = A customer lingering at a stand is waiting for someone to help. At first contact, approach him and create the chance; winning a new customer costs 5 to 7 times as much as keeping one.
wait_he_leaves = (When you look up, he has gone back to the seats, scrolling on his phone.)
wait_still_there = (He is still there, but has started to turn away. You walk over.)

## Reading the need

need = Just having a look. Our broadband's been hopeless in the evenings lately... I don't know if upgrading would make any difference.
    .guarded = (Still keeping his distance) Our broadband's slow in the evenings, that's all. I'm not signing up for anything today.
    .impatient = Just looking. It's slow in the evenings. My number will be up in a minute.
push_gigabit = Then go straight for gigabit, 199 a month, and you'll never have to think about it again.
    .why = You recommended before asking anything. What is slow, when, for whom? Ask first, then recommend what fits.
ask_usage = In the evenings, who's online at home, and doing what? And is it slow everywhere, or in some rooms more than others?
ask_budget = How much were you thinking of spending?
    .why = Budget matters, but it's a narrow first question. Ask how the family uses the internet and where it's slow; then you know what he needs, and the budget follows.
imply_router = Broadband's usually fine, to be honest. When it's slow, it's mostly because people don't know how to set up their router.
    .why = Implying the customer doesn't understand is one of the ten taboos. You don't yet know why it's slow. Ask, don't assume.

## Recommending

recommend = Evenings are the worst. My son has online classes at seven, my wife has video meetings some nights, and I like to watch the football. It's my son's room at the back that's really bad: the picture freezes and the teacher can't hear him. We're on 100M now, 129 a month with both our phones. I don't want to be paying a fortune, though.
    .impatient = Evenings. My son's online classes freeze, in his room at the back. We're on 100M, 129 a month with the phones. So what would you suggest, quickly?
recommend_vague = The 500 one's good. The price is about the same. You'll see once it's in.
    .why = Vague answers are one of the ten taboos. "About the same" isn't a price; give him the exact monthly fee, the contract term and what's included.
recommend_fit = For three people online in the evening, I'd suggest 500M. With your two phones it's 159 a month, 30 more than now. It comes with a Wi-Fi 6 router on loan, and when the technician installs it, he tests the speed in your son's room. You commit to the new speed for 12 months. Gigabit is 199, but for your family 500M is plenty.
recommend_top = Then gigabit's what you want. 199 a month, and it'll fly.
    .why = He said he doesn't want to pay a fortune, and three people online don't need gigabit. Over what he expected to pay, even a good product feels unreasonable: recommend what fits the need.

## Handling the objection

objection = Hm. My neighbour upgraded last year and says his bedroom is no faster than before. Will this actually fix my son's room? And twelve months tied in...
    .impatient = My neighbour says upgrading made no difference. Will it fix my son's room or not? And twelve months?
    .warm = (He nods slowly.) That sounds about right for us. But my neighbour upgraded and says his bedroom's no faster. Will it really fix my son's room?
objection_honest = Your neighbour has a point: a faster line doesn't go through walls on its own. Up to the router you get the full 500M; over Wi-Fi the next room usually gets 300 to 400, and less through two walls. That's why the technician tests your son's room when he installs it. If it's weak there, he can run a cable to the desk or find a better place for the router. I won't promise 500 in every room; nobody honestly can. After the twelve months, you can change whenever you like.
honest_nods = (He nods.) Right. At least you're telling it straight.
honest_thinks = (He thinks it over.) A cable to his desk... that could work.
objection_wrong = Your neighbour must have set it up wrong. Upgrading always makes it faster.
    .why = "Your neighbour's wrong" just pushes back at him. Use the polite form: "You have a point, but...", then give the facts.
objection_promise = No problem at all. 500M in every room, guaranteed. Your son's class will never freeze again.
    .why = Nobody can guarantee Wi-Fi speed through walls. That's over-promising, a red line; "exaggerated product performance" is exactly where sales complaints come from. Explain how it works and what the technician will check.

## The close

deciding = (He picks up the leaflet again and reads the small print, then looks over at the queue display.) Hm...
    .impatient = (He glances at the queue display.) Hm. My number's nearly up.
    .warm = (He smiles for the first time.) You know, that actually sounds like it would work for us.
close_pressure = This price is only on today. Sign up now or you'll miss it.
    .why = He's weighing it up; a deadline you made up only pushes him away. Propose the close by restating what's in it for him, and let him decide.
pressure_backs_off = (He puts the leaflet down.) If it has to be today, I'd rather think about it.
pressure_gives_in = (He sighs.) Fine, fine. Let's do it.
close_propose = So that's 159 a month, the router included, and a speed test in your son's room. If there's nothing else on your mind, shall we set it up today?
close_book_tonight = His classes are in the evening, aren't they? I can book the technician for tomorrow afternoon, before class, so he tests your son's room while he's there. Shall I set it up?
close_silent = Take a leaflet home and have a think.
    .why = He was reading the leaflet for the second time: that's the closing moment. Don't propose the close now, and the moment passes.

## After the sale

after_sale = All right, let's do it. What do you need from me?
    .grudging = Right, go on then. What do you need?
    .warm = Let's do it. Honestly, I should have come in months ago.
after_recap = Just your ID, thanks. Before I submit it, let me go over it: 500M with your two phones, 159 a month from the day it's installed, for at least 12 months; this month is charged by the day, so you won't pay twice. The router is on loan, and nothing else is added. The technician comes tomorrow between two and four; he'll ring half an hour before. Here's my card if anything isn't right. Thanks, Mr Zhang, and don't forget your queue ticket for the bill.
after_addon = Just your ID. I've also added the TV box for you; the first month's free, and you can cancel it later.
    .why = Adding something he never asked for, with "the first month's free", is how unknowing sign-ups start: they are behind 57% of ringback-tone complaints. Confirm exactly what he is signing up for, and add nothing without his yes.
after_rush = Just your ID. Sign here, and here. The technician will call you. (You turn to the next customer.)
    .why = He has said yes, and you turned away. After the sale, confirm what he has signed up for, tell him when the technician comes, and thank him: that is what brings the second sale.

## Endings

sale_good = Mr Zhang puts your card in his wallet with the receipt. The next evening his son's class runs without a freeze, and a week later his neighbour comes in asking for "the one who tells it straight".
sale_cold = Mr Zhang got his upgrade, but he left with a feeling he'd been processed rather than helped. Next time, he'll compare prices elsewhere first.
no_sale = Mr Zhang goes back to his seat. His number comes up, he pays his bill and leaves. The broadband stays as it is, and that evening his son's class freezes again.
walked_off = (His number is called.) Mr Zhang goes to the counter, pays his bill and leaves without looking at the stand again.
