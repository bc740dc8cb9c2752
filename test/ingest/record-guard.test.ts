import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DROPPED_RECORD, RecordGuard } from '../../src/ingest/record-guard.js';

const OPTIONS = { relax_quotes: true, relax_column_count: true, skip_empty_lines: false, skip_records_with_error: true } as const;

/** What csv-parse reads from a text, as the reader configures it. */
function records(text: string, crOnly: boolean): string[][] {
  return parse(text, { ...OPTIONS, delimiter: ',', record_delimiter: crOnly ? ['\r'] : ['\r\n', '\n'] }) as string[][];
}

/** The text through the guard, in chunks of the given sizes. */
function guarded(text: string, crOnly: boolean, max: number, chunks: number[]): { text: string; guard: RecordGuard } {
  const guard = new RecordGuard(',', crOnly, max);
  let out = '';
  let at = 0;
  for (const size of chunks) {
    if (at >= text.length) break;
    out += guard.write(text.slice(at, at + size));
    at += size;
  }
  out += guard.write(text.slice(at)) + guard.end();
  return { text: out, guard };
}

const utf8 = (cells: string[]) => Buffer.byteLength(cells.join(','), 'utf8');

// texts made of the characters that matter: quotes, delimiters, line breaks, and a little text
const csvText = fc
  .array(fc.constantFrom('"', ',', '\n', '\r', '\r\n', 'a', 'bb', 'é', ' ', '""'), { maxLength: 60 })
  .map((parts) => parts.join(''));
const chunking = fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 20 });

describe('RecordGuard', () => {
  it('reads record boundaries as csv-parse does: below the limit the text passes unchanged, in any chunking', () => {
    fc.assert(
      fc.property(csvText, chunking, fc.boolean(), (text, chunks, crOnly) => {
        expect(guarded(text, crOnly, 1 << 20, chunks).text).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('drops exactly the records over the limit, and csv-parse reads the others as before', () => {
    fc.assert(
      fc.property(csvText, chunking, fc.boolean(), fc.integer({ min: 1, max: 12 }), (text, chunks, crOnly, max) => {
        const all = records(text, crOnly);
        const { text: out, guard } = guarded(text, crOnly, max, chunks);
        const got = records(out, crOnly);
        const isMarker = (r: string[]) => r.length === 1 && r[0] === DROPPED_RECORD;
        expect(got.filter(isMarker)).toHaveLength(guard.dropped.length);
        // a record never closed is not read at all; over the limit, it is a marker at the end
        const last = guard.dropped.at(-1);
        const expected = last?.unclosedQuote ? [...all, [DROPPED_RECORD]] : all;
        expect(got).toHaveLength(expected.length);
        // every record is where it was, read as before, or a marker in its place; what is kept is within the limit
        got.forEach((r, i) => {
          if (isMarker(r)) return;
          expect(r).toEqual(expected[i]);
          expect(utf8(r)).toBeLessThanOrEqual(max);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
