// The consultant's notes sheet: one-on-one interviews with most reps and every manager, a focus group per
// resisting team, and a "Time to Change" kickoff workshop per team, each note labelled (in the manifest)
// with the themes and sentiment it was written to carry.

import { HCP_NAMES } from './generator-data.js';
import {
  FOCUS_GROUP_NOTES,
  FOREIGN_NOTES,
  MANAGER_QUESTIONS,
  RATING_QUESTION,
  REP_QUESTIONS,
  THEMES,
  WORKSHOP_NOTES,
  WORKSHOP_PROMPT,
  fillTemplate,
  pickTemplate,
  pronouns,
  ratingFor,
  ratingNote,
  specialNotes,
  type Sentiment,
  type SpecialNote,
  type Stance,
  type TeamMode,
  type ThemeId,
} from './generator-notes.js';
import { isoDay, makeRng, ratio, type Rng } from './generator-random.js';
import { emailLocal, type Person, type World } from './generator-world.js';
import type { AccountRec } from './generator-crm.js';

export const NOTES_HEADER = ['respondent', 'role', 'team', 'date', 'session', 'category', 'question', 'note', 'rating'] as const;
export const WORKSHOP_CATEGORIES = ['experience', 'idea', 'question', 'concern', 'proposal'] as const;

export interface NoteRecord {
  respondent: string;
  role: string;
  team: string;
  date: string;
  session: 'interview' | 'focus-group' | 'workshop';
  category: string;
  question: string;
  note: string;
  rating: string;
  // labels (not written to the CSV)
  themes: ThemeId[];
  sentiment: Sentiment;
  mixed: boolean;
  lang: 'en' | 'de' | 'fr';
  pii: string[];
  html: boolean;
  order: number;
}

export interface RespondentTruth {
  name: string;
  role: string;
  team: string;
  mode: TeamMode;
  stance: Stance;
  rating: number;
}

export interface InterviewsTruth {
  notes: number;
  respondents: number;
  sessions: Record<string, number>;
  stances: Record<Stance, number>;
  /** stance polarization: low = hate, high = love, over the named respondents */
  polarization: { index: number; lowShare: number; highShare: number };
  stancesByTeamMode: Record<string, Record<Stance, number>>;
  sentiment: Record<Sentiment, number>;
  themes: { id: ThemeId; count: number; share: number }[];
  categories: Record<string, number>;
  languages: Record<string, number>;
  pii: { emails: number; phones: number; urls: number; names: number; notesWithPii: number };
  htmlNotes: number;
  multilineNotes: number;
  meanRatingByTeamMode: Record<string, number>;
}

const SESSION_ORDER = { interview: 0, 'focus-group': 1, workshop: 2 } as const;
const FOCUS_QUESTION = 'Focus group: what gets in the way of using the CRM?';
const SPECIAL_QUESTION = 'Anything else?';

function stanceOf(p: Person, rng: ReturnType<typeof makeRng>): Stance {
  if (p.mode === 'resisting') {
    if (p.usage === 'daily') return rng.weighted([['hate', 60], ['ambivalent', 35], ['neutral', 5]]);
    return rng.weighted([['hate', 85], ['ambivalent', 10], ['neutral', 5]]);
  }
  return rng.weighted([['love', 70], ['ambivalent', 15], ['neutral', 15]]);
}

/** The special notes (specialNotes) as one respondent gives them: their address, a colleague's, a phone number, a doctor. */
export function specialNotesFor(p: Person, colleague: Person, rng: Rng): SpecialNote[] {
  const pr = pronouns(p.g);
  return specialNotes({
    email: p.email,
    personalEmail: `${emailLocal(colleague.first, colleague.last).replace('.', '')}@example.net`,
    phone: `+44 7700 900${rng.int(100, 999)}`,
    colleague: colleague.name,
    hcp: rng.pick(HCP_NAMES),
    she: pr.she,
    his: pr.his,
  });
}

