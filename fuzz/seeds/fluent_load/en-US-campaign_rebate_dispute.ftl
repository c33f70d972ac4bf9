# locales/en-US/campaign_rebate_dispute.ftl
# Case case_campaign_dispute — promotion / campaign package dispute (000_887c387e8d5af035.txt, 001_2b5000950ad7790a.txt)
# Procedure proc_complaint_002: feelings first, then the issue (002_61f473d333e03107.txt); the ten taboos (003_ab2cbd483b0f63d8.txt)

title = The rebates that stopped, and the plan that didn't
setting = A quiet Tuesday afternoon. A woman in her sixties comes to your counter with a plastic folder: a faded campaign flyer, a signed agreement and a year of phone bills, with figures circled in red pen.
persona = Mrs. Ma, 63, a retired textile worker. Careful with money, keeps every bill, and checks her math twice. She feels she's been tricked, and what hurts most is being taken for someone who can be brushed off.
briefing = Fourteen months ago, at this store, Mrs. Ma joined the campaign "Pay in 200, get 240 back": 200 yuan paid in as bill credit, plus 240 yuan back as 20 yuan a month for 12 months, on condition she kept the 38-yuan plan for those 12 months. The records will show: rebates for months 1 to 10 credited; months 11 and 12 marked "rebate failed" in March's billing-system migration, so we owe her 40 yuan (she counted nine rebates; the record shows ten). A confirmed missed rebate is re-credited within 3 business days, with a text when it arrives. Clause 5 of the agreement she signed, in small print: after the term, the 38-yuan plan continues unless she changes it. Since the term ended she has paid 38 yuan for two more months, correctly under the agreement; plan fees charged correctly can't be refunded, by you or by the duty manager. She uses about 90 minutes of calls a month and almost no data; the 18-yuan family plan (100 minutes, 100 MB) would suit her. A plan change takes two minutes at the counter or by text and starts on the 1st of next month, with a confirmation text. The system can set a text reminder a month before any campaign term ends; it wasn't set for her. The colleague who signed her up now works at another store; what was said at the time can't be checked, but you can pass her account on to the store manager. After a reasonable complaint is resolved, the store gives a small gift (a set of tea cups). Every complaint goes on a case slip with a case number and your name and phone number; she keeps a copy.

## Feelings first: "You don't keep your word"

opening = (She lays out the flyer and the agreement side by side) "Pay in 200, get 240 back." That's what you said. I've been through every bill. You haven't given it all back, and now you're still charging me for the plan a year later. You people don't keep your word.
    .furious = (She smacks the folder down) "Pay in 200, get 240 back"! I've been through every single bill! You never paid it all, and you're still taking thirty-eight yuan a month off me after the year's up! You made promises to get my money and now you don't want to know!
open_marketing = I'm sorry, ma'am, but campaigns are run by the marketing department, so we don't really know the details here.
    .why = "Marketing runs it" passes the buck: first-contact ownership means whoever she speaks to first takes it on. She joined the campaign at this very counter.
open_soothe = Mrs. Ma, you've kept every bill and done the sums yourself, and it still doesn't add up. No wonder you feel let down. Please sit down. I'll go through it all with you, and I'll see that it gets fixed.
open_number = Could I have your cell phone number, please? I'll look it up.
    .why = She's indignant, so straight to the number won't land. Feelings first: acknowledge that she feels tricked, tell her you'll take charge, then look it up.
open_promise = Oh dear, I'm so sorry, Mrs. Ma. Don't worry: whatever we promised you, we'll make it up, every fen.
    .why = Nobody has checked the record or the agreement yet. Accepting liability before the facts are clear is one of the ten taboos: part of what she's asking for turns out to be correct under the agreement she signed.

## Active listening: her story

venting = (She runs a finger down her list) I signed up here, fourteen months ago. The girl said: pay in two hundred, and you get twenty back every month for a year. And she said after a year the plan just ends by itself. So I wrote it all down. Nine rebates, that's all I counted. Nine! And the year's up, and the thirty-eight is still coming off, two months now. I'm not made of money, you know. I'm on a fixed income.
    .furious = Fourteen months ago, at this counter! Twenty back every month for a year, she said, and then the plan stops by itself! I counted: nine rebates! Nine! And two months after the year's up, you're still taking thirty-eight! I'm on a fixed income! Do you think I don't count?
