// Word normalisation shared by the tokenizer and the lexicon: ASCII folding and a light plural stemmer.

/** Lowercase, strip accents (é -> e), keep letters and digits only. */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Words ending in s that are not plurals.
const NOT_PLURAL = new Set([
  'sales',
  'status',
  'series',
  'address',
  'business',
  'process',
  'success',
  'access',
  'analysis',
  'basis',
  'bus',
  'gas',
  'plus',
  'yes',
  'news',
  'always',
  'across',
  'ytd',
  'kudos',
  'whereas',
  'previous',
  'various',
  'bonus',
  'census',
  'campus',
  'focus',
  'consensus',
  'has',
  'is',
  'was',
  'this',
  'its',
  'us',
  'as',
  'days',
]);

/** Singular form of an English plural (calls -> call, activities -> activity); other words unchanged. */
export function singular(word: string): string {
  if (word.length <= 3 || NOT_PLURAL.has(word)) {
    return word === 'days' ? 'day' : word;
  }
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The form the lexicon matches on. */
export function norm(word: string): string {
  return singular(fold(word));
}
