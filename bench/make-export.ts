// A Salesforce-shaped Opportunity export for the benchmark: every field quoted, CRLF, 18-character ids,
// ISO timestamps, Low Card and High Card custom fields, ~440 bytes a row. Seeded, so always the same file.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 as rng } from '../examples/generator-random.js';

const STAGES = ['Prospecting', 'Qualification', 'Needs Analysis', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost'];
const JUNK = ['.', 'x', 'n/a', 'tbd', ''];
export const HEADER = [
  'Id', 'IsDeleted', 'AccountId', 'Name', 'StageName', 'Amount', 'Probability', 'CloseDate', 'Type', 'LeadSource', 'NextStep',
  'OwnerId', 'CreatedDate', 'LastModifiedDate', 'Calls_This_Week__c', 'Visit_Report_Submitted__c', 'Manager_Approval_Status__c',
  'Customer_Feedback__c', 'Last_Order_Date__c', 'Credit_Status__c', 'Description',
];

export async function makeExport(path: string, rows: number, seed = 1): Promise<void> {
  const r = rng(seed);
  const out = createWriteStream(path);
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const id = (prefix: string, n: number) => `${prefix}${n.toString(36).toUpperCase().padStart(12, '0')}AAA`;
  out.write(`${HEADER.map(q).join(',')}\r\n`);
  const owners = 400;
  const base = Date.UTC(2025, 10, 1);
  for (let i = 0; i < rows; i++) {
    const created = base + Math.floor(r() * 360) * 86_400_000 + Math.floor(r() * 36_000_000);
    const modified = created + Math.floor(r() * 30) * 86_400_000;
    const cells = [
      id('006', i), 'false', id('001', Math.floor(r() * 50_000)), `Account ${Math.floor(r() * 50_000)} - renewal ${i}`,
      STAGES[Math.floor(r() * STAGES.length)]!, (Math.floor(r() * 500) * 100).toFixed(1), String(Math.floor(r() * 10) * 10),
      new Date(created + 60 * 86_400_000).toISOString().slice(0, 10), r() < 0.5 ? 'New Business' : 'Existing Business',
      r() < 0.3 ? 'Web' : 'Field visit', r() < 0.4 ? 'follow up call' : '', id('005', Math.floor(r() * owners)),
      new Date(created).toISOString().replace('Z', '+0000'), new Date(modified).toISOString().replace('Z', '+0000'),
      String(Math.floor(r() * 25)), r() < 0.8 ? 'true' : 'false', r() < 0.5 ? 'Approved' : 'Pending',
      r() < 0.2 ? `Customer asked about dosage forms and delivery times, visit ${i}` : JUNK[Math.floor(r() * JUNK.length)]!,
      r() < 0.1 ? new Date(created - 20 * 86_400_000).toISOString().slice(0, 10) : '', r() < 0.05 ? 'On hold' : '',
      r() < 0.3 ? `Long description of the opportunity with some detail about the account's situation, number ${i}.` : '',
    ];
    if (!out.write(`${cells.map(q).join(',')}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
