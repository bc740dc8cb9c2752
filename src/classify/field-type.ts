// Declared field types of every CRM (checkbox, Two Options, bool/booleancheckbox, Whole Number, monetary, ...)
// reduced to the few kinds the classifier reasons about.

export type TypeKind = 'boolean' | 'number' | 'date' | 'id' | 'reference' | 'text' | 'picklist' | 'unknown';

export interface TypeInfo {
  kind: TypeKind;
  /** formula, calculation, roll-up or auto number: the CRM computes it */
  calculated: boolean;
  /** the type as written, for reasons */
  text: string;
}

export function typeInfo(type: string | null | undefined): TypeInfo {
  const text = (type ?? '').trim();
  const t = text.toLowerCase();
  const calculated = /formula|calculat|roll-?\s?up|auto\s?number/.test(t);
  let kind: TypeKind = 'unknown';
  if (!t) kind = 'unknown';
  else if (/\b(bool|boolean|checkbox|booleancheckbox|two options|twooptions|yes\/no|flag)\b/.test(t)) kind = 'boolean';
  else if (/^(id|guid|uuid)$|uniqueidentifier|auto\s?number/.test(t)) kind = 'id';
  else if (/lookup|reference|master-detail|hierarchy|^owner$|^customer$|^user$|partylist/.test(t)) kind = 'reference';
  else if (/date|time/.test(t)) kind = 'date';
  else if (/number|^int|integer|double|decimal|numeric|percent|currency|money|monetary|float|long|bigint/.test(t)) kind = 'number';
  else if (/picklist|pick list|enum|option ?set|choice|select|radio|combobox|multiselect|^set$|^state$|^status$/.test(t)) kind = 'picklist';
  else if (/string|text|memo|textarea|varchar|email|phone|url|char|single line|multiple lines/.test(t)) kind = 'text';
  // "formula (checkbox)" and "bool/calculation" keep their value kind, and are calculated
  return { kind, calculated, text };
}

/** Type inferred from the values of an export's column (what FieldResult.type holds for exports). */
export function inferType(values: readonly string[]): 'boolean' | 'number' | 'date' | 'string' | 'empty' {
  let filled = 0;
  let bool = 0;
  let num = 0;
  let date = 0;
  for (const raw of values) {
    const v = raw.trim();
    if (!v) continue;
    filled++;
    if (/^(true|false|yes|no|0|1)$/i.test(v)) bool++;
    if (/^[-+]?[$€£¥]?\s?\d[\d,. ]*(\.\d+)?\s?[kKmM%]?$/.test(v)) num++;
    if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) || /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}( [\d:]+( ?[AP]M)?)?$/i.test(v)) date++;
  }
  if (filled === 0) return 'empty';
  if (bool === filled) return 'boolean';
  if (date === filled) return 'date';
  if (num === filled) return 'number';
  return 'string';
}
