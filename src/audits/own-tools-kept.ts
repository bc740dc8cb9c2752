// own-tools-kept (readiness): reps keep their customers in tools of their own, with no plan to win them over.
import { defineReadinessAudit } from './lib/readiness.js';

export const ownToolsKept = defineReadinessAudit({
  id: 'own-tools-kept',
  title: "Reps' own tools",
  failureTitle: 'Reps will keep their own tools',
  description:
    'A rep with contacts in a spreadsheet, Outlook or an old contact manager asks why they should open the new ' +
    'CRM. Moving their data in answers half of it; the CRM must also give what their own tool could not.',
  components: [
    { question: 'ownTools', weight: 1, risk: { by: 'choice' } },
    { question: 'ownToolsPlan', weight: 1, risk: { by: 'choice' } },
  ],
});

export default ownToolsKept;
