// The library API of crm-audit: analyse exports into the AuditResult, classify fields, render reports.
// No console, no process.exit: errors are thrown as CrmAuditError with a kind (usage, data, output).
export { runPipeline as analyze, type PipelineOptions as AnalyzeOptions } from './pipeline.js';
export { classifyField, classifyFields, loadRules, type Rules } from './classify/index.js';
export type { Classification, FieldDescriptor } from './classify/types.js';
export { analyzeInterviews, type InterviewOptions, type InterviewAnalysis } from './interviews/index.js';
export { renderReport, type ReportFormat } from './report/index.js';
export { renderJson } from './report/json.js';
export { expandInputs, readTable } from './ingest/index.js';
export { compareResults, scoreAudits, type Comparison } from './scoring/index.js';
export { runAudits, AUDITS } from './audits/index.js';
export { recommend } from './recommend/index.js';
export { Config } from './config/config-schema.js';
export { AuditResult, SCHEMA_VERSION } from './result/schema.js';
export { CrmAuditError, type ErrorKind } from './errors.js';
