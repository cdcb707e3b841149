import type { Options, SearchOptions } from 'minisearch';
import { normalizeTerm, tokenize } from './normalize-term.ts';

/** The document MiniSearch indexes: parsed fields only, never page noise. */
export interface IndexDocument {
  id: string;
  title: string;
  team: string;
  company: string;
  skills: string;
  /** City, region, country code and country name of every location. */
  locations: string;
  /** Workplace, seniority and employment type words. */
  facets: string;
  /** The role's own text without equal-opportunity, accommodation and benefits boilerplate. */
  text: string;
}

export const INDEX_FIELDS = ['title', 'team', 'company', 'skills', 'locations', 'facets', 'text'] as const;

/** The title says what the role is; team, company and skills say a lot; places less; the prose least. */
export const FIELD_BOOST: Readonly<Record<(typeof INDEX_FIELDS)[number], number>> = {
  title: 6,
  team: 3,
  company: 3,
  skills: 3,
  locations: 2,
  facets: 1.5,
  text: 1,
};

/** Shorter words get no typo tolerance: "kipp" must not turn into "keep", nor "java" into "jam". */
export const FUZZY_MIN_LENGTH = 5;
/** Two typos only in long words, where two edits still leave the word recognisable. */
export const FUZZY_TWO_EDITS_MIN_LENGTH = 9;
/** Prefix matching from three letters: "eng" finds engineer, "ml" must not find "mlops"-like noise. */
export const PREFIX_MIN_LENGTH = 3;
/** Approximate matches count for less than exact ones (MiniSearch multiplies their score by these). */
export const APPROXIMATE_WEIGHTS = { fuzzy: 0.3, prefix: 0.3 } as const;

export function fuzzyDistance(term: string): number | false {
  if (term.length >= FUZZY_TWO_EDITS_MIN_LENGTH) return 2;
  if (term.length >= FUZZY_MIN_LENGTH) return 1;
  return false;
}

export function usePrefix(term: string): boolean {
  return term.length >= PREFIX_MIN_LENGTH;
}

export const SEARCH_OPTIONS: SearchOptions = {
  boost: { ...FIELD_BOOST },
  fuzzy: (term) => fuzzyDistance(term),
  prefix: (term) => usePrefix(term),
  weights: { ...APPROXIMATE_WEIGHTS },
};

/** The same options must be given when building and when loading a snapshot, so they live in one place. */
export const INDEX_OPTIONS: Options<IndexDocument> = {
  fields: [...INDEX_FIELDS],
  idField: 'id',
  storeFields: [],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => normalizeTerm(term) ?? null,
  searchOptions: SEARCH_OPTIONS,
};
