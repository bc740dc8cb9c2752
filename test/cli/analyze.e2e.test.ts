// End to end: the built bin on real public exports and on bad input, as a user would run it.
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/result/schema.js';
import { cli, cliJson, FIXTURES } from '../helpers/cli.js';
import { browserTests, pdfText } from '../report/helpers.js';

const REAL = join(FIXTURES, 'real');
const SYN = join(FIXTURES, 'synthetic');
const analyze = (...args: string[]) => cliJson<AuditResult>(['analyze', ...args]);
const field = (r: AuditResult, name: string) => r.fields!.find((f) => f.name === name)!;

describe('analyze on the real Salesforce Data Loader exports', () => {
  const r = analyze(join(REAL, 'salesforce-dataloader/opportunityData.csv'));

  it('reads every row, detects the file', () => {
    expect(r.inputs[0]).toMatchObject({ kind: 'records', crm: 'salesforce', object: 'Opportunity', rows: 38, skipped: 0, encoding: 'utf-8', delimiter: ',' });
    expect(r.fields).toHaveLength(31);
  });

  it('fill rates agree with an independent read of the file', () => {
    const rows = parse(readFileSync(join(REAL, 'salesforce-dataloader/opportunityData.csv'))) as string[][];
    const [header, ...data] = rows as [string[], ...string[][]];
    for (const name of ['DESCRIPTION', 'AMOUNT', 'NEXTSTEP', 'LEADSOURCE', 'ORACLE_ID__C', 'TOTALOPPORTUNITYQUANTITY']) {
      const i = header.indexOf(name);
      const filled = data.filter((row) => row[i]!.trim() !== '').length;
      expect(field(r, name).filled, name).toBe(filled);
      expect(field(r, name).fillRate, name).toBe(Math.round((filled / 38) * 10_000) / 10_000);
    }
  });

  it('boolean columns count only true as filled', () => {
    expect(field(r, 'ISDELETED')).toMatchObject({ type: 'boolean', filled: 0, fillRate: 0 });
    expect(field(r, 'ISCLOSED').type).toBe('boolean');
  });

  it('one owner, under a pseudonym; --now defaults to the newest timestamp', () => {
    expect(r.users!.total).toBe(1);
    expect(r.users!.perUser[0]!.user).toBe('Rep 01');
    expect(JSON.stringify(r)).not.toContain('005x0000000fNSi');
    expect(r.generatedAt).toMatch(/^2006-/);
  });

  it('the Windows-1252 Account export decodes without replacement characters', () => {
    const a = analyze(join(REAL, 'salesforce-dataloader/accountData.csv'));
    expect(a.inputs[0]).toMatchObject({ rows: 423, encoding: 'windows-1252', object: 'Account' });
    expect(a.inputs[0]!.warnings.map((w) => w.code)).toContain('encoding-fallback');
    expect(JSON.stringify(a)).not.toContain('\uFFFD');
  });
});

