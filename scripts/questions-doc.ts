// Prints the README's table of the questionnaire's questions, answers and risks, from the code.
// `npx tsx scripts/questions-doc.ts` — test/cli/readme.test.ts checks that the README holds this exact text.
import { questionsMarkdown } from '../src/questionnaire/doc.js';

if (import.meta.url === `file://${process.argv[1]}`) console.log(questionsMarkdown());
