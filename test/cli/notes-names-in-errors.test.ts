// Errors that stop a run name a notes file as the warnings and the outputs do: redacted, with the names known by
// then (--redact, the config, and the respondents of the rows read before the error), and every word of the file's
// own name that is no ordinary word (a roster name or a later row's is not read yet).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { runMain } from '../helpers/run-main.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-audit-notes-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'bad'));
const RAGGED = 'bad/Jane Smith 15.03.2025 +49 171 2345678.csv';
writeFileSync(join(dir, RAGGED), 'respondent,team,note\nJane Smith,A,hello world\nBob Lee,B,"extra",x\n');
const BINARY = 'bad/notes Jane Smith 0171-2345678.csv';
writeFileSync(join(dir, BINARY), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 0)]));
writeFileSync(join(dir, 'names.txt'), 'Jane Smith\n');
writeFileSync(join(dir, 'bad/Jane Smith 2025-03-15.csv'), 'respondent,note\nA,the CRM is slow\n');
writeFileSync(join(dir, 'config.json'), JSON.stringify({ anonymity: { redact: ['Jane Smith'] } }));

const run = (...args: string[]) => runMain(dir, ...args);

/** Nothing of the name, the day or the phone number that the file's name holds. */
const RAW = /Jane|Smith|15\.03|2345678|171/;

describe('an error that stops the run names a notes file redacted', () => {
  for (const [what, args] of [
    ['interviews --strict', ['interviews', RAGGED, '--strict']],
    ['interviews --max-errors 0', ['interviews', RAGGED, '--max-errors', '0']],
    ['analyze --interviews --strict', ['analyze', '--interviews', RAGGED, '--strict']],
    ['analyze --interviews --max-errors 0', ['analyze', '--interviews', RAGGED, '--max-errors', '0']],
    // a notes file given as an input, found to be notes by its header
    ['analyze (notes by their header) --strict', ['analyze', RAGGED, '--strict']],
  ] as const) {
    it(`${what}: with the respondents of the rows read before the error`, async () => {
      const r = await run(...args);
      expect(r.code).toBe(3);
      expect(r.err).toContain('bad/[name] 2025-03 [phone].csv:3');
      expect(r.err).not.toMatch(RAW);
    });
  }

  it('"this is not a CSV file": the names given (--redact, the config), dates and phone numbers', async () => {
    for (const args of [
      ['interviews', BINARY, '--redact', 'names.txt'],
      ['interviews', BINARY, '--config', 'config.json'],
      ['analyze', '--interviews', BINARY, '--redact', 'names.txt'],
      ['analyze', '--interviews', BINARY, '--config', 'config.json'],
    ]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain('bad/notes [name] [phone].csv: this is not a CSV file');
      expect(r.err).not.toMatch(RAW);
    }
    // no name given: the phone number still goes, and so does every word of the name that is no ordinary word
    const r = await run('interviews', BINARY);
    expect(r.err).toContain('bad/notes [name] [name] [phone].csv: this is not a CSV file');
  });

  it('a name that only the roster or a later row gives is not read when the run stops: the file name\'s unusual words go', async () => {
    writeFileSync(join(dir, 'robert_lee_interview_notes.csv'), 'respondent,team,note\nAnn Abel,North,"The CRM is slow."\nRobert Lee,North,"x","extra"\n');
    for (const args of [
      ['interviews', 'robert_lee_interview_notes.csv', '--strict'],
      ['analyze', '--interviews', 'robert_lee_interview_notes.csv', '--max-errors', '0'],
    ]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.err).toContain('[name]_[name]_interview_notes.csv:3');
      expect(r.err).not.toMatch(/robert|lee/i);
    }
  });

  it('a notes file that is not there, and a --kind that would read one as another kind', async () => {
    const missing = await run('interviews', 'bad/Jane Smith 2025-01-02.csv', '--redact', 'names.txt');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('bad/[name] 2025-01.csv: input file or folder not found');
    const kind = await run('analyze', '--interviews', RAGGED, '--kind', 'bad/*=records', '--redact', 'names.txt');
    expect(kind.code).toBe(2);
    expect(kind.err).toContain('bad/[name] 2025-03 [phone].csv is given with --interviews');
    expect(kind.err).not.toMatch(RAW);
  });

  it('the progress line of analyze names a notes file redacted too', async () => {
    const labels: string[] = [];
    await runPipeline({
      files: [],
      interviews: [join(dir, 'bad/Jane Smith 2025-03-15.csv')],
      cwd: dir,
      redactFile: 'names.txt',
      onProgress: (file) => labels.push(file),
    }).catch(() => undefined);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => l === 'bad/[name] 2025-03.csv')).toBe(true);
  });
});
