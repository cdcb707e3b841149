import type { Posting } from '../model/posting.ts';
import type { Catalog } from '../search/catalog.ts';
import { matchingIds } from '../search/match.ts';
import { parseQuery } from '../search/parse-query.ts';

/**
 * Whether a posting matches ANY of a channel's saved searches, by search's one definition of a match
 * (`src/search/match.ts`): every role word, place and filter of the saved search holds. A channel subscribed
 * to `ml manager` gets ML manager roles only, never the ML engineers and other managers a looser search ranks.
 */
export function channelMatcher(
  catalog: Catalog,
  queries: readonly string[],
  now: Date = new Date(),
): (posting: Posting) => boolean {
  const ids = new Set<string>();
  for (const query of queries) {
    for (const id of matchingIds(catalog, parseQuery(query, catalog, { now }))) ids.add(id);
  }
  return (posting) => ids.has(posting.id);
}

/** The current roles a saved search matches, best first by catalog order: what a subscribe confirmation names. */
export function currentMatches(catalog: Catalog, query: string, now: Date): Posting[] {
  return catalog.postings.filter(channelMatcher(catalog, [query], now));
}
