import type { SearchOptions as MiniSearchOptions, Query } from 'minisearch';
import type { Posting, SalaryPeriod, Seniority } from '../model/posting.ts';
import type { Catalog, PostingFacts } from './catalog.ts';
import { approximatePhraseScores, exactPhraseScores } from './exact-scores.ts';
import { normalizePhrase } from './normalize-term.ts';
import {
  type ParsedQuery,
  type PlaceConstraint,
  parseQuery,
  type QueryTerm,
  type SalaryFloor,
} from './parse-query.ts';
import { FLOOR_DEFAULT_CURRENCIES, SENIORITY_TITLE_WORDS } from './query-vocabulary.ts';
import type { SearchHit, SearchResult } from './search-result.ts';

export const DEFAULT_HIT_LIMIT = 50;

/** How much each satisfied constraint multiplies a posting's score (after coverage has ranked it). */
export const CONSTRAINT_BOOST = {
  placeExact: 1.5,
  placeWithin: 1.25,
  seniorityField: 1.3,
  seniorityTitle: 1.2,
  workplace: 1.2,
  employmentType: 1.1,
  company: 1.2,
} as const;

/** Hours, days, weeks and months in a working year, to compare a floor against pay stated per period. */
const PERIODS_PER_YEAR: Readonly<Record<SalaryPeriod, number>> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};

export interface SearchOptions {
  /** Most hits to return (default 50). */
  limit?: number;
  /** With nothing to search for, return every posting instead of none (answers about "all roles"). */
  emptyMatchesAll?: boolean;
}

/**
 * Every posting the term (any of its alternatives) matches. Exact words first; typo and prefix matching only
 * when the exact words find nothing, so "scala" does not also bring "scalable", and a common word does not
 * pay for a fuzzy walk of the whole vocabulary. Returns posting id -> score.
 */
function matchTerm(catalog: Catalog, term: QueryTerm): Map<string, number> {
  const searchable = term.alternatives
    .map((alternative) => ({ alternative, words: normalizePhrase(alternative) }))
    .filter(({ words }) => words.length > 0);
  if (searchable.length === 0) return new Map();
  const query = {
    combineWith: 'OR' as const,
    queries: searchable.map(({ alternative }) => ({ combineWith: 'AND' as const, queries: [alternative] })),
  };
  const phrases = searchable.map(({ words }) => words);
  const exact =
    exactPhraseScores(catalog.index, phrases) ??
    publicScores(catalog, query, { prefix: false, fuzzy: false });
  if (exact.size > 0) return exact;
  return approximatePhraseScores(catalog.index, phrases) ?? publicScores(catalog, query, {});
}

function publicScores(catalog: Catalog, query: Query, options: MiniSearchOptions): Map<string, number> {
  const scores = new Map<string, number>();
  for (const result of catalog.index.search(query, options)) {
    scores.set(result.id as string, result.score);
  }
  return scores;
}

type PlaceMatch = 'exact' | 'within' | null;

function matchPlaces(facts: PostingFacts, places: readonly PlaceConstraint[]): PlaceMatch {
  let best: PlaceMatch = null;
  for (const place of places) {
    for (const key of place.keys) {
      if (facts.locations.exact.has(key)) return 'exact';
      if (facts.locations.within.has(key)) best = 'within';
    }
  }
  return best;
}

type SeniorityMatch = 'field' | 'title' | null;

function matchSeniority(
  posting: Posting,
  facts: PostingFacts,
  seniorities: readonly Seniority[],
  titleWords: readonly string[],
): SeniorityMatch {
  if (posting.seniority !== null && seniorities.includes(posting.seniority)) return 'field';
  for (const word of titleWords) if (facts.titleWords.has(word)) return 'title';
  return null;
}

