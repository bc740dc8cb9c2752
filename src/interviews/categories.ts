// The five workshop categories (experience, idea, question, concern, proposal): read from the category
// column when it holds one, otherwise inferred from the wording of an English note.
import { WORKSHOP_CATEGORIES } from '../result/ids.js';
import { normalize } from './text.js';
import type { WorkshopCategory } from './types.js';
import type { InterviewsResult } from '../result/schema.js';

/** Categories inferred from the wording alone are shown when they cover at least this share of the notes, and this many. */
export const INFERRED_CATEGORIES_SHOWN = { share: 0.2, notes: 5 } as const;

/**
 * Whether the workshop categories are worth showing (the terminal, the report): when some note's category was
 * given (a category column, or the review sheet), or when the inferred ones cover a fifth of the notes and 5
 * notes at least and fall in two categories or more. A few notes inferred among many interview notes (one workshop
 * note in 57), or every note inferred as an experience, make a block that says nothing. An analysis saved before
 * `categoriesInferred` existed is shown as before.
 */
export function categoriesShown(iv: Pick<InterviewsResult, 'notes' | 'categories' | 'categoriesInferred'>): boolean {
  const total = WORKSHOP_CATEGORIES.reduce((s, c) => s + iv.categories[c], 0);
  if (total === 0) return false;
  const inferred = iv.categoriesInferred ?? 0;
  if (total > inferred) return true;
  // every note in one inferred category (all "experience": nothing asked, wished or proposed) tells nothing
  const used = WORKSHOP_CATEGORIES.filter((c) => iv.categories[c] > 0).length;
  return used >= 2 && inferred >= INFERRED_CATEGORIES_SHOWN.notes && inferred >= INFERRED_CATEGORIES_SHOWN.share * iv.notes;
}

const SYNONYMS: Record<string, WorkshopCategory> = {
  experience: 'experience', experiences: 'experience', exp: 'experience', story: 'experience', observation: 'experience',
  fact: 'experience', erfahrung: 'experience', experiencia: 'experience', esperienza: 'experience',
  idea: 'idea', ideas: 'idea', wish: 'idea', wishes: 'idea', idee: 'idea', ideen: 'idea', suggestion: 'idea',
  question: 'question', questions: 'question', q: 'question', frage: 'question', fragen: 'question', pregunta: 'question',
  domanda: 'question',
  concern: 'concern', concerns: 'concern', worry: 'concern', worries: 'concern', fear: 'concern', fears: 'concern',
  risk: 'concern', risks: 'concern', issue: 'concern', issues: 'concern', bedenken: 'concern', sorge: 'concern',
  inquietude: 'concern', preocupacion: 'concern', preoccupazione: 'concern',
  proposal: 'proposal', proposals: 'proposal', recommendation: 'proposal', recommendations: 'proposal',
  proposition: 'proposal', vorschlag: 'proposal', vorschlage: 'proposal', propuesta: 'proposal', proposta: 'proposal',
  action: 'proposal', actions: 'proposal',
};

/** A category cell to one of the five, or null when blank or not recognised. */
export function normalizeCategory(value: string | undefined | null): WorkshopCategory | null {
  if (value === undefined || value === null) return null;
  const v = value
    .trim()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (v === '') return null;
  if ((WORKSHOP_CATEGORIES as readonly string[]).includes(v)) return v as WorkshopCategory;
  return SYNONYMS[v] ?? null;
}

const CONCERN =
  /\b(i'm|i am|we're|we are|people are|reps are|some of us|many of us|i|we)( really| a bit| quite)? (worried|afraid|scared|concerned|anxious|nervous|fear|worry)\b|\b(my|our|the) (worry|fear|concern) is\b|\bwhat happens (to|if|when)\b|\b(will|could|might) be used (to|against)\b|\bwhat stops them\b|\b(they'll|they will|they could|they might) (be able to )?(replace|use|cut|check|see)\b/;
const PROPOSAL =
  /^(we should|we need to|we must|let's|let us|i propose|i suggest|i recommend|my proposal|proposal:|suggestion:|please (no|stop|add|remove|give|make|let)|stop |start |make |add |remove |drop |cut |give (us|reps|the reps)|provide |introduce |replace |automate |connect |integrate |offer |reduce |simplify |get rid of|only ask|more \w+,? less|fewer \w+)|\b(we should|we ought to|they should|management should|the company should|i'd push for|we'd push for|i propose|i suggest|i recommend|should be able to)\b/;
const IDEA =
  /\b(i wish|wish we|it would be (great|nice|good|cool|helpful|useful|brilliant|ideal)|would be (great|nice|good|cool|helpful|useful|ideal)|what if|imagine|could we|how about|i'd love|i would love|i'd like|i would like|would it be possible|it'd be|idea:|if only|would (help|save|make)|why not)\b|^(would be|could be)\b/;

/**
 * Infer a category from the wording: a question mark is a question (unless it voices a worry), "we should"
 * is a proposal, "I wish" an idea, "I'm worried" a concern, anything else an experience.
 */
export function inferCategory(text: string): WorkshopCategory {
  const t = normalize(text);
  const concern = CONCERN.test(t);
  if (concern) return 'concern';
  // "Honestly? It's fine." is not a question: it needs a sentence of three words or more ending in "?".
  if (t.length <= LONG ? QUESTION.test(t) : asksAQuestion(t)) {
    if (/\b(could we|would it be (possible|great|nice)|how about|what if|why not)\b/.test(t) && !/\bwhy (do|does|can't|is|are|should)\b/.test(t))
      return 'idea';
    return 'question';
  }
  if (PROPOSAL.test(t)) return 'proposal';
  if (IDEA.test(t)) return 'idea';
  return 'experience';
}

/** A sentence of three words or more ending in "?". Backtracking makes it quadratic: only for notes up to LONG. */
const QUESTION = /(^|[.!?]\s)[^.!?]*\S+\s+\S+\s+[^.!?]*\?/;
const LONG = 4000;

/**
 * The same question for a longer note, in one pass: a sentence (the text's start, or after . ! or ? and a space)
 * of three words or more that ends in "?". It differs from QUESTION only where a word holds a full stop ("3.5", an
 * ellipsis): rare enough in notes this long not to matter.
 */
function asksAQuestion(t: string): boolean {
  let start = 0;
  let open = true;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '?' && open && /\S+\s+\S+\s+/.test(t.slice(start, i))) return true;
    start = i + 1;
    open = /\s/.test(t[i + 1] ?? '');
  }
  return false;
}
