// The scoring model as Markdown, generated from the code (weights table, bands, audit definitions and thresholds),
// so that the README and the report's method appendix can never disagree with what is computed.
import { AUDITS } from '../audits/index.js';
import type { Audit } from '../audits/lib/types.js';
import { CATEGORY_IDS } from '../result/schema.js';
import { BAND_LIMITS } from './score.js';
import { AUDIT_WEIGHTS, CATEGORY_TITLES, CATEGORY_WEIGHTS, DEFAULT_AUDIT_WEIGHT } from './weights.js';

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function scoringModelMarkdown(audits: readonly Audit[] = AUDITS): string {
  const out: string[] = [];
  out.push('| category | weight | audit | weight in category |', '| --- | ---: | --- | ---: |');
  for (const c of CATEGORY_IDS) {
    const mine = audits.filter((a) => a.meta.category === c);
    if (!mine.length) {
      out.push(`| ${CATEGORY_TITLES[c]} (\`${c}\`) | ${CATEGORY_WEIGHTS[c]} | _none yet_ | |`);
      continue;
    }
    mine.forEach((a, i) => {
      const head = i === 0 ? `${CATEGORY_TITLES[c]} (\`${c}\`) | ${CATEGORY_WEIGHTS[c]}` : ' | ';
      out.push(`| ${head} | \`${a.meta.id}\` | ${AUDIT_WEIGHTS[a.meta.id] ?? DEFAULT_AUDIT_WEIGHT} |`);
    });
  }
  out.push('');
  let lower = 0;
  const bands = BAND_LIMITS.map((b) => {
    const text = Number.isFinite(b.below) ? `${b.band} ${lower}–${b.below}` : `${b.band} ${lower}–100`;
    lower = b.below;
    return text;
  });
  out.push(`Bands: ${bands.join(', ')} (a score on a boundary takes the higher band).`, '');
  out.push('| audit | category | needs | what it measures | thresholds |', '| --- | --- | --- | --- | --- |');
  for (const a of audits) {
    const t = Object.entries(a.meta.thresholds)
      .map(([k, v]) => `${k} = ${v.value}: ${v.meaning}`)
      .join('; ');
    const needs = a.meta.requiredKinds.length ? a.meta.requiredKinds.join(', ') : a.meta.requires.includes('answers') ? 'answers' : '';
    out.push(`| \`${a.meta.id}\` | ${a.meta.category} | ${needs} | ${cell(a.meta.definition)} | ${cell(t)} |`);
  }
  return `${out.join('\n')}\n`;
}
