/**
 * One normaliser for index and query alike, so a word typed in a question and the same word in a posting
 * always meet: lower case, accents folded, stop words dropped, a plural "s" removed.
 */

/** Common English words that carry no meaning for finding a role, plus job-search filler. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'from',
  'has',
  'have',
  'how',
  'i',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'me',
  'my',
  'of',
  'on',
  'or',
  'our',
  's',
  'so',
  'than',
  'that',
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'to',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'why',
  'will',
  'with',
  'you',
  'your',
  'll',
  're',
  've',
  'd',
  't',
  'do',
  'does',
  'did',
  'can',
  'could',
  'would',
  'should',
  'all',
  'any',
  'some',
  'about',
]);

/** Words that end in "s" without being plural; stripping them would merge unrelated words. */
const KEEP_FINAL_S = /(ss|us|is|ics|ous|ws|ps)$/;
/**
 * Names and fields that end in "s" and are not plurals, where the pattern above cannot tell ("kubernetes" is
 * not many "kubernete", "sales" is a field, not many "sale"). Index and query share this, so both keep them.
 */
const NOT_PLURAL: ReadonlySet<string> = new Set([
  'kubernetes',
  'sales',
  'series',
  'species',
  'diabetes',
  'postgres',
  'jenkins',
  'pandas',
  'atlas',
  'lens',
]);

export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Drops a plural ending from a lower-case word ("engineers" -> "engineer", "companies" -> "company"). */
export function singular(word: string): string {
  if (NOT_PLURAL.has(word)) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.length > 3 && word.endsWith('s') && !KEEP_FINAL_S.test(word) ? word.slice(0, -1) : word;
}

/** Lower-cases, folds accents and strips a plural "s"; null for stop words (but "IT") and empty terms. */
export function normalizeTerm(term: string): string | null {
  // "IT" in capitals is the field (IT Support Analyst, IT Manager), not the pronoun: kept, in index and query.
  if (term === 'IT') return 'it';
  const folded = foldAccents(term).toLowerCase();
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  return singular(folded);
}

/** Splits on anything that is not a letter, digit, "+" or "#" (so `c++`, `c#` and `k8s` survive). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}+#]+/u).filter((token) => token.length > 0);
}

/** Tokenises and normalises a phrase into index terms. */
export function normalizePhrase(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = normalizeTerm(token);
    if (term !== null) terms.push(term);
  }
  return terms;
}
