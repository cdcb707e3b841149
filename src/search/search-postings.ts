import type { SearchOptions as MiniSearchOptions, Query } from 'minisearch';
import type { Posting, SalaryPeriod } from '../model/posting.ts';
import type { Catalog } from './catalog.ts';
import type { Positions } from './constraint-index.ts';
import { describeSalaryFloor } from './describe-query.ts';
import { type DenseScores, denseApproximateScores, denseExactScores } from './exact-scores.ts';
import { normalizePhrase } from './normalize-term.ts';
import { type ParsedQuery, parseQuery, type QueryTerm, type SalaryFloor } from './parse-query.ts';
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
}

/**
 * Every posting the term (any of its alternatives) matches. Exact words first; typo and prefix matching only
 * when the exact words find nothing, so "scala" does not also bring "scalable", and a common word does not
 * pay for a fuzzy walk of the whole vocabulary. Scores are by catalog position.
 */
function matchTerm(catalog: Catalog, term: QueryTerm): DenseScores {
  const searchable = term.alternatives
    .map((alternative) => ({ alternative, words: normalizePhrase(alternative) }))
    .filter(({ words }) => words.length > 0);
  if (searchable.length === 0) return { score: new Float64Array(0), documents: [] };
  const query = {
    combineWith: 'OR' as const,
    queries: searchable.map(({ alternative }) => ({ combineWith: 'AND' as const, queries: [alternative] })),
  };
  const phrases = searchable.map(({ words }) => words);
  const exact =
    denseExactScores(catalog.index, phrases) ?? publicScores(catalog, query, { prefix: false, fuzzy: false });
  if (exact.documents.length > 0) return exact;
  return denseApproximateScores(catalog.index, phrases) ?? publicScores(catalog, query, {});
}

/** MiniSearch's own search, for a MiniSearch whose internals exactScores cannot read. Slow, but correct. */
function publicScores(catalog: Catalog, query: Query, options: MiniSearchOptions): DenseScores {
  const positions = new Map(catalog.postings.map((posting, position) => [posting.id, position]));
  const scores: DenseScores = { score: new Float64Array(catalog.postings.length), documents: [] };
  for (const result of catalog.index.search(query, options)) {
    const position = positions.get(result.id as string);
    if (position === undefined || result.score <= 0) continue;
    scores.score[position] = result.score;
    scores.documents.push(position);
  }
  return scores;
}

const matches = (scores: DenseScores, position: number): boolean => (scores.score[position] ?? 0) > 0;

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

