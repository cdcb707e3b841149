import type { Catalog } from './catalog.ts';
import { denseExactScores } from './exact-scores.ts';
import {
  evaluateQuery,
  type MatchEvaluation,
  nearMissPositions,
  type QueryPart,
  TEXT_ONLY,
} from './match.ts';
import { normalizePhrase } from './normalize-term.ts';
import { type ParsedQuery, type ParseOptions, parseQuery } from './parse-query.ts';
import type { NearMissGroup, SearchHit, SearchResult } from './search-result.ts';
import { nearWords, wordKnowledge } from './typo-correction.ts';

export const DEFAULT_HIT_LIMIT = 50;
/** Near misses are a pointer, not a second result list: a few per heading, two headings at most. */
export const NEAR_MISS_LIMIT = 3;
export const NEAR_MISS_GROUPS = 2;
/** Near misses are looked for only when fewer roles than this match. */
export const NEAR_MISS_BELOW = 10;

/** How much each kind of evidence multiplies a match's text score: it orders matches, it never admits one. */
export const RANK_BOOST = {
  titleTerm: 1.6,
  placeExact: 1.3,
  seniorityField: 1.2,
} as const;

export interface SearchOptions extends ParseOptions {
  /** Most hits to return (default 50). */
  limit?: number;
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

/**
 * A score per position for the given candidates: the terms' text relevance (BM25+ as MiniSearch scores it),
 * raised for role words in the title, the exact place asked for and a stated level. It orders matches; it
 * never admits one.
 */
function scoreAll(
  catalog: Catalog,
  query: ParsedQuery,
  evaluation: MatchEvaluation,
  positions: Iterable<number>,
): Float64Array {
  const { postings, constraints } = catalog;
  const scores = query.terms.map(
    (term) =>
      denseExactScores(
        catalog.index,
        term.alternatives
          .map((alternative) => normalizePhrase(alternative))
          .filter((words) => words.length > 0),
      ) ?? { score: new Float64Array(0), documents: [] },
  );
  const exactPlace = new Uint8Array(postings.length);
  for (const place of query.places)
    for (const key of place.keys)
      for (const position of constraints.placeExact.get(key) ?? []) exactPlace[position] = 1;
  const score = new Float64Array(postings.length);
  for (const position of positions) {
    let value = 1;
    for (const list of scores) value += list.score[position] ?? 0;
    let boost = 1;
    for (const titled of evaluation.titleHits) if (titled[position] === 1) boost *= RANK_BOOST.titleTerm;
    if (exactPlace[position] === 1) boost *= RANK_BOOST.placeExact;
    const seniority = postings[position]!.seniority;
    if (seniority !== null && query.seniorities.includes(seniority)) boost *= RANK_BOOST.seniorityField;
    score[position] = value * boost;
  }
  return score;
}

/** The best `limit` positions by score; ties go to the newest posting, then the id, so order never drifts. */
function rank(catalog: Catalog, score: Float64Array, positions: readonly number[], limit: number): number[] {
  const { postings } = catalog;
  const compare = (a: number, b: number): number => {
    if (score[a] !== score[b]) return score[b]! - score[a]!;
    const aDate = postings[a]!.postedAt ?? '';
    const bDate = postings[b]!.postedAt ?? '';
    if (aDate !== bDate) return aDate < bDate ? 1 : -1;
    const aId = postings[a]!.id;
    const bId = postings[b]!.id;
    return aId < bId ? -1 : aId > bId ? 1 : 0;
  };
  return topK(positions, limit, compare);
}

/** "No role mentions “blorf”", "No role is in Tokyo": one sentence for a part nothing satisfies. */
function nothingFor(part: QueryPart, mentioned: boolean): string {
  switch (part.kind) {
    case 'term':
      if (!mentioned) return `No role mentions ${part.label}.`;
      return part.term?.where === 'labels'
        ? `No role mentions ${part.label} in its title or skills.`
        : `No role mentions ${part.label} in its title.`;
    case 'place':
      return `No role is ${part.label}.`;
    case 'company':
      return `No role is ${part.label}.`;
    case 'pay':
      return `No role states pay ${part.label.replace(/^paying /, '').replace(/^paid /, 'paid ')}.`;
    case 'posted':
      return `No role was ${part.label}.`;
    case 'exclusion':
      return 'Every role was left out as you asked.';
    default:
      return `No role is ${part.label}.`;
  }
}

function salaryNotes(evaluation: MatchEvaluation, query: ParsedQuery): string[] {
  if (query.pay === null || (query.pay.min === null && query.pay.max === null)) return [];
  const { currency, fromPlace, currencies } = evaluation.pay;
  if (currency !== null && fromPlace)
    return [`Pay compared in ${currency}, the currency of ${query.places.map((p) => p.name).join(' and ')}.`];
  if (currency !== null) return [];
  const notes: string[] = [];
  if (currencies.length > 1)
    notes.push(
      `Pay compared in each role's own currency (${currencies.join(', ')}); add one (“in GBP”) to choose.`,
    );
  if (query.pay.period === null && evaluation.pay.rates > 0)
    notes.push(
      `${evaluation.pay.rates} role${evaluation.pay.rates === 1 ? ' is' : 's are'} paid by the hour or day, which is not compared with a yearly figure.`,
    );
  return notes;
}

/** "Did you mean …": catalog words near a word that found nothing, and the query without the failing part. */
function didYouMean(catalog: Catalog, query: ParsedQuery, evaluation: MatchEvaluation): string[] {
  const knowledge = wordKnowledge(catalog);
  const suggestions: string[] = [];
  evaluation.parts.forEach((part, index) => {
    if (evaluation.counts[index] !== 0 || part.kind !== 'term' || part.term === undefined) return;
    const words = part.term.raw.split(' ');
    const written = (part.term.written ?? part.term.raw).split(' ');
    for (const [index, word] of words.entries()) {
      // The catalog's words are singular; the query keeps the word as typed ("kubernetes", not "kubernete").
      const typed = written.length === words.length ? (written[index] ?? word) : word;
      for (const near of nearWords(word, knowledge, 2)) {
        const fixed = query.text.toLowerCase().replace(typed, near);
        if (!suggestions.includes(fixed)) suggestions.push(fixed);
      }
    }
  });
  return suggestions.slice(0, 3);
}

/** Ranks the catalog's postings that match a query already parsed (answers parse once and search with it). */
export function searchParsed(
  catalog: Catalog,
  query: ParsedQuery,
  options: SearchOptions = {},
): SearchResult {
  const notes = [...query.notes];
  const evaluation = evaluateQuery(catalog, query);
  const { parts, counts, matches } = evaluation;
  const limit = options.limit ?? DEFAULT_HIT_LIMIT;
  if (parts.length === 0) {
    notes.push('Say which role, place or pay you are looking for.');
    return { query, hits: [], total: 0, notes, nearMisses: [], unmatched: [], didYouMean: [] };
  }
  const unmatched = parts.filter((_, index) => counts[index] === 0).map((part) => part.label);
  for (const [index, part] of parts.entries()) {
    if (counts[index] !== 0) continue;
    notes.push(nothingFor(part, evaluation.states[index]?.includes(TEXT_ONLY) ?? false));
  }
  if (matches.length === 0 && unmatched.length === 0 && parts.length > 1)
    notes.push(`No role is ${parts.map((part) => part.label).join(' and ')} at once.`);
  notes.push(...(matches.length > 0 ? salaryNotes(evaluation, query) : []));
  // Near misses point past a short list; under a long one they would only be noise (and a scan of the catalog).
  const groups = (matches.length < NEAR_MISS_BELOW ? nearMissPositions(evaluation, query) : [])
    .sort((a, b) => b.positions.length - a.positions.length || a.part - b.part)
    .slice(0, NEAR_MISS_GROUPS);
  const score = scoreAll(catalog, query, evaluation, [
    ...matches,
    ...groups.flatMap((group) => group.positions),
  ]);
  const labels = parts
    .filter((part) => part.kind !== 'exclusion')
    .map((part) => part.label.replace(/[“”]/g, ''));
  const hits = rank(catalog, score, matches, limit).map(
    (position): SearchHit => ({
      posting: catalog.postings[position]!,
      score: score[position]!,
      coverage: 1,
      matchedTerms: labels,
    }),
  );
  const nearMisses: NearMissGroup[] = groups.map((group) => ({
    heading: group.heading,
    missed: parts[group.part]!.label,
    total: group.positions.length,
    postings: rank(catalog, score, group.positions, NEAR_MISS_LIMIT).map(
      (position) => catalog.postings[position]!,
    ),
  }));
  return {
    query,
    hits,
    total: matches.length,
    notes,
    nearMisses,
    unmatched,
    didYouMean: matches.length === 0 ? didYouMean(catalog, query, evaluation) : [],
  };
}

/** Searches the catalog: text in, matching postings out (best first), with the query as understood and notes. */
export function searchPostings(catalog: Catalog, query: string, options: SearchOptions = {}): SearchResult {
  return searchParsed(catalog, parseQuery(query, catalog, options), options);
}
