// Locale-aware formatting of numbers, ratios, dates and plurals for every report format.
// The locale comes from the AuditResult's meta (the language of dates and numbers); an unknown locale falls
// back to en-US rather than failing a render.

export interface Formatter {
  readonly locale: string;
  number(value: number | null | undefined, digits?: number): string;
  /** exactly `digits` decimals, for indices such as 0.47 and 0.80 */
  fixed(value: number | null | undefined, digits?: number): string;
  /** a ratio in [0, 1] as a percentage */
  percent(value: number | null | undefined, digits?: number): string;
  /** an ISO date or timestamp as a long date, in UTC so that the same input gives the same text anywhere */
  date(iso: string | null | undefined): string;
  plural(count: number, one: string, many?: string): string;
}

export const DASH = '\u2013';

export function safeLocale(locale: string | null | undefined): string {
  if (!locale) return 'en-US';
  try {
    const canonical = Intl.getCanonicalLocales(locale)[0];
    if (!canonical) return 'en-US';
    return Intl.NumberFormat.supportedLocalesOf([canonical]).length ? canonical : 'en-US';
  } catch {
    return 'en-US';
  }
}

export function createFormatter(locale: string | null | undefined): Formatter {
  const loc = safeLocale(locale);
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const fixedFormats = new Map<number, Intl.NumberFormat>();
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const dateFormat = new Intl.DateTimeFormat(loc, { dateStyle: 'long', timeZone: 'UTC' });
  const nf = (digits: number) => {
    let f = numberFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(loc, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
      numberFormats.set(digits, f);
    }
    return f;
  };
  const pf = (digits: number) => {
    let f = percentFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 });
      percentFormats.set(digits, f);
    }
    return f;
  };
  return {
    locale: loc,
    number(value, digits = 0) {
      if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
      return nf(digits).format(value);
    },
    fixed(value, digits = 2) {
      if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
      let fmt = fixedFormats.get(digits);
      if (!fmt) {
        fmt = new Intl.NumberFormat(loc, { maximumFractionDigits: digits, minimumFractionDigits: digits });
        fixedFormats.set(digits, fmt);
      }
      return fmt.format(value);
    },
    percent(value, digits = 0) {
      if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
      return pf(digits).format(value);
    },
    date(iso) {
      if (!iso) return DASH;
      const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(d.getTime()) ? DASH : dateFormat.format(d);
    },
    plural(count, one, many) {
      // The words are English, so English plural rules apply whatever the locale of the numbers.
      const word = count === 1 ? one : (many ?? `${one}s`);
      return `${nf(0).format(count)} ${word}`;
    },
  };
}
