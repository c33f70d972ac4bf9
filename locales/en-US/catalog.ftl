# Technique catalog: names and descriptions of competencies, techniques and procedures (en-US).
# Message ids match scenarios/catalog.ron; source: ../shared/COURSEWARE.md sections 1-3.
# Competency: name + .description; technique: name + .teaching (one line the trainee reads
# in feedback); procedure: name + one attribute per step id. zh-CN/catalog.ftl must have
# exactly the same ids and attributes.

## Competencies

emotion_handling = Emotion handling & de-escalation
    .description = Calming the customer, self-control, empathy, apology, moving agitated customers off the floor
listening_discovery = Listening & needs discovery
    .description = Listening without interrupting, questioning, confirming, recording, finding the real need and cause
ownership = Ownership, responsibility & escalation
    .description = First-contact ownership, no buck-passing, immediate handling, escalating with authority, not blaming others
problem_solving = Problem solving, options & commitments
    .description = Offering choices, realistic promises, stating the method and the deadline, holding to principle, win-win outcomes, execution and verification
professional_manner = Communication & professional manner
    .description = Courtesy, clarity, patience, professional conduct, avoiding the ten taboos
follow_up_recovery = Service recovery, follow-up & learning
    .description = Extra service, thanks, written records, callbacks, lessons learned
proactive_transparency = Proactive service, fee transparency & prevention
    .description = Timely reminders, transparent fees, confirming sign-ups, easy cancellation, catching small dissatisfaction early
sales_progression = Sales progression
    .description = Preparation, greeting, warm-up and trust, reading hot spots and barriers, objection handling, closing, post-sale care, touchpoints

## Techniques

# §2.1 Emotion handling
mood_before_matter = Handle the customer's feelings first, then the issue
    .teaching = While the customer is still upset, calm them, acknowledge how they feel and listen before you turn to facts and solutions.
    .lesson-source_satisfaction_overview = Principles of complaint handling
soothe_emotions = Receive the customer sincerely and calm them
    .teaching = Receive the customer sincerely and settle their feelings first; create calm rather than demanding it.
    .lesson-source_satisfaction_overview = Calming the customer
    .lesson-source_hall_floor_management = Service guidelines: calming
stay_calm = Keep your own composure
    .teaching = When the customer shouts, keep your composure; don't answer heat with heat, and bring the talk back to solving the problem.
    .lesson-source_satisfaction_decks = How to handle a complaint
empathize_feelings = Show empathy and validate the customer's feelings
    .teaching = Acknowledge how the customer feels ("anyone would be upset"); validating a feeling is not agreeing with every claim.
    .lesson-source_satisfaction_overview = Showing empathy
apologize = Express apology
    .teaching = Apologize sincerely for the trouble; until the facts are checked, apologize for the experience, not for a fault.
    .lesson-source_satisfaction_overview = Complaint-handling techniques
isolate_agitated_customer = Isolate: move an agitated customer away from the floor
    .teaching = Invite an agitated customer to a quiet room to talk it through, with words that make it feel like respect, not removal.
    .lesson-source_satisfaction_overview = Complaint-handling techniques
    .lesson-source_hall_floor_management = Service guidelines: isolation
clear_technique = The CLEAR complaint-reception technique
    .teaching = Named in the course without details; it is scored through its parts: keep calm, listen, empathize, apologize, then resolve.
    .lesson-source_user_perception = Role play: the CLEAR technique

# §2.2 Listening & needs discovery
active_listening = Listen actively and show care
    .teaching = Listen and show you care: let the customer finish, play back the key points, and understand their position and feelings.
    .lesson-source_satisfaction_decks = Active listening
    .lesson-source_satisfaction_overview = Active listening
    .lesson-source_user_perception = The CLEAR technique: L for listen
    .lesson-source_hall_service_marketing = Practical drill
no_interrupting_or_rebutting = Don't cut in or rush to rebut
    .teaching = Let the customer finish before you respond; check the records first and then explain, instead of contradicting them.
    .lesson-source_satisfaction_overview = Complaint-handling techniques
