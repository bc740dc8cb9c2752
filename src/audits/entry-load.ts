// entry-load (readiness): the CRM will cost reps a lot of typing, and little is filled in for them.
import { defineReadinessAudit } from './lib/readiness.js';

export const entryLoad = defineReadinessAudit({
  id: 'entry-load',
  title: 'Data entry effort',
  failureTitle: 'Data entry will weigh on the reps',
  description:
    'Every minute of typing is a minute not selling, and reps are paid to sell. What can be filled from the ' +
    'mailbox, the calendar, the phone or the ERP should never be typed.',
  components: [
    { question: 'entryMinutes', weight: 2, risk: { by: 'number', zeroAt: 10, fullAt: 45 } },
    { question: 'entryAutomation', weight: 1, risk: { by: 'count', enough: 3 } },
  ],
});

export default entryLoad;
