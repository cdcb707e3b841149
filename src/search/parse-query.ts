import type { EmploymentType, Seniority, Workplace } from '../model/posting.ts';
import { lookupPlace } from '../places/places.ts';
import { placeKey } from './location-keys.ts';
import { foldAccents, STOP_WORDS, singular } from './normalize-term.ts';
import {
  COUNTRY_AREAS,
  COUNTRY_NAMES,
  CURRENCY_WORDS,
  EMPLOYMENT_WORDS,
  QUERY_FILLER,
  SENIORITY_WORDS,
  SYNONYM_GROUPS,
  WORKPLACE_WORDS,
} from './query-vocabulary.ts';

/** A place the query named, resolved through the gazetteer. Keys are lower case for matching. */
export interface PlaceConstraint {
  /** The words the user typed ("nyc"). */
  raw: string;
  /** Display name ("New York"). */
  name: string;
  kind: 'city' | 'region' | 'country';
  /** Lower-case keys that a posting location must carry one of (city, region, country code or name). */
  keys: string[];
}

export interface SalaryFloor {
  amount: number;
  /** ISO 4217 when the query named one (`£80k` -> GBP); null compares against every currency. */
  currency: string | null;
}

/** One free-text term and the words that count as the same thing (synonyms, expansions). */
export interface QueryTerm {
  /** As the user typed it, lower case ("mle"). */
  raw: string;
  /** Alternatives, each a phrase of one or more words ("machine learning engineer"). */
  alternatives: string[];
}

export interface ParsedQuery {
  /** The input as searched (after trimming, cutting to the length limit, removing Slack markup). */
  text: string;
  terms: QueryTerm[];
  places: PlaceConstraint[];
  seniorities: Seniority[];
  workplaces: Workplace[];
  employmentTypes: EmploymentType[];
  /** Company names as they appear in the catalog. */
  companies: string[];
  /** Words the user excluded (`-manager`, `not contract`): a posting whose labels carry one is left out. */
  exclusions: QueryTerm[];
  salaryFloor: SalaryFloor | null;
  notes: string[];
}

/** Longer input is cut: nobody types a 500-character search, and a pasted page would make search crawl. */
export const MAX_QUERY_LENGTH = 500;
/** Multi-word phrases (places, synonyms, companies) are recognised up to this many words. */
const MAX_PHRASE_WORDS = 4;
/** Two-letter words are read as places only when they are these; "in", "it", "me", "or" are not places here. */
const SHORT_PLACE_WORDS: ReadonlySet<string> = new Set(['us', 'uk', 'la', 'sf', 'ny', 'dc', 'eu']);

/** What the query reader needs to know about the catalog: its companies and the places its postings name. */
export interface QueryVocabulary {
  /** Company names by placeKey of the name. */
  companyKeys: ReadonlyMap<string, string>;
  placeKeys: ReadonlySet<string>;
}

/** Removes Slack markup, keeping the words a person sees: `<https://x|label>` -> label, `<@U123>` -> nothing. */
export function stripSlackMarkup(text: string): string {
  return text
    .replace(/<([^<>|]*)\|([^<>]*)>/g, (_match, _target: string, label: string) => ` ${label} `)
    .replace(/<[@#!][^<>]*>/g, ' ')
    .replace(/<(https?:\/\/|mailto:)[^<>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of SYNONYM_GROUPS) {
    for (const phrase of group) {
      const existing = map.get(phrase) ?? [];
      map.set(phrase, [...new Set([...existing, ...group])]);
    }
  }
  return map;
})();

const AREA_KEYS: ReadonlySet<string> = new Set(Object.values(COUNTRY_AREAS).flat());
const COUNTRY_KEYS: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRY_NAMES).map(([code, name]) => [placeKey(name), code]),
);

