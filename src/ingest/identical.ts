// Inputs with the same bytes: the same notes file saved under two names, an export copied into the folder twice.
// Each would be counted twice (notes, respondents, rows, users), so the second is read as a copy of the first.
import { createHash } from 'node:crypto';
import { createReadStream, realpathSync, statSync } from 'node:fs';

export interface Copy {
  /** index of the copy, and of the earlier file it repeats, in the list given */
  copy: number;
  of: number;
  /** the very same file, given twice (two paths to it, or a link) */
  sameFile: boolean;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The files that repeat an earlier file of the list byte for byte. Only files of the same size are read to compare
 * them, so a run of files of different sizes reads nothing. Empty files and files that cannot be read are never
 * copies (reading them says what they are).
 */
export async function identicalFiles(paths: readonly string[]): Promise<Copy[]> {
  const bySize = new Map<number, number[]>();
  paths.forEach((p, i) => {
    let size: number;
    try {
      const st = statSync(p);
      if (!st.isFile() || st.size === 0) return;
      size = st.size;
    } catch {
      return;
    }
    bySize.set(size, [...(bySize.get(size) ?? []), i]);
  });
  const copies: Copy[] = [];
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    const first = new Map<string, number>();
    for (const i of group) {
      let digest: string;
      try {
        digest = await sha256(paths[i]!);
      } catch {
        continue;
      }
      const of = first.get(digest);
      if (of === undefined) first.set(digest, i);
      else copies.push({ copy: i, of, sameFile: realpathSync(paths[i]!) === realpathSync(paths[of]!) });
    }
  }
  return copies.sort((a, b) => a.copy - b.copy);
}

/** The warning for a copy, naming both files as shown. */
export function copyMessage(original: string, sameFile: boolean, what: 'notes' | 'rows'): string {
  return sameFile
    ? `the same file as ${original}, given twice: read once`
    : `the same bytes as ${original}: skipped, so that its ${what} are not counted twice`;
}
