import type { Posting } from '../model/posting.ts';
import type { Catalog } from '../search/catalog.ts';
import type { ParsedQuery } from '../search/parse-query.ts';
import { type MatchOptions, matchingRoles, type RoleMatches } from './matching-roles.ts';
import type { QueryFilters } from './query-filters.ts';

export interface DescribedRoles {
  query: ParsedQuery;
  filters: QueryFilters;
  /** "senior · ml engineer", or '' when the words describe no particular roles (so: all of them). */
  understood: string;
  /** Every role that matches all of the words and filters, best first; every posting when the words name nothing. */
  postings: Posting[];
  /** True when the words named something and no posting matched all of it. */
  nothingMatched: boolean;
  /** The match behind it, for saying which part found nothing. */
  match: RoleMatches;
  notes: string[];
}

/**
 * The roles the rest of a question describes ("senior ML engineers"): only roles that are all of it. A question
 * about ML managers is about roles that are both, never about every ML role or every manager.
 */
export function describedRoles(
  words: string,
  catalog: Catalog,
  now: Date,
  options: MatchOptions = {},
): DescribedRoles {
  const match = matchingRoles(words, catalog, now, options);
  return {
    query: match.query,
    filters: match.filters,
    understood: match.understood,
    postings: match.matches,
    nothingMatched: !match.everyRole && match.matches.length === 0,
    match,
    notes: match.notes,
  };
}