skillful_questioning = Use questions to uncover dissatisfaction and intent
    .teaching = Ask open questions to uncover what else is wrong and what the customer wants; don't shut the complaint down with "anything else?".
    .lesson-source_satisfaction_overview = Questions that uncover what the customer is unhappy about
confirm_complaint = Confirm the content of the complaint
    .teaching = Sum up the complaint and what the customer expects, and ask them to confirm it before you act on an assumption.
    .lesson-source_satisfaction_overview = Complaint-handling techniques
record_key_points = Write down the key points
    .teaching = Note the key points as you listen and read them back if needed, so the customer never has to repeat themselves.
    .lesson-source_satisfaction_decks = How to handle a complaint
    .lesson-source_hall_floor_management = The customer dispute record sheet
know_customer_background = Know the customer's background and history before answering
    .teaching = Pull up the customer's history and check how the complaint arose before you draw conclusions; don't answer from assumption.
    .lesson-source_satisfaction_overview = Principles of complaint handling
find_true_intent = Find the customer's real needs and intent
    .teaching = Find out what result the customer really wants and why they complained; the first demand is rarely the whole story.
    .lesson-source_satisfaction_overview = Step 2: the customer's needs and true intent
probe_cause_and_scope = Find the cause and define what is within our control
    .teaching = Find the cause, separate what you can fix now from what must be passed on, and tell the customer how and when each part will be handled.
    .lesson-source_satisfaction_overview = Principles of complaint handling
personalize_to_needs = Understand the needs and tailor the service
    .teaching = Base your suggestion on what the customer has told you about their needs and habits, not on a default package.
    .lesson-source_satisfaction_decks = Understanding what the customer needs

# §2.3 Ownership & escalation
first_contact_ownership = First-contact ownership
    .teaching = Whoever the customer asks first owns the case: no passing the buck, and at a handover you brief your colleague so the customer never tells the story twice.
    .lesson-source_hall_floor_management = First-contact responsibility
declare_ownership = Say that you will take charge
    .teaching = Tell the customer plainly that you will take charge of it; don't hide behind "company policy".
    .lesson-source_satisfaction_overview = Feelings first: showing empathy
respond_immediately = Don't avoid the problem; deal with it at once
    .teaching = Face the problem and act on it right away, so the customer never feels ignored or neglected.
    .lesson-source_satisfaction_overview = Principles of complaint handling
    .lesson-source_user_perception = Facing the problem and finding its cause
    .lesson-source_satisfaction_decks = Responding promptly
escalate_with_authority = Get authorization, involve a superior when needed, solve it as a team
    .teaching = When it is beyond your authority, bring in your manager yourself and solve it as a team; don't send the customer off to escalate, and don't grant what only a manager can.
    .lesson-source_satisfaction_overview = Principles of complaint handling
    .lesson-source_satisfaction_decks = How to handle a complaint
    .lesson-source_hall_floor_management = The hall manager receives the customer in person
    .lesson-source_user_perception = The CLEAR technique: A for authority action

# §2.4 Problem solving, options & commitments
offer_options = Offer a choice of solutions
    .teaching = Offer two or three reasonable options within what you can deliver, and let the customer choose.
    .lesson-source_satisfaction_overview = Step 3: offering a choice of solutions
no_overpromising = Don't over-promise
    .teaching = Promise only what you have the authority and the means to deliver; a promise you can't keep is tomorrow's complaint.
    .lesson-source_satisfaction_overview = Principles of complaint handling
state_method_and_deadline = Say clearly how it will be handled and by when
    .teaching = Say exactly what will be done, by when, and who will contact the customer; "as soon as possible" is not an answer.
    .lesson-source_satisfaction_overview = Step 5: carrying out the agreed solution
    .lesson-source_satisfaction_decks = How to handle a complaint
    .lesson-source_hall_floor_management = The customer dispute record sheet
seek_agreement = Seek the customer's support and agreement
    .teaching = Respect the customer's view, stay neutral and fair, and get their agreement before you act.
    .lesson-source_satisfaction_overview = Step 4: winning the customer's support and agreement