vent_rebut = Well, the flyer does say "see agreement for details", so—
    .why = You cut in to defend the flyer before she'd finished: arguing and interrupting is one of the ten taboos. Let her finish, note the figures, then check the record.
vent_listen = (Writing as she talks) Signed up here fourteen months ago... twenty yuan back a month for twelve months... you counted nine rebates... you were told the plan would end by itself after a year... and you've been charged thirty-eight for two months since. You've kept it all very carefully. Please go on.
vent_hurry = All right, so you're missing some rebates. Let's take a look.
    .why = "Missing some rebates" is half of what she said, and it cut her off. Let her finish: there are two complaints here, the rebates and the plan that didn't end.
hurry_offended = (Her voice rises) Some rebates? I haven't even got to the plan yet!
hurry_quiet = (She purses her lips and closes the folder.) Fine. Look, then.

## Confirming both complaints, and what she wants

confirm = (She taps the folder) That's it. That's what I've come about.
    .furious = That's what I've come about, and I'm not going until it's fixed!
conf_one = OK, so you want the missing rebates paid. Let me check.
    .why = You heard only the money. Confirm the complaint in full: the rebates, and the plan that carried on after the year. Ask what she wants for each.
conf_both = Let me make sure I've understood. Two things: you think some of the 20-yuan rebates were never paid, and the 38-yuan plan has carried on for two months after the year, when you were told it would stop. You'd like the missing rebates, and the plan dealt with. Is that right?
conf_recap = Let me read back what I've noted. One: the rebates. You've counted nine out of twelve. Two: the 38-yuan plan, which you were told would end after the year, has been charged for two more months. So you want what's owed to you, and you want that plan stopped. Have I got that right? Is there anything else?

## Check the records, and say how it will be decided

records = (She pushes her list across) Go ahead, then. Check it.
    .furious = Go ahead! Check it! Or are you going to tell me I can't count?
rec_promise = I'm sure you're right, Mrs. Ma. If you counted nine, we'll pay the other three, and we'll stop the plan and refund the two months.
    .why = You agreed to everything before looking. Accepting liability before the facts are clear is one of the ten taboos: the record shows ten rebates, not nine, and the agreement says the plan continues.
rec_check = I'll check it now. I'll pull up the rebate record month by month, and your agreement, and go through both with you line by line. Whatever the record shows we owe, you'll get; where the agreement says otherwise, I'll show you exactly where, so you can see it for yourself.
rec_system = The rebates are paid automatically by the system, Mrs. Ma, so they won't have been missed.
    .why = You vouched for the system before looking. Stressing that we're right is one of the ten taboos, and here the record shows two rebates did fail.
rec_ask_marketing = I'm not really sure how the rebates work; that's one for the marketing department. I'll ask them and let you know when I hear something.
    .why = "I'll let you know when I hear something" is vague and evasive, one of the ten taboos, and the rebate record is on your own screen. Check it now, with her.