export function buildInterviews(
  world: World,
  accounts: readonly AccountRec[],
): { records: NoteRecord[]; respondents: RespondentTruth[] } {
  const rng = makeRng(world.seed, 'interviews');
  const { cal } = world;
  const workingBetween = (from: number, to: number): number[] => {
    const out: number[] = [];
    for (let d = Math.max(0, from); d <= to; d++) if (cal.isWorking(d)) out.push(d);
    return out.length ? out : [to];
  };
  const interviewDays = workingBetween(cal.span - 26, cal.span - 7);
  const workshopDays = workingBetween(cal.span - 6, cal.span - 2);
  const dateOf = (d: number): string => isoDay(cal.dayMs(d));

  const records: NoteRecord[] = [];
  const respondents: RespondentTruth[] = [];
  let order = 0;
  const push = (r: Omit<NoteRecord, 'order'>): void => {
    records.push({ ...r, order: order++ });
  };

  // Who is interviewed: most reps (a few were on leave), every manager, the head of sales.
  const interviewed: Person[] = [];
  for (const team of world.teams) {
    const skip = new Set(rng.sample(team.reps, Math.floor(team.reps.length * 0.1)));
    interviewed.push(...team.reps.filter((r) => !skip.has(r)));
  }
  const anyResisting = world.teams.some((t) => t.mode === 'resisting');

  const accountOf = (p: Person): string => {
    const own = accounts.filter((a) => a.owner === p);
    return own.length ? rng.pick(own).name : rng.pick(accounts).name;
  };
  const colleagueOf = (p: Person): Person => {
    const others = (p.team?.reps ?? world.reps).filter((r) => r !== p);
    return others.length ? rng.pick(others) : p;
  };

  // Special notes go to distinct reps whose team mode and gender fit.
  const specials = new Map<Person, SpecialNote[]>();
  const taken = new Set<Person>();
  const assign = (note: SpecialNote, gender?: 'f' | 'm'): void => {
    const fits = interviewed.filter(
      (p) => !taken.has(p) && (!note.only || note.only === p.mode) && (!gender || p.g === gender),
    );
    if (fits.length === 0) return;
    const p = rng.pick(fits);
    taken.add(p);
    specials.set(p, [...(specials.get(p) ?? []), note]);
  };
  FOREIGN_NOTES.forEach((n, i) => assign(n, i === 0 ? 'm' : i === 2 ? 'f' : undefined));
  const piiRng = makeRng(world.seed, 'interviews:pii');
  const specialsFor = (p: Person): SpecialNote[] => specialNotesFor(p, colleagueOf(p), piiRng);
  // Which respondent gets which special note depends only on the note's team-mode constraint.
  const constraints = specialNotes({ email: '', personalEmail: '', phone: '', colleague: '', hcp: '', she: '', his: '' });
  constraints.forEach((c, i) => {
    const fits = interviewed.filter((p) => !taken.has(p) && (!c.only || c.only === p.mode));
    if (fits.length === 0) return;
    const p = rng.pick(fits);
    taken.add(p);
    const note = specialsFor(p)[i];
    if (note) specials.set(p, [...(specials.get(p) ?? []), note]);
  });

  for (const p of interviewed) {
    const team = p.team;
    if (!team) continue;
    const stance = stanceOf(p, rng);
    p.stance = stance;
    const rating = ratingFor(stance, rng);
    respondents.push({ name: p.name, role: p.title, team: team.name, mode: team.mode, stance, rating });
    const date = dateOf(rng.pick(interviewDays));
    const slots = {
      ...pronouns(p.g),
      product: rng.pick(team.spec.products),
      account: accountOf(p),
      hcp: rng.pick(HCP_NAMES),
      colleague: colleagueOf(p).name,
    };
    // Four to six questions of the guide, asked in the guide's order, then the rating.
    const chosen = rng.sample(REP_QUESTIONS, rng.int(4, 6));
    const ordered = REP_QUESTIONS.filter((q) => chosen.includes(q));
    for (const q of ordered) {
      const picked = pickTemplate(q, stance, team.mode, rng);
      if (!picked) continue;
      const note = fillTemplate(picked.tpl, slots, rng, picked.mixed);
      push({
        respondent: p.name, role: p.title, team: team.name, date, session: 'interview', category: '',
        question: q.text, note: note.text, rating: '', themes: note.themes, sentiment: note.s, mixed: note.mixed,
        lang: 'en', pii: note.names.length ? ['name'] : [], html: false,
      });
    }
    const rn = fillTemplate(ratingNote(rating, team.mode, rng), slots, rng);
    push({
      respondent: p.name, role: p.title, team: team.name, date, session: 'interview', category: '',
      question: RATING_QUESTION, note: rn.text, rating: String(rating), themes: rn.themes, sentiment: rn.s,
      mixed: false, lang: 'en', pii: [], html: false,
    });
    for (const s of specials.get(p) ?? []) {
      push({
        respondent: p.name, role: p.title, team: team.name, date, session: 'interview', category: '',
        question: SPECIAL_QUESTION, note: s.text, rating: '', themes: [...s.themes], sentiment: s.s, mixed: false,
        lang: s.lang, pii: [...s.pii], html: s.html ?? false,
      });
    }
  }

  // Managers and the head of sales.
  const leaders: { p: Person; mode: TeamMode; stance: Stance; team: string }[] = world.managers.map((m) => ({
    p: m,
    mode: m.mode,
    stance: m.mode === 'resisting' ? 'ambivalent' : 'love',
    team: m.department,
  }));
  leaders.push({
    p: world.director,
    mode: anyResisting ? 'resisting' : 'healthy',
    stance: anyResisting ? 'ambivalent' : 'love',
    team: world.director.department,
  });
  for (const { p, mode, stance, team } of leaders) {
    p.stance = stance;
    const rating = ratingFor(stance, rng);
    respondents.push({ name: p.name, role: p.title, team, mode, stance, rating });
    const date = dateOf(rng.pick(interviewDays));
    const slots = {
      ...pronouns(p.g),
      product: p.team?.spec.products[0] ?? 'Onkaval',
      account: rng.pick(accounts).name,
      hcp: rng.pick(HCP_NAMES),
      colleague: colleagueOf(p).name,
    };
    const questions = p.kind === 'director' ? MANAGER_QUESTIONS.filter((q) => q.id !== 'm-follow') : MANAGER_QUESTIONS;
    for (const q of questions) {
      const picked = pickTemplate(q, stance, mode, rng);
      if (!picked) continue;
      const note = fillTemplate(picked.tpl, slots, rng, picked.mixed);
      push({
        respondent: p.name, role: p.title, team, date, session: 'interview', category: '', question: q.text,
        note: note.text, rating: '', themes: note.themes, sentiment: note.s, mixed: note.mixed, lang: 'en',
        pii: note.names.length ? ['name'] : [], html: false,
      });
    }
    const rn = fillTemplate(ratingNote(rating, mode, rng), slots, rng);
    push({
      respondent: p.name, role: p.title, team, date, session: 'interview', category: '', question: RATING_QUESTION,
      note: rn.text, rating: String(rating), themes: rn.themes, sentiment: rn.s, mixed: false, lang: 'en', pii: [],
      html: false,
    });
  }

  // Focus groups: one per resisting team, one with a healthy team. Unattributed, as promised to the room.
  const focusTeams = [
    ...world.teams.filter((t) => t.mode === 'resisting'),
    ...world.teams.filter((t) => t.mode === 'healthy').slice(0, 1),
  ];
  for (const team of focusTeams) {
    const date = dateOf(rng.pick(interviewDays));
    for (const tpl of rng.sample(FOCUS_GROUP_NOTES[team.mode], rng.int(3, 4))) {
      push({
        respondent: '', role: 'Sales Representative', team: team.name, date, session: 'focus-group', category: '',
        question: FOCUS_QUESTION, note: tpl.t, rating: '', themes: [...tpl.themes], sentiment: tpl.s, mixed: false,
        lang: 'en', pii: [], html: false,
      });
    }
  }

  // "Time to Change" workshops: the reps' input sorted into the five categories.
  for (const team of world.teams) {
    const date = dateOf(rng.pick(workshopDays));
    for (const category of WORKSHOP_CATEGORIES) {
      const bank = WORKSHOP_NOTES[team.mode][category] ?? [];
      for (const tpl of rng.sample(bank, rng.int(1, bank.length))) {
        push({
          respondent: '', role: '', team: team.name, date, session: 'workshop', category, question: WORKSHOP_PROMPT,
          note: tpl.t, rating: '', themes: [...tpl.themes], sentiment: tpl.s, mixed: false, lang: 'en', pii: [],
          html: false,
        });
      }
    }
  }

  records.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      SESSION_ORDER[a.session] - SESSION_ORDER[b.session] ||
      (a.team < b.team ? -1 : a.team > b.team ? 1 : 0) ||
      (a.respondent < b.respondent ? -1 : a.respondent > b.respondent ? 1 : 0) ||
      a.order - b.order,
  );
  return { records, respondents };
}

