import { isOpenOnDay } from '../digest/is-open.ts';
import type { Posting, SalaryPeriod } from '../model/posting.ts';
import { currencyOfCountry } from '../places/country-currency.ts';
import type { Catalog } from './catalog.ts';
import { internalsOf } from './exact-scores.ts';
import { normalizePhrase } from './normalize-term.ts';
import type { ParsedQuery, QueryTerm, TermField } from './parse-query.ts';
import { COUNTRY_NAMES, FLOOR_DEFAULT_CURRENCIES, SENIORITY_TITLE_WORDS } from './query-vocabulary.ts';
import { OCCUPATION_FALSE_FRIENDS } from './role-nouns.ts';

/**
 * What a match is, in one place for search, answers, subscriptions and digests:
 *
 * A posting matches a query when
 * - every role word matches its role: a word naming the occupation ("engineer", "nurse") is in its title; a
 *   word qualifying it ("data" in "data engineer") is in its title or team; a word on its own ("scala",
 *   "payments") is in its title, team, company or skills. A word that no posting's title, team, company or
 *   skills carry ("kipp", "serving") is a topic, and is matched in the text;
 * - every place in the query contains one of its places (a city, its region or country, or a place within it);
 * - every filter holds: level, workplace, employment type, company, pay, posting date, exclusions.
 *
 * Each part of the query gets a state per posting. Only postings with every part `YES` match. A posting that
 * misses exactly one part, in a way worth telling (named only in the text, in another place, not saying its
 * workplace or pay), is a near miss: shown apart, labelled, never counted.
 */

export const NO = 0;
/** The posting does not say (no salary, no date, no level): it cannot be known to match. */
export const UNKNOWN = 1;
/** The word is in the posting's text, not where the query needs it. */
export const TEXT_ONLY = 2;
export const YES = 3;

export type PartKind =
  | 'term'
  | 'place'
  | 'level'
  | 'workplace'
  | 'employment'
  | 'company'
  | 'pay'
  | 'posted'
  | 'exclusion';

export interface QueryPart {
  kind: PartKind;
  /** How the part reads to a person: "“scala”", "in London", "senior", "remote", "paying at least 200k". */
  label: string;
  term?: QueryTerm;
}

export interface MatchEvaluation {
  parts: QueryPart[];
  /** Per part, a state (NO, UNKNOWN, TEXT_ONLY, YES) per catalog position. */
  states: Uint8Array[];
  /** Positions of matching postings, in catalog order. */
  matches: number[];
  /**
   * Per part, how many postings satisfy that part on its own (0 says which part found nothing); exact when
   * nothing matched, otherwise the number of matches (a lower bound).
   */
  counts: number[];
  /** Per role word, whether each posting's title carries it (for ranking). */
  titleHits: Uint8Array[];
  /** Hourly or daily pay left out of a yearly comparison, and currencies compared, for the notes. */
  pay: PayComparison;
}

export interface PayComparison {
  /** Currencies a pay filter without one was compared in (each posting in its own). */
  currencies: string[];
  /** The currency the pay filter was read in, from the query or its place. */
  currency: string | null;
  /** Whether the currency came from the query's place rather than its words. */
  fromPlace: boolean;
  /** Postings paid by the hour or day that a yearly figure was not compared with. */
  rates: number;
}

/** Field bits of a word's occurrences in a posting. */
const TITLE = 1;
const TEAM = 2;
const COMPANY = 4;
const SKILLS = 8;
const TEXT = 16;
const LABELS = TITLE | TEAM | COMPANY | SKILLS;
const ALLOWED: Readonly<Record<TermField, number>> = {
  title: TITLE,
  name: TITLE | TEAM,
  labels: LABELS,
  skill: SKILLS | TITLE,
};
const FIELD_BITS: Readonly<Record<string, number>> = {
  title: TITLE,
  team: TEAM,
  company: COMPANY,
  skills: SKILLS,
  text: TEXT,
};

