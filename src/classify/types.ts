// The classifier's interface: a field in, a card with confidence and reasons out.
import type { FieldResult } from '../result/schema.js';
import type { CrmId } from '../ingest/types.js';

export type Card = FieldResult['card'];

/** What is known about a field: from a field list, or from an export's header and values. */
export interface FieldDescriptor {
  /** API name or header text */
  name: string;
  label?: string | null;
  description?: string | null;
  object?: string | null;
  crm?: CrmId | null;
  /** declared type (from a field list) or inferred (boolean, number, date, string, empty) */
  type?: string | null;
  required?: boolean | null;
  /** the CRM marks it calculated, read-only or integration-owned */
  calculated?: boolean | null;
  readOnly?: boolean | null;
  /** usage statistics when the field was seen in data */
  fillRate?: number | null;
  junkShare?: number | null;
}

export interface Classification {
  card: Card;
  confidence: number;
  decidedBy: FieldResult['decidedBy'];
  reasons: string[];
  /** second axis from usage signals; null when there are no usage figures */
  usage: NonNullable<FieldResult['usage']> | null;
}