export function interviewTruths(records: readonly NoteRecord[], respondents: readonly RespondentTruth[]): InterviewsTruth {
  const zeroStances = (): Record<Stance, number> => ({ love: 0, hate: 0, ambivalent: 0, neutral: 0 });
  const stances = zeroStances();
  const byMode: Record<string, Record<Stance, number>> = {};
  const ratings: Record<string, number[]> = {};
  for (const r of respondents) {
    stances[r.stance]++;
    (byMode[r.mode] ??= zeroStances())[r.stance]++;
    (ratings[r.mode] ??= []).push(r.rating);
  }
  const n = respondents.length;
  const low = n ? stances.hate / n : 0;
  const high = n ? stances.love / n : 0;
  const sentiment: Record<Sentiment, number> = { positive: 0, neutral: 0, negative: 0 };
  const themeCounts = new Map<ThemeId, number>(THEMES.map((t) => [t, 0]));
  const categories: Record<string, number> = Object.fromEntries(WORKSHOP_CATEGORIES.map((c) => [c, 0]));
  const languages: Record<string, number> = {};
  const sessions: Record<string, number> = {};
  const pii = { emails: 0, phones: 0, urls: 0, names: 0, notesWithPii: 0 };
  for (const r of records) {
    sentiment[r.sentiment]++;
    for (const t of r.themes) themeCounts.set(t, (themeCounts.get(t) ?? 0) + 1);
    if (r.category) categories[r.category] = (categories[r.category] ?? 0) + 1;
    languages[r.lang] = (languages[r.lang] ?? 0) + 1;
    sessions[r.session] = (sessions[r.session] ?? 0) + 1;
    if (r.pii.length) pii.notesWithPii++;
    pii.emails += r.pii.filter((x) => x === 'email').length;
    pii.phones += r.pii.filter((x) => x === 'phone').length;
    pii.urls += r.pii.filter((x) => x === 'url').length;
    pii.names += r.pii.filter((x) => x === 'name').length;
  }
  const notes = records.length;
  return {
    notes,
    respondents: n,
    sessions,
    stances,
    polarization: { index: ratio(2 * Math.min(low, high)), lowShare: ratio(low), highShare: ratio(high) },
    stancesByTeamMode: byMode,
    sentiment,
    themes: [...themeCounts.entries()]
      .map(([id, count]) => ({ id, count, share: notes ? ratio(count / notes) : 0 }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)),
    categories,
    languages,
    pii,
    htmlNotes: records.filter((r) => r.html).length,
    multilineNotes: records.filter((r) => /[\r\n]/.test(r.note)).length,
    meanRatingByTeamMode: Object.fromEntries(
      Object.entries(ratings).map(([mode, rs]) => [mode, Math.round((rs.reduce((s, v) => s + v, 0) / rs.length) * 100) / 100]),
    ),
  };
}