hold_principle = Hold to principle when necessary, with reason and restraint
    .teaching = Explain honestly where the rules stand and offer a workable alternative; don't give in to pressure, and don't refuse flatly either.
    .lesson-source_satisfaction_overview = Principles of complaint handling
    .lesson-source_hall_floor_management = Service guidelines: reason with restraint
seek_win_win = Look for a win-win balance
    .teaching = Handling a complaint means finding a balance both sides can accept: neither giving in at any cost nor insisting on the company's side alone.
    .lesson-source_satisfaction_overview = Principles of complaint handling
    .lesson-source_hall_service_marketing = Handling complaints: finding the win-win balance
    .lesson-source_user_perception = Handling complaints: finding the win-win balance
give_explanation = Explain verbally
    .teaching = Explain in plain words how the charge or the problem came about; "that's what the system shows" explains nothing.
    .lesson-source_satisfaction_decks = How to handle a complaint
execute_and_verify = Carry out the agreed solution, report on it, and ask the customer to check and evaluate
    .teaching = Do what was agreed, tell the customer what was done, and ask them to check it and say whether they are satisfied.
    .lesson-source_satisfaction_overview = Step 5: carrying out the agreed solution
take_effective_action = Take concrete, appropriate action
    .teaching = Sympathy is not enough: take the appropriate action, such as a refund or an exchange, that actually fixes the problem.
    .lesson-source_satisfaction_decks = Taking action

# §2.5 Communication & professional manner
courtesy_and_smile = Warm smile and polite language
    .teaching = Smile and use proper service language, such as "Hello, how can I help you?".
    .lesson-source_satisfaction_decks = A warm smile and polite words
    .lesson-source_hall_floor_management = Professional conduct of staff
friendly_patient_attitude = A friendly, warm, professional and patient attitude
    .teaching = Answer needs and questions promptly and patiently, even when the same question comes a third time.
    .lesson-source_satisfaction_decks = Service attitude
    .lesson-source_user_perception = Empathy: patience
clear_accurate_info = Give information clearly and accurately
    .teaching = State prices, terms and dates clearly and accurately; "more or less" and "just try it" are not information.
    .lesson-source_satisfaction_decks = Communication skills
professional_behaviour = Professional conduct and product skill
    .teaching = Use proper language and conduct and know your products: answer fee and product questions correctly and confidently.
    .lesson-source_hall_floor_management = Professional conduct of staff
    .lesson-source_satisfaction_decks = Professional competence
perspective_taking = Put yourself in the customer's place
    .teaching = See it through the customer's eyes: how would you feel in their place? Then act on that.
    .lesson-source_hall_floor_management = Seeing it from the customer's side
warm_farewell = At departure: thank, acknowledge, show care
    .teaching = When the customer leaves, thank them with eye contact, remind them to take their belongings, and add a word of care if the weather turns.
    .lesson-source_hall_floor_management = The customer leaves
supervisor_coaching = Floor-supervisor coaching
    .teaching = Get the background before you judge, praise specific actions on the spot, and coach with questions instead of handing over every answer.
    .lesson-source_hall_floor_management = On-floor supervision and coaching

# §2.6 The ten taboo behaviors
taboo_argue_interrupt = Arguing, quarreling, interrupting the customer
    .teaching = One of the ten taboos. Never argue with or interrupt the customer; let them finish, then check the facts together.
    .lesson-source_hall_floor_management = The ten taboos
taboo_lecture_criticize_mock = Lecturing, criticizing or mocking the customer
    .teaching = One of the ten taboos. Don't lecture, criticize or mock the customer; explain the terms patiently instead.
    .lesson-source_hall_floor_management = The ten taboos
taboo_flat_refusal = Refusing the customer outright
    .teaching = One of the ten taboos. Even when the rules say no, explain why and offer what you can do instead.
    .lesson-source_hall_floor_management = The ten taboos
taboo_imply_ignorant = Implying the customer knows nothing
    .teaching = One of the ten taboos. Never make the customer feel ignorant; walk them through it step by step.
    .lesson-source_hall_floor_management = The ten taboos
taboo_deny_error = Stressing what we did right and not admitting a mistake
    .teaching = One of the ten taboos. Once the facts show the mistake is ours, admit it and apologize; don't dwell on what we did right.
    .lesson-source_hall_floor_management = The ten taboos