/** Postings whose labels carry every word of one alternative of an excluded term, as a mark per position. */
function excludedPositions(catalog: Catalog, exclusions: readonly QueryTerm[]): Uint8Array {
  const excluded = new Uint8Array(catalog.postings.length);
  for (const term of exclusions) {
    for (const alternative of term.alternatives) {
      const words = normalizePhrase(alternative);
      const lists = words.map((word) => catalog.constraints.labelWord.get(word));
      if (words.length === 0 || lists.some((list) => list === undefined)) continue;
      const [first, ...rest] = lists as Positions[];
      const restSets = rest.map((list) => new Set(list));
      for (const position of first ?? []) {
        if (restSets.every((set) => set.has(position))) excluded[position] = 1;
      }
    }
  }
  return excluded;
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

/** Match levels kept per position: 0 none; for places 1 within, 2 exact; for seniority 1 title, 2 field. */
const PLACE_WITHIN = 1;
const PLACE_EXACT = 2;
const SENIORITY_TITLE = 1;
const SENIORITY_FIELD = 2;

/**
 * What each posting under consideration matched, in arrays by catalog position: at 100,000 postings a query
 * with a common word considers most of them, and an object per posting per query was the garbage collector's
 * main work.
 */
class Candidates {
  readonly positions: number[] = [];
  readonly #known: Uint8Array;
  readonly terms: Uint16Array;
  readonly textScore: Float64Array;
  readonly place: Uint8Array;
  readonly seniority: Uint8Array;
  readonly workplace: Uint8Array;
  readonly employment: Uint8Array;
  readonly company: Uint8Array;

  constructor(size: number) {
    this.#known = new Uint8Array(size);
    this.terms = new Uint16Array(size);
    this.textScore = new Float64Array(size);
    this.place = new Uint8Array(size);
    this.seniority = new Uint8Array(size);
    this.workplace = new Uint8Array(size);
    this.employment = new Uint8Array(size);
    this.company = new Uint8Array(size);
  }

  add(position: number): void {
    if (this.#known[position] === 1) return;
    this.#known[position] = 1;
    this.positions.push(position);
  }

  addTermHits(hits: DenseScores): void {
    for (const position of hits.documents) {
      if (position >= this.terms.length) continue;
      this.add(position);
      this.terms[position]!++;
      this.textScore[position]! += hits.score[position]!;
    }
  }

  /** Marks the positions with `level`, keeping a higher level already there. Returns whether any was marked. */
  mark(levels: Uint8Array, positions: Positions | undefined, level: number): boolean {
    if (positions === undefined || positions.length === 0) return false;
    for (const position of positions) {
      this.add(position);
      if (levels[position]! < level) levels[position] = level;
    }
    return true;
  }
}

/** Ranks the catalog's postings for a query already parsed (answers parse once and search with the rest). */
export function searchParsed(
  catalog: Catalog,
  query: ParsedQuery,
  options: SearchOptions = {},
): SearchResult {
  const { postings, constraints } = catalog;
  const notes = [...query.notes];
  const candidates = new Candidates(postings.length);
  const termHits: { term: QueryTerm; hits: DenseScores }[] = [];
  for (const term of query.terms) {
    const hits = matchTerm(catalog, term);
    if (hits.documents.length === 0) notes.push(`No role mentions “${term.raw}”, so that word was left out.`);
    else termHits.push({ term, hits });
  }
  for (const { hits } of termHits) candidates.addTermHits(hits);

  const active = {
    place: query.places.length > 0,
    seniority: query.seniorities.length > 0,
    workplace: query.workplaces.length > 0,
    employment: query.employmentTypes.length > 0,
    company: query.companies.length > 0,
  };
  // Structured constraints are looked up in the constraint index, never checked posting by posting.
  const seen = { place: false, seniority: false, workplace: false, employment: false, company: false };
  for (const place of query.places) {
    for (const key of place.keys) {
      seen.place =
        candidates.mark(candidates.place, constraints.placeWithin.get(key), PLACE_WITHIN) || seen.place;
      candidates.mark(candidates.place, constraints.placeExact.get(key), PLACE_EXACT);
    }
  }
  for (const seniority of query.seniorities) {
    const field = constraints.seniority.get(seniority);
    seen.seniority = candidates.mark(candidates.seniority, field, SENIORITY_FIELD) || seen.seniority;
    for (const word of SENIORITY_TITLE_WORDS[seniority]) {
      const titled = constraints.seniorityTitleWord.get(word);
      seen.seniority = candidates.mark(candidates.seniority, titled, SENIORITY_TITLE) || seen.seniority;
    }
  }
  for (const workplace of query.workplaces) {
    const marked = candidates.mark(candidates.workplace, constraints.workplace.get(workplace), 1);
    seen.workplace ||= marked;
  }
  for (const employment of query.employmentTypes) {
    const marked = candidates.mark(candidates.employment, constraints.employmentType.get(employment), 1);
    seen.employment ||= marked;
  }
  for (const company of query.companies) {
    seen.company = candidates.mark(candidates.company, constraints.company.get(company), 1) || seen.company;
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
    if (hits.documents.length === 0) notes.push(`No role is in ${names}, so the place was left out.`);
    else {
      notes.push(`No role is located in ${names}; showing roles that mention it.`);
      termHits.push({ term: placeTerm, hits });
      candidates.addTermHits(hits);
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
  // Only filters (exclusions, a pay floor) and nothing to match: every posting is a candidate for them to sift.
  const wantsAll = requirements === 0 && (query.exclusions.length > 0 || query.salaryFloor !== null);
  if (wantsAll) for (let position = 0; position < postings.length; position++) candidates.add(position);

  const excludedMarks = query.exclusions.length > 0 ? excludedPositions(catalog, query.exclusions) : null;
  const tier = new Uint8Array(postings.length);
  const coverage = new Float64Array(postings.length);
  const score = new Float64Array(postings.length);
  const ranked: number[] = [];
  let unknownPay = 0;
  let excluded = 0;
  for (const position of candidates.positions) {
    const posting = postings[position]!;
    if (excludedMarks !== null && excludedMarks[position] === 1) {
      excluded++;
      continue;
    }
    let postingTier = 0;
    if (query.salaryFloor !== null) {
      const outcome = checkFloor(posting, query.salaryFloor);
      if (outcome === 'below') continue;
      if (outcome === 'unknown') {
        postingTier = 1;
        unknownPay++;
      }
    }
    let credit = candidates.terms[position]!;
    let boost = 1;
    const place = candidates.place[position]!;
    if (active.place && place > 0) {
      credit++;
      boost *= place === PLACE_EXACT ? CONSTRAINT_BOOST.placeExact : CONSTRAINT_BOOST.placeWithin;
    }
    const seniority = candidates.seniority[position]!;
    if (active.seniority && seniority > 0) {
      credit++;
      boost *=
        seniority === SENIORITY_FIELD ? CONSTRAINT_BOOST.seniorityField : CONSTRAINT_BOOST.seniorityTitle;
    }
    if (active.workplace && candidates.workplace[position] === 1) {
      credit++;
      boost *= CONSTRAINT_BOOST.workplace;
    }
    if (active.employment && candidates.employment[position] === 1) {
      credit++;
      boost *= CONSTRAINT_BOOST.employmentType;
    }
    if (active.company && candidates.company[position] === 1) {
      credit++;
      boost *= CONSTRAINT_BOOST.company;
    }
    if (credit === 0 && !wantsAll) continue;
    tier[position] = postingTier;
    coverage[position] = requirements === 0 ? 1 : credit / requirements;
    score[position] = (candidates.textScore[position]! + 1) * boost;
    ranked.push(position);
  }

  if (excluded > 0)
    notes.push(`${excluded} role${excluded === 1 ? ' was' : 's were'} left out as you asked.`);
  if (query.salaryFloor !== null && unknownPay > 0) {
    notes.push(
      `${unknownPay} role${unknownPay === 1 ? '' : 's'} state${unknownPay === 1 ? 's' : ''} no comparable salary, so ${unknownPay === 1 ? 'it comes' : 'they come'} after those paying at least ${describeSalaryFloor(query.salaryFloor)}.`,
    );
  }
  // Plain comparisons, no localeCompare: this runs on every match in the corpus.
  const compareRanked = (a: number, b: number): number => {
    if (tier[a] !== tier[b]) return tier[a]! - tier[b]!;
    if (coverage[a] !== coverage[b]) return coverage[b]! - coverage[a]!;
    if (score[a] !== score[b]) return score[b]! - score[a]!;
    const aPosting = postings[a]!;
    const bPosting = postings[b]!;
    const aDate = aPosting.postedAt ?? '';
    const bDate = bPosting.postedAt ?? '';
    if (aDate !== bDate) return aDate < bDate ? 1 : -1;
    return aPosting.id < bPosting.id ? -1 : aPosting.id > bPosting.id ? 1 : 0;
  };
  const limit = options.limit ?? DEFAULT_HIT_LIMIT;
  const hits = topK(ranked, limit, compareRanked).map((position): SearchHit => {
    const matchedTerms = termHits.filter(({ hits }) => matches(hits, position)).map(({ term }) => term.raw);
    if (active.place && candidates.place[position]! > 0)
      matchedTerms.push(...query.places.map((place) => place.raw));
    if (active.seniority && candidates.seniority[position]! > 0) matchedTerms.push(...query.seniorities);
    if (active.workplace && candidates.workplace[position] === 1) matchedTerms.push(...query.workplaces);
    if (active.employment && candidates.employment[position] === 1)
      matchedTerms.push(...query.employmentTypes);
    if (active.company && candidates.company[position] === 1)
      matchedTerms.push(...query.companies.map((name) => name.toLowerCase()));
    return {
      posting: postings[position]!,
      score: score[position]!,
      coverage: coverage[position]!,
      matchedTerms,
    };
  });
  return { query, hits, total: ranked.length, notes };
}

/** Searches the catalog: text in, ranked postings out, with the query as understood and notes for the user. */
export function searchPostings(catalog: Catalog, query: string, options: SearchOptions = {}): SearchResult {
  return searchParsed(catalog, parseQuery(query, catalog), options);
}
