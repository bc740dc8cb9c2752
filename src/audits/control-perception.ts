// control-perception (voice): reps see the CRM as a surveillance tool, or as a threat to their job.
import type { Dataset } from '../result/schema.js';
import type { Audit } from './lib/types.js';
import { pct, ramp } from './lib/util.js';
import { themeEvidence, themeShare, voiceNotApplicable } from './lib/voice.js';

export const THRESHOLDS = {
  jobThreatWeight: { value: 0.5, meaning: 'weight of job-threat notes beside control-surveillance notes' },
  shareZero: { value: 0.05, meaning: 'weighted share of notes at or below which the risk is 0' },
  shareFull: { value: 0.25, meaning: 'weighted share of notes at which the risk is 1 (fails from 0.15)' },
} as const;

export const controlPerception: Audit = {
  meta: {
    id: 'control-perception',
    title: 'Talk of control and surveillance',
    failureTitle: 'Reps see the CRM as a tool to watch them',
    description:
      'Salespeople are hired to act as entrepreneurs. A system they believe exists to count their calls and expose ' +
      'them is resisted whatever its other merits, and the fear of being made replaceable runs alongside.',
    category: 'voice',
    requiredKinds: ['interviews'],
    requires: ['interviews'],
    definition:
      'Weighted share = share of scored notes with the control-surveillance theme + 0.5 x share with the job-threat ' +
      'theme. Risk ramps from 0 at 0.05 to 1 at 0.25.',
    thresholds: THRESHOLDS,
  },
  notApplicable: voiceNotApplicable,
  run(d: Dataset) {
    const iv = d.interviews!;
    const weighted = themeShare(iv, 'control-surveillance') + THRESHOLDS.jobThreatWeight.value * themeShare(iv, 'job-threat');
    const evidence = themeEvidence(iv, ['control-surveillance', 'job-threat'], 'speak of control or a threat to jobs', {
      share: weighted,
      note:
        `control or surveillance ${pct(themeShare(iv, 'control-surveillance'))}, ` +
        `job threat ${pct(themeShare(iv, 'job-threat'))} counted half`,
    });
    return {
      risk: ramp(weighted, THRESHOLDS.shareZero.value, THRESHOLDS.shareFull.value),
      evidence: { ...evidence, metrics: { ...evidence.metrics, weightedShare: Math.round(weighted * 10_000) / 10_000 } },
    };
  },
};

export default controlPerception;