/** Hours, days, weeks and months in a year. Only salaried periods (week, month) are converted to a year. */
export const PERIODS_PER_YEAR: Readonly<Record<SalaryPeriod, number>> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};
/** A rate by the hour or the day is not a year's pay (contract work, no paid leave): never converted. */
const CONVERTIBLE: ReadonlySet<SalaryPeriod> = new Set(['week', 'month', 'year']);

/** A word's field bits per position, and the positions where it occurs at all (to walk only those). */
interface Masks {
  bits: Uint8Array;
  docs: number[];
}

/**
 * Word masks kept per catalog across queries, for as many words as MASKED_WORDS: the common words of role
 * queries ("engineer", "senior", "manager") occur in most postings, and working out their masks was a fifth
 * of a query's time. A catalog is never changed (an edit makes a new one), so its masks never go stale; the
 * oldest word is forgotten first. At 10,000 postings a word's masks are about 10-50 KB.
 */
const MASKED_WORDS = 256;
const masksByCatalog = new WeakMap<Catalog, Map<string, Masks>>();

function wordMasksOf(catalog: Catalog): Map<string, Masks> {
  let masks = masksByCatalog.get(catalog);
  if (masks === undefined) {
    masks = new Map();
    masksByCatalog.set(catalog, masks);
  }
  if (masks.size > MASKED_WORDS) {
    for (const word of [...masks.keys()].slice(0, masks.size - MASKED_WORDS)) masks.delete(word);
  }
  return masks;
}

/** For one normalised word, which fields of each posting carry it. */
function wordMasks(catalog: Catalog, word: string): Masks {
  const size = catalog.postings.length;
  const bits = new Uint8Array(size);
  const docs: number[] = [];
  const mark = (position: number, bit: number) => {
    if (position >= size) return;
    if (bits[position] === 0) docs.push(position);
    bits[position]! |= bit;
  };
  const internals = internalsOf(catalog.index);
  if (internals === null) {
    catalog.postings.forEach((posting, position) => {
      const mask = postingWordMask(posting, word);
      if (mask !== 0) mark(position, mask);
    });
    return { bits, docs };
  }
  const data = internals._index.get(word);
  if (data === undefined) return { bits, docs };
  for (const [field, bit] of Object.entries(FIELD_BITS)) {
    const fieldId = internals._fieldIds[field];
    if (fieldId === undefined) continue;
    const list = data.get(fieldId);
    if (list === undefined) continue;
    if (list.documents !== undefined) for (const position of list.documents) mark(position, bit);
    else for (const [position] of list.entries()) mark(position, bit);
  }
  return { bits, docs };
}

/** The same, read from one posting's fields, for an index whose internals cannot be read. */
function postingWordMask(posting: Posting, word: string): number {
  let mask = 0;
  const has = (text: string) => normalizePhrase(text).includes(word);
  if (has(posting.title)) mask |= TITLE;
  if (has(posting.team ?? '')) mask |= TEAM;
  if (has(posting.company ?? '')) mask |= COMPANY;
  if (has(posting.skills.join(' '))) mask |= SKILLS;
  if (has(posting.text)) mask |= TEXT;
  return mask;
}

/**
 * "chef" in "Chef de Projet Marketing" is not the occupation: a title that holds the word only inside a phrase
 * naming another occupation is read as mentioning it, not as carrying it.
 */
function onlyInFalseFriend(posting: Posting, word: string, phrases: readonly string[]): boolean {
  let title = ` ${normalizePhrase(posting.title).join(' ')} `;
  for (const phrase of phrases) title = title.replaceAll(` ${normalizePhrase(phrase).join(' ')} `, ' ');
  return !title.includes(` ${word} `);
}

/**
 * Whether one of the posting's skills is exactly this normalised phrase. A skill whose length is far from the
 * phrase's cannot be it, so most are passed over without normalising them: this runs for every posting that
 * lists the word among longer skills, thousands at a time.
 */
function hasSkill(posting: Posting, phrase: string): boolean {
  for (const skill of posting.skills) {
    if (Math.abs(skill.length - phrase.length) > 3) continue;
    if (normalizePhrase(skill).join(' ') === phrase) return true;
  }
  return false;
}

