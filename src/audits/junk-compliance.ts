// junk-compliance (controls): mandatory and control fields filled to get past the check, not to say anything.
import type { Dataset, FieldResult } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { TABLE_CAP, byText, fieldRef, measured, pct, r4, ramp, share } from './lib/util.js';

export const THRESHOLDS = {
  flagField: { value: 0.2, meaning: 'a field whose junk share reaches this is listed as junk-filled' },
  junkZero: { value: 0.02, meaning: 'mean junk rate at or below which that signal is 0' },
  junkFull: { value: 0.18, meaning: 'mean junk rate at which that signal is 1 (fails from 0.10)' },
  worstMinFilled: { value: 30, meaning: 'filled cells a field needs before its own junk share counts as the worst field' },
  worstZero: { value: 0.04, meaning: 'junk share of the worst field at or below which that signal is 0' },
  worstFull: { value: 0.2, meaning: 'junk share of the worst field at which that signal is 1 (fails from 0.12: one entry in eight)' },
} as const;

const BOOLEAN = new Set(['boolean', 'checkbox', 'bool']);

/**
 * In scope: Low Card or required fields with filled cells measured in data, except booleans: a checkbox counts
 * as filled only when ticked, so it cannot hold a placeholder, and a big activity table of them would drown
 * the fields that can.
 */
const inScope = (f: FieldResult): boolean =>
  (f.card === 'low' || f.required === true) &&
  !BOOLEAN.has(f.type.toLowerCase()) &&
  measured(f) &&
  (f.filled ?? 0) > 0 &&
  f.junkShare !== null;

/**
 * The share of a field's filled cells that is junk: placeholders, or in free text one value repeated far above
 * the rest (DESIGN.md section 3). A picklist stuck on one value is not junk: Task status "Completed" is normal.
 */
export const effectiveJunk = (f: FieldResult): number => f.junkShare ?? 0;

/** Junk-filled control fields, worst first (for the evidence and the recommendations). */
export function junkFilledFields(fields: readonly FieldResult[]): FieldResult[] {
  return fields
    .filter((f) => inScope(f) && effectiveJunk(f) >= THRESHOLDS.flagField.value)
    .sort((a, b) => effectiveJunk(b) - effectiveJunk(a) || byText(fieldRef(a), fieldRef(b)));
}

export const junkCompliance: Audit = {
  meta: {
    id: 'junk-compliance',
    title: 'Junk in control fields',
    failureTitle: 'Control fields are filled with junk',
    description:
      'A required field filled with ".", "n/a" or the same sentence every time is a rep complying with the form, not ' +
      'informing anyone. It shows resistance, and it poisons every report built on that field.',
    category: 'controls',
    requiredKinds: ['records', 'activities'],
    requires: ['fields'],
    definition:
      'Junk rate = mean, over the Low Card or required fields measured in data (booleans excepted), of each field’s ' +
      'junkShare: placeholders, or in free text one value repeated far above the rest. Each field counts once, ' +
      'whatever the size of its table. Two ramps: the mean junk rate 0.02→0.18, and the worst field’s junk share (30+ filled) ' +
      '0.04→0.20, which catches one team filling a mandatory field with junk. The risk is the stronger of the two.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    return (d.fields ?? []).some(measured) ? null : 'no field was measured in data (a field list alone has no fill or junk figures)';
  },
  run(d: Dataset) {
    const scope = (d.fields ?? []).filter(inScope);
    let filled = 0;
    let junk = 0;
    for (const f of scope) {
      filled += f.filled ?? 0;
      junk += effectiveJunk(f) * (f.filled ?? 0);
    }
    const junkRate = share(scope.reduce((s, f) => s + effectiveJunk(f), 0), scope.length);
    const flagged = junkFilledFields(scope);
    const T = THRESHOLDS;
    const worst = scope
      .filter((f) => (f.filled ?? 0) >= T.worstMinFilled.value)
      .reduce<FieldResult | null>((w, f) => (w === null || effectiveJunk(f) > effectiveJunk(w) ? f : w), null);
    const worstJunk = worst ? effectiveJunk(worst) : 0;
    const meanRisk = ramp(junkRate, T.junkZero.value, T.junkFull.value);
    const worstRisk = ramp(worstJunk, T.worstZero.value, T.worstFull.value);
    const risk = Math.max(meanRisk, worstRisk);
    const byWorst = worst !== null && worstJunk > 0 && worstRisk > meanRisk;
    const rows = [...scope]
      .sort((a, b) => effectiveJunk(b) - effectiveJunk(a) || byText(fieldRef(a), fieldRef(b)))
      .slice(0, TABLE_CAP)
      .map((f) => [
        f.object,
        f.name,
        f.card,
        f.required === null ? null : f.required ? 'yes' : 'no',
        f.fillRate === null ? null : r4(f.fillRate),
        r4(f.junkShare ?? 0),
        f.topValueShare === null ? null : r4(f.topValueShare),
        effectiveJunk(f) >= THRESHOLDS.flagField.value ? 'junk-filled' : '',
      ]);
    return {
      risk,
      evidence: {
        summary:
          scope.length === 0
            ? 'No Low Card or required field with filled cells was measured.'
            : byWorst
              ? `${pct(worstJunk)} of the filled cells of ${fieldRef(worst)} are junk, the worst of ${scope.length} Low Card or ` +
                `required fields` +
                (flagged.length > 1 ? ` (${flagged.length} of them are ${pct(T.flagField.value)} junk or more)` : '') +
                `; on average ${pct(junkRate)} of the entries of a field are junk.`
              : `On average ${pct(junkRate)} of the entries of the ${scope.length} Low Card or required fields are junk ` +
                `(${pct(share(junk, filled))} of all their filled cells)` +
                (worst && worstJunk > 0 ? `; the worst, ${fieldRef(worst)}, is ${pct(worstJunk)} junk.` : '.'),
        metrics: {
          fieldsInScope: scope.length,
          filledCells: filled,
          junkCells: Math.round(junk),
          junkRate: r4(junkRate),
          junkCellShare: r4(share(junk, filled)),
          junkFilledFields: flagged.length,
          worstField: worst && worstJunk > 0 ? fieldRef(worst) : null,
          worstFieldJunk: r4(worstJunk),
          strongestSignal: worstRisk > meanRisk ? 'worst-field' : 'mean',
        },
        ...(rows.length
          ? {
              table: {
                columns: ['object', 'field', 'card', 'required', 'fill rate', 'junk share', 'top value share', 'flag'],
                rows,
              },
            }
          : {}),
      },
    };
  },
};

export default junkCompliance;
