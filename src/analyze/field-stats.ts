// Per-column statistics of records and activities files: fill, junk, distinct and top-value shares,
// inferred type, and fill per owner. Integer counters and a bounded ValueCounter; mergeable across parts.
import { looksLikeDate } from './dates.js';
import { ValueCounter } from './value-counter.js';
import { booleanToken, isPlaceholder, looksNumeric, trimmedOrNull } from './values.js';

export interface OwnerCounts {
  rows: number;
  /** non-blank cells */
  nonBlank: number;
  /** cells that are boolean true */
  trues: number;
}

/** Owner keys of one file as small integers, resolved once per row rather than once per cell. */
export class OwnerIndex {
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let i = this.ids.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, i);
    }
    return i;
  }
}

/**
 * The free-text junk rule ("one value repeated far above all others"). Far above is the `overNext` ratio to the
 * next real value while the rest is mostly unique (`restUnique` distinct per cell); `minShare` only keeps a few
 * repeats out of a large column. It is 10%, not more, because junk typed by one team is diluted by the others'
 * real text: a boilerplate entry that fills half of a resisting quarter's cells is about 12% of the column.
 */
export const DOMINANT_JUNK = { minCount: 5, minShare: 0.1, overNext: 5, restUnique: 0.5 } as const;

export class FieldStats {
  rows = 0;
  nonBlank = 0;
  trues = 0;
  booleans = 0;
  numbers = 0;
  dates = 0;
  placeholders = 0;
  totalLength = 0;
  readonly values = new ValueCounter();
  /** per owner id of `index`: rows, non-blank cells, true cells */
  private ownerRows: number[] = [];
  private ownerNonBlank: number[] = [];
  private ownerTrues: number[] = [];

  constructor(
    readonly name: string,
    readonly object: string | null,
    readonly source: string,
    private readonly index: OwnerIndex = new OwnerIndex(),
  ) {}

  /** `owner` is an id from this column's OwnerIndex, or -1. */
  add(raw: string, owner: number): void {
    this.rows++;
    if (owner >= 0) this.ownerRows[owner] = (this.ownerRows[owner] ?? 0) + 1;
    const v = trimmedOrNull(raw);
    if (v === null) return;
    this.nonBlank++;
    if (owner >= 0) this.ownerNonBlank[owner] = (this.ownerNonBlank[owner] ?? 0) + 1;
    this.totalLength += v.length;
    const b = booleanToken(v);
    if (b >= 0) {
      this.booleans++;
      if (b === 1) {
        this.trues++;
        if (owner >= 0) this.ownerTrues[owner] = (this.ownerTrues[owner] ?? 0) + 1;
      }
    }
    if (isPlaceholder(v)) this.placeholders++;
    else if (looksNumeric(v)) this.numbers++;
    else if (looksLikeDate(v)) this.dates++;
    this.values.add(v);
  }

  merge(other: FieldStats): void {
    this.rows += other.rows;
    this.nonBlank += other.nonBlank;
    this.trues += other.trues;
    this.booleans += other.booleans;
    this.numbers += other.numbers;
    this.dates += other.dates;
    this.placeholders += other.placeholders;
    this.totalLength += other.totalLength;
    this.values.merge(other.values);
    for (const [k, v] of other.owners) {
      const i = this.index.id(k);
      this.ownerRows[i] = (this.ownerRows[i] ?? 0) + v.rows;
      this.ownerNonBlank[i] = (this.ownerNonBlank[i] ?? 0) + v.nonBlank;
      this.ownerTrues[i] = (this.ownerTrues[i] ?? 0) + v.trues;
    }
  }

  /** Counts per owner key (owners with at least one row in this column). */
  get owners(): Map<string, OwnerCounts> {
    const out = new Map<string, OwnerCounts>();
    this.ownerRows.forEach((rows, i) => {
      if (rows) out.set(this.index.keys[i]!, { rows, nonBlank: this.ownerNonBlank[i] ?? 0, trues: this.ownerTrues[i] ?? 0 });
    });
    return out;
  }

  /** boolean when every non-blank value is a boolean token (and the column is not a 0..9 number column). */
  get type(): 'empty' | 'boolean' | 'number' | 'date' | 'string' {
    if (this.nonBlank === 0) return 'empty';
    if (this.booleans === this.nonBlank) return 'boolean';
    // Placeholders are junk in any column: the type is decided on the other values.
    const real = this.nonBlank - this.placeholders;
    if (real > 0 && this.numbers >= real * 0.95) return 'number';
    if (real > 0 && this.dates >= real * 0.95) return 'date';
    return 'string';
  }

  /** In a boolean column a cell is filled only when true (Salesforce exports unchecked boxes as false). */
  get filled(): number {
    return this.type === 'boolean' ? this.trues : this.nonBlank;
  }

  /**
   * Junk cells: placeholders, plus — in free-text columns only — one value repeated far above all others
   * (at least 10% of filled cells and five times the next real value, while the other real values are
   * mostly unique; placeholders are left out of that comparison, they are junk already).
   */
  get junk(): number {
    const type = this.type;
    if (type === 'boolean' || type === 'empty') return 0;
    let junk = this.placeholders;
    if (type === 'string') {
      const d = this.values.dominance(isPlaceholder);
      const freeText = d.restCount > 0 && d.restDistinct / d.restCount >= DOMINANT_JUNK.restUnique;
      if (
        freeText &&
        !d.topIsPlaceholder &&
        d.top >= DOMINANT_JUNK.minCount &&
        d.top >= this.nonBlank * DOMINANT_JUNK.minShare &&
        d.top >= d.second * DOMINANT_JUNK.overNext
      ) {
        junk += d.top;
      }
    }
    return Math.min(junk, this.nonBlank);
  }

  ownerFill(owner: OwnerCounts): number {
    const filled = this.type === 'boolean' ? owner.trues : owner.nonBlank;
    return owner.rows ? filled / owner.rows : 0;
  }
}