/** One role word's state per posting, with the text fallback for topic words no label carries. */
function termStates(
  catalog: Catalog,
  term: QueryTerm,
  cache: Map<string, Masks>,
  titled: Uint8Array,
): Uint8Array {
  const size = catalog.postings.length;
  const states = new Uint8Array(size);
  const allowed = ALLOWED[term.where];
  let anyLabel = false;
  for (const alternative of term.alternatives) {
    const words = normalizePhrase(alternative);
    if (words.length === 0) continue;
    const masks = words.map((word) => {
      let known = cache.get(word);
      if (known === undefined) {
        known = wordMasks(catalog, word);
        cache.set(word, known);
      }
      return known;
    });
    const falseFriends = words.length === 1 ? OCCUPATION_FALSE_FRIENDS[words[0]!] : undefined;
    // Only where the rarest word occurs can every word occur.
    const rarest = masks.reduce((best, mask) => (mask.docs.length < best.docs.length ? mask : best));
    for (const position of rarest.docs) {
      let inAllowed = true;
      let anywhere = true;
      let inLabels = true;
      let inTitle = true;
      for (const mask of masks) {
        const bits = mask.bits[position]!;
        if ((bits & TITLE) === 0) inTitle = false;
        if ((bits & allowed) === 0) inAllowed = false;
        if ((bits & LABELS) === 0) inLabels = false;
        if (bits === 0) {
          anywhere = false;
          break;
        }
      }
      if (inLabels) anyLabel = true;
      if (inTitle && anywhere) titled[position] = 1;
      // A qualifier that is one of the posting's skills, whole ("kubernetes engineer" and a Platform Engineer
      // listing Kubernetes), names the role as well as its title would; one word of a longer skill does not
      // ("data engineer" and a skill "Data analysis").
      if (
        !inAllowed &&
        anywhere &&
        term.where === 'name' &&
        masks.every((mask) => (mask.bits[position]! & SKILLS) !== 0)
      )
        inAllowed = hasSkill(catalog.postings[position]!, words.join(' '));
      let state = inAllowed ? YES : anywhere ? TEXT_ONLY : NO;
      if (
        state === YES &&
        falseFriends !== undefined &&
        onlyInFalseFriend(catalog.postings[position]!, words[0]!, falseFriends)
      )
        state = TEXT_ONLY;
      if (state > states[position]!) states[position] = state;
    }
  }
  // A topic word: no posting names it in a label, so a mention in the text is what it can match.
  if (!anyLabel && term.where !== 'title') {
    for (let position = 0; position < size; position++)
      if (states[position] === TEXT_ONLY) states[position] = YES;
  }
  return states;
}

const unplacedByCatalog = new WeakMap<Catalog, number[]>();

/** Positions of postings that state no place, worked out once per catalog. */
function unplaced(catalog: Catalog): number[] {
  let known = unplacedByCatalog.get(catalog);
  if (known === undefined) {
    known = [];
    for (let position = 0; position < catalog.postings.length; position++)
      if (catalog.postings[position]!.locations.length === 0) known.push(position);
    unplacedByCatalog.set(catalog, known);
  }
  return known;
}

function placeStates(catalog: Catalog, query: ParsedQuery): Uint8Array[] {
  const size = catalog.postings.length;
  const perPlace = query.places.map((place) => {
    const states = new Uint8Array(size);
    for (const position of unplaced(catalog)) states[position] = UNKNOWN;
    for (const key of place.keys) {
      for (const position of catalog.constraints.placeWithin.get(key) ?? []) states[position] = YES;
    }
    return states;
  });
  if (!query.anyPlace || perPlace.length < 2) return perPlace;
  const any = new Uint8Array(size);
  for (const states of perPlace) for (let p = 0; p < size; p++) if (states[p]! > any[p]!) any[p] = states[p]!;
  return [any];
}

function fieldStates(catalog: Catalog, decide: (posting: Posting, position: number) => number): Uint8Array {
  const states = new Uint8Array(catalog.postings.length);
  catalog.postings.forEach((posting, position) => {
    states[position] = decide(posting, position);
  });
  return states;
}

