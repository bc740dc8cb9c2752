// high-card-gap (value): the fields that would help the rep sell are missing, or there but left empty.
import type { Dataset, FieldResult } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { TABLE_CAP, byText, fieldRef, measured, pct, r4, repFacing, share } from './lib/util.js';

export const THRESHOLDS = {
  wellFilled: { value: 0.5, meaning: 'a High Card field filled in this share of rows or more counts as used' },
  presenceOk: {
    value: 0.2,
    meaning: 'High Card fields at or above this share of rep-facing fields mean the CRM offers enough of value',
  },
  emptinessWeight: {
    value: 0.7,
    meaning: 'weight of the emptiness of High Card fields (against their scarcity) when fill is measured',
  },
} as const;

/** 0 for a field filled in half the rows or more, 1 for an empty one, linear between. */
export const emptiness = (f: FieldResult): number =>
  1 - Math.min(1, (f.fillRate ?? 0) / THRESHOLDS.wellFilled.value);

export const highCardGap: Audit = {
  meta: {
    id: 'high-card-gap',
    title: 'High Card information is there and used',
    failureTitle: 'High Card information is missing or left empty',
    description:
      'Reps use a CRM for what it gives them: customer feedback, account and territory plans, history they cannot get ' +
      'elsewhere. A CRM with few such fields, or with them sitting empty, is a reporting tool with nothing in it for the rep.',
    category: 'value',
    requiredKinds: ['fields', 'records'],
    requires: ['fields'],
    definition:
      'Scarcity = 1 - min(1, (High Card fields / rep-facing fields) / 0.20). Emptiness = mean over High Card fields ' +
      'measured in data of 1 - min(1, fill rate / 0.5). Risk = 0.7 x emptiness + 0.3 x scarcity when fill is measured, ' +
      'the scarcity alone for a field list, and 1 when there is no High Card field at all.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    return (d.fields ?? []).some(repFacing) ? null : 'no rep-facing fields were found (only system fields or none)';
  },
  run(d: Dataset) {
    const fields = (d.fields ?? []).filter(repFacing);
    const high = fields.filter((f) => f.card === 'high');
    const highShare = share(high.length, fields.length);
    const scarcity = 1 - Math.min(1, highShare / THRESHOLDS.presenceOk.value);
    const withData = high.filter(measured);
    const empt = withData.length ? withData.reduce((s, f) => s + emptiness(f), 0) / withData.length : null;
    const w = THRESHOLDS.emptinessWeight.value;
    const risk = high.length === 0 ? 1 : empt === null ? scarcity : w * empt + (1 - w) * scarcity;
    const nearlyEmpty = withData.filter((f) => (f.fillRate ?? 0) < 0.2);
    const meanFill = withData.length ? withData.reduce((s, f) => s + (f.fillRate ?? 0), 0) / withData.length : null;

    const rows = [...high]
      .sort((a, b) => (a.fillRate ?? 2) - (b.fillRate ?? 2) || byText(fieldRef(a), fieldRef(b)))
      .slice(0, TABLE_CAP)
      .map((f) => [f.object, f.name, f.label, f.fillRate === null ? null : r4(f.fillRate), measured(f) ? r4(emptiness(f)) : null]);

    let summary: string;
    if (high.length === 0) summary = `None of the ${fields.length} rep-facing fields holds High Card information.`;
    else if (empt === null)
      summary = `High Card fields: ${high.length} of ${fields.length} rep-facing fields (${pct(highShare)}); fill is not measured.`;
    else
      summary =
        `High Card fields: ${high.length} of ${fields.length} rep-facing fields (${pct(highShare)}), ` +
        `filled on average in ${pct(meanFill)} of rows; ${nearlyEmpty.length} of ${withData.length} nearly empty.`;

    return {
      risk,
      evidence: {
        summary,
        metrics: {
          repFacingFields: fields.length,
          highCardFields: high.length,
          highShare: r4(highShare),
          measuredHighCardFields: withData.length,
          meanFillRate: meanFill === null ? null : r4(meanFill),
          nearlyEmptyFields: nearlyEmpty.length,
          emptiness: empt === null ? null : r4(empt),
          scarcity: r4(scarcity),
        },
        ...(rows.length ? { table: { columns: ['object', 'field', 'label', 'fill rate', 'emptiness'], rows } } : {}),
      },
    };
  },
};

export default highCardGap;
