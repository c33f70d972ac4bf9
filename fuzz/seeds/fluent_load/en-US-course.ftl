# The course: module names (messages) and teaching goals (.goal); see scenarios/course.ron.
frontline_service_course = Front-line service in practice
    .description = Five modules in teaching order: service awareness → complaint handling → fees and commitments → selling → escalation. A module is complete when its pass rule is met.
module_service_awareness = Module 1: Service awareness and courtesy
    .goal = Every touchpoint is a moment of truth: greet first, read the customer's hurry, say things clearly, and send them off with care. 100-1=0: one slip can undo the whole visit.
module_complaint_handling = Module 2: Handling complaints
    .goal = Feelings first, then the facts: calm, listen, apologize and confirm the complaint; then offer a choice of solutions with a method and a deadline, and follow up.
module_fees_and_commitments = Module 3: Fee disputes and commitments
    .goal = Check the record before you conclude: don't admit fault before the facts are clear, and don't deny a fault once they are. Explain the charge, hold to the rules while looking for a win-win, and never over-promise.
module_sales = Module 4: Selling at the counter and in the showroom
    .goal = Catch the key sales moments: watch the customer, find what matters to them, answer objections politely and close at the right time — no pressure, no exaggeration, and proper service after the sale.
module_escalation = Module 5: Disputes and escalation
    .goal = The first person contacted owns the case; take an agitated customer to a private room and bring in the manager; keep your word with a record, a deadline and a callback, so every complaint is followed through.
