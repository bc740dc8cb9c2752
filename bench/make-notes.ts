// The interview notes for the benchmark, made by the example client's generator (examples/generator-*.ts) for
// a larger sales force: the consultant's sheet as Excel's "CSV UTF-8" writes it (BOM, CRLF, quotes only where
// needed), and the users roster (one name a line, as --redact reads it). Seeded, so always the same files.
//
// The example's generator interviews about 90% of the reps, 5 to 6 notes each, and gives its few notes with
// contact details (specialNotes) to a dozen respondents in all. Here a sales force is drawn big enough for the
// notes asked for, some notes are dropped at even steps to give exactly that many, and one respondent in
// twenty-five also gets one of those contact-detail notes (their own e-mail, a phone number, a colleague's name),
// so that addresses and phone numbers keep turning up as the file grows.
import { writeFile } from 'node:fs/promises';
import { buildAccounts } from '../examples/generator-crm.js';
import { NOTES_HEADER, buildInterviews, specialNotesFor, type NoteRecord } from '../examples/generator-interviews.js';
import { makeRng, plainCsv } from '../examples/generator-random.js';
import { buildWorld, type Person } from '../examples/generator-world.js';

const NOW = Date.UTC(2026, 9, 30);
/** notes a rep gives at this scale (interviews, the rating, and their share of focus groups and workshops) */
const NOTES_PER_REP = 5.5;

function draw(reps: number, seed: number): { records: NoteRecord[]; people: Person[] } {
  const world = buildWorld(seed, reps, 'mixed', NOW, 'Bench Pharma');
  const { records } = buildInterviews(world, buildAccounts(world));
  // contact details, in the example's own wording, from one respondent in twenty-five
  const rng = makeRng(seed, 'bench:contact');
  const byName = new Map(world.people.map((p) => [p.name, p]));
  const extra: NoteRecord[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const p = byName.get(r.respondent);
    if (!p?.team || seen.has(p.name) || r.session !== 'interview') continue;
    seen.add(p.name);
    if (!rng.chance(0.04)) continue;
    const colleague = rng.pick([...p.team.reps, ...world.managers].filter((c) => c !== p));
    const pick = rng.pick(
      specialNotesFor(p, colleague, rng).filter((s) => (s.pii.includes('email') || s.pii.includes('phone')) && (!s.only || s.only === p.mode)),
    );
    extra.push({ ...r, question: 'Anything else?', note: pick.text, rating: '', order: r.order + 0.5 });
  }
  const all = [...records, ...extra].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.order - b.order);
  return { records: all, people: world.people };
}

/** Writes `notes` notes to notesPath and the roster of the org they come from to rosterPath. */
export async function makeNotes(notesPath: string, rosterPath: string, notes: number, seed = 1): Promise<void> {
  let reps = Math.max(8, Math.ceil(notes / NOTES_PER_REP));
  let made = draw(reps, seed);
  // too few (a small org gives more notes a rep, a large one fewer): a larger org, until there are enough
  while (made.records.length < notes) {
    reps = Math.ceil(reps * (notes / made.records.length) * 1.02);
    made = draw(reps, seed);
  }
  // exactly `notes`: drop notes at even steps, so that every date, session and team keeps its share
  const over = made.records.length - notes;
  const drop = new Set(Array.from({ length: over }, (_, i) => Math.floor(((i + 0.5) * made.records.length) / over)));
  const kept = made.records.filter((_, i) => !drop.has(i));
  const cells = kept.map((n) => NOTES_HEADER.map((h) => n[h]));
  await writeFile(notesPath, '\ufeff' + plainCsv(NOTES_HEADER, cells, ',', '\r\n'));
  await writeFile(rosterPath, made.people.map((p) => p.name).join('\n') + '\n');
}
