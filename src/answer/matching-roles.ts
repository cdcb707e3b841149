import type { Posting } from '../model/posting.ts';
import type { Catalog } from '../search/catalog.ts';
import { queryParts } from '../search/match.ts';
import { type ParsedQuery, parseQuery } from '../search/parse-query.ts';
import { searchParsed } from '../search/search-postings.ts';
import { filtersOf, type QueryFilters } from './query-filters.ts';

export interface RoleMatches {
  query: ParsedQuery;
  filters: QueryFilters;
  /** "senior · ml engineer · in London", or '' when the words name no particular roles. */
  understood: string;
  /** Every posting that matches all of the words and filters, best first. */
  matches: Posting[];
  /** True when the words named no roles and no filter at all, so `matches` is the whole catalog. */
  everyRole: boolean;
  /** Parts of the question that no posting has at all ("“lpm”", "in Tokyo"), as search labels them. */
  missing: string[];
  /** Questions to try instead, from the catalog's own words, when nothing matched. */
  didYouMean: string[];
  notes: string[];
}

export interface MatchOptions {
  /**
   * 'ignore': read the posting-date window but do not filter by it, for answers that place roles in time
   * themselves and list undated roles apart ("what's new").
   */
  dates?: 'filter' | 'ignore';
}

/**
 * The postings a question's words describe, by search's one definition of a match (`src/search/match.ts`):
 * every role word, place and filter holds. Nothing partial: a question about "LPM" roles is not about LLM
 * roles, and near misses are never counted.
 */
export function matchingRoles(
  words: string,
  catalog: Catalog,
  now: Date,
  options: MatchOptions = {},
): RoleMatches {
  const parsed = parseQuery(words, catalog, { now });
  const filters = filtersOf(parsed);
  const query = options.dates === 'ignore' ? { ...parsed, posted: null } : parsed;
  const understood = understoodOf(query);
  const result = searchParsed(catalog, query, { limit: Math.max(1, catalog.postings.length) });
  // No part at all ("what's the median salary?"): the question is about every role.
  const everyRole = result.hits.length === 0 && result.unmatched.length === 0 && namesNothing(query);
  return {
    query: parsed,
    filters,
    understood,
    matches: everyRole ? [...catalog.postings] : result.hits.map((hit) => hit.posting),
    everyRole,
    missing: everyRole ? [] : result.unmatched,
    didYouMean: result.didYouMean,
    notes: everyRole ? query.notes : result.notes.filter((note) => !/^Say which role/.test(note)),
  };
}

/** What was understood, in one line, from search's own reading of each part: "ml engineer · in London · senior". */
export function understoodOf(query: ParsedQuery): string {
  return queryParts(query)
    .map((part) => part.label.replace(/[“”]/g, ''))
    .join(' · ');
}

function namesNothing(query: ParsedQuery): boolean {
  return (
    query.terms.length === 0 &&
    query.places.length === 0 &&
    query.seniorities.length === 0 &&
    query.workplaces.length === 0 &&
    query.employmentTypes.length === 0 &&
    query.companies.length === 0 &&
    query.unknownCompany === null &&
    query.exclusions.length === 0 &&
    query.pay === null &&
    query.posted === null
  );
}
