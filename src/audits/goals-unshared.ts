// goals-unshared (readiness): the CRM's goals are not written down, or not in terms that touch a rep's own.
import { defineReadinessAudit } from './lib/readiness.js';

export const goalsUnshared = defineReadinessAudit({
  id: 'goals-unshared',
  title: 'Goals of the CRM, as reps know them',
  failureTitle: 'Reps have not been told what the CRM does for them',
  description:
    'Salespeople follow goals, not processes. A CRM whose purpose is stated only for management, or only as ' +
    '"efficiency", reads to a rep as a tool to watch them; unless they are told what its data will not be used ' +
    'for, the fear of being exposed makes them give it the minimum.',
  components: [
    { question: 'goalsWritten', weight: 1, risk: { by: 'choice' } },
    { question: 'repBenefit', weight: 1, risk: { by: 'choice' } },
    { question: 'dataUsePromise', weight: 1, risk: { by: 'choice' } },
  ],
});

export default goalsUnshared;
