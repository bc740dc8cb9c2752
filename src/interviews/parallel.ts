// Coding notes in a worker thread while the main thread reads the CRM exports. Coding is pure (text in,
// coding out) and costs about 1 ms a note on a cold process, which is a large part of a small audit's run.
// Whatever goes wrong with the worker (no compiled worker file, a crash), the caller gets null and codes
// the notes itself: the worker can make a run faster, never different and never fail it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../paths.js';
import type { NoteCoding } from './code-note.js';
import type { CodeReply, CodeRequest, NoteInput } from './code-worker.js';
import type { ExtraTheme } from './types.js';

/** The compiled worker (dist/), whether this code runs from dist/, the bundle or the sources. */
export const WORKER_FILE = join(PACKAGE_ROOT, 'dist', 'interviews', 'code-worker.js');

export class ParallelCoder {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, (codings: NoteCoding[] | null) => void>();

  constructor(themes: readonly ExtraTheme[] = [], workerFile = WORKER_FILE) {
    if (!existsSync(workerFile)) return;
    try {
      const worker = new Worker(workerFile, { workerData: { themes } });
      // never the reason the process stays alive
      worker.unref();
      worker.on('message', (reply: CodeReply) => {
        const done = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        done?.(reply.codings ?? null);
      });
      const fail = () => {
        this.worker = null;
        for (const done of this.waiting.values()) done(null);
        this.waiting.clear();
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.worker = worker;
    } catch {
      this.worker = null;
    }
  }

  /** The notes' codings, in order; null when the worker cannot do it (code them in this thread). */
  code(notes: readonly NoteInput[]): Promise<NoteCoding[] | null> {
    const worker = this.worker;
    if (!worker || notes.length === 0) return Promise.resolve(notes.length === 0 ? [] : null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (codings) => resolve(codings && codings.length === notes.length ? codings : null));
      try {
        worker.postMessage({ id, notes: notes.map((n) => ({ text: n.text, language: n.language, rating: n.rating })) } satisfies CodeRequest);
      } catch {
        this.waiting.delete(id);
        resolve(null);
      }
    });
  }

  /** End the worker (outstanding requests resolve to null). */
  close(): void {
    const worker = this.worker;
    this.worker = null;
    for (const done of this.waiting.values()) done(null);
    this.waiting.clear();
    if (worker) void worker.terminate().catch(() => undefined);
  }
}