taboo_imply_unimportant = Saying or implying the customer is unimportant
    .teaching = One of the ten taboos. However small the amount, the customer's feelings matter; treat every issue seriously.
    .lesson-source_hall_floor_management = The ten taboos
taboo_vague_evasive = Vague language; dodging ("playing tai chi")
    .teaching = One of the ten taboos. No "we'll look into it" or "it depends": say what will be done and when you will answer.
    .lesson-source_hall_floor_management = The ten taboos
taboo_blame_colleagues = Blaming and criticizing colleagues while talking up your own record
    .teaching = One of the ten taboos. Don't blame colleagues or talk up your own record; to the customer, we are one company.
    .lesson-source_hall_floor_management = The ten taboos
taboo_create_obstacles = Putting obstacles in the way of a solution
    .teaching = One of the ten taboos. Don't add needless paperwork or hurdles; if you can look it up, don't send the customer away to fetch it.
    .lesson-source_hall_floor_management = The ten taboos
taboo_premature_liability = Accepting liability before the facts are clear
    .teaching = One of the ten taboos. Apologize for the trouble, but check the facts before you accept fault or promise compensation.
    .lesson-source_hall_floor_management = The ten taboos

# §2.7 Service recovery, follow-up & learning
extra_service = Extra service: extra gift or compensation, going beyond expectations
    .teaching = Once the problem is fixed, add something extra within your authority to exceed expectations; a gift never replaces the fix.
    .lesson-source_satisfaction_overview = Step 6: extra service
    .lesson-source_hall_floor_management = Service guidelines: reason with restraint
    .lesson-source_hall_service_marketing = Service beyond expectations
    .lesson-source_user_perception = Service beyond expectations
thank_for_feedback = Once a reasonable complaint is resolved, thank the customer for raising it
    .teaching = Once a reasonable complaint is resolved, thank the customer for raising it and offer a small gift.
    .lesson-source_hall_floor_management = Service guidelines: reason with restraint
dispute_record_sheet = A written dispute record, with a copy for the customer
    .teaching = Fill out the dispute record: the issue, when we will first reply, the case number, a contact name and phone number; the customer keeps a copy.
    .lesson-source_hall_floor_management = The customer dispute record sheet
follow_up = Follow up and call back
    .teaching = Agree a callback time and keep it; on the call, check that the problem is solved and the customer is satisfied.
    .lesson-source_satisfaction_overview = Step 7: follow-up
    .lesson-source_hall_floor_management = A named person calls the customer back
    .lesson-source_satisfaction_decks = Keeping up the follow-up
summarize_lessons = Draw lessons and set preventive measures
    .teaching = Learn from each complaint: note what went wrong and propose a measure to prevent it, rather than writing the customer off as difficult.
    .lesson-source_satisfaction_overview = Step 8: learning the lessons
    .lesson-source_satisfaction_decks = Keeping a customer feedback file
    .lesson-source_user_perception = Learning from what went before

# §2.8 Proactive service, fee transparency & prevention
timely_reminder = Remind and inform ahead of time
    .teaching = Warn the customer in advance about charges they are likely to run into: overage, roaming, renewals, the end of a free trial.
    .lesson-source_satisfaction_decks = Timely reminders
    .lesson-source_hall_service_marketing = Unusual charges the customer was not told about
fee_reasonableness = What makes a fee reasonable: useful, works well, transparent
    .teaching = Make the fee make sense: show how the service is useful to this customer, that it works, and exactly what it costs and when.
    .lesson-source_satisfaction_decks = What makes a fee reasonable
confirm_subscription = Get explicit confirmation before activating a service
    .teaching = Before switching on any service, state the price and get the customer's explicit yes; no sign-ups the customer doesn't know about.
    .lesson-source_satisfaction_decks = Indicators for a new service
easy_cancellation = Make canceling easy, and explain how
    .teaching = Tell the customer how to cancel at any time and show them how; don't send them off to "call customer service".
    .lesson-source_satisfaction_decks = Easy cancellation
    .lesson-source_hall_service_marketing = How customers experience a new service
