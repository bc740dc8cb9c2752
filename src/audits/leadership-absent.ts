// leadership-absent (readiness): leaders do not use the CRM themselves, or let the stars ignore it.
import { defineReadinessAudit } from './lib/readiness.js';

export const leadershipAbsent = defineReadinessAudit({
  id: 'leadership-absent',
  title: "Leaders' own use of the CRM",
  failureTitle: 'Leaders do not use the CRM themselves',
  description:
    'Reps can ignore a CRM more easily than any other group, and they watch what leaders do. A sponsor who uses ' +
    'it, managers who run their meetings from it and no exemption for the best sellers make it the way work is done.',
  components: [
    { question: 'sponsor', weight: 1, risk: { by: 'choice' } },
    { question: 'managersUseIt', weight: 1, risk: { by: 'choice' } },
    { question: 'starsExempt', weight: 1, risk: { by: 'choice' } },
  ],
});

export default leadershipAbsent;
