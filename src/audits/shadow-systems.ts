// shadow-systems (voice): the real customer data lives in spreadsheets, notebooks or another CRM.
import type { Dataset } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { ramp } from './lib/util.js';
import { themeEvidence, themeShare, voiceNotApplicable } from './lib/voice.js';

export const THRESHOLDS = {
  shareZero: { value: 0.02, meaning: 'share of notes at or below which the risk is 0' },
  shareFull: { value: 0.18, meaning: 'share of notes at which the risk is 1 (fails from 0.10)' },
} as const;

export const shadowSystems: Audit = {
  meta: {
    id: 'shadow-systems',
    title: 'Mentions of shadow systems',
    failureTitle: 'Reps keep their real data in shadow systems',
    description:
      'Every rep who keeps customers in a spreadsheet, an old contact manager or another CRM has voted against the ' +
      'official one, and their data is lost to the company when they leave. It is also a clue to what the CRM lacks.',
    category: 'voice',
    requiredKinds: ['interviews'],
    requires: ['interviews'],
    definition: 'Share of scored notes with the shadow-systems theme. Risk ramps from 0 at 0.02 to 1 at 0.18.',
    thresholds: THRESHOLDS,
  },
  notApplicable: voiceNotApplicable,
  run(d: Dataset) {
    const iv = d.interviews!;
    return {
      risk: ramp(themeShare(iv, 'shadow-systems'), THRESHOLDS.shareZero.value, THRESHOLDS.shareFull.value),
      evidence: themeEvidence(iv, ['shadow-systems'], 'speak of shadow systems: spreadsheets, notebooks or another CRM'),
    };
  },
};

export default shadowSystems;
