// npm run eval:classify — how well the High Card / Low Card classifier agrees with labelled fields.
//   1. ../shared/data/fields/fields.csv (real standard fields; ambiguous rows left out), with the built-in
//      table and with the lexicon alone (the table was built from this file, so the first figure is a lookup);
//   2. eval/classify/custom-fields.csv (custom fields), its tune half and its held-out half (the one that counts);
//   3. eval/classify/probe-fields.csv: two probes written after tuning. Each was scored blind once (figures in
//      eval/classify/README.md) and then used for tuning, so their current figures are not held out;
//   4. eval/classify/blind-fields.csv: written after the lexicon was frozen and never tuned on.
// Flags: --json (figures as JSON), --errors (list the misclassified fields of the tune half and of the
// lexicon-only standard run; add --heldout to list the held-out half's too, only once tuning is over).
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { confusionText, evaluate, loadCustomFields, loadLabelledFields, loadStandardFields, type EvalResult } from '../src/classify/evaluate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));

function findFieldsCsv(): string {
  const shared = resolve(root, '../shared/data/fields/fields.csv');
  if (existsSync(shared)) return shared;
  const fixture = join(root, 'test/fixtures/fields/fields.csv');
  if (existsSync(fixture)) return fixture;
  throw new Error('fields.csv not found: expected ../shared/data/fields/fields.csv beside the repository');
}

const fieldsCsv = findFieldsCsv();
const { standard, ambiguousLeftOut } = loadStandardFields(fieldsCsv);
const custom = loadCustomFields(join(root, 'eval/classify/custom-fields.csv'));
const probes = [...loadLabelledFields(join(root, 'eval/classify/probe-fields.csv')).values()].flat();
const blind = [...loadLabelledFields(join(root, 'eval/classify/blind-fields.csv')).values()].flat();

const runs: { id: string; title: string; result: EvalResult; listErrors: boolean }[] = [
  { id: 'standard-builtin', title: 'Standard fields, built-in table + lexicon', result: evaluate(standard), listErrors: false },
  { id: 'standard-lexicon', title: 'Standard fields, lexicon alone', result: evaluate(standard, { builtin: false }), listErrors: true },
  { id: 'custom-tune', title: 'Custom fields, tune half', result: evaluate(custom.tune), listErrors: true },
  { id: 'custom-heldout', title: 'Custom fields, held-out half (the figure that counts)', result: evaluate(custom.heldout), listErrors: args.has('--heldout') },
  { id: 'probes', title: 'Probes written after tuning (tuned on after their blind run: not held out)', result: evaluate(probes), listErrors: true },
  { id: 'blind', title: 'Blind set written after the lexicon was frozen (never tuned on)', result: evaluate(blind), listErrors: args.has('--heldout') },
];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

if (args.has('--json')) {
  const out = Object.fromEntries(
    runs.map((r) => [
      r.id,
      {
        n: r.result.n,
        accuracy: Number(r.result.accuracy.toFixed(4)),
        swapRate: Number(r.result.swapRate.toFixed(4)),
        swaps: r.result.swaps,
        emptyReasons: r.result.emptyReasons,
        confusion: r.result.confusion,
      },
    ]),
  );
  process.stdout.write(`${JSON.stringify({ fieldsCsv: relative(root, fieldsCsv).split('\\').join('/'), ambiguousLeftOut, ...out }, null, 2)}\n`);
} else {
  const lines: string[] = [];
  lines.push(`fields.csv: ${standard.length} standard fields scored, ${ambiguousLeftOut} ambiguous left out`);
  lines.push(`custom set: ${custom.tune.length} tune, ${custom.heldout.length} held out; ${probes.length} probe and ${blind.length} blind fields`);
  for (const r of runs) {
    const x = r.result;
    lines.push('');
    lines.push(`${r.title}`);
    lines.push(`  accuracy ${pct(x.accuracy)} (${x.correct}/${x.n}), high<->low swaps ${pct(x.swapRate)} (${x.swaps}), empty reasons ${x.emptyReasons}`);
    lines.push(confusionText(x).replace(/^/gm, '  ').trimEnd());
    if (args.has('--errors') && r.listErrors) {
      for (const e of x.errors) lines.push(`    ✗ ${e.id}: expected ${e.expected}, got ${e.got.card} (${e.got.confidence}) — ${e.got.reasons.join(' | ')}`);
    }
  }
  const heldout = runs[3]!.result;
  const lexicon = runs[1]!.result;
  const allSwaps = runs.reduce((s, r) => s + r.result.swaps, 0);
  lines.push('');
  lines.push(
    `targets: held-out custom ${pct(heldout.accuracy)} (>= 90%), lexicon-only standard ${pct(lexicon.accuracy)} (>= 90%), ` +
      `swaps ${pct(Math.max(...runs.map((r) => r.result.swapRate)))} at most (<= 2%, ${allSwaps} in all runs), ` +
      `empty reasons ${runs.reduce((s, r) => s + r.result.emptyReasons, 0)} (0)`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