ask_marketing_leaves = (She gathers her papers) "When you hear something." I've heard that before. I'll go to the consumer association. They'll hear something.
ask_marketing_insists = (She doesn't move) You've got a computer. Look it up.

## What the rebate record shows

rebate = (On your screen: rebates of 20 yuan credited for months 1 to 10. Months 11 and 12: "rebate failed", dated during March's billing-system migration.) Mrs. Ma: "Well? Nine, isn't it?"
    .promised = (On your screen: rebates of 20 yuan credited for months 1 to 10. Months 11 and 12: "rebate failed", dated during March's billing-system migration.) Mrs. Ma: "You said you'd make it all up. So that's three rebates, and the plan."
    .furious = (On your screen: rebates of 20 yuan credited for months 1 to 10. Months 11 and 12: "rebate failed", dated during March's billing-system migration.) Mrs. Ma: "Well, come on! Don't keep me sitting here waiting!"
reb_half = You're right, Mrs. Ma, some rebates weren't paid.
    .why = You let her count of nine stand, and said nothing about what the record shows: ten paid, two failed. Give clear, accurate information, even when it's partly in our favor, and show her.
reb_deny = Actually, the record shows ten rebates paid, not nine, Mrs. Ma. You must have missed one.
    .why = That's true, but only half the truth: the same record shows months 11 and 12 failed. Correcting her and skipping our own error is stressing what we did right and not admitting a mistake, one of the ten taboos.
deny_manager = (She stands) So I can't count, and you've done nothing wrong. I'd like to see your manager.
deny_seethes = (Her lips tighten) Ten. And the other two?
reb_admit = Here it is, month by month. Months 1 to 10, 20 yuan each: that's ten rebates, 200 yuan. There's one I think you may have missed on your list, here, in month 4. But months 11 and 12 were never paid: they failed when we changed our billing system in March. That's our mistake, and I'm sorry. You're owed 40 yuan, and you'll get every fen of it.
admit_embarrassed = (She peers at her list, then at the screen) Month four... oh. So it is. (A little pink) Well. But the other two are yours.
admit_point_made = (She nods firmly) Forty yuan. So I wasn't imagining it.
reb_blame = It's the IT people. They messed up the system migration in March; we've had complaints all month because of them.
    .why = Blaming colleagues is one of the ten taboos. To her there's only one company. Say what the record shows, own it, and put it right.

## The plan that didn't end: clause 5

term = And the plan? She told me it would end after a year. Two months I've paid since.
    .furious = And the plan! She said it would stop after a year! Two more months of thirty-eight! Where's that in your record?
    .wary = (A little calmer) And the plan? I was told it would end after a year.
term_lecture = It's in the agreement you signed, Mrs. Ma, clause 5. You really need to read things before you sign them.
    .why = "You need to read before you sign" is lecturing the customer, one of the ten taboos, and the clause was in small print. Show her the clause and explain it; leave the blame out. It takes 12 positive impressions to undo one negative.
term_clause = Let me show you the agreement. It's clause 5, here, and I'll be honest, the print is tiny: "After the term, the 38-yuan plan continues; to change it, come to a store or send a text." So the plan didn't end by itself; it carries on until it's changed. A lot of people read these campaigns the way you did, and this clause is easy to miss.
clause_accepts = (She holds the page at arm's length and reads it twice) Well. It does say that. In print this size, of course.
clause_she_said = (She pushes the page back) I don't care what the small print says. The girl who signed me up told me to my face it would stop after a year!
term_refund = You shouldn't have been charged for those two months. I'll refund them for you.
    .why = The agreement says the plan continues, and plan fees charged correctly can't be refunded. Over-promising is a red line: 100-1=0.
term_system = That's just how the system works, Mrs. Ma. The plan carries on unless it's changed.
    .why = "That's how the system works" isn't an explanation. Show her the clause she signed, read it with her, and own that it's easy to miss.

## "She told me it would stop!"

said_so = That girl who signed me up told me, right here, "after a year it stops by itself". Are you saying I'm making it up?
    .furious = She said it would stop! Right here at this counter! Are you calling me a liar?
    .hurt = (Quietly) I'm not making it up, you know. She said it, at this very counter.
said_blame = Then she got it wrong. She's moved to another store now; she was always saying things she shouldn't.
    .why = Blaming a colleague is one of the ten taboos, and it proves nothing: nobody can check what was said. Believe her feelings, own the handling, and pass it on.
said_respect = I'm not saying that at all, Mrs. Ma. I believe that's what you heard, and I understand why you feel misled. I can't check now what was said that day, but I'll pass your account on to our store manager today, so it's looked into and our staff explain these campaigns properly. Meanwhile, let's take care of what I can take care of for you now.
said_impossible = That can't be right, Mrs. Ma. All our staff explain the terms exactly as they're written.
    .why = You defended the process without being able to check it: stressing that we're right is one of the ten taboos. Nobody can know what was said; take her account seriously and pass it on.
impossible_leaves = (She gathers her papers) So I'm a liar. Fine. I'll tell it to the consumer association, then.
impossible_bristles = (She grips the folder) I know what I heard.
said_cant_know = I wasn't there, Mrs. Ma, so I can't say what she told you. I can only go by the agreement.
    .why = Going by the agreement is right, but "I wasn't there" leaves her feeling dismissed. Show empathy first: you believe that's what she heard, and you'll pass it on.
said_concede = Well, if she told you that, then it's our fault, and we'll stand by what she said.
    .why = Nobody can check what was said that day, and the agreement says otherwise. Accepting liability before the facts are clear is one of the ten taboos.

## A fair outcome: what we owe, and what we don't

demand = So what about the money? The two rebates, and the seventy-six yuan for the two months on top. I want it all back.
    .promised = You said yourself I'd get it all back. So: the rebates and the seventy-six for the two months. All of it.
    .furious = All of it back! The rebates and the seventy-six! Every fen!
    .fair = (Calmer) So what can you actually do? I'm not trying to get something for nothing.
dem_all = All right, Mrs. Ma, I'll refund the 40 and the 76.
    .why = The 40 is owed; the 76 isn't: the agreement says the plan continues, and correctly charged plan fees can't be refunded. Over-promising is a red line: 100-1=0.
dem_refuse = The rebates I can look at, but the plan fees were charged correctly. There's no refund on those.
    .why = A bare "no refund" is refusing her outright, one of the ten taboos. Hold the rule, but pair it with what you can do: pay what's owed, and change the plan today.
refuse_consumer_assoc = (She stands) "No refund." Then I'll see what the consumer association says.
refuse_fumes = (She breathes out hard) No refund. After you lost my rebates.
dem_fair = Here's what's fair, by the rules. The two missed rebates, 40 yuan: that was our mistake, so it goes straight back onto your account. The two months of the 38 plan since the year ended: the agreement says the plan carries on, and you've been using it for your calls, so I can't refund those. What I can do is stop it costing you 38 from now on. You use about 90 minutes a month and hardly any data, so our 18-yuan family plan, with 100 minutes, would cover you and save you 20 a month. Or if you'd rather keep the 38, you can. Which would you like?
fair_takes_18 = (She does the math) Twenty a month saved... that's two hundred and forty a year. The 18 one, then.
fair_thinks = (She thinks for a long moment) A hundred minutes... I do call my sister a lot. (She nods.) All right. The 18 one.
dem_only_40 = I'll put the 40 yuan from the missed rebates back on your account.
    .why = The 40 is right, but nothing about the two months or the plan she wants stopped. Give a fair outcome she can understand, and offer her choices for the plan.

## Changing the plan, on the spot

change = Well, that's the money. And the plan? I don't want the 38 one anymore. Change it now.
    .testy = And the plan. I'm not paying 38 for another month. Change it. Now.
    .chosen = (She taps the counter) OK, the 18 one. Can you do it now, while I'm here?
chg_next_month = Plan changes take effect from the 1st, so the best thing is to come back at the start of next month and we'll change it then.
    .why = A change she can make today, and you sent her away to come back. Make canceling easy: change it now, to take effect on the 1st.
chg_now = I'm doing it now... done. You're on the 18-yuan family plan from the 1st of next month. You've just had the confirmation text; can you see it? It says "18 yuan, effective on the 1st". If you ever want to check or change your plan, you can do it here at any counter, or by text.
chg_obstacle = To change a plan after a campaign, I'll need your ID card, your household register and a written application. Once you've got those together, come back and we'll do it.
    .why = A household register and a written application to change a plan: putting obstacles in the way of a solution is one of the ten taboos. Her ID is enough; do it now. If she leaves, winning a new customer costs 5 to 7 times as much as keeping her.
obstacle_leaves = (She closes the folder) Household register. Of course. (She walks out.)
obstacle_sighs = (She sighs) My ID's here. Is that really not enough?

## Method, dates and the case slip

method = So when does it all happen? I want it written down this time.
    .testy = And when? Written down, please. I've had enough of things people just say.
mth_full = Here's exactly what happens, and it's all on this slip. The 40 yuan goes back onto your account within 3 business days; you'll get a text when it arrives. The new plan starts on the 1st; you'll get a text that day too. What you told me about being promised the plan would stop, I've written down for the store manager. Case number, my name and my direct line are all here. This copy is yours.
mth_vague = It'll all go through in due course; you'll see it on your bill.
    .why = "In due course" is vague and evasive, one of the ten taboos, to a woman who checks every bill. Give the method and the dates, on paper: 40 yuan within 3 business days, new plan on the 1st.
mth_partial = The 40 yuan will be on your account within 3 business days.
    .why = One date, and nothing in writing. She asked for it written down: hand her the case slip with both dates, the case number and your name.

## Thanks, the callback and the goodbye

closing = (She puts the slip in her folder, with the others) All right.
    .warm = (She slides the slip into the folder and pats it) Well. Now that's what I call doing things properly.
    .grudging = (She files the slip away) I'll be checking, you know.
close_bye = Thank you, Mrs. Ma. Goodbye.
    .why = Polite, but no thanks for what she found and no follow-up. She found a real error; thank her, and agree a callback to confirm the 40 yuan arrived.
close_gift = Thank you, Mrs. Ma, really. If you hadn't checked your bills so carefully, we'd never have found those two rebates. This is a small thank-you from the store, a set of tea cups. I'll call you next week to check the 40 yuan has arrived. Take care on the way home.
close_next = That's all done. Next, please!
    .why = "Next, please!" as she's putting her papers away tells her she doesn't matter, one of the ten taboos. Behind every complaining customer are 20 unhappy ones. She found our error: thank her.
close_reminder = Thank you, Mrs. Ma. Without your careful checking we'd never have found those two rebates. This is a small thank-you from the store. I'll call you next week to check the 40 yuan has arrived. And I've set a reminder on your number: if you ever sign up for another offer with an end date, you'll get a text a month before it ends, so nothing carries on without you knowing.
reminder_pleased = (She beams) Now, that's useful. My sister's on one of these offers too, you know. I'll tell her to come and see you.
reminder_nods = (She nods slowly) A month before. Good. That's how it should have been in the first place.

## Drawing the lesson: the team leader asks for the log

after_action = (After she's gone, your team leader stops by) The lady with the campaign rebates. What did you put in the log?
    .no_callback = (After she's gone, your team leader stops by) The lady with the campaign rebates. What did you put in the log? And who's calling her to check the money arrived?
lesson_blame = Two rebates lost in IT's migration, and whoever sold her the campaign told her the plan would stop. Not our fault at this counter.
    .why = Blaming colleagues is one of the ten taboos, in the log as at the counter. Record the two causes and the fixes, not the culprits.
lesson_minimal = Two missed rebates refunded, 40 yuan; plan changed to 18.
    .why = That logs the fix, not the causes. Draw the lessons: other customers' rebates may have failed in the same migration, and clause 5 is easy to miss.
lesson_campaign = Two causes. First, months 11 and 12 of her rebates failed in March's migration; other customers on the same campaign may be affected, so the rebate run should be checked for everyone. Second, she believed the plan would end after the year. Clause 5 is in tiny print. I'd suggest we explain what happens after the term before anyone signs, print it clearly on the flyer, and set the expiry reminder text for every customer who joins.

## Endings

resolved_well = (A week later you call her: the 40 yuan has arrived. The rebate check finds 63 other customers whose rebates failed in the migration.) "Sixty-three? Well. Good thing I can count, then."
resolved_logged = Mrs. Ma has her 40 yuan and her cheaper plan. Nobody checks whether anyone else's rebates failed in the same migration.
resolved_blame = Mrs. Ma's problem is taken care of. In the log, IT and a colleague take the blame, and nobody looks for the other customers affected.
resolved_sour = (She walks out past the line without a word.) At the community center that week, she tells everyone to read the small print, and not to trust the phone company.
manager_takeover = (The duty manager comes over, apologizes for the two rebates and takes over.) Mrs. Ma tells her everything again, from the start, and doesn't look at you once.
complaint_escalated = (She packs her folder and leaves.) A week later, the store gets a letter from the consumer association, with copies of all her bills attached.
walked_out = (She leaves with her folder under her arm.) The next month she moves her number, and her sister's, to another carrier.
