// The contract's closed lists of ids (the AuditResult schema in schema.ts builds its enums from them).

export const CARDS = ['high', 'low', 'system', 'neutral'] as const;
export const BANDS = ['low', 'moderate', 'high', 'critical'] as const;
export const SITUATIONS = ['pre-implementation', 'in-progress', 'post-implementation'] as const;
/** What told the situation: --situation or the config, the questionnaire, the kinds of files given, the notes, or nothing (assumed). */
export const SITUATION_BASES = ['given', 'answers', 'inputs', 'notes', 'assumed'] as const;
export const CRMS = ['salesforce', 'hubspot', 'dynamics365', 'pipedrive', 'zoho', 'generic'] as const;
export const KINDS = ['records', 'activities', 'logins', 'field-history', 'users', 'fields', 'interviews'] as const;
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export const CATEGORY_IDS = ['controls', 'value', 'usage', 'voice', 'readiness'] as const;
export const AUDIT_STATUSES = ['pass', 'fail', 'not-applicable', 'error'] as const;
export const PHASES = ['quick-win', 'relaunch', 'integrate', 'train', 'decide', 'sustain'] as const;
export const DECIDED_BY = ['builtin', 'lexicon', 'rule'] as const;
export const THEME_IDS = [
  'data-entry-burden',
  'control-surveillance',
  'no-value',
  'job-threat',
  'training',
  'tool-fit',
  'integration-wish',
  'mobile',
  'shadow-systems',
  'positive-value',
] as const;
export const WORKSHOP_CATEGORIES = ['experience', 'idea', 'question', 'concern', 'proposal'] as const;
export const STANCES = ['love', 'hate', 'ambivalent', 'neutral'] as const;
/** The second, usage-based axis of a field (does not change the card). */
export const USAGE_AXES = ['enforced-control', 'partial-control', 'resisted-control', 'benefit-delivered', 'benefit-empty'] as const;
