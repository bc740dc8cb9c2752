// The worker thread's side of parallel coding (see parallel.ts): notes in, their machine coding out.
// It runs the same codeNote as the main thread, with the same lexicon (the config's themes included).
import { parentPort, workerData } from 'node:worker_threads';
import { codeNote, type NoteCoding } from './code-note.js';
import { compileLexicon } from './themes.js';
import type { ExtraTheme } from './types.js';

export interface NoteInput {
  text: string;
  /** the language column's value, normalised; null: detect it */
  language: string | null;
  rating: number | null;
}

export interface CodeRequest {
  id: number;
  notes: NoteInput[];
}

export interface CodeReply {
  id: number;
  codings?: NoteCoding[];
  error?: string;
}

const port = parentPort;
if (port) {
  const lexicon = compileLexicon((workerData as { themes?: ExtraTheme[] } | undefined)?.themes ?? []);
  port.on('message', (req: CodeRequest) => {
    try {
      const codings = req.notes.map((n) => codeNote(n.text, { lexicon, language: n.language, rating: n.rating }));
      port.postMessage({ id: req.id, codings } satisfies CodeReply);
    } catch (e) {
      port.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies CodeReply);
    }
  });
}
