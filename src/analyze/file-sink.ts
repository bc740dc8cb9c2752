// One file's analysis: a RowSink that routes rows by kind into mergeable accumulators. The order of slash
// dates (month/day or day/month) is decided per column from the values: rows are held back until every
// date column has shown a value that decides it (or is ISO), up to BUFFER_ROWS; then the rest streams.
import type { Role } from '../config/roles.js';
import { compact } from '../ingest/header.js';
import { GENERIC_SYNONYMS } from '../ingest/formats/index.js';
import type { Detection, PartialTable, RowSink, Table } from '../ingest/index.js';
import { DateOrderVote, looksLikeDate, parseDate, slashEvidence, type DateOrder } from './dates.js';
import { FieldStats, OwnerIndex } from './field-stats.js';
import { UsageAccumulator, userKey, type TimingSettings } from './usage.js';
import { booleanToken, isBlank } from './values.js';

const DATE_ROLES: Role[] = ['created', 'modified', 'activityDate', 'loginTime', 'date'];
const BUFFER_ROWS = 20_000;
const ISO_START = /^\d{4}-/;

export interface FileAnalysis {
  detection: Detection | null;
  header: string[];
  fields: FieldStats[];
  usage: UsageAccumulator;
  /** rows kept whole for small kinds: fields, interviews, users */
  table: { rows: string[][]; lines: number[] } | null;
  dateOrders: Partial<Record<Role, DateOrder>>;
  unparsedDates: number;
  /** the unparsed date cells by column, in column order: where the first is, and how many the other order reads */
  unparsedByColumn: UnparsedDateColumn[];
  /** date cells whose values contradict the order assumed for their column (no value decided it early) */
  contradictedDates: number;
}

export interface UnparsedDateColumn {
  /** the header name */
  name: string;
  /** 1-based field number, as in row errors */
  column: number;
  count: number;
  /** physical line of the first */
  line: number;
  /** how many of them the other day/month order reads as dates (then --date-format would help) */
  otherOrder: number;
  /** that other order */
  other: DateOrder;
}

