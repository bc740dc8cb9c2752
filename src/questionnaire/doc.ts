// The questionnaire as Markdown, generated from the questions and the readiness checks, so that the README's
// list of questions, their answers and the risk each answer stands for can never disagree with what is scored.
import { READINESS_AUDITS } from '../audits/index.js';
import { QUESTIONS, SECTIONS, type Question } from './questions.js';

const cell = (s: string) => s.replace(/\|/g, '\\|');

function answersText(q: Question): string {
  switch (q.kind) {
    case 'select':
      return q.choices.map((c) => `\`${c.value}\` ${c.label}${c.risk === undefined ? '' : ` (${c.risk})`}`).join('; ');
    case 'checkbox':
      return `any of ${q.choices.map((c) => `\`${c.value}\` ${c.label}`).join('; ')}`;
    case 'number':
      return `a number of ${q.unit}, ${q.min} to ${q.max}`;
    case 'planned-fields':
      return 'the Low Card fields of the planned list (`--fields`) that someone reads';
  }
}

export function questionsMarkdown(): string {
  const checkOf = new Map(READINESS_AUDITS.flatMap((a) => a.questions.map((q) => [q, a.meta.id] as const)));
  const out = ['| section | key | question | answers (risk) | asked | check |', '| --- | --- | --- | --- | --- | --- |'];
  for (const q of QUESTIONS) {
    const asked = q.kind === 'planned-fields' ? 'with `--fields`' : (q.whenText ?? 'always');
    const check = checkOf.get(q.id);
    out.push(
      `| ${SECTIONS[q.section]} | \`${q.id}\` | ${cell(q.text)} | ${cell(answersText(q))} | ${asked} | ${check ? `\`${check}\`` : 'chooses the wording and the playbooks'} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
