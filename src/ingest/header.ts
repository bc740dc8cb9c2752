// Header names: a compact form for matching (accents, dashes, case, spaces and punctuation removed),
// and display names made unique (blank -> "Column 3", duplicates -> "Name (2)").

/** Strip the Dynamics "(Do Not Modify)" prefix, accents and punctuation; lower-case. "Deal – Owner" -> "dealowner". */
export function compact(header: string): string {
  return header
    .replace(/^\s*\(do not modify\)\s*/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Words of a header, for display and tokenising: "Deal – Owner" -> "deal - owner". */
export function normalizeSpacing(header: string): string {
  return header
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

export function uniqueHeader(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    let name = normalizeSpacing(h);
    if (name === '') name = `Column ${i + 1}`;
    const key = name.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}