describe('analyze on every real file', () => {
  const expected: Record<string, number> = {
    'hubspot-fivetran/deal_data.csv': 44,
    'hubspot-fivetran/deal_property_history_data.csv': 100,
    'hubspot-fivetran/engagement_meeting_data.csv': 100,
    'edgecases/csvkit/bad.csv': 1,
    'edgecases/csvkit/test_utf16_little.csv': 2,
    'edgecases/csvkit/test_utf16_big.csv': 2,
    'edgecases/salesforce-dataloader/acctsWithBinaryDataInRTF.csv': 1,
    'edgecases/salesforce-dataloader/timeZoneFormatTestingWithErrors.csv': 6,
  };
  for (const [file, rows] of Object.entries(expected)) {
    it(file, () => {
      const r = analyze(join(REAL, file));
      expect(r.inputs[0]!.rows).toBe(rows);
    });
  }

  it('every edge-case folder runs with exit 0, every file read, no U+FFFD added', () => {
    for (const dir of ['edgecases/csv-spectrum', 'edgecases/csvkit', 'edgecases/salesforce-dataloader']) {
      const res = cli(['analyze', join(REAL, dir), '--format', 'json']);
      expect(res.code, `${dir}: ${res.stderr}`).toBe(0);
      const r = JSON.parse(res.stdout) as AuditResult;
      expect(r.inputs).toHaveLength(readdirSync(join(REAL, dir)).filter((x) => x.endsWith('.csv')).length);
      // location_coordinates.csv carries one U+FFFD of its own: the output may hold that one only.
      const own = r.inputs.some((i) => i.path.endsWith('location_coordinates.csv')) ? 1 : 0;
      expect((res.stdout.match(/\uFFFD/g) ?? []).length, dir).toBeLessThanOrEqual(own);
    }
  });

  it('the HubSpot meetings give activity figures; the property history gives field edits', () => {
    const r = analyze(join(REAL, 'hubspot-fivetran/engagement_meeting_data.csv'), join(REAL, 'hubspot-fivetran/deal_property_history_data.csv'));
    expect(r.activity!.activities).toBe(100);
    expect(r.fieldHistory!.changes).toBe(100);
  });
});

describe('folders, parts and formats', () => {
  it('a folder export is one dataset; rows repeated across parts are dropped once', () => {
    const r = analyze(join(SYN, 'salesforce-export'));
    const task = r.inputs.filter((i) => i.object === 'Task');
    expect(task.map((i) => i.rows)).toEqual([3, 1]);
    expect(task[1]!.duplicates).toBe(1);
    expect(r.activity!.activities).toBe(4);
    // The roster: two active users, one inactive.
    expect(r.users!.total).toBe(2);
    expect(r.users!.rosterGiven).toBe(true);
    // Task fields from both parts are merged into one field per object and name.
    expect(r.fields!.filter((f) => f.object === 'Task' && f.name === 'Subject')).toHaveLength(1);
    expect(r.fields!.find((f) => f.object === 'Task' && f.name === 'Subject')!.rows).toBe(4);
  });

  it('the Salesforce report export: trailer not counted, currency read as numbers, owners by name', () => {
    const r = analyze(join(SYN, 'salesforce-report/opportunity-report.csv'));
    expect(r.inputs[0]).toMatchObject({ rows: 4, trailerLines: 3 });
    expect(field(r, 'Amount').type).toBe('number');
    expect(field(r, 'Calls This Week').junkShare).toBe(0.75);
    expect(r.users!.total).toBe(2);
  });

  it('UTF-16 tab-delimited HubSpot export equals its UTF-8 comma twin', () => {
    const a = analyze(join(SYN, 'hubspot-ui/deals.csv'));
    const b = analyze(join(SYN, 'hubspot-ui/deals-unicode.csv'));
    const strip = (r: AuditResult) => r.fields!.map(({ source: _s, ...f }) => f);
    expect(strip(b)).toEqual(strip(a));
  });

  it('a German Pipedrive export (sep=;, "Erstellt am", "Aktualisiert am") is dated from its own dates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-pipedrive-de-'));
    writeFileSync(
      join(dir, 'deals.csv'),
      'sep=;\r\nDeal - Titel;Deal - Besitzer;Deal - Wert;Deal - Phase;Deal - Erstellt am;Deal - Aktualisiert am\r\n' +
        'Alpha;Lena Fischer;1200;Qualifiziert;01.09.2026 10:00;01.10.2026 11:00\r\nBeta;Jonas Weber;3400;Kontakt;05.09.2026 09:30;20.09.2026 15:00\r\n',
    );
    const res = cli(['analyze', join(dir, 'deals.csv'), '--format', 'json']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).not.toContain('the data holds no dates');
    const r = JSON.parse(res.stdout) as AuditResult;
    expect(r.inputs[0]!.roles).toMatchObject({ created: 'Deal - Erstellt am', modified: 'Deal - Aktualisiert am' });
    expect(r.generatedAt).toBe('2026-10-01T11:00:00.000Z');
  });

  it('--kind FILE=KIND overrides detection', () => {
    const r = analyze(join(REAL, 'edgecases/csv-spectrum/simple.csv'), '--kind', 'simple.csv=activities');
    expect(r.inputs[0]).toMatchObject({ kind: 'activities', kindConfidence: 1 });
  });
});

