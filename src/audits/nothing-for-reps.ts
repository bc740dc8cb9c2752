// nothing-for-reps (readiness): reps will find nothing in the CRM they cannot get elsewhere.
import { defineReadinessAudit } from './lib/readiness.js';

export const nothingForReps = defineReadinessAudit({
  id: 'nothing-for-reps',
  title: 'Data for reps in the CRM',
  failureTitle: 'The CRM will give reps little of their own',
  description:
    'Adoption follows value. Orders, invoices, open complaints and credit standing on the account page, planning ' +
    'information for their own accounts, on a dashboard of their own and on their phone, give reps a reason to open ' +
    'the CRM that no spreadsheet offers.',
  components: [
    { question: 'repData', weight: 2, risk: { by: 'count', enough: 3 } },
    { question: 'planningViews', weight: 1, risk: { by: 'count', enough: 2 } },
    { question: 'repDashboard', weight: 1, risk: { by: 'choice' } },
    { question: 'mobileAccess', weight: 1, risk: { by: 'choice' } },
  ],
});

export default nothingForReps;
