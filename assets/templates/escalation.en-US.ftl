# locales/en-US/{{id}}.ftl
# Template: escalation. Every line of text in scenarios/{{id}}.ron, in English.
# One message per node (the customer's line), choice (the trainee's reply) and reaction,
# keyed by the ids in the .ron file; `.furious`, `.on_floor`… are the node's tones; `.why`
# is the teaching note shown in the debrief when that reply loses points. Keep the zh-CN
# file in step: every id needs a message in both.

title = Fixed twice, still broken
setting = A busy Saturday morning in the business hall, with a dozen people in the queue. A man pushes past them to your counter with two repair slips in his hand.
persona = Mr Ma, 52, sells tea online from home; his orders come in during the evening. Loud when he feels fobbed off, but he knows his facts and calms down once someone takes him seriously.
briefing = You are the first person Mr Ma speaks to, so under first-contact ownership the complaint is yours. His home broadband has dropped every evening, roughly 8 to 11 pm, since 8 May. A technician replaced the modem on 12 May and another re-made the connector on 16 May; both closed the ticket after a daytime test, and both times it dropped again that night. He demands the manager. Calm him and take charge; get him away from the queue with the right words; when the duty manager, Ms Wang, arrives, brief her yourself so he doesn't have to tell it twice; deal with his demands on principle; fill in the dispute record sheet with the first-reply time and give him his copy; arrange the callback. What the ticket history shows: the fault is most likely in the line from the building's junction box, which needs the line team, not another home visit. What Ms Wang can approve: the line team tomorrow between 9 and 12, testing again in the evening; the fee for the ten days (about 40 yuan) credited within 3 working days; a portable Wi-Fi hotspot with 50 GB on loan until it is fixed. Nobody in the hall can give a year free or pay for lost business.

## Calming him: first-contact ownership

opening = (Mr Ma slaps two repair slips on the counter) Twice! Your people came twice, and it still cuts out every single night! I'm not talking to you. Get me your manager!
    .furious = (He slams the repair slips down so hard the queue goes quiet) Twice they've "fixed" it, and it's still dead every night! I'm done with you lot. Get me the manager, now!
open_own = Mr Ma, ten days of this is far too long, and I can see why you're angry. I'm dealing with it from now on, and I'll get the duty manager for you as well. You won't have to tell it twice.
open_ticket = Please take a number, sir. Repairs go through the hotline, 10000.
    .why = Sending him to the queue and the hotline is passing the buck. Whoever the customer reaches first owns the complaint: respond at once and take charge.
