// The report as Markdown, to paste into a proposal or a wiki: the same sections as the HTML and PDF, from the
// same view model, without charts (their figures are in the tables). Data is escaped so that a field label or a
// note cannot inject markup, links or HTML into the document it is pasted into.
import { safeText } from './safe-text.js';
import type { AuditResult } from '../result/schema.js';
import type { Editorial } from './editorial.js';
import { createFormatter, DASH } from './format.js';
import { buildModel, type FindingView, type ReportModel } from './model.js';
import { SECTION_TITLES, type SectionId } from './text.js';

/**
 * Escape one line of data for Markdown: only what Markdown (CommonMark with GitHub's tables and strikethrough)
 * would read as syntax, so that the text stays readable when pasted and inert when rendered. Backslash escapes,
 * never HTML entities: an entity is itself Markdown syntax, and shows as `&amp;` where HTML is not rendered.
 * - `\` `` ` `` `*` `[` `]` `<` `>` `|` `~` always (code, emphasis, links, HTML and autolinks, table cells,
 *   strikethrough);
 * - `_` unless its run sits between two letters or digits, where it cannot start or end emphasis
 *   (`Calls_This_Week__c`);
 * - `&` only where it would start an entity (`&copy;`, `&#169;`);
 * - the `:` of `http:`, `https:`, `ftp:` and `mailto:`, the `.` of `www.` and the `@` of an address, which
 *   GitHub's renderer would otherwise turn into links.
 * Parentheses, dots and the like need nothing: without `[`/`]` they cannot form a link. Block syntax at the start
 * of a line (`#`, `-`, `1.`) is escaped by {@link mdLine}, for data that begins a line.
 */
export function mdText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return safeText(String(value))
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*[\]<>|~]/g, '\\$&')
    .replace(/_+/g, (run, at: number, s: string) =>
      WORD.test(s.charAt(at - 1)) && WORD.test(s.charAt(at + run.length)) ? run : run.replace(/_/g, '\\_'),
    )
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    // GitHub-flavoured renderers turn bare URLs and e-mail addresses into links; an escaped character breaks the
    // pattern they look for and still shows as itself.
    .replace(/\b(https?|ftp|mailto|www)([:.])/gi, '$1\\$2')
    .replace(/(?<=[\p{L}\p{N}._%+-])@(?=[\p{L}\p{N}])/gu, '\\@');
}

const WORD = /^[\p{L}\p{N}]$/u;

/** {@link mdText}, for data that starts a line: also escapes what would make the line a heading, list or rule. */
export function mdLine(value: string | number | null | undefined): string {
  return mdText(value).replace(/^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|[-=]{3,}|\d{1,9}(?=[.)](?:\s|$)))/, (_, sp: string, m: string) =>
    /^\d/.test(m) ? `${sp}${m}\\` : `${sp}\\${m}`,
  );
}

/** A title followed by more text reads as a sentence: end it with a full stop unless it has its own. */
function sentence(title: string): string {
  return /[.!?:…]$/.test(title.trim()) ? title : `${title.trim()}.`;
}

