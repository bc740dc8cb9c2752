// The questionnaire and its answers format are not built: --answers is refused, not read unvalidated.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from '../helpers/cli.js';

describe('analyze --answers', () => {
  it('says it is not available yet and exits 2, before any work, whatever the file holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-audit-answers-'));
    writeFileSync(join(dir, 'ans.json'), '{"foo":"bar"}');
    const r = cli(['analyze', join(FIXTURES, 'real/salesforce-dataloader/opportunityData.csv'), '--answers', join(dir, 'ans.json'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--answers is not available yet');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the schema command agrees: answers has no schema yet', () => {
    const r = cli(['schema', 'answers']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not available yet');
  });
});
