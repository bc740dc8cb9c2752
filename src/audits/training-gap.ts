// training-gap (readiness): one training for all, no help after go-live, a plan that stops at launch.
import { defineReadinessAudit } from './lib/readiness.js';

export const trainingGap = defineReadinessAudit({
  id: 'training-gap',
  title: 'Training and support after go-live',
  failureTitle: 'Training and support stop at go-live',
  description:
    'Cohorts of different ages and roles learn differently, most questions come weeks after training, and ' +
    'adoption in a large organisation takes years. A plan that ends at go-live ends where the work begins.',
  components: [
    { question: 'trainingPlan', weight: 2, risk: { by: 'choice' } },
    { question: 'supportAfterLaunch', weight: 1, risk: { by: 'choice' } },
    { question: 'planHorizon', weight: 2, risk: { by: 'choice' } },
  ],
});

export default trainingGap;
