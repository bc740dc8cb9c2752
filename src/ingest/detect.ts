// Kind and CRM detection from a header. Each kind is scored by the column roles it finds (plus the file
// name as a hint); the best wins, and below 0.5 the file is read as generic `records` with a warning.
import type { Role } from '../config/roles.js';
import { ROLES } from '../config/roles.js';
import { ADAPTERS, GENERIC_SYNONYMS, type FormatAdapter, type HeaderView } from './formats/index.js';
import { compact } from './header.js';
import type { CrmId, Kind, RoleMap } from './types.js';

export interface Detection {
  crm: CrmId;
  kind: Kind;
  kindConfidence: number;
  object: string | null;
  roles: RoleMap;
  warnings: { code: string; message: string }[];
}

export interface DetectOverrides {
  kind?: Kind;
  crm?: CrmId;
  object?: string;
  roles?: Partial<Record<Role, string>>;
}

export function headerView(names: string[], base: string): HeaderView {
  return { names, compact: names.map(compact), base };
}

function detectCrm(h: HeaderView): FormatAdapter {
  let best = ADAPTERS[ADAPTERS.length - 1]!;
  let bestScore = 0.3; // below this, generic
  for (const a of ADAPTERS) {
    const s = a.score(h);
    if (s > bestScore) {
      best = a;
      bestScore = s;
    }
  }
  return best;
}

export function resolveRoles(
  h: HeaderView,
  adapter: FormatAdapter,
  explicit?: Partial<Record<Role, string>>,
  missing: string[] = [],
): RoleMap {
  const roles: RoleMap = {};
  for (const role of ROLES) {
    const lists = [adapter.synonyms[role] ?? [], GENERIC_SYNONYMS[role]];
    outer: for (const list of lists) {
      for (const syn of list) {
        const i = h.compact.indexOf(syn);
        if (i >= 0) {
          roles[role] = i;
          break outer;
        }
      }
    }
  }
  // Fallback by suffix: "Territory Owner", "Date Created".
  if (roles.owner === undefined) {
    const i = h.compact.findIndex((c) => /owner(id|name)?$/.test(c));
    if (i >= 0) roles.owner = i;
  }
  if (roles.created === undefined) {
    const i = h.compact.findIndex((c) => /^(created|date ?created|creat)/.test(c) && !/by/.test(c));
    if (i >= 0) roles.created = i;
  }
  if (explicit) {
    for (const [role, name] of Object.entries(explicit) as [Role, string][]) {
      const i = h.names.findIndex((n) => n === name);
      const j = i >= 0 ? i : h.compact.indexOf(compact(name));
      if (j >= 0) roles[role] = j;
      else missing.push(role);
    }
  }
  return roles;
}

type Indicator = [weight: number, present: boolean];

function kindScores(h: HeaderView, r: RoleMap, object: string | null): Record<Kind, number> {
  const has = (role: Role) => r[role] !== undefined;
  const headerHas = (...names: string[]) => names.some((n) => h.compact.includes(n));
  const obj = (object ?? h.base).toLowerCase();
  const sum = (xs: Indicator[]) => Math.min(1, xs.reduce((s, [w, p]) => s + (p ? w : 0), 0));
  return {
    records: sum([
      [0.25, has('owner')],
      [0.2, has('created')],
      [0.2, has('modified')],
      [0.1, has('id')],
      [0.3, /^(opportunit|account|contact|lead|deal|compan|case|order|invoice|quote|campaign|product)/.test(obj)],
    ]),
    activities: sum([
      [0.3, has('activityDate')],
      [0.15, has('subject')],
      [0.1, has('status')],
      [0.1, has('owner')],
      [0.1, headerHas('calldurationinseconds', 'calltype', 'whoid', 'whatid', 'tasksubtype', 'eventsubtype', 'meetingoutcome', 'activitytype', 'activitynote')],
      [0.4, /^(task|event|activit|engagement|meeting|call|email|visit)/.test(obj)],
    ]),
    logins: sum([
      [0.45, has('loginTime')],
      [0.15, has('userId')],
      [0.1, has('status')],
      [0.2, headerHas('sourceip', 'browser', 'platform', 'logintype', 'application', 'loginurl')],
      [0.4, /^(loginhistory|login|session|signin)/.test(obj)],
    ]),
    'field-history': sum([
      [0.3, has('fieldName')],
      [0.25, has('oldValue') || has('newValue')],
      [0.15, has('oldValue') && has('newValue')],
      [0.1, has('editedBy')],
      [0.1, has('created') || headerHas('timestamp', 'changedat', 'changedate')],
      [0.3, /history/.test(obj)],
    ]),
    users: sum([
      [0.25, has('isActive')],
      [0.15, headerHas('username', 'email', 'useremail', 'login')],
      [0.15, has('team') || has('role')],
      [0.1, headerHas('firstname', 'lastname', 'fullname', 'name')],
      [0.1, headerHas('lastlogindate', 'lastlogin', 'profileid', 'userroleid', 'usertype', 'timezonesidkey', 'managerid')],
      [0.4, /^(user|users|owner|owners|roster|team|employees)$/.test(obj.replace(/[^a-z]/g, ''))],
    ]),
    fields: sum([
      [0.3, has('fieldName')],
      [0.25, has('label')],
      [0.2, has('type')],
      [0.15, has('required')],
      [0.1, has('description')],
      [0.25, /field|propert|attribute|schema/.test(obj)],
      [-0.5, has('oldValue') || has('newValue')],
    ]),
    interviews: sum([
      [0.5, has('note')],
      [0.2, has('respondent')],
      [0.1, has('category')],
      [0.1, has('session')],
      [0.1, has('question')],
      [0.05, has('rating')],
      [0.2, /interview|notes|workshop|focus|survey|voice/.test(obj)],
    ]),
  };
}

export function detect(names: string[], base: string, overrides: DetectOverrides = {}): Detection {
  const h = headerView(names, base);
  const warnings: Detection['warnings'] = [];
  const adapter = overrides.crm ? ADAPTERS.find((a) => a.id === overrides.crm)! : detectCrm(h);
  const object = overrides.object ?? adapter.object(h);
  const missing: string[] = [];
  const roles = resolveRoles(h, adapter, overrides.roles, missing);
  for (const role of missing) {
    warnings.push({
      code: 'role-header-missing',
      message: `the config maps the role ${role} to a header this file does not have; detection was used instead`,
    });
  }
  const scores = kindScores(h, roles, object);
  let kind: Kind = 'records';
  let best = -1;
  for (const [k, s] of Object.entries(scores) as [Kind, number][]) {
    if (s > best) {
      kind = k;
      best = s;
    }
  }
  let confidence = Math.max(0, Math.round(best * 100) / 100);
  if (overrides.kind) {
    kind = overrides.kind;
    confidence = 1;
  } else if (best < 0.5) {
    warnings.push({
      code: 'kind-uncertain',
      message: `could not tell what this file holds (best guess ${kind}, confidence ${confidence}); read as records. Use --kind FILE=KIND to say`,
    });
    kind = 'records';
  }
  return { crm: adapter.id, kind, kindConfidence: confidence, object, roles, warnings };
}
