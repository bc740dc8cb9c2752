// low-card-burden (controls): how much of what reps are asked to record is there for management to check on them.
import { USAGE_THRESHOLDS } from '../classify/usage.js';
import type { Dataset, FieldResult } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { TABLE_CAP, byText, fieldRef, pct, r4, ramp, repFacing, share } from './lib/util.js';

export const THRESHOLDS = {
  // the same line as the usage axis's enforced-control, so that the report's two uses of "enforced" agree
  enforcedFill: { value: USAGE_THRESHOLDS.enforced, meaning: 'a Low Card field filled in at least this share of rows is enforced in practice' },
  enforcedWeight: {
    value: 0.5,
    meaning: 'an optional Low Card field counts this much of an enforced one (required, or filled nearly always)',
  },
  pressureZero: { value: 0.03, meaning: 'control pressure at or below which the risk is 0' },
  pressureFull: { value: 0.23, meaning: 'control pressure at or above which the risk is 1 (fails from 0.13)' },
} as const;

export const enforced = (f: FieldResult): boolean =>
  f.required === true || f.usage === 'enforced-control' || (f.fillRate !== null && f.fillRate >= THRESHOLDS.enforcedFill.value);

/**
 * A Low Card field the implementation added or enforced: custom (or judged by the lexicon or a consultant's
 * rule), or made required. A standard field of the CRM's own table (Task subject, status, type) is in every
 * org and is no sign of a control-heavy design unless someone made it required.
 */
export const imposed = (f: FieldResult): boolean => f.card === 'low' && (f.decidedBy !== 'builtin' || f.required === true);

export const lowCardBurden: Audit = {
  meta: {
    id: 'low-card-burden',
    title: 'Low Card control burden',
    failureTitle: 'Low Card controls weigh on the reps',
    description:
      'Fields that exist so management can count calls, visits and reports give the rep nothing back. ' +
      'When they make up a large, enforced part of the CRM, reps experience it as surveillance and work around it.',
    category: 'controls',
    requiredKinds: ['fields', 'records', 'activities'],
    requires: ['fields'],
    definition:
      'Control pressure = (imposed Low Card fields / rep-facing fields) x (0.5 + 0.5 x share of them that are enforced). ' +
      'Rep-facing means every card but system. Imposed means added by the implementation (custom, or classified by the ' +
      'lexicon or a rule) or made required; standard CRM fields from the built-in table count only when required. ' +
      'Enforced means required, marked enforced-control, or filled in 90% of rows or more. Risk ramps from 0 at a ' +
      'pressure of 0.03 to 1 at 0.23.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    return (d.fields ?? []).some(repFacing) ? null : 'no rep-facing fields were found (only system fields or none)';
  },
  run(d: Dataset) {
    const fields = (d.fields ?? []).filter(repFacing);
    const allLow = fields.filter((f) => f.card === 'low');
    const low = allLow.filter(imposed);
    const enforcedLow = low.filter(enforced);
    const lowShare = share(low.length, fields.length);
    const enforcedShare = share(enforcedLow.length, low.length);
    const w = THRESHOLDS.enforcedWeight.value;
    const pressure = lowShare * (w + (1 - w) * enforcedShare);
    const risk = ramp(pressure, THRESHOLDS.pressureZero.value, THRESHOLDS.pressureFull.value);

    const rows = [...low]
      .sort(
        (a, b) =>
          Number(enforced(b)) - Number(enforced(a)) ||
          (b.fillRate ?? -1) - (a.fillRate ?? -1) ||
          byText(fieldRef(a), fieldRef(b)),
      )
      .slice(0, TABLE_CAP)
      .map((f) => [
        f.object,
        f.name,
        f.label,
        f.required === null ? null : f.required ? 'yes' : 'no',
        f.fillRate === null ? null : r4(f.fillRate),
        enforced(f) ? 'yes' : 'no',
      ]);
    // a planned field list has no fill figures: a field there is enforced by being required, and said so
    const measured = fields.some((f) => f.fillRate !== null);
    return {
      risk,
      evidence: {
        summary:
          (low.length === 0
            ? `None of the ${fields.length} rep-facing fields is a Low Card control added or enforced by the implementation`
            : `Low Card controls added or enforced by the implementation are ${pct(lowShare)} of the rep-facing fields ` +
              `(${low.length} of ${fields.length}), and ${pct(enforcedShare)} of them (${enforcedLow.length}) are ${measured ? 'required or filled nearly always' : 'required'}: ` +
              `a control pressure of ${pressure.toFixed(2)} (it fails from ${((THRESHOLDS.pressureZero.value + THRESHOLDS.pressureFull.value) / 2).toFixed(2)})`) +
          (allLow.length > low.length ? `; ${allLow.length - low.length} standard Low Card fields of the CRM itself are not counted.` : '.'),
        metrics: {
          repFacingFields: fields.length,
          lowCardFields: low.length,
          standardLowCardFields: allLow.length - low.length,
          enforcedLowCardFields: enforcedLow.length,
          requiredLowCardFields: low.filter((f) => f.required === true).length,
          lowShare: r4(lowShare),
          enforcedShare: r4(enforcedShare),
          pressure: r4(pressure),
        },
        ...(rows.length
          ? { table: { columns: ['object', 'field', 'label', 'required', 'fill rate', 'enforced'], rows } }
          : {}),
      },
    };
  },
};

export default lowCardBurden;
