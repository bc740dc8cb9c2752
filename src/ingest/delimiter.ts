// Delimiter sniffing over the first lines of decoded text: , ; TAB | — and Excel's `sep=X` first line.
export const DELIMITERS = [',', ';', '\t', '|'] as const;

export interface DelimiterGuess {
  delimiter: string;
  /** the text starts with an Excel `sep=X` line, which is not data */
  sepLine: boolean;
}

const SEP_LINE = /^sep=(.)\s*(\r\n|\n|\r|$)/i;

/** Count each candidate outside quotes, per logical line, over up to `maxLines` lines. */
function countsPerLine(text: string, maxLines: number): Map<string, number[]> {
  const counts = new Map<string, number[]>(DELIMITERS.map((d) => [d, []]));
  let inQuotes = false;
  let current = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let lines = 0;
  let lineHasContent = false;
  const flush = () => {
    if (lineHasContent) {
      for (const d of DELIMITERS) counts.get(d)!.push(current.get(d)!);
      lines++;
    }
    current = new Map(DELIMITERS.map((d) => [d, 0]));
    lineHasContent = false;
  };
  for (let i = 0; i < text.length && lines < maxLines; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      inQuotes = !inQuotes;
      lineHasContent = true;
    } else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      flush();
    } else {
      lineHasContent = true;
      if (!inQuotes && current.has(ch)) current.set(ch, current.get(ch)! + 1);
    }
  }
  // a last line without a newline counts only when the sample is the whole text
  if (lines < maxLines) flush();
  return counts;
}

export function sniffDelimiter(sample: string): DelimiterGuess {
  const sep = SEP_LINE.exec(sample);
  if (sep) return { delimiter: sep[1]!, sepLine: true };
  const counts = countsPerLine(sample, 50);
  let best: { d: string; score: number } = { d: ',', score: -1 };
  for (const d of DELIMITERS) {
    const perLine = counts.get(d)!;
    if (perLine.length === 0) continue;
    const header = perLine[0]!;
    if (header === 0) continue;
    // Consistency: lines whose count equals the header's. Ragged files still agree on most lines.
    const agree = perLine.filter((n) => n === header).length / perLine.length;
    const score = agree * 1000 + Math.min(header, 999);
    if (score > best.score) best = { d, score };
  }
  return { delimiter: best.d, sepLine: false };
}
