// Coding in a worker thread must give exactly what coding in this thread gives, and fall back to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { codeNote } from '../../src/interviews/code-note.js';
import { ParallelCoder, WORKER_FILE } from '../../src/interviews/parallel.js';
import { compileLexicon } from '../../src/interviews/themes.js';
import { loadConfig } from '../../src/config/load-config.js';
import { expandInputs } from '../../src/ingest/index.js';
import { runPipeline, type PipelineOptions } from '../../src/pipeline.js';
import { renderJson } from '../../src/report/json.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EX = join(ROOT, 'examples', 'acme-pharma');
const notes = (parse(readFileSync(join(EX, 'interviews', 'notes.csv')), { columns: true }) as Record<string, string>[])
  .map((r) => r.note ?? r.Note ?? Object.values(r).find((v) => v.length > 40) ?? '')
  .filter((t) => t.trim() !== '');

/** The example client analysed as JSON, with these pipeline options. */
const analyseExample = (extra: Partial<PipelineOptions>) =>
  runPipeline({
    files: expandInputs([join(EX, 'salesforce')]),
    interviews: [join(EX, 'interviews', 'notes.csv')],
    config: loadConfig(join(EX, 'crm-audit.config.json'), ROOT).config,
    cwd: ROOT,
    ...extra,
  }).then(renderJson);

describe('coding in a worker thread', () => {
  it('gives the same coding as this thread, note by note, with the config themes', async () => {
    expect(notes.length).toBeGreaterThan(300);
    const themes = [{ id: 'pricing', title: 'Pricing', phrases: ['price list', 'discount'] }];
    const coder = new ParallelCoder(themes);
    try {
      const inputs = notes.map((text, i) => ({ text, language: i === 0 ? 'de' : null, rating: i === 1 ? 2 : null }));
      const got = await coder.code(inputs);
      expect(got).not.toBeNull();
      const lexicon = compileLexicon(themes);
      expect(got).toEqual(inputs.map((n) => codeNote(n.text, { lexicon, language: n.language, rating: n.rating })));
    } finally {
      coder.close();
    }
  });

  it('answers null when there is no worker, so that the caller codes the notes itself', async () => {
    const coder = new ParallelCoder([], join(ROOT, 'no-such-worker.js'));
    expect(await coder.code([{ text: 'The app crashes in the car park.', language: null, rating: null }])).toBeNull();
    coder.close();
  });

  it('answers null for what is still asked after close', async () => {
    const coder = new ParallelCoder();
    const pending = coder.code([{ text: 'Logging every call takes my evenings.', language: null, rating: null }]);
    coder.close();
    expect(await pending).toBeNull();
  });

  it('the compiled worker exists where the bundle and the modules look for it', () => {
    expect(WORKER_FILE.endsWith(join('dist', 'interviews', 'code-worker.js'))).toBe(true);
    expect(() => readFileSync(WORKER_FILE)).not.toThrow();
  });

  it('leaves the whole analysis unchanged', async () => {
    // the example's notes are below the size that pays for a worker: use one all the same
    const run = (parallel: boolean) => analyseExample({ parallel, workerMinBytes: 0 });
    const code = vi.spyOn(ParallelCoder.prototype, 'code');
    const parallel = await run(true);
    expect(code).toHaveBeenCalled();
    expect(await code.mock.results[0]!.value).not.toBeNull();
    code.mockRestore();
    expect(parallel).toBe(await run(false));
  }, 60_000);

  it('waits for its gate; a gate that opens only after the files are read leaves the coding to this thread', async () => {
    const run = (parallelAfter: Promise<unknown>) => analyseExample({ parallel: true, parallelAfter });
    const code = vi.spyOn(ParallelCoder.prototype, 'code');
    const never = await run(new Promise(() => undefined));
    expect(code).not.toHaveBeenCalled();
    const open = await run(Promise.resolve());
    expect(code).toHaveBeenCalledTimes(1);
    const failed = await run(Promise.reject(new Error('no browser')));
    expect(code).toHaveBeenCalledTimes(2);
    code.mockRestore();
    expect(open).toBe(never);
    expect(failed).toBe(never);
  }, 60_000);
});
