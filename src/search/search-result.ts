import type { Posting } from '../model/posting.ts';
import type { ParsedQuery } from './parse-query.ts';

/** One matching posting. Higher `score` ranks first. */
export interface SearchHit {
  posting: Posting;
  score: number;
  /** Share of the query's parts the posting satisfies: always 1, since only matches are hits. */
  coverage: number;
  /** The query's parts (as the user wrote them, lower case) that this posting satisfies. */
  matchedTerms: string[];
}

/** Postings that miss exactly one part of the query, shown apart under a heading that says what they miss. */
export interface NearMissGroup {
  /** "Also in other places", "Mention “scala” only in the text". */
  heading: string;
  /** The part they miss, as the query reads ("in London", "“scala”"). */
  missed: string;
  /** How many postings miss that part alone (more than are shown). */
  total: number;
  /** The best few, never counted as matches. */
  postings: Posting[];
}

export interface SearchResult {
  /** What the query was understood to mean. */
  query: ParsedQuery;
  /** Matches only, best first, at most the limit asked for. Empty when nothing matched. */
  hits: SearchHit[];
  /** How many postings match (before the limit); near misses are never counted. */
  total: number;
  /** Plain sentences for the user: which part found nothing, typos read, currencies compared, … */
  notes: string[];
  /** Near misses, labelled; for people, never for the JSON contract. */
  nearMisses: NearMissGroup[];
  /** The parts of the query no posting satisfies ("“blorf”", "in Tokyo"). */
  unmatched: string[];
  /** Queries to try instead, from the catalog's own words, when nothing matched. */
  didYouMean: string[];
}