const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m)?`;
const CURRENCY = String.raw`(\$|£|€|₹|¥|us\$|c\$|ca\$|s\$|a\$|usd|gbp|eur|euros?|cad|inr|sgd|aud|chf|jpy)`;
const FLOOR_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`(?:over|above|more than|at least|minimum(?: of)?|min|>=?|from|paying|pays)\s*${CURRENCY}?\s*${AMOUNT}\s*${CURRENCY}?\+?`,
    'iu',
  ),
  new RegExp(String.raw`${CURRENCY}?\s*${AMOUNT}\s*${CURRENCY}?\s*\+(?![\p{L}\p{N}])`, 'iu'),
];

function toAmount(number: string, unit: string | undefined): number {
  const value = Number(number.replaceAll(',', ''));
  if (unit?.toLowerCase() === 'k') return value * 1_000;
  if (unit?.toLowerCase() === 'm') return value * 1_000_000;
  // "over 200" in a job search means thousands; real yearly figures are never that small.
  return value < 1_000 ? value * 1_000 : value;
}

function takeSalaryFloor(text: string): { floor: SalaryFloor | null; rest: string } {
  for (const pattern of FLOOR_PATTERNS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const [whole, before, number, unit, after] = match;
    if (number === undefined) continue;
    // A bare "+" after a small number without "k" ("c++", "3+ years") is not a salary.
    if (pattern === FLOOR_PATTERNS[1] && unit === undefined && before === undefined && after === undefined)
      continue;
    const symbol = (before ?? after)?.toLowerCase();
    const currency = symbol === undefined ? null : (CURRENCY_WORDS[symbol] ?? null);
    return {
      floor: { amount: toAmount(number, unit), currency },
      rest: `${text.slice(0, match.index)} ${text.slice(match.index + whole.length)}`,
    };
  }
  return { floor: null, rest: text };
}

function termOf(phrase: string): QueryTerm {
  return { raw: phrase, alternatives: [...(SYNONYMS.get(phrase) ?? [phrase])] };
}

function takeExclusions(text: string): { exclusions: QueryTerm[]; rest: string } {
  const exclusions: QueryTerm[] = [];
  const rest = text.replace(
    /(^|\s)(?:-|not\s+|no\s+|without\s+|excluding\s+|except\s+)([\p{L}\p{N}+#]+)/giu,
    (_match, lead: string, word: string) => {
      exclusions.push(termOf(word.toLowerCase()));
      return lead;
    },
  );
  return { exclusions, rest };
}

function placeConstraint(raw: string, vocabulary: QueryVocabulary, original: string): PlaceConstraint | null {
  const key = placeKey(raw);
  if (key.length === 0 || STOP_WORDS.has(key) || QUERY_FILLER.has(key)) return null;
  const isShort = key.length <= 2;
  if (isShort && !SHORT_PLACE_WORDS.has(key) && !isUpperCaseCode(key, original)) return null;
  const place = lookupPlace(raw);
  if (place !== null) {
    const keys = new Set([placeKey(place.name), key, ...place.aliases.map(placeKey)]);
    if (place.kind === 'country' && place.country !== null) keys.add(placeKey(place.country));
    if (place.kind === 'country' && place.country !== null && COUNTRY_NAMES[place.country] !== undefined) {
      keys.add(placeKey(COUNTRY_NAMES[place.country]!));
    }
    return { raw, name: place.name, kind: place.kind, keys: [...keys] };
  }
  const countryCode =
    COUNTRY_KEYS.get(key) ?? (COUNTRY_NAMES[key.toUpperCase()] !== undefined ? key.toUpperCase() : undefined);
  if (countryCode !== undefined) {
    const name = COUNTRY_NAMES[countryCode]!;
    return { raw, name, kind: 'country', keys: [placeKey(name), placeKey(countryCode)] };
  }
  if (AREA_KEYS.has(key) || (!isShort && vocabulary.placeKeys.has(key))) {
    return { raw, name: titleCase(raw), kind: AREA_KEYS.has(key) ? 'region' : 'city', keys: [key] };
  }
  return null;
}

/** Hyphenated and spaced compounds whose first word is a stop word ("on-site") become one word first. */
function joinCompounds(text: string): string {
  return text
    .replace(/\bon[- ]?site\b/g, 'onsite')
    .replace(/\bin[- ]office\b/g, 'onsite')
    .replace(/\bwork(ing)? from home\b/g, 'remote')
    .replace(/\bfull[- ]time\b/g, 'fulltime')
    .replace(/\bpart[- ]time\b/g, 'parttime');
}

function isNoise(word: string): boolean {
  return STOP_WORDS.has(word) || QUERY_FILLER.has(word) || QUERY_FILLER.has(singular(word));
}

/** "IN" or "DE" written in capitals is a country code, though "in" and "de" are words. */
function isUpperCaseCode(word: string, original: string): boolean {
  return word.length === 2 && new RegExp(String.raw`\b${word.toUpperCase()}\b`).test(original);
}

function titleCase(text: string): string {
  return text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

function companyOf(phrase: string, vocabulary: QueryVocabulary): string | null {
  const key = placeKey(phrase);
  return vocabulary.companyKeys.get(key) ?? null;
}

/** Reads a search query into free-text terms and structured constraints. Never throws. */
export function parseQuery(input: string, vocabulary: QueryVocabulary): ParsedQuery {
  const notes: string[] = [];
  let text = stripSlackMarkup(input).replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH);
    notes.push(`Your search was long, so only its first ${MAX_QUERY_LENGTH} characters were used.`);
  }
  const original = foldAccents(text);
  const { floor, rest: withoutFloor } = takeSalaryFloor(original.toLowerCase());
  const { exclusions, rest: withoutExclusions } = takeExclusions(withoutFloor);
  const rest = joinCompounds(withoutExclusions);
  const words = rest
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word.length > 0 && (!isNoise(word) || isUpperCaseCode(word, original)));

  const parsed: ParsedQuery = {
    text,
    terms: [],
    places: [],
    seniorities: [],
    workplaces: [],
    employmentTypes: [],
    companies: [],
    exclusions,
    salaryFloor: floor,
    notes,
  };
  const addUnique = <T>(list: T[], value: T) => {
    if (!list.includes(value)) list.push(value);
  };

  let position = 0;
  while (position < words.length) {
    let consumed = 0;
    for (
      let length = Math.min(MAX_PHRASE_WORDS, words.length - position);
      length >= 1 && consumed === 0;
      length--
    ) {
      const written = words.slice(position, position + length);
      const phrase = written.map(singular).join(' ');
      const workplace = WORKPLACE_WORDS[phrase];
      const employment = EMPLOYMENT_WORDS[phrase];
      const seniority = length === 1 ? SENIORITY_WORDS[phrase] : undefined;
      const company = companyOf(phrase, vocabulary);
      if (workplace !== undefined) addUnique(parsed.workplaces, workplace);
      else if (employment !== undefined && length > 1) addUnique(parsed.employmentTypes, employment);
      else if (seniority !== undefined) addUnique(parsed.seniorities, seniority);
      else if (employment !== undefined) addUnique(parsed.employmentTypes, employment);
      else if (company !== null) addUnique(parsed.companies, company);
      else if (length > 1 && SYNONYMS.has(phrase)) parsed.terms.push(termOf(phrase));
      else {
        const place =
          length === 1 && SYNONYMS.has(phrase)
            ? null
            : placeConstraint(written.join(' '), vocabulary, original);
        if (place !== null) {
          if (!parsed.places.some((known) => known.name === place.name)) parsed.places.push(place);
        } else if (length === 1 && !STOP_WORDS.has(phrase) && !QUERY_FILLER.has(phrase)) {
          if (!parsed.terms.some((term) => term.raw === phrase)) parsed.terms.push(termOf(phrase));
        } else if (length === 1) {
          // A stop word or filler: consumed, contributes nothing.
        } else continue;
      }
      consumed = length;
    }
    position += Math.max(consumed, 1);
  }
  return parsed;
}
