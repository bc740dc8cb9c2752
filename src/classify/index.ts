// High Card / Low Card classification: the public surface of src/classify.
export { classifyField, classifyFields, classifyByLexicon, type ClassifyContext, type LexiconResult } from './classify.js';
export { loadRules, rulesFromObject, matchRule, compilePattern, type Rules, type CompiledRule } from './rules.js';
export { usageAxis, USAGE_THRESHOLDS, type UsageAxis } from './usage.js';
export { reviewSheet, readReviewSheet, parseCard, REVIEW_COLUMNS, type ReviewRow, type ReviewSheetRow } from './review-sheet.js';
export { splitName, tokenizeText, segment, type Token, type NameParts } from './tokens.js';
export { lookupStandard, standardFieldCount, type StandardField } from './standard-fields.js';
export { typeInfo, inferType, type TypeInfo, type TypeKind } from './field-type.js';
export { describeTable, parseRequired, parseCrm, type DescribedField } from './descriptor.js';
export type { Card, Classification, FieldDescriptor } from './types.js';
