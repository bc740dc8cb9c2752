// negative-voice (voice): what reps say about the CRM is mostly negative, or many of them reject it outright.
import type { Dataset } from '../result/schema.js';
import type { Audit, AuditOutcome } from './lib/types.js';
import { pct, r4, ramp, share } from './lib/util.js';
import { voiceNotApplicable } from './lib/voice.js';
import { whyNoStances } from '../interviews/withheld.js';
import { minGroupSizeOf } from '../config/config-schema.js';

export const THRESHOLDS = {
  negativeZero: { value: 0.1, meaning: 'share of negative notes at or below which that signal is 0' },
  negativeFull: { value: 0.7, meaning: 'share of negative notes at which that signal is 1 (fails from 0.40)' },
  hateZero: { value: 0.1, meaning: 'share of respondents whose stance is hate at or below which that signal is 0' },
  hateFull: { value: 0.7, meaning: 'share of respondents whose stance is hate at which that signal is 1 (fails from 0.40)' },
} as const;

export const negativeVoice: Audit = {
  meta: {
    id: 'negative-voice',
    title: 'Tone of what reps say about the CRM',
    failureTitle: 'Reps speak of the CRM mostly negatively',
    description:
      'In confidential interviews and workshops people say what they do not write in surveys. A majority of negative ' +
      'notes, or many respondents who hate the tool, means no amount of mandate will make it stick.',
    category: 'voice',
    requiredKinds: ['interviews'],
    requires: ['interviews'],
    definition:
      'Two ramps: negative notes / scored notes 0.10→0.70, and respondents whose stance is hate / respondents with a ' +
      'stance 0.10→0.70. The risk is the stronger of the two.',
    thresholds: THRESHOLDS,
  },
  notApplicable: voiceNotApplicable,
  run(d: Dataset): AuditOutcome {
    const iv = d.interviews!;
    const T = THRESHOLDS;
    const s = iv.sentiment;
    const notes = s.positive + s.neutral + s.negative;
    const negShare = share(s.negative, notes);
    const st = iv.stances;
    const people = st.love + st.hate + st.ambivalent + st.neutral;
    const hateShare = share(st.hate, people);
    const negRisk = ramp(negShare, T.negativeZero.value, T.negativeFull.value);
    const hateRisk = ramp(hateShare, T.hateZero.value, T.hateFull.value);
    const risk = Math.max(negRisk, hateRisk);
    const notesText = `${pct(negShare)} of ${notes} scored notes are negative`;
    if (iv.stancesHidden) {
      return {
        risk: negRisk,
        evidence: {
          summary: `${notesText}; no stance is counted: ${whyNoStances(iv, minGroupSizeOf(d.settings))}.`,
          metrics: { scoredNotes: notes, negativeShare: r4(negShare), positiveShare: r4(share(s.positive, notes)) },
        },
      };
    }
    // a respondent whose notes are all in another language has no stance: say so, or the two counts disagree
    const unscored = Math.max(0, iv.respondents - people);
    const stanceText =
      `${st.hate} hate the CRM, ${st.love} love it and ${st.ambivalent} are ambivalent` +
      (unscored > 0 ? `; ${unscored} more wrote only in another language` : '');
    return {
      risk,
      evidence: {
        summary:
          hateRisk > negRisk
            ? `${pct(hateShare)} of ${people} respondents hate the CRM (${stanceText}); ${notesText}.`
            : `${notesText}; of ${people} respondents, ${stanceText}.`,
        metrics: {
          scoredNotes: notes,
          negativeShare: r4(negShare),
          positiveShare: r4(share(s.positive, notes)),
          respondents: people,
          hateShare: r4(hateShare),
          loveShare: r4(share(st.love, people)),
          stancePolarization: r4(iv.polarization.index),
        },
        table: {
          columns: ['stance', 'respondents', 'share'],
          rows: (['love', 'hate', 'ambivalent', 'neutral'] as const).map((k) => [k, st[k], r4(share(st[k], people))]),
        },
      },
    };
  },
};

export default negativeVoice;
