import type { Posting } from '../model/posting.ts';
import type { Catalog } from '../search/catalog.ts';
import { searchPostings } from '../search/search-postings.ts';

/**
 * Whether a posting matches ANY of a channel's saved searches, by the same search `/roles <query>` uses,
 * so a subscription delivers what the channel would have found by asking.
 */
export function channelMatcher(catalog: Catalog, queries: readonly string[]): (posting: Posting) => boolean {
  const ids = new Set<string>();
  for (const query of queries) {
    const result = searchPostings(catalog, query, { limit: Math.max(catalog.postings.length, 1) });
    for (const hit of result.hits) ids.add(hit.posting.id);
  }
  return (posting) => ids.has(posting.id);
}
