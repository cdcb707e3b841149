import type { Posting } from '../model/posting.ts';
import type { Catalog } from '../search/catalog.ts';
import { describeQuery } from '../search/describe-query.ts';
import { type ParsedQuery, parseQuery } from '../search/parse-query.ts';
import { searchParsed } from '../search/search-postings.ts';

/** Enough for any question a person asks in Slack; more would not fit a message anyway. */
export const MAX_DESCRIBED_ROLES = 200;

export interface DescribedRoles {
  query: ParsedQuery;
  /** "senior · ml engineer", or '' when the words describe no particular roles (so: all of them). */
  understood: string;
  /** The roles the words describe best, in rank order; every posting when the words name nothing. */
  postings: Posting[];
  /** True when the words named something and no posting matched it. */
  nothingMatched: boolean;
  notes: string[];
}

function namesNothing(query: ParsedQuery): boolean {
  return (
    query.terms.length === 0 &&
    query.places.length === 0 &&
    query.seniorities.length === 0 &&
    query.workplaces.length === 0 &&
    query.employmentTypes.length === 0 &&
    query.companies.length === 0 &&
    query.exclusions.length === 0 &&
    query.salaryFloor === null
  );
}

/**
 * The roles the rest of a question describes ("senior ML engineers"): the hits that match the most of it.
 * A question about ML managers is about roles that are both, not about every ML role.
 */
export function describedRoles(words: string, catalog: Catalog): DescribedRoles {
  const query = parseQuery(words, catalog);
  if (namesNothing(query)) {
    return {
      query,
      understood: '',
      postings: [...catalog.postings],
      nothingMatched: false,
      notes: query.notes,
    };
  }
  const result = searchParsed(catalog, query, { limit: MAX_DESCRIBED_ROLES });
  const best = result.hits[0]?.coverage ?? 0;
  const postings = result.hits.filter((hit) => hit.coverage === best).map((hit) => hit.posting);
  return {
    query,
    understood: describeQuery(query),
    postings,
    nothingMatched: postings.length === 0,
    notes: result.notes,
  };
}