prevent_complaints = Prevent complaints by catching small dissatisfactions early
    .teaching = Notice even slight signs of dissatisfaction, think ahead of the customer, and act before it grows into a complaint.
    .lesson-source_satisfaction_overview = Preventing complaints
caring_touches = Personal care touches and a customer profile
    .teaching = Remember what the customer likes and needs, such as an allergy or a preference, and use it next time so they feel known.
    .lesson-source_satisfaction_decks = Thoughtful care
stay_half_step_ahead = Stay half a step ahead of the customer; manage the peak and the end
    .teaching = Anticipate the customer's next need, and make the final moment of the visit a good one.
    .lesson-source_hall_floor_management = Staying half a step ahead of the customer
guide_channel_diversion = Guide customers to other channels at busy times
    .teaching = At busy times, steer simple requests to the self-service machine or the online and SMS channels, and take the customer there yourself.
    .lesson-source_hall_service_marketing = Steering customers to other channels

# §2.9 Sales progression
pre_tour_preparation = Preparation and dress
    .teaching = Prepare before the customer arrives: formal dress, and the latest materials ready to hand.
    .lesson-source_satisfaction_decks = Sales skills: 1. pre-tour preparation
meet_and_greet = Greeting: smile, firm handshake, business card
    .teaching = Smile with eye contact, shake hands firmly, hand over your card with both hands and say your company, name and title.
    .lesson-source_satisfaction_decks = Sales skills: 2. meeting and greeting
low_pressure_opening = A low-pressure opening that welcomes comparison shopping
    .teaching = When a customer is just looking, don't push: agree that it's a big decision worth comparing, offer materials, and watch their reactions.
    .lesson-source_satisfaction_decks = Sales skills: 2. meeting and greeting
seat_couples = With a couple, seat the partner of your own gender nearer to you
    .teaching = When a couple visits together, seat the partner of your own gender nearer to you.
    .lesson-source_satisfaction_decks = Sales skills: 2. meeting and greeting
warm_up_rapport = Warm-up small talk (about 20-30 minutes)
    .teaching = Warm up first: make friends, help the customer relax, build trust and common ground; don't open with the price list.
    .lesson-source_satisfaction_decks = Sales skills: 3. warm-up
build_trust = Build trust through honesty, keeping your word, and expertise
    .teaching = Be honest, keep your word and know your product: mention the drawbacks yourself and never exaggerate.
    .lesson-source_satisfaction_decks = Building trust
find_hotspots_and_barriers = Find the customer's emotional hot spots, selling points and psychological barriers
    .teaching = Watch the customer's face and what they dwell on to find what draws them and what holds them back, then address it.
    .lesson-source_satisfaction_decks = Sales skills: 3. warm-up
polite_objection_reply = Answer objections politely
    .teaching = Acknowledge before you answer ("you have a point, but..."), then give the facts; never "that's not right".
    .lesson-source_satisfaction_decks = Polite answers to objections
recommend_timing = Time the recommendation after reading the need
    .teaching = Read the need first, then recommend, and tie the product to what the customer has told you.
    .lesson-source_hall_service_marketing = The moment of reading the customer's need
objection_moment = At the objection: listen carefully, answer actively, and judge whether there is an opening
    .teaching = Hear the objection out, answer it properly, then judge whether the customer is ready.
    .lesson-source_hall_service_marketing = The moment of handling objections
closing_moment = The closing moment: restate the case while the customer is examining or listening closely
    .teaching = While the customer is engaged, restate the key benefits and propose the deal; don't push while doubts remain.
    .lesson-source_hall_service_marketing = The moment of closing
post_sale_moment = Careful after-sale service that leaves a good impression and opens a second opportunity
    .teaching = Stay careful and attentive after the sale; the impression you leave now brings the next opportunity.
    .lesson-source_hall_service_marketing = The moment of after-sale service
touchpoint_awareness = Awareness of touchpoints
    .teaching = Every touchpoint shapes the customer's impression: approach a customer who is hovering, and create the chance to help and to sell.
    .lesson-source_hall_floor_management = Touchpoints
    .lesson-source_hall_service_marketing = The moment of first contact

