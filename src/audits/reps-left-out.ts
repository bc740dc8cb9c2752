// reps-left-out (readiness): the CRM is designed and launched without the people who must use it.
import { defineReadinessAudit } from './lib/readiness.js';

export const repsLeftOut = defineReadinessAudit({
  id: 'reps-left-out',
  title: "Reps' part in shaping the CRM",
  failureTitle: 'The CRM is shaped without the reps',
  description:
    'Reps who help design the screens, and whose concerns are heard and answered at the start, learn what the ' +
    'CRM is for and defend it to their peers. A design by managers and IT alone records what management wants to see.',
  components: [
    { question: 'kickoffWorkshop', weight: 1, risk: { by: 'choice' } },
    { question: 'repsInDesign', weight: 1, risk: { by: 'choice' } },
  ],
});

export default repsLeftOut;