/** The currency a pay filter is read in: the query's own, else the one currency of the places it names. */
function payCurrency(query: ParsedQuery): { currency: string | null; fromPlace: boolean } {
  if (query.pay?.currency != null) return { currency: query.pay.currency, fromPlace: false };
  const codes = new Set<string>();
  for (const place of query.places) {
    if (place.country != null) {
      codes.add(place.country);
      continue;
    }
    for (const key of place.keys) {
      const code = key.length === 2 ? key.toUpperCase() : null;
      if (code !== null && COUNTRY_NAMES[code] !== undefined) codes.add(code);
    }
  }
  const currencies = new Set([...codes].map((code) => currencyOfCountry(code)).filter((c) => c !== null));
  return currencies.size === 1
    ? { currency: [...currencies][0] ?? null, fromPlace: true }
    : { currency: null, fromPlace: false };
}

/**
 * Whether a posting's pay meets the filter: its stated range reaches into the asked range (top at or above a
 * floor, bottom at or below a ceiling), like with like. A different currency, or an hourly or daily rate
 * against a yearly figure, is not comparable: UNKNOWN, never a silent conversion.
 */
export function payState(posting: Posting, query: ParsedQuery, currency: string | null): number {
  const pay = query.pay;
  if (pay === null) return YES;
  const salary = posting.salary;
  if (salary === null) return UNKNOWN;
  // No amount ("in GBP", "hourly"): a question of how the role is paid, so any period or currency is a plain
  // yes or no, and the words' own currency is asked for, not the one of the query's place.
  if (pay.min === null && pay.max === null) {
    if (pay.currency !== null && salary.currency !== pay.currency) return NO;
    return pay.period === null || salary.period === pay.period ? YES : NO;
  }
  if (currency !== null && salary.currency !== currency) return UNKNOWN;
  if (
    currency === null &&
    (pay.min !== null || pay.max !== null) &&
    !FLOOR_DEFAULT_CURRENCIES.has(salary.currency)
  )
    return UNKNOWN;
  const low = salary.min ?? salary.max;
  const high = salary.max ?? salary.min;
  if (low === null || high === null) return UNKNOWN;
  let factor = 1;
  if (pay.period !== null) {
    if (salary.period !== pay.period) return NO;
  } else if (salary.period !== 'year') {
    if (!CONVERTIBLE.has(salary.period)) return UNKNOWN;
    factor = PERIODS_PER_YEAR[salary.period];
  }
  if (pay.min !== null && high * factor < pay.min) return NO;
  if (pay.max !== null && low * factor > pay.max) return NO;
  return YES;
}

/** A level holds when the posting's seniority is one asked for, or its title carries a word for one. */
function levelStates(catalog: Catalog, query: ParsedQuery): Uint8Array {
  const states = new Uint8Array(catalog.postings.length);
  catalog.postings.forEach((posting, position) => {
    if (posting.seniority === null) states[position] = UNKNOWN;
  });
  for (const level of query.seniorities) {
    for (const position of catalog.constraints.seniority.get(level) ?? []) states[position] = YES;
    for (const word of SENIORITY_TITLE_WORDS[level]) {
      for (const position of catalog.constraints.seniorityTitleWord.get(word) ?? []) states[position] = YES;
    }
  }
  return states;
}

function excludedState(catalog: Catalog, query: ParsedQuery): Uint8Array {
  const states = new Uint8Array(catalog.postings.length).fill(YES);
  for (const term of query.exclusions) {
    for (const alternative of term.alternatives) {
      const words = normalizePhrase(alternative);
      const lists = words.map((word) => catalog.constraints.labelWord.get(word));
      if (words.length === 0 || lists.some((list) => list === undefined)) continue;
      const [first, ...rest] = lists as Int32Array[];
      const restSets = rest.map((list) => new Set(list));
      for (const position of first ?? [])
        if (restSets.every((set) => set.has(position))) states[position] = NO;
    }
  }
  return states;
}