# §2.10 Fairness lenses
fair_outcome = Outcome fairness
    .teaching = The result should meet reasonable expectations and be fair: a remedy in proportion to the harm.
    .lesson-source_satisfaction_overview = What a complaining customer expects
fair_procedure = Procedural fairness
    .teaching = Follow a reasonable process and explain it to the customer, weigh both feelings and rules, and don't change the rules midway.
    .lesson-source_satisfaction_overview = What a complaining customer expects
fair_interaction = Interactional fairness
    .teaching = Deal with the customer with care, tolerance and compassion.
    .lesson-source_satisfaction_overview = What a complaining customer expects

## Procedures

proc_complaint_002 = Complaint handling: feelings first, then the eight steps
    .a_feelings_first = Feelings first: calm the customer, listen actively, show empathy and take charge
    .s1_prepare = 1. Prepare: check the history, how the complaint arose and why
    .s2_true_intent = 2. Understand the customer's needs and real intent
    .s3_options = 3. Offer a choice of solutions within what you can deliver
    .s4_agreement = 4. Seek the customer's support and agreement
    .s5_execute = 5. Carry out the agreed solution: state the method and deadline, report back, have the customer check it
    .s6_extra_service = 6. Extra service
    .s7_follow_up = 7. Follow up
    .s8_lessons = 8. Draw lessons
    .lesson-source_satisfaction_overview = Principles of complaint handling

proc_hall_dispute_003 = Dispute handling: calm, isolate, reason with restraint
    .s1_calm = Calm: steady the customer's feelings first; first-contact ownership, no passing the buck
    .s2_isolate = Isolate: take an agitated customer to a reception room or back office, where a manager receives them in person
    .s3_on_principle = Reason with restraint: handle it on principle, fill out the dispute record, commit to a first-reply time
    .s4_thanks_gift = After a reasonable complaint is resolved, thank the customer and offer a small gift
    .s5_callback = A named person calls back and sees it through
    .lesson-source_hall_floor_management = Service guidelines

proc_complaint_5step_000 = How to handle a complaint
    .a_listen = a. Listen carefully to the complaint
    .b_stay_calm = b. Stay calm
    .c_record = c. Note the key points
    .d_explain = d. Explain, report to a superior if needed, then give feedback
    .e_time_needed = e. Tell the customer how long the fix will take
    .lesson-source_satisfaction_decks = Service awareness: how to handle a complaint

proc_after_sales_000 = Good after-sales service
    .s1_respond = Respond promptly
    .s2_solve = Solve the problem
    .s3_keep_following = Keep following up
    .lesson-source_satisfaction_decks = Good after-sales service

proc_touchpoint_sales_moments_001 = Key moments of touchpoint selling
    .s1_first_contact = First contact: attract and approach the customer, create a sales opening
    .s2_read_need = Read the need and time the recommendation
    .s3_objection = Handle objections: listen, answer, judge the opening
    .s4_close = Close: restate the case to help the customer decide
    .s5_after_sale = After-sale service: careful and attentive, opening a second opportunity
    .lesson-source_hall_service_marketing = Key moments of touchpoint service marketing

proc_sales_visit_000 = Sales visit: preparation, greeting, warm-up
    .s1_pre_tour = 1. Prepare: proper dress, materials at hand
    .s2_greeting = 2. Greet: smile, make eye contact, introduce yourself, your company and your role
    .s2_opening_seating = 2. Open and seat: a low-pressure opening, and seat the visitors well
    .s3_warm_up = 3. Warm up: build trust, find what draws the customer and what holds them back
    .s4_objection_reply = 4. Answer objections politely
    .lesson-source_satisfaction_decks = Sales skills

proc_sales_drill_001 = Sales drill: from the pitch to proposing the close
    .s1_sales_talk = Sales talk
    .s2_presentation = Product presentation
    .s3_listening = Listening
    .s4_answer_doubts = Answer the customer's doubts
    .s5_propose_close = Propose the close
    .lesson-source_hall_service_marketing = Practical drill

proc_departure_003 = The customer's departure
    .s1_thank_and_care = Thank the customer, remind them of their belongings and the weather, and help those who need it (a courtesy umbrella)
    .lesson-source_hall_floor_management = The customer leaves