ticket_louder = (He doesn't move.) Take a number? I've been on that hotline for ten days!
ticket_leaves = (He sweeps the slips off the counter.) Fine. I'll ring someone who'll listen: the regulator.
open_calm_down = Sir, please calm down. Shouting won't help anyone.
    .why = Telling him to calm down is lecturing him, one of the ten taboos, and in front of the whole queue. Calm him by taking charge and acknowledging what he has been through.

## Isolation: the whole hall is watching

crowd = (He turns so the queue can hear.) Ten days! Ten evenings without internet! I sell online; my orders come in at night. They came on the 12th and swapped a box, came on the 16th and fiddled with a plug, and both times it was dead again that night. Does anyone here actually fix anything?
    .furious = (He is shouting to the whole hall now.) Ten evenings! Ten! Twice they came, twice they said "fixed", and twice it died the same night! Does anybody here fix anything, or do you just hand out tickets?
crowd_argue = Sir, the technicians did come out twice. It's not as if we ignored you.
    .why = Arguing back is one of the ten taboos, and in public it only gives him a bigger audience. Acknowledge the ten evenings and move him somewhere quiet.
crowd_room = (You let him finish and jot down the dates.) Ten evenings without your shop is a real loss; I understand why you're angry. Come into the reception room with me. It's quieter, you can sit down, and I'll bring the manager there so we can go through your repair record together.
crowd_listen = (You let him finish, and write down: drops 8 to 11 pm since 8 May; visits on the 12th and 16th; online shop, orders in the evening.) Ten evenings, two visits, and it's still dropping. I've got all of it written down.
    .why = Listening and taking notes is right, but out here the whole queue is his audience. As soon as he has cooled a little, take him to the reception room with the right words: a quiet place, a seat, the manager.
crowd_security = If you keep shouting, I'll have to call security.
    .why = A threat is the opposite of isolation. Move an agitated customer to the reception room with the right words ("it's quieter, you can sit down"), not with security.
security_dares = (He laughs.) Go on, call them! Let everyone see how you treat customers!
security_leaves = Security? For a customer? (He walks out, already dialling.)

## The handover: he must not have to repeat it

handover = (In the reception room, the duty manager, Ms Wang, sits down opposite him. Mr Ma looks her up and down.) So you're the manager. Right.
    .on_floor = (The duty manager, Ms Wang, comes out onto the floor. Mr Ma turns to her, loud enough for the whole queue.) So you're the manager? About time!
    .furious = (Ms Wang has barely come into the reception room when Mr Ma is on his feet.) You're the manager? Finally! Now maybe something will happen!
handover_repeat = Ms Wang's here now, Mr Ma. Could you tell her what happened, from the beginning?
    .why = First-contact ownership means the first person briefs whoever takes over, so that the customer never has to tell the same thing twice. Give the manager the facts yourself.
repeat_explodes = (He throws up his hands.) From the beginning? I've just told you all of it!
repeat_manager_stops = (Ms Wang raises a hand.) No need, Mr Ma. (She turns to you.) Give me the short version, please.
handover_brief = Ms Wang, this is Mr Ma. His home broadband has dropped every evening, about 8 to 11, since 8 May. On the 12th a technician replaced the modem; on the 16th another re-made the connector; both times it was dead again that night. He sells online, so the evenings are when he loses orders. I've given you all of it so he doesn't have to go through it again, and I'm staying on it with you.
handover_blame = It's the repair crew, Ms Wang. They botched it twice; nothing to do with us at the counter.
    .why = Blaming colleagues is one of the ten taboos. To the customer we are one company; own the problem, and leave how the repairs went for the manager to look into.

## On principle: "a year free and a thousand yuan"

demand = (Ms Wang brings up the ticket history: two home visits, both closed after a daytime test, and the drops always in the evening. It points to the line from the building's junction box, not anything in the flat.) Whatever the reason. I want a year's broadband free, and a thousand yuan for the orders I've lost. Or I'm calling the regulator.
    .furious = (Ms Wang brings up the ticket history: the drops are always in the evening, which points to the line from the building's junction box.) I don't care whose box it is! A year free and a thousand yuan for my lost orders, or I'm on the phone to the regulator right now!
    .calmer = (Ms Wang brings up the ticket history: the drops are always in the evening, which points to the line from the building's junction box.) (He rubs his face.) Ten evenings, though. I've lost real orders. A year free and a thousand for the business, that's fair, isn't it?
demand_yes = All right, Mr Ma. A year free, and we'll see the thousand is paid.
    .why = Neither is in anyone's power here. Over-promising is a red line: the next broken promise will cost far more than this one. Say plainly what can and can't be done.
demand_refuse = Compensation? No. That's not our policy.
    .why = Refusing outright is one of the ten taboos. Hold to principle, but say what can be done: the line team, the fee credit, the hotspot.
demand_principle = You've lost ten evenings of business, and I'm sorry. I'll be straight about what we can and can't do. We don't pay for lost business, and a year free isn't something anyone here can give. What Ms Wang has approved: the line team, not another home visit, tomorrow between 9 and 12, and they'll test it again in the evening; the fee for these ten days, about 40 yuan, credited to your account within 3 working days; and a portable Wi-Fi hotspot with 50 GB you can take home today, so tonight's orders don't stop.
demand_report_up = We'll report it upwards and see what can be done.
    .why = "We'll see" is vague and dodges him, one of the ten taboos. Tell him what is possible and what isn't, with figures and dates.

## The dispute record sheet

sheet = And the repair? Last time they told me it was fixed, too. How do I know you won't forget me the minute I walk out?
    .testy = And the repair? Same as last time, I suppose. When nobody turns up, who do I shout at?
sheet_hotline = If it happens again, just ring 10000 and quote the old ticket number.
    .why = Back to the hotline that has failed him twice. Fill in the dispute record sheet: the dispute, the first-reply time, your name and number, and give him his copy.
sheet_full = I'm writing it on the dispute record sheet now: the case number, the fault, what we've agreed, and the first reply: the line team will ring you by 9 tomorrow morning. My name and the hall's direct line are here. This copy is yours to keep.
sheet_soon = They'll get to it as soon as they can.
    .why = "As soon as they can" is what he has heard twice already. Give the method and the time, and put them in writing.

## Callback and goodbye

closing = (He gets up to go.) Right. If it drops again tonight, I'll be straight back here.
    .warm = (He gets up, and for the first time his shoulders drop.) Right. Thank you. That's the first time anyone has actually explained it.
    .grudging = (He gets up.) We'll see. If it drops tonight, I'm back here first thing.
close_callback = You won't need to come back to find out. On Monday evening at nine, when it usually drops, I'll ring you myself to check it's holding. Thank you for telling us so clearly, Mr Ma: the fact that it only drops in the evening is what shows us where to look. Mind how you go.
close_busy = Right, that's everything. We're very busy today, so if there's nothing else...
    .why = Hurrying him out tells him he doesn't matter, one of the ten taboos. 100-1=0: one line at the end undoes all the work before it.
close_bye = Thanks for your patience, Mr Ma. Goodbye.
    .why = A goodbye alone leaves him waiting for the next drop. Promise a callback by a named person, and keep it: that is how every complaint is followed through.

## Endings

resolved_well = On Sunday the line team finds a corroded joint in the junction box and replaces it; that evening the connection holds. On Monday at nine you ring Mr Ma. "Not a single drop," he says. "And you rang when you said you would."
resolved_plain = The line team fixes the junction box on Sunday. Nobody rings to check; Mr Ma spends three evenings watching the router lights, waiting for them to go out.
resolved_sour = The line gets fixed, but what Mr Ma remembers is being shown the door. He posts a one-star review of the hall: "They only listen when you shout."
complaint_escalated = Mr Ma takes out his phone and rings the regulator's complaint line there and then, in front of everyone. It is now a formal complaint, with the hall's name on it.
walked_out = Mr Ma has gone. By the evening his post about "the hall where nobody takes responsibility" is being shared round the neighbourhood group, and the regulator's complaint arrives on Monday.