/** The best `count` items in order, without sorting them all: most of a big result set never reaches the page. */
function topK<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= count * 4) return [...items].sort(compare).slice(0, count);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === count && compare(item, best[count - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(best[middle]!, item) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

function isExcluded(facts: PostingFacts, exclusions: readonly QueryTerm[]): boolean {
  return exclusions.some((term) =>
    term.alternatives.some((alternative) => {
      const words = normalizePhrase(alternative);
      return words.length > 0 && words.every((word) => facts.labelWords.has(word));
    }),
  );
}

type FloorOutcome = 'meets' | 'unknown' | 'below';

function checkFloor(posting: Posting, floor: SalaryFloor): FloorOutcome {
  const salary = posting.salary;
  if (salary === null) return 'unknown';
  if (floor.currency !== null && salary.currency !== floor.currency) return 'unknown';
  if (floor.currency === null && !FLOOR_DEFAULT_CURRENCIES.has(salary.currency)) return 'unknown';
  const top = salary.max ?? salary.min;
  if (top === null) return 'unknown';
  return top * PERIODS_PER_YEAR[salary.period] >= floor.amount ? 'meets' : 'below';
}

function formatAmount(floor: SalaryFloor): string {
  const amount = floor.amount >= 1_000 ? `${Math.round(floor.amount / 1_000)}k` : String(floor.amount);
  return floor.currency === null ? amount : `${amount} ${floor.currency}`;
}

/** One posting under consideration, with what it matched; credit and score are worked out at the end. */
interface Candidate {
  posting: Posting;
  facts: PostingFacts;
  terms: number;
  textScore: number;
  place: PlaceMatch;
  seniority: SeniorityMatch;
  workplace: boolean;
  employment: boolean;
  company: boolean;
  /** Set when ranked: 0 for roles that meet a salary floor (or when there is none), 1 for unknown pay. */
  tier: number;
  coverage: number;
  score: number;
}

/** Plain comparisons, no localeCompare: this runs on every match in the corpus. */
function compareRanked(a: Candidate, b: Candidate): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  if (a.coverage !== b.coverage) return b.coverage - a.coverage;
  if (a.score !== b.score) return b.score - a.score;
  const aDate = a.posting.postedAt ?? '';
  const bDate = b.posting.postedAt ?? '';
  if (aDate !== bDate) return aDate < bDate ? 1 : -1;
  const aId = a.posting.id;
  const bId = b.posting.id;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

function newCandidate(posting: Posting, facts: PostingFacts): Candidate {
  return {
    posting,
    facts,
    terms: 0,
    textScore: 0,
    place: null,
    seniority: null,
    workplace: false,
    employment: false,
    company: false,
    tier: 0,
    coverage: 0,
    score: 0,
  };
}

/** Ranks the catalog's postings for a query already parsed (answers parse once and search with the rest). */
export function searchParsed(
  catalog: Catalog,
  query: ParsedQuery,
  options: SearchOptions = {},
): SearchResult {
  const notes = [...query.notes];
  const termHits: { term: QueryTerm; hits: Map<string, number> }[] = [];
  for (const term of query.terms) {
    const hits = matchTerm(catalog, term);
    if (hits.size === 0) notes.push(`No role mentions “${term.raw}”, so that word was left out.`);
    else termHits.push({ term, hits });
  }

  const candidates = new Map<string, Candidate>();
  const candidateFor = (id: string): Candidate | undefined => {
    const known = candidates.get(id);
    if (known !== undefined) return known;
    const posting = catalog.byId.get(id);
    const facts = catalog.facts.get(id);
    if (posting === undefined || facts === undefined) return undefined;
    const created = newCandidate(posting, facts);
    candidates.set(id, created);
    return created;
  };
  for (const { hits } of termHits) {
    for (const [id, score] of hits) {
      const candidate = candidateFor(id);
      if (candidate === undefined) continue;
      candidate.terms++;
      candidate.textScore += score;
    }
  }

  const active = {
    place: query.places.length > 0,
    seniority: query.seniorities.length > 0,
    workplace: query.workplaces.length > 0,
    employment: query.employmentTypes.length > 0,
    company: query.companies.length > 0,
  };
  const seen = { place: false, seniority: false, workplace: false, employment: false, company: false };
  const anyConstraint = Object.values(active).some(Boolean);
  if (anyConstraint) {
    const companies = new Set(query.companies);
    const seniorityTitleWords = query.seniorities.flatMap((seniority) => SENIORITY_TITLE_WORDS[seniority]);
    // One pass over the corpus: structured constraints are checked on precomputed facts, not searched.
    for (const posting of catalog.postings) {
      const facts = catalog.facts.get(posting.id);
      if (facts === undefined) continue;
      const place = active.place ? matchPlaces(facts, query.places) : null;
      const seniority = active.seniority
        ? matchSeniority(posting, facts, query.seniorities, seniorityTitleWords)
        : null;
      const workplace =
        active.workplace && posting.workplace !== null && query.workplaces.includes(posting.workplace);
      const employment =
        active.employment &&
        posting.employmentType !== null &&
        query.employmentTypes.includes(posting.employmentType);
      const company = active.company && posting.company !== null && companies.has(posting.company);
      if (place === null && seniority === null && !workplace && !employment && !company) continue;
      seen.place ||= place !== null;
      seen.seniority ||= seniority !== null;
      seen.workplace ||= workplace;
      seen.employment ||= employment;
      seen.company ||= company;
      const candidate = candidateFor(posting.id);
      if (candidate === undefined) continue;
      candidate.place = place;
      candidate.seniority = seniority;
      candidate.workplace = workplace;
      candidate.employment = employment;
      candidate.company = company;
    }
  }
  // A constraint nothing satisfies is dropped, like a word nothing mentions, and the user is told.
  if (active.place && !seen.place) {
    active.place = false;
    // No posting is located there; the place may still be named in a posting's text, so search for its words.
    const placeTerm: QueryTerm = {
      raw: query.places.map((place) => place.raw).join(' or '),
      alternatives: [...new Set(query.places.flatMap((place) => [place.raw, place.name.toLowerCase()]))],
    };
    const hits = matchTerm(catalog, placeTerm);
    const names = query.places.map((place) => place.name).join(' or ');
    if (hits.size === 0) notes.push(`No role is in ${names}, so the place was left out.`);
    else {
      notes.push(`No role is located in ${names}; showing roles that mention it.`);
      termHits.push({ term: placeTerm, hits });
      for (const [id, score] of hits) {
        const candidate = candidateFor(id);
        if (candidate === undefined) continue;
        candidate.terms++;
        candidate.textScore += score;
      }
    }
  }
  if (active.seniority && !seen.seniority) {
    notes.push(`No role is at ${query.seniorities.join(' or ')} level, so the level was left out.`);
    active.seniority = false;
  }
  if (active.workplace && !seen.workplace) {
    notes.push(`No role is ${query.workplaces.join(' or ')}, so that was left out.`);
    active.workplace = false;
  }
  if (active.employment && !seen.employment) {
    notes.push(`No role is ${query.employmentTypes.join(' or ')}, so that was left out.`);
    active.employment = false;
  }
  if (active.company && !seen.company) active.company = false;

  const requirements = termHits.length + Object.values(active).filter(Boolean).length;
  const hasFilters = query.exclusions.length > 0 || query.salaryFloor !== null;
  const wantsAll =
    requirements === 0 &&
    (hasFilters || (options.emptyMatchesAll === true && query.terms.length === 0 && !anyConstraint));
  if (wantsAll) for (const posting of catalog.postings) candidateFor(posting.id);

  const ranked: Candidate[] = [];
  let unknownPay = 0;
  let excluded = 0;
  for (const candidate of candidates.values()) {
    if (query.exclusions.length > 0 && isExcluded(candidate.facts, query.exclusions)) {
      excluded++;
      continue;
    }
    let tier = 0;
    if (query.salaryFloor !== null) {
      const outcome = checkFloor(candidate.posting, query.salaryFloor);
      if (outcome === 'below') continue;
      if (outcome === 'unknown') {
        tier = 1;
        unknownPay++;
      }
    }
    let credit = candidate.terms;
    let boost = 1;
    if (active.place && candidate.place !== null) {
      credit++;
      boost *= candidate.place === 'exact' ? CONSTRAINT_BOOST.placeExact : CONSTRAINT_BOOST.placeWithin;
    }
    if (active.seniority && candidate.seniority !== null) {
      credit++;
      boost *=
        candidate.seniority === 'field' ? CONSTRAINT_BOOST.seniorityField : CONSTRAINT_BOOST.seniorityTitle;
    }
    if (active.workplace && candidate.workplace) {
      credit++;
      boost *= CONSTRAINT_BOOST.workplace;
    }
    if (active.employment && candidate.employment) {
      credit++;
      boost *= CONSTRAINT_BOOST.employmentType;
    }
    if (active.company && candidate.company) {
      credit++;
      boost *= CONSTRAINT_BOOST.company;
    }
    if (credit === 0 && !wantsAll) continue;
    candidate.tier = tier;
    candidate.coverage = requirements === 0 ? 1 : credit / requirements;
    candidate.score = (candidate.textScore + 1) * boost;
    ranked.push(candidate);
  }

  if (excluded > 0)
    notes.push(`${excluded} role${excluded === 1 ? ' was' : 's were'} left out as you asked.`);
  if (query.salaryFloor !== null && unknownPay > 0) {
    notes.push(
      `${unknownPay} role${unknownPay === 1 ? '' : 's'} state${unknownPay === 1 ? 's' : ''} no comparable salary, so ${unknownPay === 1 ? 'it comes' : 'they come'} after those paying at least ${formatAmount(query.salaryFloor)}.`,
    );
  }
  const limit = options.limit ?? DEFAULT_HIT_LIMIT;
  const hits = topK(ranked, limit, compareRanked).map((candidate): SearchHit => {
    const { coverage, score } = candidate;
    const id = candidate.posting.id;
    const matchedTerms = termHits
      .filter(({ hits: termMatches }) => termMatches.has(id))
      .map(({ term }) => term.raw);
    if (active.place && candidate.place !== null)
      matchedTerms.push(...query.places.map((place) => place.raw));
    if (active.seniority && candidate.seniority !== null) matchedTerms.push(...query.seniorities);
    if (active.workplace && candidate.workplace) matchedTerms.push(...query.workplaces);
    if (active.employment && candidate.employment) matchedTerms.push(...query.employmentTypes);
    if (active.company && candidate.company)
      matchedTerms.push(...query.companies.map((name) => name.toLowerCase()));
    return { posting: candidate.posting, score, coverage, matchedTerms };
  });
  return { query, hits, total: ranked.length, notes };
}

/** Searches the catalog: text in, ranked postings out, with the query as understood and notes for the user. */
export function searchPostings(catalog: Catalog, query: string, options: SearchOptions = {}): SearchResult {
  return searchParsed(catalog, parseQuery(query, catalog), options);
}