/** How a query part reads to a person. */
function describePay(query: ParsedQuery): string {
  const pay = query.pay!;
  const figure = (amount: number) =>
    amount >= 1_000 ? `${Math.round(amount / 100) / 10}k`.replace('.0k', 'k') : String(amount);
  const unit = `${pay.currency === null ? '' : ` ${pay.currency}`}${pay.period === null ? '' : ` a ${pay.period}`}`;
  if (pay.min !== null && pay.max !== null) return `paying ${figure(pay.min)}–${figure(pay.max)}${unit}`;
  if (pay.min !== null) return `paying at least ${figure(pay.min)}${unit}`;
  if (pay.max !== null) return `paying at most ${figure(pay.max)}${unit}`;
  if (pay.period !== null)
    return `paid by the ${pay.period}${pay.currency === null ? '' : ` in ${pay.currency}`}`;
  return `paid in ${pay.currency}`;
}

export function queryParts(query: ParsedQuery): QueryPart[] {
  const parts: QueryPart[] = query.terms.map((term) => ({
    kind: 'term',
    label: `“${term.written ?? term.raw}”`,
    term,
  }));
  const places = query.places.map((place) => place.name);
  if (query.anyPlace && places.length > 1) parts.push({ kind: 'place', label: `in ${places.join(' or ')}` });
  else for (const name of places) parts.push({ kind: 'place', label: `in ${name}` });
  if (query.seniorities.length > 0) parts.push({ kind: 'level', label: query.seniorities.join(' or ') });
  if (query.workplaces.length > 0) parts.push({ kind: 'workplace', label: query.workplaces.join(' or ') });
  if (query.employmentTypes.length > 0)
    parts.push({ kind: 'employment', label: query.employmentTypes.join(' or ') });
  if (query.companies.length > 0 || query.unknownCompany !== null)
    parts.push({
      kind: 'company',
      label: `at ${[...query.companies, ...(query.unknownCompany === null ? [] : [query.unknownCompany])].join(' or ')}`,
    });
  if (query.pay !== null) parts.push({ kind: 'pay', label: describePay(query) });
  if (query.posted !== null)
    parts.push({ kind: 'posted', label: `posted ${query.posted.text.replace(/^posted /, '')}` });
  if (query.exclusions.length > 0)
    parts.push({
      kind: 'exclusion',
      label: query.exclusions.map((term) => `not ${term.written ?? term.raw}`).join(', '),
    });
  return parts;
}

/** Evaluates every part of the query against every posting of the catalog. */
export function evaluateQuery(catalog: Catalog, query: ParsedQuery): MatchEvaluation {
  const parts = queryParts(query);
  const size = catalog.postings.length;
  const cache = wordMasksOf(catalog);
  const placeList = placeStates(catalog, query);
  const { currency, fromPlace } = payCurrency(query);
  const currencies = new Set<string>();
  let rates = 0;
  let placeIndex = 0;
  const titleHits: Uint8Array[] = [];
  const states = parts.map((part): Uint8Array => {
    switch (part.kind) {
      case 'term': {
        const titled = new Uint8Array(size);
        titleHits.push(titled);
        return termStates(catalog, part.term!, cache, titled);
      }
      case 'place':
        return placeList[placeIndex++] ?? new Uint8Array(size);
      case 'level':
        return levelStates(catalog, query);
      case 'workplace':
        return fieldStates(catalog, (posting) =>
          posting.workplace === null ? UNKNOWN : query.workplaces.includes(posting.workplace) ? YES : NO,
        );
      case 'employment':
        return fieldStates(catalog, (posting) =>
          posting.employmentType === null
            ? UNKNOWN
            : query.employmentTypes.includes(posting.employmentType)
              ? YES
              : NO,
        );
      case 'company':
        return fieldStates(catalog, (posting) =>
          posting.company !== null && query.companies.includes(posting.company) ? YES : NO,
        );
      case 'pay':
        return fieldStates(catalog, (posting) => {
          const state = payState(posting, query, currency);
          if (state === YES && posting.salary !== null) currencies.add(posting.salary.currency);
          if (
            state === UNKNOWN &&
            query.pay?.period === null &&
            !CONVERTIBLE.has(posting.salary?.period ?? 'year')
          )
            rates++;
          return state;
        });
      case 'posted': {
        const { from, to } = query.posted!;
        return fieldStates(catalog, (posting) =>
          posting.postedAt === null
            ? UNKNOWN
            : (from === null || posting.postedAt >= from) && (to === null || posting.postedAt <= to)
              ? YES
              : NO,
        );
      }
      default:
        return excludedState(catalog, query);
    }
  });
  const matches: number[] = [];
  // Closed roles (past `validThrough`, or `closedAt` set when gone from their board) stay in history but are
  // not matches unless the query asks for them ("closed", "expired"), judged at the query's own time.
  const includeClosed = query.includeClosed === true;
  const today = (query.asOf === undefined ? new Date() : new Date(query.asOf)).toISOString().slice(0, 10);
  if (parts.some((part) => part.kind !== 'exclusion')) {
    outer: for (let position = 0; position < size; position++) {
      if (!includeClosed && !isOpenOnDay(catalog.postings[position]!, today)) continue;
      for (const list of states) if (list[position] !== YES) continue outer;
      matches.push(position);
    }
  }
  // With matches, every part is satisfied by at least them; the exact counts are only needed to say which
  // part found nothing, so at 100,000 postings they are not counted for every query.
  const counts = states.map((list) => {
    if (matches.length > 0) return matches.length;
    let count = 0;
    for (let position = 0; position < size; position++) if (list[position] === YES) count++;
    return count;
  });
  return {
    parts,
    states,
    matches,
    counts,
    titleHits,
    pay: { currencies: [...currencies].sort(), currency, fromPlace, rates },
  };
}

