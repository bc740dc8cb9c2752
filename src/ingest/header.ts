// Header names: a compact form for matching (accents, dashes, case, spaces and punctuation removed),
// and display names made unique (blank -> "Column 3", duplicates -> "Name (2)").

/** Letters with no decomposition, as they are written without the accent: "Äußerung" is "Ausserung". */
const PLAIN: Record<string, string> = { ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };

/** Strip the Dynamics "(Do Not Modify)" prefix, accents and punctuation; lower-case. "Deal – Owner" -> "dealowner". */
export function compact(header: string): string {
  return header
    .replace(/^\s*\(do not modify\)\s*/i, '')
    .replace(/[ßøØæÆœŒłŁđĐ]/g, (c) => PLAIN[c] ?? c)
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
  const taken = new Set<string>();
  return raw.map((h, i) => {
    const base = normalizeSpacing(h) || `Column ${i + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}
