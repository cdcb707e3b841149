import type MiniSearch from 'minisearch';
import { internalsOf } from './exact-scores.ts';
import type { IndexDocument } from './index-options.ts';
import { STOP_WORDS, singular } from './normalize-term.ts';
import {
  ABBREVIATIONS,
  EMPLOYMENT_WORDS,
  QUERY_FILLER,
  SENIORITY_WORDS,
  SYNONYM_GROUPS,
  WORKPLACE_WORDS,
} from './query-vocabulary.ts';
import { COMMON_WORDS, ROLE_NOUNS } from './role-nouns.ts';

/**
 * Typos without swaps. A query word is corrected only when nobody could have meant it as written: it occurs
 * nowhere in the catalog (titles, skills, text), is no dictionary or query word, is long enough to carry a
 * typo (five letters), holds no digit and is not an acronym. Then it becomes the catalog label word one edit
 * away (two for words of ten letters), with the same first letter, that most postings carry. So "enginer" and
 * "managr" are corrected, and "lpm" (short), "zookeeper" (a dictionary word) and "kipp" (in the catalog) are not.
 */

/** What the query reader knows about words, from the catalog and the shipped word lists. */
export interface WordKnowledge {
  /** The word means something as written: in the catalog anywhere, a dictionary word, or a query word. */
  isKnown(word: string): boolean;
  /** The word is better read as a role word than as a place ("home", "care", a title word). */
  isRoleWord(word: string): boolean;
  /** An occupation or everyday word ("care", "nurse"): a company of that name does not take the word. */
  isOrdinary(word: string): boolean;
  /** Label words (title, team, company, skills) and place words, with how many postings carry each. */
  readonly candidates: ReadonlyMap<string, number>;
  /** The candidates by first letter and by length, so a correction scans a small part of them. */
  readonly byFirstLetter: ReadonlyMap<string, readonly [string, number][]>;
  readonly byLength: ReadonlyMap<number, readonly [string, number][]>;
}

export const TYPO_MIN_LENGTH = 5;
export const TYPO_TWO_EDITS_MIN_LENGTH = 10;

const QUERY_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(SENIORITY_WORDS),
  ...Object.keys(WORKPLACE_WORDS),
  ...Object.keys(EMPLOYMENT_WORDS),
  ...Object.keys(ABBREVIATIONS),
  ...SYNONYM_GROUPS.flat().flatMap((phrase) => phrase.split(' ')),
]);

interface VocabularySource {
  placeKeys: ReadonlySet<string>;
  constraints?: { labelWord: ReadonlyMap<string, ArrayLike<number>> };
  index?: unknown;
}

const knowledgeCache = new WeakMap<object, WordKnowledge>();

/** What the catalog knows of words, worked out once per catalog (a catalog never changes in place). */
export function wordKnowledge(vocabulary: VocabularySource): WordKnowledge {
  const cached = knowledgeCache.get(vocabulary);
  if (cached !== undefined) return cached;
  const knowledge = buildKnowledge(vocabulary);
  knowledgeCache.set(vocabulary, knowledge);
  return knowledge;
}

function buildKnowledge(vocabulary: VocabularySource): WordKnowledge {
  const labelWords = vocabulary.constraints?.labelWord ?? new Map<string, ArrayLike<number>>();
  const internals =
    vocabulary.index === undefined ? null : internalsOf(vocabulary.index as MiniSearch<IndexDocument>);
  const placeWords = new Set<string>();
  for (const key of vocabulary.placeKeys) for (const word of key.split(' ')) placeWords.add(word);
  const candidates = new Map<string, number>();
  for (const [word, positions] of labelWords) {
    if (word.length >= TYPO_MIN_LENGTH - 1 && !/\d/.test(word)) candidates.set(word, positions.length);
  }
  for (const word of placeWords) if (!candidates.has(word) && word.length >= 4) candidates.set(word, 1);
  const inCatalog = (word: string) => labelWords.has(word) || internals?._index.get(word) !== undefined;
  const isKnown = (word: string) => {
    const one = singular(word);
    return [word, one].some(
      (form) =>
        inCatalog(form) ||
        ROLE_NOUNS.has(form) ||
        COMMON_WORDS.has(form) ||
        STOP_WORDS.has(form) ||
        QUERY_FILLER.has(form) ||
        QUERY_WORDS.has(form) ||
        placeWords.has(form),
    );
  };
  const isRoleWord = (word: string) => {
    const one = singular(word);
    if (ROLE_NOUNS.has(one)) return true;
    if (vocabulary.placeKeys.has(word) || vocabulary.placeKeys.has(one)) return false;
    return labelWords.has(one) || COMMON_WORDS.has(one) || COMMON_WORDS.has(word);
  };
  const isOrdinary = (word: string) => {
    const one = singular(word);
    return ROLE_NOUNS.has(one) || COMMON_WORDS.has(one) || COMMON_WORDS.has(word);
  };
  const byFirstLetter = new Map<string, [string, number][]>();
  const byLength = new Map<number, [string, number][]>();
  for (const entry of candidates) {
    const letter = entry[0][0] ?? '';
    const sameLetter = byFirstLetter.get(letter);
    if (sameLetter === undefined) byFirstLetter.set(letter, [entry]);
    else sameLetter.push(entry);
    const list = byLength.get(entry[0].length);
    if (list === undefined) byLength.set(entry[0].length, [entry]);
    else list.push(entry);
  }
  return { isKnown, isRoleWord, isOrdinary, candidates, byFirstLetter, byLength };
}

/** Rows reused across calls: corrections run once per unknown word against thousands of candidates. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edit distance counting a swap of neighbouring letters as one edit; gives up (limit + 1) past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length)
    rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

function looksLikeAcronym(word: string): boolean {
  return !/[aeiouy]/.test(word);
}

/** The catalog word a misspelt query word stands for, or null when it should be left as written. */
export function correctWord(word: string, knowledge: WordKnowledge): string | null {
  if (word.length < TYPO_MIN_LENGTH || /\d/.test(word) || looksLikeAcronym(word)) return null;
  if (knowledge.isKnown(word)) return null;
  const limit = word.length >= TYPO_TWO_EDITS_MIN_LENGTH ? 2 : 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  let bestCount = 0;
  for (const [candidate, count] of knowledge.byFirstLetter.get(word[0] ?? '') ?? []) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    if (
      distance < bestDistance ||
      (distance === bestDistance && (count > bestCount || (count === bestCount && candidate < (best ?? ''))))
    ) {
      best = candidate;
      bestDistance = distance;
      bestCount = count;
    }
  }
  return best;
}

/** Catalog label words close to a word (any letter may differ), most common first: for "did you mean". */
export function nearWords(word: string, knowledge: WordKnowledge, count = 3): string[] {
  if (word.length < 3) return [];
  const limit = word.length >= 7 ? 2 : 1;
  const found: { candidate: string; distance: number; postings: number }[] = [];
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    for (const [candidate, postings] of knowledge.byLength.get(length) ?? []) {
      if (candidate === word) continue;
      const distance = editDistance(word, candidate, limit);
      if (distance <= limit) found.push({ candidate, distance, postings });
    }
  }
  return found
    .sort(
      (a, b) => a.distance - b.distance || b.postings - a.postings || a.candidate.localeCompare(b.candidate),
    )
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
