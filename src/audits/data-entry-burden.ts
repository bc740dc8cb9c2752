// data-entry-burden (voice): reps say the CRM takes time they should spend selling.
import type { Dataset } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { ramp } from './lib/util.js';
import { themeEvidence, themeShare, voiceNotApplicable } from './lib/voice.js';

export const THRESHOLDS = {
  shareZero: { value: 0.05, meaning: 'share of notes at or below which the risk is 0' },
  shareFull: { value: 0.25, meaning: 'share of notes at which the risk is 1 (fails from 0.15)' },
} as const;

export const dataEntryBurden: Audit = {
  meta: {
    id: 'data-entry-burden',
    title: 'Complaints about data entry',
    failureTitle: 'Reps say data entry eats their selling time',
    description:
      'Every minute of typing has to be paid back in something the rep values. When data entry is what reps talk ' +
      'about, the balance is wrong, and automation or fewer fields will do more than any training.',
    category: 'voice',
    requiredKinds: ['interviews'],
    requires: ['interviews'],
    definition: 'Share of scored notes with the data-entry-burden theme. Risk ramps from 0 at 0.05 to 1 at 0.25.',
    thresholds: THRESHOLDS,
  },
  notApplicable: voiceNotApplicable,
  run(d: Dataset) {
    const iv = d.interviews!;
    return {
      risk: ramp(themeShare(iv, 'data-entry-burden'), THRESHOLDS.shareZero.value, THRESHOLDS.shareFull.value),
      evidence: themeEvidence(iv, ['data-entry-burden'], 'complain about the time data entry takes'),
    };
  },
};

export default dataEntryBurden;
