// Prints the README's scoring tables from the code (weights, bands, audit definitions and thresholds).
// `npx tsx scripts/scoring-doc.ts` — test/cli/readme.test.ts checks that the README holds this exact text.
import { scoringModelMarkdown } from '../src/scoring/doc.js';

if (import.meta.url === `file://${process.argv[1]}`) console.log(scoringModelMarkdown());