proc_new_service_perception_001 = How customers experience a new service
    .s1_order = Order: the service fits the need and the activation is confirmed
    .s2_charge_awareness = Charges: transparent fees and timely reminders
    .s3_use = Use: easy to use
    .s4_cancel = Cancellation: easy to cancel
    .lesson-source_hall_service_marketing = How customers experience a new service
    .lesson-source_satisfaction_decks = Indicators for a new service

## Cases (COURSEWARE.md §4): name and .summary

case_ringback_unknowing_subscription = Ringback tone: a subscription the customer never knowingly ordered
    .summary = An indignant customer finds a monthly ringback charge; the records, the refund rule and how to cancel must be made clear.
case_mobile_data_slow = Mobile internet: slow speeds and dropped connections
    .summary = A frustrated customer pays for data that does not work; the cause lies in the network, beyond the front line.
case_cmmb_mobile_tv = Mobile TV: package channels that cannot be watched
    .summary = A customer paid for a TV package they cannot watch and wants a refund; part of the cause is outside the operator.
case_gprs_billing_dispute = Data charges: a bill shock or a billing error
    .summary = A shocked customer demands a full waiver; the usage must be checked and explained before anything is promised.
case_hall_peak_queue = Peak-hour queue
    .summary = An impatient customer in a long queue suspects queue-jumping; acknowledged, given an honest wait and a faster channel, they calm down.
case_hall_agitated_dispute = A loud dispute at the counter
    .summary = An agitated customer makes a scene; the first contact owns it, takes them somewhere quiet, and settles it on principle with a record and a callback.
case_hotel_room_cleanliness = Hotel: a room that was not cleaned
    .summary = A disgusted guest finds the room unclean; an immediate fix, a choice of remedies and a follow-up win them back.
case_hotel_special_diet = Hotel: a special dietary need
    .summary = A guest with an allergy needs certainty, not promises the kitchen cannot keep, and is delighted to be remembered next time.
case_car_repair_not_fixed = Car dealer: a repair that did not fix the fault
    .summary = An angry owner whose car came back unfixed wants guarantees and compensation; records, options and follow-through calm them.
case_car_parts_price_supply = Car dealer: price, supply or quality of parts
    .summary = A customer feels overcharged or kept waiting for a part; the price basis is explained with respect and a fair gesture is found.
case_car_delivery_promise_broken = Car dealer: a delivery date that was not kept
    .summary = A buyer who feels deceived demands a manager; ownership without blame, a realistic date and compensation within authority.
case_property_sales_visit = Sales visit: greeting and warm-up
    .summary = A guarded visitor who is "just looking" relaxes during the warm-up, reveals what draws them and what holds them back, and raises objections.
case_hall_touchpoint_sale = Selling at a touchpoint: phone, plan or bundle
    .summary = A customer browsing at a display is approached, their need read, objections answered, and a sale proposed at the right moment.
case_campaign_dispute = A promotion dispute
    .summary = A customer's promised credit never came, or a package did not end; the terms are checked openly and a fair outcome given.
case_broadband_perception = Home broadband as the customer experiences it
    .summary = A home-broadband fault or bundle complaint; the seeds give only the course's goals, so the scenario writes the facts.
case_dissatisfied_callback = Calling back a dissatisfied customer
    .summary = An outbound call to a customer who rated the service poorly; lukewarm at first, they open up under good questions.
case_hall_departure = The customer leaves
    .summary = A small moment at the door, such as an elderly customer leaving as it starts to rain: thanks, care, and a courtesy umbrella.

## Sources: the courseware's seed files as the course names them

source_satisfaction_decks = Raising customer satisfaction: collected training decks (customer orientation, service awareness, sales skills, moments of truth, hotel service)
source_hall_service_marketing = Service and sales in the business hall: a six-lecture course
source_satisfaction_overview = Customer satisfaction training overview: complaint handling at a car dealer
source_hall_floor_management = Raising customer satisfaction in the business hall: experience-based floor management
source_user_perception = Service as customers perceive it: the broadband course
