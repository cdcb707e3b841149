import type { EmploymentType, Posting, Seniority, Workplace } from '../model/posting.ts';
import { locationKeys } from './location-keys.ts';
import { normalizePhrase } from './normalize-term.ts';
import { SENIORITY_TITLE_WORDS } from './query-vocabulary.ts';

/** Catalog positions (indexes into `Catalog.postings`), ascending. */
export type Positions = Int32Array;

/**
 * Which postings carry each structured value, so a query's place, level, workplace, employment type, company
 * and exclusions are looked up rather than checked against every posting: a scan of 100,000 postings per
 * constraint was most of the time of queries such as "remote us".
 */
export interface ConstraintIndex {
  /** Place key -> postings whose most specific location level is that place (city, else region, else country). */
  readonly placeExact: ReadonlyMap<string, Positions>;
  /** Place key -> postings located there or anywhere within it ("us" holds New York roles). */
  readonly placeWithin: ReadonlyMap<string, Positions>;
  readonly seniority: ReadonlyMap<Seniority, Positions>;
  /** Seniority word ("sr", "lead") -> postings whose title carries it; only words of SENIORITY_TITLE_WORDS. */
  readonly seniorityTitleWord: ReadonlyMap<string, Positions>;
  readonly workplace: ReadonlyMap<Workplace, Positions>;
  readonly employmentType: ReadonlyMap<EmploymentType, Positions>;
  /** Company name as written -> postings. */
  readonly company: ReadonlyMap<string, Positions>;
  /**
   * Normalised label word -> postings whose labels (title, team, company, skills, seniority, employment type,
   * workplace) carry it: what an exclusion such as `-manager` is checked against. Not the prose, which mentions
   * everything.
   */
  readonly labelWord: ReadonlyMap<string, Positions>;
}

const SENIORITY_WORDS: ReadonlySet<string> = new Set(Object.values(SENIORITY_TITLE_WORDS).flat());

class Lists<K> {
  readonly #lists = new Map<K, number[]>();

  add(key: K, position: number): void {
    const list = this.#lists.get(key);
    if (list === undefined) this.#lists.set(key, [position]);
    // Positions arrive in order, so a repeat can only be the last one added.
    else if (list[list.length - 1] !== position) list.push(position);
  }

  /** Typed arrays: a tenth of the memory of arrays of numbers at 100,000 postings. */
  freeze(): ReadonlyMap<K, Positions> {
    return new Map([...this.#lists].map(([key, list]) => [key, Int32Array.from(list)]));
  }
}

/** The values one posting is filed under in each list of the index (repeats possible). */
export type ConstraintKeys = { readonly [K in keyof ConstraintIndex]: readonly MapKey<ConstraintIndex[K]>[] };
type MapKey<M> = M extends ReadonlyMap<infer K, Positions> ? K : never;

/**
 * What `buildConstraintIndex` files one posting under. Exported so the live catalog can move a single changed
 * posting in and out of the lists without rebuilding them for every posting.
 */
export function constraintKeys(posting: Posting): ConstraintKeys {
  const keys = locationKeys(posting.locations);
  const labels = [
    posting.title,
    posting.team ?? '',
    posting.company ?? '',
    ...posting.skills,
    posting.seniority ?? '',
    posting.employmentType ?? '',
    posting.workplace ?? '',
  ].join(' ');
  return {
    placeExact: [...keys.exact],
    placeWithin: [...keys.within],
    seniority: posting.seniority === null ? [] : [posting.seniority],
    seniorityTitleWord: normalizePhrase(posting.title).filter((word) => SENIORITY_WORDS.has(word)),
    workplace: posting.workplace === null ? [] : [posting.workplace],
    employmentType: posting.employmentType === null ? [] : [posting.employmentType],
    company: posting.company === null ? [] : [posting.company],
    labelWord: normalizePhrase(labels),
  };
}

export function buildConstraintIndex(postings: readonly Posting[]): ConstraintIndex {
  const placeExact = new Lists<string>();
  const placeWithin = new Lists<string>();
  const seniority = new Lists<Seniority>();
  const seniorityTitleWord = new Lists<string>();
  const workplace = new Lists<Workplace>();
  const employmentType = new Lists<EmploymentType>();
  const company = new Lists<string>();
  const labelWord = new Lists<string>();
  postings.forEach((posting, position) => {
    const keys = constraintKeys(posting);
    for (const key of keys.placeExact) placeExact.add(key, position);
    for (const key of keys.placeWithin) placeWithin.add(key, position);
    for (const key of keys.seniority) seniority.add(key, position);
    for (const word of keys.seniorityTitleWord) seniorityTitleWord.add(word, position);
    for (const key of keys.workplace) workplace.add(key, position);
    for (const key of keys.employmentType) employmentType.add(key, position);
    for (const key of keys.company) company.add(key, position);
    for (const word of keys.labelWord) labelWord.add(word, position);
  });
  return {
    placeExact: placeExact.freeze(),
    placeWithin: placeWithin.freeze(),
    seniority: seniority.freeze(),
    seniorityTitleWord: seniorityTitleWord.freeze(),
    workplace: workplace.freeze(),
    employmentType: employmentType.freeze(),
    company: company.freeze(),
    labelWord: labelWord.freeze(),
  };
}