describe('determinism', () => {
  it('the same inputs give byte-identical JSON', () => {
    const args = ['analyze', join(SYN, 'salesforce-export'), join(REAL, 'salesforce-dataloader/opportunityData.csv'), '--format', 'json'];
    const a = cli(args);
    const b = cli(args);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('bad input: one line, the documented exit code, no cell values', () => {
  it('a missing file: exit 2 naming the file', () => {
    const r = cli(['analyze', 'no/such/file.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no/such/file.csv');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--strict on a ragged file: exit 3 with file:line', () => {
    const r = cli(['analyze', join(REAL, 'edgecases/csvkit/bad.csv'), '--strict']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad\.csv:2/);
    expect(r.stderr).not.toContain('uh oh');
  });

  it('--max-errors 1 with two bad rows: exit 3; without it the rows are skipped and counted', () => {
    expect(cli(['analyze', join(REAL, 'edgecases/csvkit/bad.csv'), '--max-errors', '1']).code).toBe(3);
    const ok = cli(['analyze', join(REAL, 'edgecases/csvkit/bad.csv'), '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('2 malformed rows were skipped');
    const r = JSON.parse(ok.stdout) as AuditResult;
    expect(r.inputs[0]!.skipped).toBe(2);
    expect(r.inputs[0]!.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(ok.stdout).not.toContain('uh oh');
  });

  it('a binary file or a workbook: exit 2 saying what it looks like', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-bin-'));
    writeFileSync(join(dir, 'book.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const r = cli(['analyze', join(dir, 'book.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Excel workbook');
  });

  it('an empty file among others: a warning, not a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-empty-'));
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'blank.csv'), '\ufeff\r\n\r\n');
    const r = cli(['analyze', dir, join(REAL, 'salesforce-dataloader/opportunityData.csv'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('the file is empty');
    expect((JSON.parse(r.stdout) as AuditResult).inputs).toHaveLength(3);
  });

  it('--now must be a real date: exit 2', () => {
    for (const now of ['2026-13-45', '2026-02-30']) {
      const r = cli(['analyze', join(REAL, 'salesforce-dataloader/opportunityData.csv'), '--now', now]);
      expect(r.code, now).toBe(2);
    }
  });

  it('a bad flag value: exit 2', () => {
    const r = cli(['analyze', join(REAL, 'edgecases/csv-spectrum/simple.csv'), '--now', 'yesterday']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--now');
  });

  it('an invalid config: exit 2 with the file and the setting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-cfg-'));
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ report: { accent: 'blue' } }));
    const r = cli(['analyze', join(REAL, 'edgecases/csv-spectrum/simple.csv'), '--config', join(dir, 'c.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('report.accent');
  });

  it('a config with broken JSON: exit 2 with line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-cfg-'));
    writeFileSync(join(dir, 'c.json'), '{\n  "report": {\n    "client": "A"\n    "firm": "B"\n  }\n}\n');
    const r = cli(['analyze', join(REAL, 'edgecases/csv-spectrum/simple.csv'), '--config', join(dir, 'c.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/c\.json:4:\d+/);
  });

  it('--out refuses to replace a file without --force (exit 1), and writes atomically with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-out-'));
    const out = join(dir, 'a.json');
    writeFileSync(out, 'keep');
    const input = join(REAL, 'edgecases/csv-spectrum/simple.csv');
    expect(cli(['analyze', input, '--out', out]).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('keep');
    expect(cli(['analyze', input, '--out', out, '--force']).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(2);
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('an unwritable path: exit 1 with one line', () => {
    for (const out of ['/nonexistent-folder/a.json', join(REAL, 'SOURCES.md', 'a.json')]) {
      const r = cli(['analyze', join(REAL, 'salesforce-dataloader/opportunityData.csv'), '--out', out]);
      expect(r.code, out).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('the command line', () => {
  it('--version and --help', () => {
    const v = cli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = cli(['--help']);
    for (const c of ['analyze', 'classify', 'interviews', 'questionnaire', 'report', 'compare', 'schema', 'init', 'doctor']) expect(h.stdout).toContain(c);
  });

  it('every command has examples in its help', () => {
    for (const c of ['analyze', 'classify', 'interviews', 'questionnaire', 'report', 'compare', 'schema', 'init', 'doctor']) {
      const h = cli([c, '--help']);
      expect(h.code, c).toBe(0);
      expect(h.stdout, c).toContain('Examples:');
    }
  });

  it('the questionnaire without a terminal: exit 2, and how to write the answers by hand', () => {
    const r = cli(['questionnaire', '--out', join(mkdtempSync(join(tmpdir(), 'crm-audit-q-')), 'answers.json')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('asks its questions at a terminal');
    expect(r.stderr).toContain('crm-audit schema answers');
  });

  it('an unknown command or flag: exit 2', () => {
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['analyze', '--no-such-flag']).code).toBe(2);
  });

  it('table output on request, no colour under NO_COLOR, control characters stripped', () => {
    const r = cli(['analyze', join(SYN, 'salesforce-report/opportunity-report.csv'), '--format', 'table'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Fields');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('schema analysis prints a JSON Schema', () => {
    const r = cli(['schema', 'analysis']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { properties: Record<string, unknown> };
    for (const k of ['schemaVersion', 'tool', 'generatedAt', 'situation', 'meta', 'inputs', 'fields', 'users', 'audits', 'risk']) expect(s.properties).toHaveProperty(k);
    // version 2 is written; version 1, a subset, is read as well
    expect(s.properties.schemaVersion).toMatchObject({ type: 'number', enum: [1, 2] });
  });

  it('init writes a valid config and rules file, and refuses to overwrite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-init-'));
    expect(cli(['init'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'crm-audit.config.json'))).toBe(true);
    expect(existsSync(join(dir, 'crm-audit.rules.json'))).toBe(true);
    expect(cli(['init'], { cwd: dir }).code).toBe(1);
    const r = cli(['analyze', join(REAL, 'salesforce-dataloader/opportunityData.csv'), '--config', 'crm-audit.config.json', '--rules', 'crm-audit.rules.json', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('--debug', () => {
  it('prints where the time went, in order, after the output', () => {
    const r = cli(['analyze', join(REAL, 'salesforce-dataloader/opportunityData.csv'), '--format', 'json', '--debug']);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const line = r.stderr.split('\n').find((l) => l.startsWith('crm-audit: timeline: '));
    expect(line).toBeDefined();
    const marks = line!.replace('crm-audit: timeline: ', '').split(', ').map((p) => /^(.+) at (\d+\.\d\d) s(?: \(\+\d+\.\d\d\))?$/.exec(p));
    expect(marks.map((m) => m?.[1])).toEqual(['loaded', 'files read', 'assembled', 'analysed', 'done']);
    const times = marks.map((m) => Number(m![2]));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('prints no timeline without it', () => {
    expect(cli(['analyze', join(REAL, 'salesforce-dataloader/opportunityData.csv'), '--format', 'json']).stderr).not.toContain('timeline');
  });
});

describe('--out is checked before the work', () => {
  const opp = join(REAL, 'salesforce-dataloader/opportunityData.csv');

  it('refuses a --format that contradicts the extension of --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-out-'));
    const r = cli(['analyze', opp, '--format', 'pdf', '--out', join(dir, 'report.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format pdf and the extension of --out \(html\) disagree/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an existing file without --force, and a missing folder, before analysing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-out-'));
    writeFileSync(join(dir, 'taken.json'), '{}');
    const taken = cli(['analyze', opp, '--out', join(dir, 'taken.json')]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/the output file already exists/);
    expect(readFileSync(join(dir, 'taken.json'), 'utf8')).toBe('{}');
    const missing = cli(['analyze', opp, '--out', join(dir, 'no-such-folder', 'x.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/the output folder does not exist/);
  });
});

describe('analyze --interviews with a review sheet that does not fit', () => {
  it('says which corrections were not applied, on stderr and in the JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-coding-'));
    const notes = join(dir, 'notes-q1.csv');
    writeFileSync(notes, 'respondent,note\nr1,The app is slow in the car park.\nr2,Nobody reads the visit reports.\n');
    const sheet = join(dir, 'reviewed.csv');
    writeFileSync(sheet, 'file,line,themes,sentiment\nnotes-june.csv,2,training,negative\nnotes-june.csv,5,mobile,neutral\nnotes-workshop.csv,3,mobile,neutral\n');
    const r = cli(['analyze', join(REAL, 'salesforce-dataloader/opportunityData.csv'), '--interviews', notes, '--coding', sheet, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/notes-q1\.csv: 3 rows of the review sheet match no note of these files and were not applied \(.*reviewed\.csv:2, .*reviewed\.csv:3, .*reviewed\.csv:4\)/);
    const result = JSON.parse(r.stdout) as AuditResult;
    const input = result.inputs.find((i) => i.path.endsWith('notes-q1.csv'))!;
    expect(input.warnings.map((w) => w.code)).toContain('interviews');
  });
});

describe.runIf(browserTests())('analyze on interview notes alone, to a PDF (real bin, real Chromium)', () => {
  const NOTES = join(FIXTURES, 'interviews');

  it('dates the report by the month of the newest note and calls the CRM live when the notes speak of it in use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-notes-'));
    const out = join(dir, 'own.pdf');
    const r = cli(['analyze', join(NOTES, 'notes-only.csv'), '--client', 'Hartwell Medical', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/holds no dates|pass --now|pass --situation/);
    const text = pdfText(out);
    const cover = text.split('\f')[0]!;
    // the newest note is of 25 February: the report is dated by its month's last day, never by that interview's day
    expect(cover).toContain('February 28, 2025');
    expect(text).not.toContain('February 25');
    expect(cover).toContain('After implementation');
    expect(cover).not.toMatch(/Before implementation|–\s*$/m);
    expect(text.replace(/\s+/g, ' ')).toContain('from data as of February 28, 2025.');
    expect(text).toContain('The CRM has been live for some time, so this audit rests on what the reps told us alone.');
    const table = cli(['analyze', join(NOTES, 'notes-only.csv'), '--client', 'Hartwell Medical', '--format', 'table']);
    expect(table.stdout.split('\n')[1]).toBe('post-implementation · data as of 2025-02-28');
  });

  it('says so, on the cover, in the summary and on stderr, when nothing tells whether the CRM is in use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-notes-'));
    const notes = join(dir, 'notes.csv');
    writeFileSync(
      notes,
      'respondent,team,date,note\n' +
        Array.from({ length: 12 }, (_, i) => `R${i},North,2025-06-0${(i % 9) + 1},"Pricing approvals take too long for deal ${i}, and the discount rules are unclear."`).join('\n') +
        '\n',
    );
    const out = join(dir, 'own.pdf');
    const r = cli(['analyze', notes, '--client', 'Hartwell Medical', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/nothing given says whether the CRM is in use or still planned: the audit is written as pre-implementation; pass --situation/);
    const text = pdfText(out);
    expect(text.split('\f')[0]).toContain('Before implementation (assumed)');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Nothing supplied says whether the CRM is in use yet, so this report treats it as still being planned (give --situation to say otherwise). This audit rests on what the reps told us alone.',
    );
  });
});