export function createFileSink(
  source: string,
  timing: TimingSettings,
  fallbackOrder: DateOrder,
): { sink: RowSink; result: FileAnalysis; finish: () => void; soFar: () => PartialTable } {
  const result: FileAnalysis = {
    detection: null,
    header: [],
    fields: [],
    usage: new UsageAccumulator(timing),
    table: null,
    dateOrders: {},
    unparsedDates: 0,
    unparsedByColumn: [],
    contradictedDates: 0,
  };
  const unparsedAt = new Map<number, UnparsedDateColumn>();
  /** the physical line of the row being routed */
  let line = 0;
  // userKey runs regexes: an export repeats the same few owners on every row, so remember them.
  const keys = new Map<string, string>();
  const keyOf = (raw: string): string => {
    let k = keys.get(raw);
    if (k === undefined) {
      k = userKey(raw.trim());
      if (keys.size < 100_000) keys.set(raw, k);
    }
    return k;
  };
  // Open or closed: an IsClosed column, else a stage that reads closed, won or lost (English, German, French,
  // Spanish); null when the export says neither.
  const CLOSED_STAGE = /closed|won|lost|gewonnen|verloren|abgeschlossen|gagn|perdu|ferm|ganad|perdid|cerrad/i;
  const isOpen = (cells: string[]): boolean | null => {
    const closed = cell(cells, 'isClosed');
    if (closed !== null && booleanToken(closed) >= 0) return booleanToken(closed) === 0;
    const stage = cell(cells, 'stage');
    if (result.detection!.roles.stage === undefined) return null;
    return stage === null ? true : !CLOSED_STAGE.test(stage);
  };
  let buffer: { cells: string[]; line: number }[] | null = [];
  /** date roles whose order no value has decided yet */
  let undecided: Role[] = [];
  /** date roles whose order was assumed (fallback), checked against later values */
  const assumed = new Set<Role>();
  let route: (cells: string[], line: number) => void = () => {};

  const dateOf = (cells: string[], role: Role): number => {
    const i = result.detection!.roles[role];
    if (i === undefined) return NaN;
    const v = cells[i] ?? '';
    if (isBlank(v)) return NaN;
    const order = result.dateOrders[role] ?? fallbackOrder;
    const t = parseDate(v, order);
    if (Number.isNaN(t)) {
      result.unparsedDates++;
      let u = unparsedAt.get(i);
      const other = order === 'mdy' ? 'dmy' : 'mdy';
      if (!u) unparsedAt.set(i, (u = { name: result.header[i] ?? '', column: i + 1, count: 0, line, otherOrder: 0, other }));
      u.count++;
      if (!Number.isNaN(parseDate(v, other))) u.otherOrder++;
    } else if (assumed.has(role)) {
      const e = slashEvidence(v);
      if (e !== null && e !== order) result.contradictedDates++;
    }
    return t;
  };
  const cell = (cells: string[], role: Role): string | null => {
    const i = result.detection!.roles[role];
    if (i === undefined) return null;
    const v = cells[i] ?? '';
    return isBlank(v) ? null : v.trim();
  };

  const flush = () => {
    if (!buffer || !result.detection) return;
    const det = result.detection;
    for (const role of DATE_ROLES) {
      const i = det.roles[role];
      if (i === undefined) continue;
      const vote = new DateOrderVote();
      for (const b of buffer) vote.add(b.cells[i] ?? '');
      result.dateOrders[role] = vote.decide(fallbackOrder);
      if (undecided.includes(role)) assumed.add(role);
    }
    const rows = buffer;
    buffer = null;
    for (const b of rows) {
      line = b.line;
      route(b.cells, b.line);
    }
  };

  const sink: RowSink = {
    header(names, detection) {
      result.detection = detection;
      result.header = names;
      undecided = DATE_ROLES.filter((r) => detection.roles[r] !== undefined);
      const owner = detection.roles.owner;
      const u = result.usage;
      switch (detection.kind) {
        case 'records':
        case 'activities': {
          const owners = new OwnerIndex();
          result.fields = names.map((n) => new FieldStats(n, detection.object, source, owners));
          const isActivity = detection.kind === 'activities';
          const fields = result.fields;
          route = (cells) => {
            const ownerKey = owner === undefined || isBlank(cells[owner] ?? '') ? null : keyOf(cells[owner]!);
            const ownerId = ownerKey === null ? -1 : owners.id(ownerKey);
            for (let i = 0; i < fields.length; i++) fields[i]!.add(cells[i] ?? '', ownerId);
            if (isActivity) u.addActivity(ownerKey, dateOf(cells, 'created'), dateOf(cells, 'activityDate'));
            else {
              const creator = cell(cells, 'editedBy');
              const modifier = cell(cells, 'modifiedBy');
              u.addRecord(ownerKey, dateOf(cells, 'created'), dateOf(cells, 'modified'), creator && keyOf(creator), modifier && keyOf(modifier), isOpen(cells));
            }
          };
          break;
        }
        case 'logins':
          route = (cells) => {
            const user = cell(cells, 'userId') ?? cell(cells, 'owner');
            const status = cell(cells, 'status');
            const ok = status === null || /success|erfolg|réussi|exitoso/i.test(status);
            u.addLogin(user ? userKey(user) : null, dateOf(cells, 'loginTime'), ok);
          };
          break;
        case 'field-history':
          route = (cells) => {
            const editor = cell(cells, 'editedBy') ?? cell(cells, 'owner');
            const at = dateOf(cells, 'created');
            u.addEdit(cell(cells, 'fieldName'), editor ? userKey(editor) : null, Number.isNaN(at) ? dateOf(cells, 'date') : at);
          };
          break;
        case 'users': {
          const firstCol = names.findIndex((n) => /^first ?name$/i.test(n));
          const lastCol = names.findIndex((n) => /^last ?name$/i.test(n));
          // a user's other handles, which the notes may use and other exports may name owners by: the login, the
          // e-mail address, Salesforce's Alias ("rlee")
          const handleCols = names.flatMap((n, i) => (/^(?:user ?name|login|e-?mail|e-?mail address|user e-?mail|alias)$/i.test(n.trim()) ? [i] : []));
          // every nickname column ("Preferred name" and "Known as" may both be there)
          const nickCols = names.flatMap((n, i) => (GENERIC_SYNONYMS.nickname.includes(compact(n)) || i === detection.roles.nickname ? [i] : []));
          // a last login (Salesforce's LastLoginDate): the user was active that day, which the audit counts as a
          // login when no login history is given (pipeline: useLastLogins)
          const lastLoginCol = names.findIndex((n) => /^last ?(?:log ?in|sign ?in)(?: ?(?:date|time|at|timestamp|date ?time))?$/i.test(n.trim()));
          route = (cells, line) => {
            result.table!.rows.push(cells);
            result.table!.lines.push(line);
            const id = cell(cells, 'id') ?? cell(cells, 'userId') ?? cell(cells, 'userName');
            if (!id) return;
            const active = cell(cells, 'isActive');
            const aliases = (['userName', 'name', 'ownerName'] as Role[])
              .map((r) => cell(cells, r))
              .filter((x): x is string => x !== null);
            const first = cells[firstCol] ?? '';
            const last = cells[lastCol] ?? '';
            if (first.trim() && last.trim()) aliases.push(`${first.trim()} ${last.trim()}`);
            for (const i of handleCols) if (cells[i]?.trim()) aliases.push(cells[i]!.trim());
            const lastLoginCell = lastLoginCol < 0 ? '' : (cells[lastLoginCol] ?? '').trim();
            const lastLogin = lastLoginCell === '' || isBlank(lastLoginCell) ? NaN : parseDate(lastLoginCell, fallbackOrder);
            // the notes may say "Bob" or "Bob Lee" for Robert Lee
            for (const i of nickCols) {
              const nick = (cells[i] ?? '').trim();
              if (nick && !isBlank(nick)) aliases.push(/^\p{L}[\p{L}'’-]*$/u.test(nick) && last.trim() ? `${nick} ${last.trim()}` : nick);
            }
            u.addRosterUser({
              id: userKey(id),
              name: aliases[0] ?? null,
              aliases: [...new Set(aliases.map((a) => userKey(a)))],
              team: cell(cells, 'team'),
              role: cell(cells, 'role'),
              active: active === null ? true : booleanToken(active) !== 0 && !/inactive|deactivated|disabled/i.test(active),
              ...(Number.isNaN(lastLogin) ? {} : { lastLogin }),
            });
          };
          result.table = { rows: [], lines: [] };
          break;
        }
        case 'fields':
        case 'interviews':
          result.table = { rows: [], lines: [] };
          route = (cells, line) => {
            result.table!.rows.push(cells);
            result.table!.lines.push(line);
          };
          break;
      }
    },
    row(cells, at) {
      if (buffer) {
        buffer.push({ cells, line: at });
        const roles = result.detection!.roles;
        undecided = undecided.filter((role) => {
          const v = (cells[roles[role]!] ?? '').trim();
          return !(ISO_START.test(v) || (looksLikeDate(v) && slashEvidence(v) !== null));
        });
        if (undecided.length === 0 || buffer.length >= BUFFER_ROWS) flush();
        return;
      }
      line = at;
      route(cells, at);
    },
  };
  const finish = () => {
    flush();
    result.unparsedByColumn = [...unparsedAt.values()].sort((a, b) => a.column - b.column);
  };
  // what a read that stopped had read: the rows routed, and those still held back
  const soFar = (): PartialTable => ({
    header: result.header,
    roles: result.detection?.roles ?? {},
    rows: [...(result.table?.rows ?? []), ...(buffer ?? []).map((b) => b.cells)],
  });
  return { sink, result, finish, soFar };
}

/** A whole-file Table view of a kept file, for the field-list and interview stages. */
export function asTable(a: FileAnalysis, input: Table['input']): Table {
  return {
    header: a.header,
    rows: a.table?.rows ?? [],
    lines: a.table?.lines ?? [],
    roles: a.detection?.roles ?? {},
    input,
  };
}
