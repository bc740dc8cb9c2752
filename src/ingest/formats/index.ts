// The registry of CRM export formats. Add a CRM by adding an adapter here.
import { dynamicsAdapter } from './dynamics.js';
import { genericAdapter } from './generic.js';
import { hubspotAdapter } from './hubspot.js';
import { pipedriveAdapter } from './pipedrive.js';
import { salesforceAdapter } from './salesforce.js';
import type { FormatAdapter } from './types.js';
import { zohoAdapter } from './zoho.js';

export const ADAPTERS: readonly FormatAdapter[] = [
  salesforceAdapter,
  hubspotAdapter,
  dynamicsAdapter,
  pipedriveAdapter,
  zohoAdapter,
  genericAdapter,
];

export { GENERIC_SYNONYMS, objectFromBase } from './generic.js';
export type { FormatAdapter, HeaderView } from './types.js';
