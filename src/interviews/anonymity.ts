// Anonymity: stable pseudonyms, and group suppression that cannot be undone by subtraction.
import { createHash } from 'node:crypto';

/**
 * "Respondent 03" for each respondent key. The order comes from a keyed hash, so the numbers reveal neither the
 * alphabetical order of names nor the order of the interviews, and stay the same run to run for the same `secret`.
 * The secret is what only the holder of the original notes knows (analyze.ts: a hash of the unredacted notes):
 * without it, anyone who knows who was interviewed could hash the names and put a name to every pseudonym.
 */
export function pseudonyms(keys: Iterable<string>, prefix = 'Respondent', secret = ''): Map<string, string> {
  const list = [...new Set(keys)];
  const hashed = list
    .map((k) => ({ k, h: createHash('sha256').update(`crm-audit:respondent:${secret}:${k}`).digest('hex') }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  const width = Math.max(2, String(list.length).length);
  return new Map(hashed.map(({ k }, i) => [k, `${prefix} ${String(i + 1).padStart(width, '0')}`]));
}

export interface Cell {
  /** the group's name; null for the people with no value in this breakdown (never shown) */
  name: string | null;
  respondents: number;
  /** notes counted in the cell; notes without a respondent make a cell worth hiding even at 0 respondents */
  notes?: number;
}

export interface Suppression {
  /** names of the cells that may be shown */
  shown: Set<string>;
  /** named cells hidden (primary and complementary) */
  suppressed: number;
  /** respondents in all hidden cells together: 0, or at least k whenever something is shown */
  hiddenRespondents: number;
}

/**
 * Suppress one breakdown (team, or role). A cell under k respondents is hidden (primary suppression). The
 * overall figures are always published, so overall minus the shown cells gives the hidden cells' total: when
 * that remainder holds anything (people, or notes whose writer is not given) and is under k people, the smallest
 * shown cells are hidden as well (complementary suppression) until the remainder is at least k respondents. A
 * remainder of notes without respondents is protected too, in a named group or in none: those notes may all be one
 * person's (a file of one interview named after the person has no respondent column).
 * The people with no value in the breakdown form a cell of their own that is never shown but counts in the
 * remainder.
 */
export function suppressBreakdown(cells: readonly Cell[], k: number): Suppression {
  const named = cells.filter((c): c is Cell & { name: string } => c.name !== null && (c.respondents > 0 || (c.notes ?? 0) > 0));
  const rest = cells.filter((c) => c.name === null);
  const shown = named
    .filter((c) => c.respondents >= k)
    .sort((a, b) => a.respondents - b.respondents || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hiddenCells = [...rest, ...named.filter((c) => c.respondents < k)];
  let hidden = hiddenCells.reduce((s, c) => s + c.respondents, 0);
  // what the remainder would reveal: people, or notes that gave no respondent (a file of one interview named
  // after the person has no respondent column: its notes are one person's, team or none)
  const anything = hiddenCells.some((c) => c.respondents > 0 || (c.notes ?? 0) > 0);
  while (anything && hidden < k && shown.length > 0) hidden += shown.shift()!.respondents;
  return {
    shown: new Set(shown.map((c) => c.name)),
    suppressed: named.length - shown.length,
    hiddenRespondents: hidden,
  };
}

/**
 * One cell of the cross of two breakdowns: the people whose team is `row` and whose role is `col` (null: none,
 * or a hidden group). Every published figure is a sum over cells.
 */
export interface CrossCell {
  row: string | null;
  col: string | null;
  respondents: number;
  /** notes with no respondent: they may all be one person's */
  orphanNotes: number;
}

/**
 * Suppression across two breakdowns. Each was made safe on its own (suppressBreakdown), but a team can still be
 * set against a role: when every member of team North is a rep, "reps" minus "North" is the reps in no shown
 * team. Shown groups are hidden, one at a time, until no set of people that a reader can work out from the total
 * and the shown figures holds fewer than k people (and more than nobody). Each time, the group hidden is the one
 * that leaves the fewest cells open to such a set, the smaller on a tie. `shownRows` and `shownCols` are the
 * groups each breakdown shows now; returns the ones to hide, as "row:NAME" and "col:NAME".
 *
 * Which sets can be worked out: any sum of the published figures with any factors. The figures are the total,
 * each shown row and each shown column, so a cell's factor is c + a(row) + b(col), where hidden rows (and hidden
 * columns) share one factor, 0, and act as one row (one column). A set of people is worked out when the factors
 * are 1 on its cells and 0 on every other non-empty cell. Sorting rows and columns into "in" and "out", each such
 * set is made of the cells of an "in" row and an "out" column, where every "in" column has only "in" rows
 * (a two-level choice finds the smallest; more levels only add cells). The smallest such set that holds a given
 * cell is a minimum cut in a small flow network: what `smallestSetWith` computes.
 */
export function suppressAcross(cells: readonly CrossCell[], shownRows: ReadonlySet<string>, shownCols: ReadonlySet<string>, k: number): Set<string> {
  const hidden = new Set<string>();
  const rows = new Set(shownRows);
  const cols = new Set(shownCols);
  const open = () => openCells(cells, rows, cols, k);
  let now = open();
  while (now.length > 0 && rows.size + cols.size > 0) {
    // the first open cell's team and role come first, then those of every open cell, then all groups: the
    // first of these that has a group whose hiding closes cells
    const first = new Set([now[0]!.row, now[0]!.col]);
    const near = new Set(now.flatMap((c) => [c.row, c.col]));
    const choose = (within: Set<string> | null) => {
      let best: { side: 'row' | 'col'; g: string; left: OpenCell[]; size: number } | undefined;
      for (const [side, set] of [['row', rows], ['col', cols]] as const) {
        for (const g of [...set].sort()) {
          if (within && !within.has(`${side === 'row' ? 'r' : 'c'}:${g}`)) continue;
          set.delete(g);
          const left = open();
          set.add(g);
          const size = cells.filter((c) => c[side] === g).reduce((s, c) => s + c.respondents, 0);
          if (!best || left.length < best.left.length || (left.length === best.left.length && size < best.size)) best = { side, g, left, size };
        }
      }
      return best;
    };
    let best = choose(first);
    if (!best || best.left.length >= now.length) best = choose(near) ?? best;
    if (!best || best.left.length >= now.length) best = choose(null) ?? best;
    (best!.side === 'row' ? rows : cols).delete(best!.g);
    hidden.add(`${best!.side}:${best!.g}`);
    now = best!.left;
  }
  return hidden;
}

interface OpenCell {
  /** "r:NAME" or "c:NAME"; "r:" and "c:" for the hidden groups together */
  row: string;
  col: string;
  respondents: number;
}

/** The non-empty cells that lie in some set a reader can work out that holds fewer than k people. */
function openCells(cells: readonly CrossCell[], rows: ReadonlySet<string>, cols: ReadonlySet<string>, k: number): OpenCell[] {
  // hidden groups act as one: merge their cells
  const merged = new Map<string, OpenCell>();
  for (const c of cells) {
    if (c.respondents === 0 && c.orphanNotes === 0) continue;
    const row = c.row !== null && rows.has(c.row) ? `r:${c.row}` : 'r:';
    const col = c.col !== null && cols.has(c.col) ? `c:${c.col}` : 'c:';
    const key = `${row}\u0000${col}`;
    const m = merged.get(key) ?? { row, col, respondents: 0 };
    m.respondents += c.respondents;
    merged.set(key, m);
  }
  const list = [...merged.values()];
  const net = new CutNetwork(list);
  return list.filter((c, i) => net.smallestSetWith(i, k) < k);
}

/**
 * The flow network of the cells: node 0 the source, 1 the sink, then one per row and column. A cell of an "in"
 * row and an "out" column costs its respondents (an arc row -> column); an "in" column with an "out" row is
 * forbidden (an arc column -> row that cannot be cut). Built once per set of shown groups, in flat arrays,
 * and reused for every cell: a study of a hundred teams asks thousands of these.
 */
class CutNetwork {
  private readonly head: Int32Array;
  private readonly next: number[] = [];
  private readonly to: number[] = [];
  private readonly base: number[] = [];
  private readonly cap: Int32Array;
  /** per cell: the arc source -> its row and the arc its column -> sink, closed unless the cell is asked about */
  private readonly forced: [number, number][] = [];
  private readonly size: number;
  /** a capacity no cut can pay: more than all respondents together */
  private readonly forbidden: number;
  /** the search's scratch space, reused for every cell */
  private readonly prevArc: Int32Array;
  private readonly queue: Int32Array;

  constructor(list: readonly OpenCell[]) {
    const nodes = new Map<string, number>();
    const id = (name: string) => {
      let i = nodes.get(name);
      if (i === undefined) nodes.set(name, (i = nodes.size + 2));
      return i;
    };
    for (const c of list) id(c.row), id(c.col);
    this.size = nodes.size + 2;
    const heads: number[] = new Array<number>(this.size).fill(-1);
    const arc = (a: number, b: number, c: number) => {
      // an arc and its reverse, at an even and the next odd index
      for (const [u, v, w] of [[a, b, c], [b, a, 0]] as const) {
        this.to.push(v);
        this.base.push(w);
        this.next.push(heads[u]!);
        heads[u] = this.to.length - 1;
      }
      return this.to.length - 2;
    };
    const forbidden = list.reduce((s, c) => s + c.respondents, 0) + 1;
    const fromSource = new Map<number, number>();
    const toSink = new Map<number, number>();
    for (const c of list) {
      const r = id(c.row);
      const col = id(c.col);
      arc(r, col, c.respondents);
      arc(col, r, forbidden);
      if (!fromSource.has(r)) fromSource.set(r, arc(0, r, 0));
      if (!toSink.has(col)) toSink.set(col, arc(col, 1, 0));
      this.forced.push([fromSource.get(r)!, toSink.get(col)!]);
    }
    this.head = Int32Array.from(heads);
    this.cap = new Int32Array(this.base.length);
    this.forbidden = forbidden;
    this.prevArc = new Int32Array(this.size);
    this.queue = new Int32Array(this.size);
  }

  /**
   * The fewest respondents in a set a reader can work out that holds cell `i` (its row "in", its column
   * "out"): the minimum cut, or `enough` once the flow reaches it, as only whether it is under k matters.
   */
  smallestSetWith(i: number, enough: number): number {
    this.cap.set(this.base);
    const [s, t] = this.forced[i]!;
    this.cap[s] = this.forbidden;
    this.cap[t] = this.forbidden;
    let flow = 0;
    const { prevArc, queue } = this;
    while (flow < enough) {
      prevArc.fill(-1);
      let tail = 0;
      queue[tail++] = 0;
      prevArc[0] = -2;
      for (let q = 0; q < tail && prevArc[1] === -1; q++) {
        const u = queue[q]!;
        for (let a = this.head[u]!; a !== -1; a = this.next[a]!) {
          const v = this.to[a]!;
          if (this.cap[a]! > 0 && prevArc[v] === -1) {
            prevArc[v] = a;
            queue[tail++] = v;
          }
        }
      }
      if (prevArc[1] === -1) break;
      let push = Infinity;
      for (let v = 1; v !== 0; v = this.to[prevArc[v]! ^ 1]!) push = Math.min(push, this.cap[prevArc[v]!]!);
      for (let v = 1; v !== 0; v = this.to[prevArc[v]! ^ 1]!) {
        this.cap[prevArc[v]!]! -= push;
        this.cap[prevArc[v]! ^ 1]! += push;
      }
      flow += push;
    }
    return flow;
  }
}
