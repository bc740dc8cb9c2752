// high-card-gap (value): the fields that would help the rep sell are missing, or there but left empty,
// for the whole sales force or for part of it (a team the data feed does not reach).
import type { Dataset, FieldResult } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { flaggedTeams, groupOwners, ownerReadings, shownTeamOf } from './lib/owners.js';
import { TABLE_CAP, byText, fieldRef, listNames, measured, pct, r4, ramp, repFacing, share } from './lib/util.js';

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
  minOwnerRows: { value: 5, meaning: 'records an owner needs in a field before their own fill of it counts' },
  ownerEmpty: {
    value: 0.15,
    meaning: 'an owner whose High Card fields are filled on average in less of their records than this has them nearly empty',
  },
  minOwners: { value: 5, meaning: 'record owners measured that the owner signal needs' },
  ownerShareZero: { value: 0.1, meaning: 'share of record owners with nearly empty High Card fields at or below which that signal is 0' },
  ownerShareFull: { value: 0.3, meaning: 'share of record owners with nearly empty High Card fields at which that signal is 1 (fails from 0.20)' },
} as const;

/** 0 for a field filled in half the rows or more, 1 for an empty one, linear between. */
export const emptiness = (f: FieldResult): number =>
  1 - Math.min(1, (f.fillRate ?? 0) / THRESHOLDS.wellFilled.value);

