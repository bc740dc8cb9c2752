import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { noteTense, tenseCounts } from '../../src/interviews/in-use.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'interviews');
const notesOf = (file: string) => (parse(readFileSync(join(FIX, file)), { columns: true }) as Record<string, string>[]).map((r) => r.note!);

describe('whether a note speaks of a CRM in use or of one planned', () => {
  it.each([
    ['I log every visit in the CRM on Friday afternoon, all of them at once.', 'use'],
    ['The app logs me out every time I lose signal.', 'use'],
    ['Since the go-live nobody has looked at the forecast.', 'use'],
    ['We were told the CRM would save us time.', 'use'],
    ['I keep my real account plans in a spreadsheet.', 'use'],
    ['If the new CRM asks for a visit report after every call, I will stop logging.', 'plan'],
    ['When we get the CRM, will everyone be able to see my contacts?', 'plan'],
    ["I'm worried the new system is going to be used to rank us.", 'plan'],
    ['The pilot should include the field reps.', 'plan'],
    ['Pricing approvals take too long.', null],
  ] as const)('%s → %s', (text, tense) => {
    expect(noteTense(text)).toBe(tense);
  });

  it('reads realistic notes files the right way round', () => {
    const used = tenseCounts(notesOf('notes-only.csv'));
    expect(used.inUse).toBeGreaterThanOrEqual(3 * Math.max(1, used.planned));
    const planned = tenseCounts(notesOf('notes-planned.csv'));
    expect(planned.planned).toBeGreaterThanOrEqual(2 * Math.max(1, planned.inUse));
  });
});