/** Whether one near-miss state of a part is worth showing (and under which heading). */
export function nearMissHeading(part: QueryPart, state: number, query: ParsedQuery): string | null {
  switch (part.kind) {
    case 'term':
      if (state !== TEXT_ONLY) return null;
      // A word that had to be in the title may sit in the skills; one that could be anywhere in the labels is only in the text.
      return part.term?.where === 'labels'
        ? `Mention ${part.label} only in the text`
        : `Mention ${part.label}, but not in the title`;
    case 'place':
      return state === NO
        ? 'Also in other places'
        : state === UNKNOWN
          ? 'Do not say where they are based'
          : null;
    case 'level':
      return state === UNKNOWN ? 'Do not state a level' : null;
    case 'workplace':
      return state === UNKNOWN ? `Do not say whether they are ${query.workplaces.join(' or ')}` : null;
    case 'employment':
      return state === UNKNOWN ? 'Do not state the employment type' : null;
    case 'pay':
      return state === UNKNOWN ? 'State no pay that compares' : null;
    case 'posted':
      return state === UNKNOWN ? 'Undated' : null;
    default:
      return null;
  }
}

/** Positions that miss exactly one part, in a way worth telling, grouped by what they miss. */
export function nearMissPositions(
  evaluation: MatchEvaluation,
  query: ParsedQuery,
): { heading: string; part: number; positions: number[] }[] {
  const { parts, states } = evaluation;
  if (parts.length < 2 && parts[0]?.kind !== 'term') return [];
  const groups = new Map<string, { heading: string; part: number; positions: number[] }>();
  const size = states[0]?.length ?? 0;
  for (let position = 0; position < size; position++) {
    let missed = -1;
    let misses = 0;
    for (let part = 0; part < states.length && misses < 2; part++) {
      if (states[part]![position] !== YES) {
        missed = part;
        misses++;
      }
    }
    if (misses !== 1) continue;
    const heading = nearMissHeading(parts[missed]!, states[missed]![position]!, query);
    if (heading === null) continue;
    const group = groups.get(heading) ?? { heading, part: missed, positions: [] };
    group.positions.push(position);
    groups.set(heading, group);
  }
  return [...groups.values()];
}

/** The one match test for a single posting of a catalog: what digests and subscriptions ask. */
export function matchingIds(catalog: Catalog, query: ParsedQuery): Set<string> {
  return new Set(evaluateQuery(catalog, query).matches.map((position) => catalog.postings[position]!.id));
}
