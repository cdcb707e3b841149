import type { Posting } from '../model/posting.ts';
import type { ParsedQuery } from './parse-query.ts';

/** One ranked posting. Higher `score` ranks first; `coverage` is the share of query terms the posting matched. */
export interface SearchHit {
  posting: Posting;
  score: number;
  /** 0..1: share of the query's free-text terms (and constraints) this posting satisfies. */
  coverage: number;
  /** The query terms (as the user wrote them, lower case) that matched this posting. */
  matchedTerms: string[];
}

export interface SearchResult {
  /** What the query was understood to mean. */
  query: ParsedQuery;
  /** Best first, at most the limit asked for. Empty when nothing matched. */
  hits: SearchHit[];
  /** How many postings matched before the limit was applied. */
  total: number;
  /** Plain sentences for the user: dropped terms, input cut short, … */
  notes: string[];
}
