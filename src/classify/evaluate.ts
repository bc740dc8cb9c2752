// Scoring the classifier against labelled fields: accuracy, confusion matrix, High<->Low swaps and empty
// reasons. Used by `npm run eval:classify` and by the tests that hold the classifier to its targets.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { CARDS } from '../result/schema.js';
import { classifyField, type ClassifyContext } from './classify.js';
import { parseCrm, parseRequired } from './descriptor.js';
import { parseCard } from './review-sheet.js';
import type { Card, Classification, FieldDescriptor } from './types.js';

export interface LabelledField {
  descriptor: FieldDescriptor;
  expected: Card;
  /** for listing errors */
  id: string;
}

export interface EvalResult {
  n: number;
  correct: number;
  accuracy: number;
  /** confusion[expected][predicted] */
  confusion: Record<Card, Record<Card, number>>;
  /** fields expected high and classified low, or the reverse */
  swaps: number;
  swapRate: number;
  emptyReasons: number;
  errors: { id: string; expected: Card; got: Classification }[];
}

const zeroRow = (): Record<Card, number> => ({ high: 0, low: 0, system: 0, neutral: 0 });

export function evaluate(cases: readonly LabelledField[], ctx: ClassifyContext = {}): EvalResult {
  const confusion = { high: zeroRow(), low: zeroRow(), system: zeroRow(), neutral: zeroRow() };
  let correct = 0;
  let swaps = 0;
  let emptyReasons = 0;
  const errors: EvalResult['errors'] = [];
  for (const c of cases) {
    const got = classifyField(c.descriptor, ctx);
    confusion[c.expected][got.card]++;
    if (got.card === c.expected) correct++;
    else errors.push({ id: c.id, expected: c.expected, got });
    if ((c.expected === 'high' && got.card === 'low') || (c.expected === 'low' && got.card === 'high')) swaps++;
    if (got.reasons.length === 0 || got.reasons.some((r) => !r.trim())) emptyReasons++;
  }
  const n = cases.length;
  return {
    n,
    correct,
    accuracy: n ? correct / n : 0,
    confusion,
    swaps,
    swapRate: n ? swaps / n : 0,
    emptyReasons,
    errors,
  };
}

/** The confusion matrix as aligned text (rows: expected, columns: classified). */
export function confusionText(r: EvalResult): string {
  const w = 9;
  const pad = (s: string | number) => String(s).padStart(w);
  let out = `${'expected \\ got'.padEnd(16)}${CARDS.map(pad).join('')}\n`;
  for (const e of CARDS) out += `${e.padEnd(16)}${CARDS.map((g) => pad(r.confusion[e][g])).join('')}\n`;
  return out;
}

export interface LabelledSet {
  /** fields.csv: the standard fields not marked ambiguous */
  standard: LabelledField[];
  ambiguousLeftOut: number;
}

function readCsvObjects(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

/** ../shared/data/fields/fields.csv (crm, object, api_name, label, description, type, required, card, ambiguous). */
export function loadStandardFields(path: string): LabelledSet {
  const standard: LabelledField[] = [];
  let ambiguousLeftOut = 0;
  for (const r of readCsvObjects(path)) {
    if (r.ambiguous === 'true') {
      ambiguousLeftOut++;
      continue;
    }
    const expected = parseCard(r.card ?? '');
    if (!expected) continue;
    standard.push({
      id: `${r.crm}/${r.object}.${r.api_name}`,
      expected,
      descriptor: descriptorOf(r, r.api_name),
    });
  }
  return { standard, ambiguousLeftOut };
}

/** A field descriptor from one row of an evaluation CSV (the name column differs between the two sets). */
function descriptorOf(r: Record<string, string | undefined>, name: string | undefined): FieldDescriptor {
  return {
    name: name ?? '',
    label: r.label || null,
    description: r.description || null,
    object: r.object || null,
    crm: parseCrm(r.crm),
    type: r.type || null,
    required: parseRequired(r.required),
  };
}

/** A labelled custom-field file (name, label, description, type, required, object, crm, expected, split), by split. */
export function loadLabelledFields(path: string): Map<string, LabelledField[]> {
  const out = new Map<string, LabelledField[]>();
  for (const r of readCsvObjects(path)) {
    const expected = parseCard(r.expected ?? '');
    if (!expected) continue;
    const field: LabelledField = {
      id: `${r.crm}/${r.object}.${r.name}`,
      expected,
      descriptor: descriptorOf(r, r.name),
    };
    const split = r.split || 'tune';
    out.set(split, [...(out.get(split) ?? []), field]);
  }
  return out;
}

/** eval/classify/custom-fields.csv, split into its tune and held-out halves. */
export function loadCustomFields(path: string): { tune: LabelledField[]; heldout: LabelledField[] } {
  const by = loadLabelledFields(path);
  return { tune: by.get('tune') ?? [], heldout: by.get('heldout') ?? [] };
}