function table(head: string[], rows: Array<Array<string>>, right: number[] = []): string {
  if (!rows.length) return '';
  const align = head.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

export function renderMarkdown(result: AuditResult, editorial?: Editorial): string {
  return markdownFromModel(buildModel(result, editorial));
}

export function markdownFromModel(m: ReportModel): string {
  const f = createFormatter(m.meta.locale);
  const out: string[] = [];
  const p = (s = '') => out.push(s);
  const heading = (id: SectionId) => {
    p(`## ${m.numbers[id]}. ${SECTION_TITLES[id]}`);
    p();
    const notes = m.commentary[id];
    if (notes) {
      for (const n of notes) p(`> **Consultant's note:** ${mdText(n)}`);
      p();
    }
  };
  const findingRows = (list: FindingView[]) =>
    list.map((x) => [
      x.statusLabel,
      `**${mdText(x.title)}**${x.summary ? `<br>${mdText(x.summary)}` : ''}${x.commentary.map((c) => `<br>*${mdText(c)}*`).join('')}`,
      x.risk === null ? DASH : f.number(x.risk * 100),
    ]);

  p(m.meta.clientNamed ? `# ${m.title}: ${mdText(m.meta.client)}` : `# ${m.title}`);
  p();
  const by = [m.meta.consultant, m.meta.firm].filter((x): x is string => !!x).map(mdText).join(', ');
  p(`${mdText(m.meta.situation)} · ${f.date(m.meta.dateIso)}${by ? ` · prepared by ${by}` : ''}`);
  p();
  p(`*${m.confidential}: prepared for ${mdText(m.meta.client)} only. ${m.privacy}*`);
  p();

  if (m.summary) {
    const s = m.summary;
    heading('summary');
    p(m.meta.situationLead);
    p();
    if (s.score !== null) {
      p(`**Adoption-risk score: ${f.number(s.score)} / 100 (${s.bandLabel ?? ''})**. ${s.bandMeaning ?? ''}`);
      if (s.confidence) p(`Confidence: ${s.confidence}.${s.confidenceReasons.map((r) => ` ${mdText(r)}`).join('')}`);
      p();
    }
    if (s.keyFindings.length) {
      p('### Key findings');
      p();
      s.keyFindings.forEach((k, i) => p(`${i + 1}. **${mdText(sentence(k.title))}**${k.detail ? ` ${mdText(k.detail)}` : ''}`));
      p();
    }
    if (s.topRecommendations.length) {
      p('### Top recommendations');
      p();
      for (const r of s.topRecommendations) p(`- **${mdText(r.title)}** (${r.phaseTitle}): ${mdText(r.why)}`);
      p();
    }
  }

  if (m.scorecard) {
    heading('scorecard');
    p(table(['Category', 'Score', 'Weight'], m.scorecard.categories.map((c) => [c.title, c.score === null ? 'not assessed' : f.number(c.score), f.number(c.weight, 2)]), [1, 2]));
    for (const c of m.scorecard.categories) {
      if (!c.findings.length && !c.notAssessed) continue;
      p(`### ${mdText(c.title)}`);
      p();
      if (c.notAssessed) p(`${mdText(c.notAssessed)}\n`);
      else p(table(['Status', 'Finding', 'Risk'], findingRows(c.findings), [2]));
    }
  }

  if (m.fields) {
    const x = m.fields;
    heading('fields');
    p(table(['Card', 'Fields', 'Share'], x.cards.map((c) => [c.label, f.number(c.count), f.percent(c.share)]), [1, 2]));
    if (x.lowCard.length) {
      p('### Low Card fields');
      p();
      p(table(['Field', 'Object', 'Required', 'Filled', 'Junk'], x.lowCard.map((r) => [`\`${r.name.replace(/`/g, '')}\`${r.showLabel ? ` ${mdText(r.label)}` : ''}`, mdText(r.object), r.required, f.percent(r.fillRate), f.percent(r.junkShare)]), [3, 4]));
    }
    if (x.highCardEmpty.length) {
      p(`### High Card fields left empty (filled in fewer than ${f.percent(x.highCardEmptyBelow)} of records)`);
      p();
      p(table(['Field', 'Object', 'Filled'], x.highCardEmpty.map((r) => [`\`${r.name.replace(/`/g, '')}\`${r.showLabel ? ` ${mdText(r.label)}` : ''}`, mdText(r.object), f.percent(r.fillRate)]), [2]));
    }
  }

  if (m.usage) {
    const u = m.usage;
    heading('usage');
    const rows: string[][] = [];
    if (u.users) {
      rows.push(['Users', f.number(u.users.total)], ['Active in the last 90 days', `${f.number(u.users.active90)} (${f.percent(u.users.activeShare90)})`]);
      rows.push(['Inactive for 90 days', f.percent(u.users.inactiveShare)]);
      if (u.users.howOftenUnknown) rows.push(['How often they use it', `not shown: ${mdText(u.users.howOftenUnknown)}`]);
      else {
        rows.push(['Concentration (Gini)', f.fixed(u.users.gini)]);
        rows.push(['Polarisation', `${f.fixed(u.users.polarization.index)} (${f.percent(u.users.polarization.lowShare)} rarely active, ${f.percent(u.users.polarization.highShare)} almost daily)`]);
      }
    }
    if (u.activity) {
      rows.push(['Activities', f.number(u.activity.activities)], ['Logged in bursts', f.percent(u.activity.burstShare)]);
      rows.push(['Logged late', f.percent(u.activity.lateShare)], ['Logged Friday to Sunday or at month end', f.percent(u.activity.periodEndShare)]);
    }
    if (u.freshness) {
      rows.push([u.freshness.open ? 'Open records (not closed, won or lost)' : 'Records', f.number(u.freshness.records)], ['Median days since last change', f.number(u.freshness.medianDays)]);
      rows.push([`Not changed for more than ${u.staleDays} days`, f.percent(u.freshness.staleShare)]);
    }
    p(table(['Measure', 'Value'], rows, [1]));
    if (u.users?.teams.length) {
      p(table(['Team', 'Users', 'Active (90 days)', 'Inactive'], u.users.teams.map((t) => [mdText(t.name), f.number(t.users), f.number(t.active90), f.percent(t.inactiveShare)]), [1, 2, 3]));
    }
  }

  if (m.voice) {
    const v = m.voice;
    heading('voice');
    if (v.noFigures) {
      p(`${f.plural(v.notes, 'note')} from ${f.plural(v.respondents, 'respondent')}. ${v.noFigures}`);
      p();
    } else if (v.noStances) p(`${f.plural(v.notes, 'note')} from ${f.plural(v.respondents, 'respondent')}. ${v.noStances}`);
    else {
      p(`${f.plural(v.notes, 'note')} from ${f.plural(v.respondents, 'respondent')}. Polarisation of stances: ${f.fixed(v.polarization)}.`);
      p();
      p(table(['Stance', 'Respondents'], v.stances.map((s) => [s.label, f.number(s.count)]), [1]));
    }
    if (!v.noFigures) p(table(['Theme', 'Notes', 'Share'], v.themes.map((t) => [mdText(t.title), f.number(t.count), f.percent(t.share)]), [1, 2]));
    if (v.categories.length) p(table(['Workshop category', 'Notes'], v.categories.map((c) => [c.label, f.number(c.count)]), [1]));
    for (const q of v.quotes) p(`> “${mdText(q.text)}” (${mdText(q.theme)}${q.group ? `, ${mdText(q.group)}` : ''})\n`);
    if (v.noQuotes && !v.noFigures) p(`${v.noQuotes}\n`);
  }

  if (m.readiness) {
    heading('readiness');
    p('What the questionnaire says about how the CRM is, or will be, set up and brought in. Each answer feeds a readiness check; the checks are in the scorecard.\n');
    if (m.readiness.answers.length) {
      p(table(['Section', 'Question', 'Answer'], m.readiness.answers.map((a) => [mdText(a.sectionStart ?? ''), mdText(a.question), mdText(a.answer)])));
    }
  }

  if (m.roadmap) {
    heading('roadmap');
    for (const ph of m.roadmap.phases) {
      p(`### ${ph.title} (${ph.when})`);
      p();
      for (const r of ph.recommendations) {
        p(`**${mdText(r.title)}**. ${mdText(r.why)}`);
        p();
        r.steps.forEach((s, i) => p(`${i + 1}. ${mdLine(s)}`));
        if (r.findings.length) p(`\n*Addresses: ${r.findings.map(mdText).join('; ')}*`);
        for (const c of r.commentary) p(`\n> ${mdLine(c)}`);
        p();
      }
    }
  }

  const a = m.appendix;
  heading('appendix');
  p('### Method');
  p();
  for (const para of a.method) p(`${para}\n`);
  p('### Data sources and quality');
  p();
  if (a.inputs.length) {
    p(table(['File', 'Kind', 'Rows', 'Skipped', 'Duplicates', 'Encoding'], a.inputs.map((i) => [`\`${i.path.replace(/`/g, '')}\``, i.kind, f.number(i.rows), f.number(i.skipped), f.number(i.duplicates), i.encoding]), [2, 3, 4]));
  } else p('No data files were read: this audit rests on the questionnaire alone.\n');
  if (a.questionnaire) p(`${a.questionnaire}\n`);
  if (a.edits.any) {
    p('### Editorial changes');
    p();
    if (a.edits.hidden.length) p(`${a.edits.hiddenRule}\n`);
    for (const h of a.edits.hidden) p(`- Hidden from the report: ${mdText(h)}`);
    for (const r of a.edits.reworded) p(`- Reworded: “${mdText(r.from)}” is shown as “${mdText(r.to)}”`);
    for (const c of a.edits.commented) p(`- Commentary added to: ${mdText(c)}`);
    for (const r of a.edits.hiddenRecommendations) p(`- Recommendation hidden: ${mdText(r)}`);
    if (a.edits.ownKeyFindings) p(`- ${f.plural(a.edits.ownKeyFindings, 'key finding')} written by the consultant`);
    p();
  }
  p('### Glossary');
  p();
  for (const g of a.glossary) p(`- **${g.term}**: ${g.definition}`);
  p();
  p(`*Made with ${m.tool.name} ${mdText(m.tool.version)} from data as of ${f.date(m.meta.dateIso)}.*`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
