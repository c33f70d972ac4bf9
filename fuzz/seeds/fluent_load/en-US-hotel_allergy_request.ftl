# locales/en-US/hotel_allergy_request.ftl
# Case case_hotel_special_diet — a guest with a special dietary need (000_887c387e8d5af035.txt)
# Procedure proc_departure_003: departure (003_ab2cbd483b0f63d8.txt); don't over-promise (002_61f473d333e03107.txt)

title = A peanut allergy at check-in
setting = Five o'clock on a Friday afternoon in the hotel lobby, and check-in is quiet. A woman wheels her suitcase up to the front desk. Beside her, a boy with a small backpack is rubbing his eyes.
persona = Mrs. Wu Min, 41, here for three nights with her son Tongtong, 8, for her mother's 70th birthday. Tongtong has a severe peanut allergy: two years ago a cookie with peanut in it put him in the ER. She's polite, but anything to do with what her son eats makes her very anxious.
briefing = Mrs. Wu is in room 818 for three nights. Tongtong is severely allergic to peanut: even traces and peanut oil are dangerous, and he always carries an epinephrine auto-injector (EpiPen) in his backpack. They'll have the breakfast buffet each morning (7 to 10 a.m.), and on Saturday at 6 p.m. there's a dinner for ten in the Chinese restaurant for her mother's 70th. The set menu they booked includes kung pao shrimp, with peanuts, and several dishes are fried in peanut oil. What the kitchen can do: cook Tongtong's food separately with fresh oil and clean pans and utensils, label it with his name and room number and bring it straight to the table; or change the whole dinner to dishes without peanut, cooked in separate oil (with at least 24 hours' notice, so it's possible for Saturday if it's ordered tonight). What it can't do: promise a kitchen or a buffet completely free of peanut (shared serving spoons, other guests). Ms. Zhou, the restaurant manager, can call the guest tonight to go through the menu. The front desk fills out an allergy alert that goes to the kitchen, the Chinese restaurant and the breakfast team, and records the allergy in the guest profile, where every shift and every future stay will see it. The minibar in 818 has peanut snacks, and the welcome plate has nut cookies. In an emergency: the duty manager is on duty 24 hours and is first-aid trained; dial 0 from any room phone; the emergency department at the city People's Hospital is ten minutes by car, and the hotel will call 120 and drive if needed.

## Active listening: she raises it at check-in

request = (Mrs. Wu hands over her ID and lowers her voice) Checking in, please. And there's something I need to tell you: my son has a peanut allergy, quite a serious one. If we're eating here over the next few days, I need to get this figured out first.
    .anxious = (Mrs. Wu hands over her ID, then pauses with her hand on the desk) Checking in. And... my son's allergic to peanuts, very badly. Last time it nearly ended in disaster. If we're eating here the next few days, I honestly don't feel confident.
req_no_big_deal = Of course, don't worry. We get lots of guests with allergies, it's no big deal. I'll just mention it to the restaurant.
    .why = "No big deal" tells her that her concern doesn't matter, one of the ten taboos. To her this is her child's safety. Listen properly and let her tell you the whole story.
req_listen = (You put the key card down and look at her) Of course, Mrs. Wu. What your son eats comes first. Take your time and tell me everything; I'll note it all down and we'll set it up properly with the kitchen and the restaurant.
req_tick = Fine, I'll put "allergy" on your booking in the system. You're in room 818; here's your key card.
    .why = A checkmark in the system and a key card, and she hadn't finished. Active listening means understanding the guest's situation and expectations; with an allergy, the details are the safety.

## Asking the right questions: which allergen, how severe?

details = (She nods) He's allergic to peanuts. We're having breakfast in the hotel while we're here, and tomorrow night we're having my mom's 70th birthday dinner in your Chinese restaurant.
ask_anything_else = OK, a peanut allergy, I've noted that. Do you have any other dietary requirements?
    .why = "Any other requirements?" is a closing question, and you didn't ask what matters: how severe is it? Do traces or peanut oil count? Does he carry medication? Skillful questions are how you find out what the guest really needs.
ask_specific = I'd like to ask a bit more so the kitchen gets this exactly right. Apart from peanuts, is he OK with other nuts? What about tiny traces, and peanut oil, are those a problem too? Does he carry medication with him? And what's the worst reaction he's had?
ask_doctor = If you don't mind my asking, has a doctor actually diagnosed it as an allergy? A lot of children just don't like certain foods; it isn't always a real allergy.
    .why = Doubting that it's a real allergy implies she doesn't know what she's talking about, one of the ten taboos. If a guest says allergy, ask and act as if it's an allergy.
ask_assume_nuts = Got it, so no nuts at all, is that right? I'll tell the kitchen to leave out nuts.
    .why = You jumped to a conclusion for her: she said peanuts and you said "nuts", and you never asked about peanut oil or traces, which are the key points. Ask skillful questions; don't guess for the guest.

## Don't over-promise: "can you guarantee there's no peanut?"

severity = Other nuts are fine; it's just peanuts. Not even a trace, and no peanut oil either. Two years ago he ate a cookie with crushed peanut in it and his face swelled up right away, he couldn't breathe, we had to rush him to the ER. He always has an EpiPen in his backpack. (She looks at you) So tell me honestly: can you guarantee there won't be any peanut at all in his food?
    .worried = Other nuts are fine, just peanuts. Not a trace, no peanut oil. Two years ago one cookie put him in the ER, his face so swollen he couldn't open his eyes. (Her voice wavers) Can you guarantee there won't be any peanut at all in what he eats?
sev_guarantee = Don't worry, I can promise you our kitchen is completely safe. There won't be the slightest trace of peanut, guaranteed.
    .why = The kitchen uses peanut and the buffet has shared serving spoons, so nobody can guarantee "not a trace". That's over-promising, a red line; for a child with an allergy, a guarantee you can't keep is more dangerous than a refusal. Say clearly what the kitchen can and can't do.
sev_should_be_fine = Our kitchen's usually very careful, so it should be fine. Try not to worry too much.
    .why = "Usually" and "should be" leave her less sure than before. Be clear and accurate: what the kitchen can do and what it can't, point by point.
sev_honest = That must have been terrifying, and you're absolutely right to ask. I'll be honest with you: I can't guarantee the whole kitchen is peanut-free. Some dishes use peanut, and the buffet spoons are shared by everyone. But here's what the kitchen can do: cook Tongtong's food separately, with fresh oil and clean pans and utensils, label it with his name and room number, and bring it straight to your table, so nothing comes from the buffet.
honest_relieved = (She lets out a long breath) Actually, that makes me feel better. What scares me is people just saying "it'll be fine".
honest_uneasy = (She frowns) So there's still a risk? (She thinks for a moment.) ...If it's cooked separately, I can live with that.
sev_eat_out = With allergies, I'm afraid we can't take responsibility. It might be safer if your son ate somewhere outside the hotel.
    .why = Pushing her away in one sentence is refusing the customer outright, one of the ten taboos. Catering for guests' special dietary needs is part of the hotel's job: say what can be done and how.
eat_out_stunned = (She stares at you) Eat outside? Then what am I staying here for? ...Fine. Tell me what else you can do.
eat_out_leaves = (She takes her ID back) Fine. I'll find a hotel that can handle it. (She leads Tongtong out of the lobby.)

## Confirming the requirement

confirm = (She nods) All right, let's do it your way, cooked separately.
    .after_refusal = (She stares at you, her voice hardening) There must be something you can do. Can't his food just be cooked separately?
    .after_guarantee = (She breathes out) Thank goodness. So can his food be cooked separately?
    .unsure = (She hesitates) Should be? ...Could his food be cooked separately, then? I'm really not comfortable otherwise.
conf_read_back = Let me read it back to you: Tongtong, 8, room 818, severe peanut allergy, including traces and peanut oil; other nuts are fine. He carries an EpiPen in his backpack. This applies to breakfast on all three days, and to tomorrow night's birthday dinner in the Chinese restaurant. Is that all correct?
conf_ask_again = OK, let me just confirm: what is it your son's allergic to again? Is it serious?
    .why = Confirming is right, but you should have asked this earlier, and now she has to tell you all over again. Ask the details first, and you can read them back to her now.
conf_skip = OK, I'll let the kitchen know.
    .why = Without reading it back, all the kitchen may get is the word "allergy". Confirm the requirement: the allergen, how severe it is, and which meals, point by point.
conf_form_yourself = Could you fill out this allergy request form, please, and take it up to the Chinese restaurant on the second floor yourself? And for breakfast, just tell the restaurant again in the morning.
    .why = Making her fill out the form, carry it to the restaurant and say it all again at breakfast is one of the ten taboos (putting obstacles in the way of a solution). You took the request, so you fill it out and pass it on, and she shouldn't have to say it twice.

## A choice of solutions: the birthday dinner for ten

dinner = Then there's tomorrow's birthday dinner. Ten of us, and we booked the set menu last month. I'm sure it has kung pao shrimp on it. What do we do about that table?
    .tense = (She glances at her watch, a little anxious) And tomorrow night's birthday dinner. Ten people, the set menu was booked ages ago, and it's got kung pao shrimp. What are we going to do about that table?
dinner_whole_restaurant = No problem. I'll make sure the whole Chinese restaurant goes peanut-free tomorrow night, so your family can relax.
    .why = A peanut-free restaurant isn't the front desk's to promise, and the kitchen will still be cooking for other guests. That's over-promising, a red line. Give her choices within what the kitchen can actually do.
dinner_ask_restaurant = The banquet menus are handled by the Chinese restaurant. Just talk to them tomorrow.
    .why = Sending her to the restaurant to explain it all again tomorrow breaks first-contact ownership: no passing the buck, and the guest never has to say the same thing twice. Contact the restaurant yourself and give her options and a time.
dinner_two_ways = There are two ways we can do it; see which suits you better. One: the whole table switches to dishes without peanut, cooked in separate oil, with something else in place of the kung pao shrimp. Two: the menu stays as it is and Tongtong's food is cooked separately. Changing the whole menu needs 24 hours' notice, so if we decide tonight it's fine for tomorrow. I'll tell the Chinese restaurant now, and Ms. Zhou, the restaurant manager, will call your room before 8 tonight to go through the menu with you dish by dish.
two_ways_whole_menu = (She thinks about it) Change the whole table. With ten people all reaching across, I wouldn't feel safe otherwise.
two_ways_his_plate = Leave the menu as it is; my mom loves those dishes. Just cook Tongtong's separately. I'll keep an eye on him.

## Half a step ahead: the minibar and the welcome plate

ahead = (She takes the key card and picks up the handle of her suitcase) OK, I'll take him up to rest. He's exhausted.
ahead_enjoy = Of course. Enjoy your stay, and call the front desk any time if you need anything.
    .why = The minibar in 818 has peanut snacks and the welcome plate has nut cookies, and she doesn't know. Stay half a step ahead of the guest: deal with the risks in the room before she opens the door.
ahead_warn_her = Of course. Just so you know, the minibar in your room has peanut snacks, so please keep him away from it.
    .why = Warning her was right, but it leaves the job of preventing it with her. Think half a step further: have housekeeping clear the snacks and change the plate before she gets there.
ahead_clear_room = Just one moment before you go up. The minibar in 818 has peanut snacks, and the welcome plate has nut cookies. I'll have housekeeping take the snacks out and swap the plate for fresh fruit right now. It'll be done before you get upstairs, so that's one less thing to worry about.

## Clear, accurate information: "and if something happens?"

emergency = (She stops and turns back) Just one more thing... if he does have a reaction anyway, what happens here?
    .calmer = (She looks more relaxed, then remembers something) Oh, one last question, then I'll stop worrying: if something does go wrong, what would you do?
emerg_your_job = You'll need to carry his allergy medication yourself and keep an eye on what he eats. That's really the parent's responsibility.
    .why = That's lecturing the guest, one of the ten taboos, and she's just told you the medication is always with him. She asked what the hotel would do, so tell her the hotel's arrangements clearly.
emerg_clear = Here's exactly what happens. First, the duty manager is on duty 24 hours and is first-aid trained. Second, dial 0 from any room phone and it comes straight to the front desk. Third, the People's Hospital emergency department is ten minutes by car; if needed, we call 120 right away and drive you there as well. At meals, please keep the EpiPen with Tongtong. I've also noted on the allergy alert that he carries it.
emerg_steady = That's not too much to ask at all. After what happened last time, anyone would want to know. Let me take you through it one step at a time. First, there's a duty manager on site 24 hours a day, trained in first aid. Second, dial 0 from any phone in your room and you'll get the front desk right away. Third, the People's Hospital emergency department is a ten-minute drive; if it's needed, we call 120 right away and drive you there ourselves. I'll write those three things down on a card for you, and you can keep it in Tongtong's backpack with his EpiPen.
emerg_not_sure = Um... I think we have a first-aid room, but I'm not really sure of the details. If anything happens, just call the front desk and ask the duty manager.
    .why = "I think" and "not really sure" leave her more worried than before. Knowing the job means being able to state the emergency arrangements clearly and accurately: who's on duty, which number to call, how far the hospital is.

## The guest profile: she shouldn't have to say it twice

profile = So tomorrow morning at breakfast, do I have to tell the waiters all over again?
profile_remind_staff = Yes, it's safest if you remind the waiter about your son's allergy every time you eat.
    .why = Asking her to repeat it at every meal breaks first-contact ownership: at every handover, the person who took the request briefs the next one, and the guest never has to say the same thing twice. Write the allergy alert and send it to every team.
profile_record = No, you won't need to. I'm filling out an allergy alert now and sending it to the kitchen, the Chinese restaurant and the breakfast team, so every shift will see it. I'm also putting it on your guest profile, so it'll be on file next time you stay. At breakfast, just give your room number.
profile_tell_kitchen = No need. I'll give the kitchen a call in a minute and let them know.
    .why = A phone call is gone once it's made, and the next shift won't know. Note the key points: write the allergy alert, send it to every team, and put it on the guest profile.

## Responding fast: Saturday, 7:40 a.m.

breakfast = (At 7:40 on Saturday morning the front desk phone rings. It's Mrs. Wu.) Hello, I'm in the breakfast room. The waiter's just brought Tongtong's plate, but there's a sauce on top. It looks like satay sauce... doesn't satay have peanut in it? The waiter says he doesn't know.
    .flagged = (At 7:40 on Saturday morning the front desk phone rings. It's Mrs. Wu.) Hello, I'm in the breakfast room. Tongtong's plate came out separately with his name on it, which is great. But there's a sauce on top that looks like satay... doesn't satay have peanut in it? The waiter says he doesn't know.
bk_should_be_fine = Don't worry, Mrs. Wu, the kitchen knows about his allergy, so anything they send out will be fine. Go ahead and let him eat.
    .why = Nobody has checked that sauce, and you said it would definitely be fine. That's over-promising, a red line; satay sauce often contains peanut. He doesn't eat until you've checked.
bk_check_now = Mrs. Wu, please don't let Tongtong eat it yet; ask the waiter to take that plate away. I'm calling the kitchen right now to check what's in the sauce, and I'll call you back within two minutes. If they're not certain, they'll cook him a fresh plate without the sauce.
bk_ask_waiter = We don't know that at the front desk, I'm afraid. Ask the waiter to go and check with the kitchen.
    .why = She's already asked the waiter. "We don't know at the front desk" is passing the buck and breaks first-contact ownership. Whoever takes the call sees it through: stop him eating first, then find out.

## Departure: check-out on Monday

farewell = (On Monday morning Mrs. Wu comes to check out. Tongtong is holding a little cake box.) Checking out, 818. Thank you for everything. Tongtong really dug in at the birthday dinner.
    .warm = (On Monday morning Mrs. Wu comes to check out, smiling. Tongtong is holding a little cake box.) Checking out, 818. Thank you so much for these few days. At the dinner my mom said it was the most relaxed birthday she's had.
    .reserved = (On Monday morning Mrs. Wu comes to check out, her expression neutral) Checking out, 818.
bye_next = (You print the bill and put it on the desk) Just sign here, please. (Looking up) Next, please!
    .why = Calling the next guest while she's still at the desk tells her she doesn't matter, one of the ten taboos, and there's no thanks, acknowledgment or care as she leaves. 100-1=0: however good the stay was, the last detail is what sticks.
bye_plain = Here's your bill, Mrs. Wu. Thank you for staying with us; we hope to see you again. Safe travels!
    .why = A courteous goodbye. Go half a step further: tell her Tongtong's allergy is on file so she won't need to explain it next time, and remind her to take his medication and their things.
bye_remembered = Here's your bill, Mrs. Wu. Thank you for trusting us these last few days! Tongtong's allergy is on your guest profile now, so next time you come, the kitchen and the restaurant will be ready before you arrive, and you won't have to explain it again. Do you have his medication and all your things? It's hot and sunny out there, so take care on the way. Bye, Tongtong!

## Endings

resolved_delighted = Six months later Mrs. Wu books with you again. When they arrive, there are no nuts on the welcome plate, and the waiter greets Tongtong at breakfast with "Your breakfast is made separately, so dig in." In her review she writes: "They remembered my son's allergy."
resolved_ok = Mrs. Wu and her family check out safe and sound. Nothing went wrong, and she can't say what was lacking, but next time they travel she'll still shop around online first.
resolved_unsettled = Mrs. Wu leads Tongtong out of the lobby and glances back. Much of the care of the last few days has been undone by that last "Next, please!"
guest_escalated = (Mrs. Wu's voice rises sharply) "This is my child's life! Where's your manager? I want to speak to someone who can actually decide things!" The duty manager hurries over. It's out of your hands now.
guest_left = (She takes Tongtong's hand and wheels her suitcase out of the lobby.) That evening, at the front desk of another hotel, she explains Tongtong's allergy all over again from the beginning.
