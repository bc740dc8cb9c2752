// Language of a note, from the share of each language's most frequent function words (no model, no download).
// English word lists misread other languages, so a note in another language is flagged and left out of the
// theme and sentiment figures rather than scored wrongly.
import { COMMON_WORDS } from './common-words.js';

const STOPWORDS: Record<string, string> = {
  en: 'the a an and or but is are was were be been it its this that these those i me my we our you your he she they them their to of in on for with at by from not no do does did have has had will would can could should just so if then than there here what when why how who all any some more most very about into out up over only also because as',
  de: 'der die das und oder aber ist sind war waren sein ich mich mir wir uns du ihr er sie es nicht kein keine keiner mit auf für von zu im in den dem des ein eine einen einem einer auch noch nur wenn dann weil dass wie was wer wo warum hat haben hatte wird werden kann können muss müssen soll immer schon sehr mehr viel viele vielen weniger jeden jede alle man sich vor nach bei beim zum zur über unter ohne durch gegen zwischen wieder',
  fr: 'le la les un une des et ou mais est sont était être je me moi nous vous il elle ils elles on ne pas plus avec pour dans sur par du de au aux ce cette ces qui que quoi pourquoi comment tout tous toutes très aussi si notre nos votre leur mon ma mes son sa ses c\'est n\'est j\'ai qu\'il',
  es: 'el la los las un una unos unas y o pero es son era ser estar estoy está están yo me mi nosotros nos tú usted él ella ellos no sí con para por en del al que qué quien porque cómo cuando muy más también todo todos todas este esta estos mucho tiempo hay su sus lo le',
  it: 'il lo la i gli le un una uno e o ma è sono era essere io mi noi ci tu voi lui lei loro non con per in su da del della dei delle nel nella al alla che chi perché come quando molto più anche tutto tutti questo questa ho ha abbiamo hanno mio mia suo sua',
  nl: 'de het een en of maar is zijn was waren ik mij me wij we ons jij je u hij zij ze niet geen met voor op van te in aan bij uit dat die wat wie waarom hoe wanneer ook nog al alle heel veel meer mijn onze hun heeft hebben kan kunnen moet moeten wordt worden vind',
  pt: 'o a os as um uma uns umas e ou mas é são era ser estar estou está eu me meu minha nós nos você ele ela eles elas não sim com para por em no na nos nas do da dos das ao que quem porque como quando muito mais também todo todos todas este esta isso tenho tem têm ninguém esses essas',
};

const LISTS: [string, Set<string>][] = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]);

// Letters that English does not use, as a weak hint.
const LETTER_HINTS: [string, RegExp][] = [
  ['de', /[äöüß]/i],
  ['fr', /[çœêèëîïôûù]/i],
  ['es', /[ñ¡¿]/i],
  ['pt', /[ãõ]/i],
  ['it', /\b\w+[àò]\b/i],
];

const NAMES: Record<string, string> = {
  english: 'en', englisch: 'en', anglais: 'en', ingles: 'en', inglese: 'en', engels: 'en',
  german: 'de', deutsch: 'de', allemand: 'de', aleman: 'de', tedesco: 'de', duits: 'de',
  french: 'fr', francais: 'fr', franzosisch: 'fr', frances: 'fr', francese: 'fr', frans: 'fr',
  spanish: 'es', espanol: 'es', spanisch: 'es', espagnol: 'es', spagnolo: 'es', spaans: 'es', castellano: 'es',
  italian: 'it', italiano: 'it', italienisch: 'it', italien: 'it', italiaans: 'it',
  dutch: 'nl', nederlands: 'nl', niederlandisch: 'nl', neerlandais: 'nl', flemish: 'nl', vlaams: 'nl',
  portuguese: 'pt', portugues: 'pt', portugiesisch: 'pt', portugais: 'pt', portoghese: 'pt', portugees: 'pt',
  polish: 'pl', polski: 'pl', swedish: 'sv', svenska: 'sv', danish: 'da', dansk: 'da', norwegian: 'no', norsk: 'no',
  finnish: 'fi', suomi: 'fi', czech: 'cs', turkish: 'tr', japanese: 'ja', chinese: 'zh', russian: 'ru',
};

/** A language cell ("en", "EN-GB", "German", "Deutsch") to an ISO 639-1 code; null when blank or unknown. */
/** The two-letter language codes (ISO 639-1): "xx" or "zz" in a language column is no language. */
const ISO_639_1 = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo ' +
    'es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ' +
    'ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn ' +
    'no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta ' +
    'te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '),
);

export function normalizeLanguage(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const v = value
    .trim()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (v === '') return null;
  const code = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/.exec(v);
  if (code && code[1]!.length === 2 && !(v in NAMES)) return ISO_639_1.has(code[1]!) ? code[1]! : null;
  const named = NAMES[v.replace(/[^a-z]/g, '')];
  if (named) return named;
  if (code?.[1]?.length === 3) {
    const three: Record<string, string> = { eng: 'en', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es', ita: 'it', nld: 'nl', dut: 'nl', por: 'pt' };
    return three[code[1]] ?? code[1];
  }
  return null;
}

export interface LanguageGuess {
  language: string;
  /** stopword share of the winning language */
  share: number;
}

function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2019\u2018]/g, "'")
      .match(/[\p{L}']+/gu) ?? []
  ).map((t) => t.replace(/^'+|'+$/g, ''));
}

/**
 * Guess the language of a note. English unless another language's function words clearly outnumber
 * English ones: a short note, a product name or a German loan word never flips it.
 */
export function detectLanguage(text: string): LanguageGuess {
  const toks = tokens(text);
  if (toks.length === 0) return { language: 'en', share: 0 };
  const counts = new Map<string, number>();
  for (const [lang, set] of LISTS) {
    let n = 0;
    for (const t of toks) {
      if (set.has(t)) n++;
      else if (t.includes("'")) {
        // French and Italian elisions: l'outil, c'est, dell'azienda
        const head = t.split("'")[0] ?? '';
        if ((lang === 'fr' || lang === 'it') && /^(l|d|j|c|n|qu|s|m|t|dell|all|nell|un)$/.test(head)) n++;
      }
    }
    counts.set(lang, n);
  }
  for (const [lang, re] of LETTER_HINTS) if (re.test(text)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const en = counts.get('en') ?? 0;
  let best = 'en';
  let bestN = en;
  for (const [lang, n] of counts) {
    if (lang !== 'en' && n > bestN) {
      best = lang;
      bestN = n;
    }
  }
  const share = bestN / toks.length;
  // words an English note would use: its function words and the ordinary words of the English notes we hold
  const english = toks.filter((t) => LISTS[0]![1].has(t) || COMMON_WORDS.has(t)).length;
  // a note made mostly of English words is English ("Key user per team, like in West" is not Italian)
  if (english * 2 >= toks.length) return { language: 'en', share: en / toks.length };
  // Another language needs at least two of its own function words, more than English has, and a real share ...
  if (best !== 'en' && bestN >= 2 && bestN > en * 1.5 && share >= 0.15) return { language: best, share };
  // ... or, in a short note with no English word at all, one ("Zu viele Klicks pro Besuch", "Angst vor Kontrolle")
  if (best !== 'en' && bestN >= 1 && english === 0 && toks.length <= 6) return { language: best, share };
  return { language: 'en', share: en / toks.length };
}
