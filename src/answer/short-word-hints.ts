import type { Catalog } from '../search/catalog.ts';
import { editDistance } from '../search/typo-correction.ts';

/** Search suggests corrections for words of four letters or more; acronyms ("LPM") are shorter. */
const MAX_SHORT_WORD = 4;
const MAX_HINTS = 2;

const shortWords = new WeakMap<Catalog, Map<string, { written: string; postings: number }>>();

/** The short words (acronyms mostly) of the catalog's titles, teams and skills, as written, with how many postings. */
function shortWordsOf(catalog: Catalog): Map<string, { written: string; postings: number }> {
  const known = shortWords.get(catalog);
  if (known !== undefined) return known;
  const words = new Map<string, { written: string; postings: number }>();
  for (const posting of catalog.postings) {
    const seen = new Set<string>();
    for (const text of [posting.title, posting.team ?? '', ...posting.skills]) {
      for (const written of text.split(/[^\p{L}\p{N}+#]+/u)) {
        const key = written.toLowerCase();
        if (key.length < 2 || key.length > MAX_SHORT_WORD || seen.has(key)) continue;
        seen.add(key);
        const entry = words.get(key) ?? { written, postings: 0 };
        entry.postings++;
        words.set(key, entry);
      }
    }
  }
  shortWords.set(catalog, words);
  return words;
}

/**
 * "Did you mean “LLM”?" for a short word no posting has ("LPM"): the catalog's short title and skill words one
 * letter away. Offered to the person, never used in the word's place.
 */
export function shortWordHints(word: string, catalog: Catalog): string[] {
  const key = word.toLowerCase();
  if (key.length < 2 || key.length > MAX_SHORT_WORD) return [];
  return [...shortWordsOf(catalog).entries()]
    .filter(([candidate]) => candidate !== key && editDistance(key, candidate, 1) <= 1)
    .sort((a, b) => b[1].postings - a[1].postings || a[0].localeCompare(b[0]))
    .slice(0, MAX_HINTS)
    .map(([, { written }]) => written);
}
