// A saved analysis (`crm-audit analyze ... --format json --out analysis.json`) read back by `report` and
// `compare`, validated against the contract with every problem at its file:line:column.
import { readJson, validate } from '../config/load.js';
import { usageError } from '../errors.js';
import { AuditResult, READABLE_SCHEMA_VERSIONS, SCHEMA_VERSION } from './schema.js';

/** `shown` is the path as the user gave it, for messages. */
export function loadAnalysis(file: string, shown: string = file): AuditResult {
  const { text, data } = readJson(file, 'analysis', shown);
  if (!data || typeof data !== 'object' || !('schemaVersion' in data)) {
    throw usageError('this JSON is not a crm-audit analysis (it has no schemaVersion)', {
      where: { file: shown },
      hint: 'save one with `crm-audit analyze <exports> --format json --out analysis.json`',
    });
  }
  // a file from a newer crm-audit is said to be one, rather than refused for its version number alone
  const version = (data as { schemaVersion: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw usageError(`this analysis was saved by a newer crm-audit (analysis schema ${version}); this one reads schemas ${READABLE_SCHEMA_VERSIONS.join(' and ')}`, {
      where: { file: shown },
      hint: 'render or compare it with the crm-audit that saved it, or update crm-audit',
    });
  }
  return validate(AuditResult, data, shown, 'analysis', text);
}
