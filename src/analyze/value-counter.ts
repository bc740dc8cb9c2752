// Counts of distinct values with bounded memory, and a result that does not depend on the order of rows
// or of merges: exact while the column has at most `cap` distinct values; past that, a bottom-k hash
// sketch estimates the distinct count, and hashed buckets estimate the largest value's count. Values are
// never printed; only counts leave this file.

const DEFAULT_CAP = 20_000;
const K = 1024;
const BUCKETS = 1 << 12;

/** FNV-1a, 32-bit, over UTF-16 code units. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class ValueCounter {
  private exact: Map<string, number> | null = new Map();
  /** the K smallest distinct hashes (sorted ascending when finalised) */
  private minHashes = new Set<number>();
  private maxOfMin = -1;
  private readonly buckets = new Uint32Array(BUCKETS);
  total = 0;

  constructor(private readonly cap = DEFAULT_CAP) {}

  add(v: string): void {
    this.total++;
    if (this.exact) {
      this.exact.set(v, (this.exact.get(v) ?? 0) + 1);
      if (this.exact.size > this.cap) this.spill();
      return;
    }
    const h = hash32(v);
    this.buckets[h & (BUCKETS - 1)]!++;
    this.addHash(h);
  }

  /** Leave exact mode: the sketches are built from the exact counts, so they end up as if fed all along. */
  private spill(): void {
    const exact = this.exact;
    this.exact = null;
    if (!exact) return;
    for (const [v, c] of exact) {
      const h = hash32(v);
      this.buckets[h & (BUCKETS - 1)]! += c;
      this.addHash(h);
    }
  }

  private addHash(h: number): void {
    // Most hashes of a high-cardinality column are above the k-th smallest: leave before any set lookup.
    if (this.minHashes.size >= K && h >= this.maxOfMin) return;
    if (this.minHashes.has(h)) return;
    if (this.minHashes.size < K) {
      this.minHashes.add(h);
      if (h > this.maxOfMin) this.maxOfMin = h;
      return;
    }
    if (h >= this.maxOfMin) return;
    this.minHashes.delete(this.maxOfMin);
    this.minHashes.add(h);
    let m = -1;
    for (const x of this.minHashes) if (x > m) m = x;
    this.maxOfMin = m;
  }

  merge(other: ValueCounter): void {
    this.total += other.total;
    if (this.exact && other.exact) {
      for (const [v, c] of other.exact) this.exact.set(v, (this.exact.get(v) ?? 0) + c);
      if (this.exact.size > this.cap) this.spill();
      return;
    }
    this.spill();
    if (other.exact) {
      for (const [v, c] of other.exact) {
        const h = hash32(v);
        this.buckets[h & (BUCKETS - 1)]! += c;
        this.addHash(h);
      }
      return;
    }
    for (let i = 0; i < BUCKETS; i++) this.buckets[i]! += other.buckets[i]!;
    for (const h of other.minHashes) this.addHash(h);
  }

  get isExact(): boolean {
    return this.exact !== null;
  }

  distinct(): number {
    if (this.exact) return this.exact.size;
    if (this.minHashes.size < K) return this.minHashes.size;
    // KMV estimate: (k - 1) / (k-th smallest hash as a fraction of the hash space)
    return Math.round((K - 1) / ((this.maxOfMin + 1) / 2 ** 32));
  }

  /** The two largest counts (exact, or estimated from the buckets net of their typical load). */
  topCounts(): [number, number] {
    if (this.exact) {
      let a = 0;
      let b = 0;
      for (const c of this.exact.values()) {
        if (c > a) [a, b] = [c, a];
        else if (c > b) b = c;
      }
      return [a, b];
    }
    const sorted = Array.from(this.buckets).sort((x, y) => x - y);
    const median = sorted[sorted.length >> 1]!;
    const a = Math.max(0, sorted[sorted.length - 1]! - median);
    const b = Math.max(0, sorted[sorted.length - 2]! - median);
    return [a, b];
  }

  /**
   * The shape of the largest real value (not a placeholder) against the other real values, for the
   * free-text junk rule: its count, the next one's, and how unique the others are.
   * Exact while the counter is exact; past the cap, estimated from the sketches.
   */
  dominance(isPlaceholder: (v: string) => boolean): Dominance {
    if (!this.exact) {
      const [top, second] = this.topCounts();
      return { top, second, restCount: this.total - top, restDistinct: Math.max(0, this.distinct() - 1), topIsPlaceholder: false };
    }
    let best = '';
    let top = 0;
    for (const [v, c] of this.exact) {
      if (isPlaceholder(v)) continue;
      if (c > top || (c === top && v < best)) {
        best = v;
        top = c;
      }
    }
    let second = 0;
    let restCount = 0;
    let restDistinct = 0;
    for (const [v, c] of this.exact) {
      if (v === best || isPlaceholder(v)) continue;
      restCount += c;
      restDistinct++;
      if (c > second) second = c;
    }
    return { top, second, restCount, restDistinct, topIsPlaceholder: false };
  }
}

export interface Dominance {
  top: number;
  second: number;
  restCount: number;
  restDistinct: number;
  topIsPlaceholder: boolean;
}
