// Notes files headed in German or French are read by their columns, in interviews and analyze.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult, InterviewsResult } from '../../src/result/schema.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-headers-'));
writeFileSync(
  join(dir, 'notizen.csv'),
  'Teilnehmer;Team;Rolle;Datum;Notiz\n' +
    'Jürgen Weiß;Nord;Außendienst;15.03.2024;Jeden Anruf im CRM erfassen kostet mich jeden Abend eine Stunde\n' +
    'Anna Berg;Nord;Innendienst;16.03.2024;Das CRM ist nutzlos, sagt auch Jürgen\n',
);
writeFileSync(
  join(dir, 'commentaires.csv'),
  'Participant;Équipe;Rôle;Date;Commentaire\n' +
    'Marie Dupont;Nord;Commercial;15/03/2024;Je dois saisir chaque appel dans le CRM\n' +
    'Jean Martin;Sud;Commercial;16/03/2024;Le CRM ne sert à rien, Marie est d’accord\n',
);
const run = (...args: string[]) => cli(args, { cwd: dir });

describe('notes headers in German and French', () => {
  for (const [file, names] of [
    ['notizen.csv', /Jürgen|Weiß|Anna|Berg/],
    ['commentaires.csv', /Marie|Dupont|Jean|Martin/],
  ] as const) {
    it(`interviews ${file}: the note column is found, respondents counted, their names taken out`, () => {
      const r = run('interviews', file, '--format', 'csv');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/no note column|no respondent column/);
      const rows = r.stdout.trim().split(/\r?\n/);
      expect(rows).toHaveLength(3);
      expect(rows.slice(1).every((row) => /,Respondent 0[12],/.test(row))).toBe(true);
      expect(r.stdout).not.toMatch(names);
      const json = JSON.parse(run('interviews', file, '--format', 'json').stdout) as InterviewsResult;
      expect(json).toMatchObject({ notes: 2, respondents: 2 });
    });
  }

  it('analyze reads both as notes, by their headers alone', () => {
    const r = run('analyze', 'notizen.csv', 'commentaires.csv', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as AuditResult;
    expect(result.inputs.map((i) => [i.kind, i.roles.note, i.roles.respondent, i.roles.team, i.roles.role, i.roles.date])).toEqual([
      ['interviews', 'Notiz', 'Teilnehmer', 'Team', 'Rolle', 'Datum'],
      ['interviews', 'Commentaire', 'Participant', 'Équipe', 'Rôle', 'Date'],
    ]);
    expect(result.interviews).toMatchObject({ notes: 4, respondents: 4 });
  });
});