export const highCardGap: Audit = {
  meta: {
    id: 'high-card-gap',
    title: 'High Card information for reps',
    failureTitle: 'High Card information is missing or left empty',
    description:
      'Reps use a CRM for what it gives them: customer feedback, account and territory plans, history they cannot get ' +
      'elsewhere. A CRM with few such fields, or with them sitting empty, is a reporting tool with nothing in it for the rep; ' +
      'when they are empty for some teams only, those teams have no reason to use it.',
    category: 'value',
    requiredKinds: ['fields', 'records'],
    requires: ['fields'],
    definition:
      'Two signals. Fields: scarcity = 1 - min(1, (High Card fields / rep-facing fields) / 0.20); emptiness = mean over ' +
      'High Card fields measured in data of 1 - min(1, fill rate / 0.5); the signal is 0.7 x emptiness + 0.3 x scarcity ' +
      'when fill is measured, the scarcity alone for a field list, and 1 when there is no High Card field at all. ' +
      'Owners: for each record owner (5+ records in a High Card field), the mean fill of the High Card fields on their ' +
      'own records; the share of owners (5 or more measured) below 0.15 ramps 0.10→0.30. This finds the teams a data ' +
      'feed does not reach, which the org-wide mean averages away. The risk is the stronger signal. Teams are named ' +
      'only when shown (at least minGroupSize users); other owners appear by pseudonym.',
    thresholds: THRESHOLDS,
  },
  notApplicable(d: Dataset) {
    return (d.fields ?? []).some(repFacing) ? null : 'no rep-facing fields were found (only system fields or none)';
  },
  run(d: Dataset) {
    const T = THRESHOLDS;
    const fields = (d.fields ?? []).filter(repFacing);
    const high = fields.filter((f) => f.card === 'high');
    const highShare = share(high.length, fields.length);
    const scarcity = 1 - Math.min(1, highShare / T.presenceOk.value);
    const withData = high.filter(measured);
    const empt = withData.length ? withData.reduce((s, f) => s + emptiness(f), 0) / withData.length : null;
    const w = T.emptinessWeight.value;
    const fieldRisk = high.length === 0 ? 1 : empt === null ? scarcity : w * empt + (1 - w) * scarcity;
    const nearlyEmpty = withData.filter((f) => (f.fillRate ?? 0) < 0.2);
    const meanFill = withData.length ? withData.reduce((s, f) => s + (f.fillRate ?? 0), 0) / withData.length : null;

    // The owner signal: whose records carry the High Card information, and whose do not.
    const readings = ownerReadings(withData, T.minOwnerRows.value);
    const ownersMeasured = readings.length >= T.minOwners.value;
    const isEmpty = (r: (typeof readings)[number]) => r.meanFill < T.ownerEmpty.value;
    const emptyOwners = ownersMeasured ? readings.filter(isEmpty) : [];
    const emptyShare = ownersMeasured ? share(emptyOwners.length, readings.length) : null;
    const ownerRisk = emptyShare === null ? 0 : ramp(emptyShare, T.ownerShareZero.value, T.ownerShareFull.value);
    const groups = ownersMeasured ? groupOwners(readings, shownTeamOf(d), isEmpty, (r) => r.meanFill) : [];
    const teams = flaggedTeams(groups);
    const byOwners = ownerRisk > fieldRisk || (ownerRisk > 0 && ownerRisk === fieldRisk);
    const risk = Math.max(fieldRisk, ownerRisk);

    const where = () => {
      const teamParts = groups
        .filter((g) => g.kind === 'team' && g.flagged > 0)
        .map((g) => `${g.flagged} of ${g.owners} in ${g.name}`);
      const alone = groups.filter((g) => g.kind === 'owner' && g.flagged > 0).length;
      if (alone && teamParts.length) teamParts.push(`${alone} whose team is not shown`);
      return teamParts.length ? `: ${listNames(teamParts, 4)}` : '';
    };

    let summary: string;
    if (high.length === 0) summary = `None of the ${fields.length} rep-facing fields holds High Card information.`;
    else if (empt === null)
      summary = `High Card fields are ${pct(highShare)} of rep-facing fields (${high.length} of ${fields.length}); fill is not measured.`;
    else if (byOwners)
      summary =
        `For ${emptyOwners.length} of ${readings.length} record owners (${pct(emptyShare)}), the High Card fields are nearly empty ` +
        `on their own records (under ${pct(T.ownerEmpty.value)} filled)${where()}; across all rows the ${high.length} High Card fields ` +
        `are filled on average in ${pct(meanFill)}.`;
    else
      summary =
        `The ${high.length} High Card fields are filled on average in ${pct(meanFill)} of rows, ${nearlyEmpty.length} of ` +
        `${withData.length} nearly empty; they are ${pct(highShare)} of the ${fields.length} rep-facing fields` +
        (emptyShare === null || emptyOwners.length === 0 ? '.' : `; for ${emptyOwners.length} of ${readings.length} record owners (${pct(emptyShare)}) they are nearly empty.`);

    const fieldRows = [...high]
      .sort((a, b) => (a.fillRate ?? 2) - (b.fillRate ?? 2) || byText(fieldRef(a), fieldRef(b)))
      .slice(0, TABLE_CAP)
      .map((f) => [f.object, f.name, f.label, f.fillRate === null ? null : r4(f.fillRate), measured(f) ? r4(emptiness(f)) : null]);
    const groupRows = groups
      .slice(0, TABLE_CAP)
      .map((g) => [g.kind === 'team' ? g.name : `${g.name} (team not shown)`, g.owners, g.flagged, r4(g.mean)]);
    const table = byOwners
      ? { columns: ['team or owner', 'record owners', 'nearly empty for', 'mean High Card fill'], rows: groupRows }
      : fieldRows.length
        ? { columns: ['object', 'field', 'label', 'fill rate', 'emptiness'], rows: fieldRows }
        : null;

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
          fieldSignal: r4(fieldRisk),
          ownersMeasured: ownersMeasured ? readings.length : null,
          ownersNearlyEmpty: ownersMeasured ? emptyOwners.length : null,
          ownerEmptyShare: emptyShare === null ? null : r4(emptyShare),
          ownerSignal: r4(ownerRisk),
          emptyTeams: teams.length ? teams.join(';') : null,
          strongestSignal: byOwners ? 'owners' : 'fields',
        },
        ...(table ? { table } : {}),
      },
    };
  },
};

export default highCardGap;
