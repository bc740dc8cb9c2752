// The AuditResult as JSON: keys in schema order (zod's parse output), two-space indent, newline at end.
import { AuditResult } from '../result/schema.js';

export function renderJson(result: AuditResult): string {
  // Parsing re-orders keys as the schema declares them and drops nothing that the schema knows.
  const ordered = AuditResult.parse(result);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
