// Field descriptors from what the CLI reads: a field list (one row per field) or any export (its header).
import type { CrmId, Table } from '../ingest/types.js';
import { inferType } from './field-type.js';
import type { FieldDescriptor } from './types.js';

/** Required flags as CRMs write them: true/yes/x, Dynamics' ApplicationRequired/SystemRequired, Zoho's Mandatory. */
export function parseRequired(cell: string | null | undefined): boolean | null {
  const c = (cell ?? '').trim().toLowerCase();
  if (!c) return null;
  if (/^(true|yes|y|x|1|required|mandatory|applicationrequired|systemrequired|application required|system required|business required)$/.test(c)) return true;
  if (/^(false|no|n|0|none|optional|recommended|not required)$/.test(c)) return false;
  return null;
}

/** A CRM name as a field list may write it (Salesforce, HubSpot, Dynamics 365, MS CRM, ...). */
export function parseCrm(cell: string | null | undefined): CrmId | null {
  const c = (cell ?? '').trim().toLowerCase().replace(/[\s_-]+/g, '');
  if (!c) return null;
  if (/^(salesforce|sfdc|sf)/.test(c)) return 'salesforce';
  if (/^(hubspot|hs)$|^hubspot/.test(c)) return 'hubspot';
  if (/dynamics|^d365|^mscrm|^dataverse|^crm365/.test(c)) return 'dynamics365';
  if (/^pipedrive/.test(c)) return 'pipedrive';
  if (/^zoho/.test(c)) return 'zoho';
  if (c === 'generic' || c === 'other') return 'generic';
  return null;
}

export interface DescribedField {
  descriptor: FieldDescriptor;
  /** physical line of the row in a field list; null for an export's column */
  line: number | null;
  /** rows of an export, null for a field list */
  rows: number | null;
}

const cell = (row: readonly string[], i: number | undefined) => (i === undefined ? '' : (row[i] ?? '').trim());

/**
 * A `fields` table gives one descriptor per row (name, label, type, required, description, object, crm by
 * their detected roles); any other table gives one per column, with the type inferred from the values.
 */
export function describeTable(table: Table): DescribedField[] {
  const crmOfFile = table.input.crm === 'generic' ? null : table.input.crm;
  if (table.input.kind === 'fields') {
    const r = table.roles;
    const out: DescribedField[] = [];
    table.rows.forEach((row, k) => {
      const name = cell(row, r.fieldName ?? r.label);
      if (!name) return;
      const d: FieldDescriptor = {
        name,
        label: cell(row, r.label) || null,
        description: cell(row, r.description) || null,
        object: cell(row, r.object) || table.input.object || null,
        crm: parseCrm(cell(row, r.crm)) ?? crmOfFile,
        type: cell(row, r.type) || null,
        required: parseRequired(cell(row, r.required)),
      };
      out.push({ descriptor: d, line: table.lines[k] ?? null, rows: null });
    });
    return out;
  }
  return table.header.map((name, i) => ({
    descriptor: {
      name,
      label: null,
      object: table.input.object,
      crm: crmOfFile,
      type: inferType(table.rows.map((row) => row[i] ?? '')),
    },
    line: null,
    rows: table.rows.length,
  }));
}
