// The baseline of every stage that reads a CSV: a bare csv-parse pass over the same file.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

/** Read, decode, parse, count rows (the header not counted). Nothing else. */
export async function csvPass(path: string): Promise<number> {
  let rows = 0;
  const parser = createReadStream(path).pipe(parse({ relax_column_count: true }));
  for await (const _ of parser) rows++;
  return rows - 1;
}
