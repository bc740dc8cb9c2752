import { describe, expect, it } from 'vitest';
import { booleanToken, isBlank, isPlaceholder, parseNumber } from '../../src/analyze/values.js';
import { DateOrderVote, fallbackOrder, parseDate, slashEvidence } from '../../src/analyze/dates.js';

describe('cells', () => {
  it('blank: empty, whitespace and Excel error sentinels', () => {
    for (const v of ['', '   ', '\t', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#NUM!', ' #n/a ']) expect(isBlank(v)).toBe(true);
    for (const v of ['0', 'false', 'n/a', '#1 priority', '-']) expect(isBlank(v)).toBe(false);
  });
  it('boolean tokens', () => {
    expect(booleanToken('TRUE')).toBe(1);
    expect(booleanToken('yes')).toBe(1);
    expect(booleanToken('0')).toBe(0);
    expect(booleanToken('false')).toBe(0);
    expect(booleanToken('maybe')).toBe(-1);
  });
  it('placeholders are junk, real short values are not', () => {
    for (const v of ['.', '-', '..', 'x', 'X', 'n/a', 'N/A', 'na', 'tbd', 'TBD', 'test', 'asdf', 'none', '?', 'xxxx', '----', 'aaaaa']) {
      expect(isPlaceholder(v), v).toBe(true);
    }
    for (const v of ['11', '000', 'ok', 'Nancy', 'Closed Won', '5', 'Q3']) expect(isPlaceholder(v), v).toBe(false);
  });
});

describe('numbers', () => {
  it('currency, thousands, decimal comma, k/M suffixes', () => {
    expect(parseNumber('$1,234')).toBe(1234);
    expect(parseNumber('"$12,500.00"'.replace(/"/g, ''))).toBe(12500);
    expect(parseNumber('1.234,50')).toBe(1234.5);
    expect(parseNumber('1,7')).toBe(1.7);
    expect(parseNumber('200.000.000')).toBe(200_000_000);
    expect(parseNumber('€ 3.5k')).toBe(3500);
    expect(parseNumber('2M')).toBe(2_000_000);
    expect(parseNumber('(1,000)')).toBe(-1000);
    expect(parseNumber('12 345')).toBe(12345);
    expect(parseNumber('abc')).toBeNull();
  });
  it('the locale decides "1,234" where the value cannot', () => {
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('1,234', true)).toBe(1.234);
    expect(parseNumber('1.234', true)).toBe(1234);
  });
});

describe('dates', () => {
  it('ISO forms', () => {
    expect(parseDate('2026-10-12', 'mdy')).toBe(Date.UTC(2026, 9, 12));
    expect(parseDate('2026-10-12T09:14:00.000Z', 'mdy')).toBe(Date.UTC(2026, 9, 12, 9, 14));
    expect(parseDate('2019-10-22 19:17:37.819', 'mdy')).toBe(Date.UTC(2019, 9, 22, 19, 17, 37, 819));
    expect(parseDate('2026-10-12T09:00:00+02:00', 'mdy')).toBe(Date.UTC(2026, 9, 12, 7));
  });
  it('slash and dot dates in either order, with times and AM/PM', () => {
    expect(parseDate('10/03/2026', 'mdy')).toBe(Date.UTC(2026, 9, 3));
    expect(parseDate('10/03/2026', 'dmy')).toBe(Date.UTC(2026, 2, 10));
    expect(parseDate('03.09.2026', 'dmy')).toBe(Date.UTC(2026, 8, 3));
    expect(parseDate('7/15/2009 2:14 PM', 'mdy')).toBe(Date.UTC(2009, 6, 15, 14, 14));
    expect(parseDate('07/15/2009 02:14:45+0800', 'mdy')).toBe(Date.UTC(2009, 6, 14, 18, 14, 45));
  });
  it('rejects impossible and malformed dates', () => {
    expect(parseDate('02/31/2026', 'mdy')).toBeNaN();
    expect(parseDate('2009\\7\\14', 'mdy')).toBeNaN();
    expect(parseDate('2009-07/14 10:00', 'mdy')).toBeNaN();
    expect(parseDate('soon', 'mdy')).toBeNaN();
  });
  it('the order is decided per column from the values, else by flag or locale', () => {
    expect(slashEvidence('25/03/2026')).toBe('dmy');
    expect(slashEvidence('03/25/2026')).toBe('mdy');
    expect(slashEvidence('03/04/2026')).toBeNull();
    const v = new DateOrderVote();
    for (const x of ['01/02/2026', '25/02/2026', '03/04/2026']) v.add(x);
    expect(v.decide('mdy')).toBe('dmy');
    expect(new DateOrderVote().decide('mdy')).toBe('mdy');
    expect(fallbackOrder(undefined, 'en-US')).toBe('mdy');
    expect(fallbackOrder(undefined, 'de-DE')).toBe('dmy');
    expect(fallbackOrder('mdy', 'de-DE')).toBe('mdy');
  });
});

describe('the fast ISO path agrees with the general parser', () => {
  it('on export shapes and edge cases', async () => {
    const fc = (await import('fast-check')).default;
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 999 }), fc.constantFrom('', 'Z', '+0000', '+02:00', '-0530'), fc.constantFrom('T', ' '),
        (y, mo, d, h, mi, s, ms, z, sep) => {
          const text = `${y}-${pad(mo)}-${pad(d)}${sep}${pad(h)}:${pad(mi)}:${pad(s)}.${pad(ms, 3)}${z}`;
          const off = z === '' || z === 'Z' ? 0 : (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(-2)));
          const valid = new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d;
          const expected = valid ? Date.UTC(y, mo - 1, d, h, mi, s, ms) - off * 60_000 : NaN;
          expect(parseDate(text, 'mdy')).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
    expect(parseDate('2026-13-01', 'mdy')).toBeNaN();
    expect(parseDate('2026-02-29', 'mdy')).toBeNaN();
    expect(parseDate('2024-02-29', 'mdy')).toBe(Date.UTC(2024, 1, 29));
    expect(parseDate('2026-1a-01', 'mdy')).toBeNaN();
  });
});

describe('terminal-safe text', () => {
  it('removes escape sequences whole, control characters and bidi overrides', async () => {
    const { safeText } = await import('../../src/report/safe-text.js');
    expect(safeText('\u001b[31mred\u001b[0m')).toBe('red');
    expect(safeText('a\u0007b\u202ec')).toBe('abc');
    expect(safeText('two\nlines\ttab')).toBe('two lines tab');
  });
});
