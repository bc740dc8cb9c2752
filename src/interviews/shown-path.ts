// A notes file's path as outputs show it: the names, addresses and phone numbers in it redacted as in the notes,
// and dates cut to the month ("interview_jane_smith_2024-03-15.csv" is "interview_[name]_[name]_2024-03.csv"), but
// the parts of a file name that are plainly its own are not read as a phone or a handle: the extension (".csv"
// after "@notes" made one handle of "@notes.csv"), digits that are part of a word ("h1100000.csv" read
// "h[phone].csv"), and a leading @ (a name that sorts first). Each folder and the file name are redacted apart, so
// that no pattern runs across a slash.
import type { Redactor } from './redact.js';

/** Extensions of the files that a notes path may name. */
const EXTENSION = /\.(?:csv|tsv|tab|txt|dat|xlsx?|json|md|html?|pdf)$/i;
/**
 * Up to nine digits written onto letters ("h1100000", "notes2", "2024q1"), and not running into a date or a number
 * ("export2024-03-15" is a date, and is cut as one). Ten and more read as a phone number, as in a note.
 */
const IN_WORD = /(?<=\p{L})\d{1,9}(?!\d|[-./]\d)|(?<![\d\-./])\d{1,9}(?=\p{L})/gu;
/** Holds a word's digits while the path is redacted: private use, neither a letter nor a digit. */
const HOLD = '\uE000';

export function pathRedactor(redact: Redactor): (path: string) => string {
  const part = (segment: string, isFile: boolean): string => {
    const ext = isFile ? (EXTENSION.exec(segment)?.[0] ?? '') : '';
    let base = segment.slice(0, segment.length - ext.length);
    const at = /^@+(?=[\p{L}\p{N}])/u.exec(base)?.[0] ?? '';
    base = base.slice(at.length);
    const held: string[] = [];
    const shown = redact(
      base.replace(IN_WORD, (digits) => {
        held.push(digits);
        return HOLD;
      }),
    );
    // a held run that redaction removed (inside an address) is gone with it
    return at + shown.replace(/\uE000/g, () => held.shift() ?? '') + ext;
  };
  return (path) => {
    const parts = path.split(/([/\\])/);
    return parts.map((p, i) => (p === '/' || p === '\\' || p === '' || p === '.' || p === '..' ? p : part(p, i === parts.length - 1))).join('');
  };
}
