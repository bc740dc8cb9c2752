// A saved analysis (`crm-audit analyze ... --format json --out analysis.json`) read back by `report` and
// `compare`, validated against the contract with every problem at its file:line:column.
import { readJson, validate } from '../config/load.js';
import { usageError } from '../errors.js';
import { AuditResult } from './schema.js';

/** `shown` is the path as the user gave it, for messages. */
export function loadAnalysis(file: string, shown: string = file): AuditResult {
  const { text, data } = readJson(file, 'analysis', shown);
  if (!data || typeof data !== 'object' || !('schemaVersion' in data)) {
    throw usageError('this JSON is not a crm-audit analysis (it has no schemaVersion)', {
      where: { file: shown },
      hint: 'save one with `crm-audit analyze <exports> --format json --out analysis.json`',
    });
  }
  return validate(AuditResult, data, shown, 'analysis', text);
}
