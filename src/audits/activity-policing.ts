// activity-policing (readiness): the CRM is set up to count and grade reps' activity (Low Card controls).
import { defineReadinessAudit } from './lib/readiness.js';

export const activityPolicing = defineReadinessAudit({
  id: 'activity-policing',
  title: 'Activity controls',
  failureTitle: 'The CRM is set up to police reps\' activity',
  description:
    'Counting calls and visits, quotas of logged activities, long mandatory call forms and activity figures in ' +
    'performance reviews are Low Card controls: reps learn to feed the count and to keep their real knowledge ' +
    'out of the system. It is the surest way to have a CRM ignored.',
  components: [
    { question: 'activityTracking', weight: 2, risk: { by: 'choice' } },
    { question: 'activityInReviews', weight: 2, risk: { by: 'choice' } },
    { question: 'mandatoryFields', weight: 1, risk: { by: 'number', zeroAt: 3, fullAt: 10 } },
    { question: 'plannedFields', weight: 1, risk: { by: 'unread-low-card', zeroAt: 0.1, fullAt: 0.6 } },
  ],
  floors: [
    {
      value: 0.5,
      when: (parts) => parts.some((p) => p.question.id === 'activityTracking' && p.risk > 0),
      says: 'calls and visits are counted for management at all',
    },
    {
      value: 0.75,
      when: (parts) => parts.some((p) => (p.question.id === 'activityTracking' || p.question.id === 'activityInReviews') && p.risk >= 1),
      says: 'a quota of logged activities is set, or activity figures count in reviews or bonuses',
    },
  ],
});

export default activityPolicing;
