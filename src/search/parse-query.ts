import type { EmploymentType, Seniority, Workplace } from '../model/posting.ts';
import { normalisePlaceName } from '../places/normalise-place.ts';
import { lookupPlace } from '../places/places.ts';
import { findQueryPlace, type QueryPlace } from '../places/query-place.ts';
import { placeKey, queryPlaceKey } from './location-keys.ts';
import { foldAccents, STOP_WORDS, singular } from './normalize-term.ts';
import { type DateFilter, type PayFilter, takePay, takePosted } from './query-filters.ts';
import {
  ABBREVIATIONS,
  COUNTRY_AREAS,
  COUNTRY_NAMES,
  EMPLOYMENT_WORDS,
  QUERY_FILLER,
  SENIORITY_WORDS,
  SYNONYM_GROUPS,
  WORKPLACE_WORDS,
} from './query-vocabulary.ts';
import { ROLE_NOUNS } from './role-nouns.ts';
import { correctWord, type WordKnowledge, wordKnowledge } from './typo-correction.ts';

export type { DateFilter, PayFilter } from './query-filters.ts';

/** A place the query named, resolved through the gazetteer. Keys are lower case for matching. */
export interface PlaceConstraint {
  /** The words the user typed ("nyc"). */
  raw: string;
  /** Display name ("New York"). */
  name: string;
  kind: 'city' | 'region' | 'country';
  /** Keys of the constraint index that a posting location must carry one of (`city:london|GB`, `country:GB`). */
  keys: string[];
  /** The country the place lies in, when it is one (for reading a pay figure in its currency). */
  country?: string | null;
  /** The gazetteer's reading of the place, when the shared place reader found it. */
  place?: QueryPlace;
}

/** Kept for callers of the first version: the floor of `pay`, in a year, when it has one. */
export interface SalaryFloor {
  amount: number;
  /** ISO 4217 when the query named one (`£80k` -> GBP); null when it did not. */
  currency: string | null;
}

/**
 * Where a term must be found for a posting to match it:
 * - `title`: a word naming the occupation ("engineer", "nurse") is in the title;
 * - `name`: a word qualifying an occupation ("data" in "data engineer") is in the title or team;
 * - `labels`: a word on its own ("scala", "payments") is in the title, team, company or skills;
 * - `skill`: a skill the query asks for ("needs Scala") is in the skills or the title.
 * Text-only mentions are near misses, except for words no posting's labels carry at all ("kipp", "serving"):
 * those are topics, and the text is where a topic lives.
 */
export type TermField = 'title' | 'name' | 'labels' | 'skill';

/** One free-text term and the words that count as the same thing (synonyms, expansions). */
export interface QueryTerm {
  /** As the user typed it, lower case, after typo correction ("mle"). */
  raw: string;
  /** The words as the user wrote them, lower case ("kubernetes", "engineers"), for quoting back. */
  written?: string;
  /** Alternatives, each a phrase of one or more words ("machine learning engineer"). */
  alternatives: string[];
  where: TermField;
}

/**
 * What a query says, read once and shared by search, answers, subscriptions and digests.
 *
 * STABLE CONTRACT (answers engineer and others build on it): fields are only ever added, never renamed or
 * retyped. `salaryFloor` is the first version's floor and stays, derived from `pay`.
 */
export interface ParsedQuery {
  /** The input as searched (after trimming, cutting to the length limit, removing Slack markup). */
  text: string;
  /** Role words: every one must match the posting's role. */
  terms: QueryTerm[];
  /** Places: every one must contain one of the posting's places (or any one, when `anyPlace`). */
  places: PlaceConstraint[];
  /** True for "london or berlin": one of the places is enough. */
  anyPlace: boolean;
  /** Levels asked for; one of them must hold. */
  seniorities: Seniority[];
  workplaces: Workplace[];
  employmentTypes: EmploymentType[];
  /** Company names as they appear in the catalog. */
  companies: string[];
  /** A company the query named with "at X" that no posting has: nothing can match it. */
  unknownCompany: string | null;
  /** Words the user excluded (`-manager`, `not senior`, `no remote`): a posting whose labels carry one is left out. */
  exclusions: QueryTerm[];
  pay: PayFilter | null;
  /** The floor of `pay` (kept from the first version of this type). */
  salaryFloor: SalaryFloor | null;
  posted: DateFilter | null;
  /** Misspellings read as catalog words ("enginer" -> "engineer"), to quote back. */
  corrections: { from: string; to: string }[];
  notes: string[];
  /** "closed", "expired": roles past their closing date or gone from their board count too. */
  includeClosed?: boolean;
  /** The instant the query was read at (ISO): what "closed" and "this week" are judged against. */
  asOf?: string;
}

/** Longer input is cut: nobody types a 500-character search, and a pasted page would make search crawl. */
export const MAX_QUERY_LENGTH = 500;
/** Multi-word phrases (places, synonyms, companies) are recognised up to this many words. */
const MAX_PHRASE_WORDS = 4;
/** Short words are places only when they are these, written in capitals, or after "in": "me", "or" are not. */
const SHORT_PLACE_WORDS: ReadonlySet<string> = new Set([
  'us',
  'uk',
  'la',
  'sf',
  'ny',
  'dc',
  'eu',
  'kl',
  'sg',
  'nyc',
  'ldn',
  'blr',
  'hk',
]);

/** What the query reader needs to know about the catalog: its companies, places and words. */
export interface QueryVocabulary {
  /** Company names by placeKey of the name. */
  companyKeys: ReadonlyMap<string, string>;
  placeKeys: ReadonlySet<string>;
  /** Label words (title, team, company, skills) -> the postings that carry them; a catalog has these. */
  constraints?: { labelWord: ReadonlyMap<string, ArrayLike<number>> };
  /** The search index, to tell whether a word occurs anywhere in the catalog. */
  index?: unknown;
}

export interface ParseOptions {
  /** What "this week" and "posted in March" are counted from. Default: the current time. */
  now?: Date;
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

/** Phrase -> every phrase that means the same; abbreviations add their expansions one way only. */
const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  const add = (phrase: string, others: readonly string[]) =>
    map.set(phrase, [...new Set([...(map.get(phrase) ?? [phrase]), ...others])]);
  for (const group of SYNONYM_GROUPS) for (const phrase of group) add(phrase, group);
  for (const [short, expansions] of Object.entries(ABBREVIATIONS)) add(short, expansions);
  return map;
})();

const AREA_KEYS: ReadonlySet<string> = new Set(Object.values(COUNTRY_AREAS).flat());
const COUNTRY_KEYS: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRY_NAMES).map(([code, name]) => [placeKey(name), code]),
);

const SKILL_MARKERS = /^(?:needs?|needing|requires?|requiring|knows?|knowing|using|uses|with|in|skills?)$/;

function termOf(phrase: string, where: TermField, written = phrase): QueryTerm {
  return { raw: phrase, written, alternatives: [...(SYNONYMS.get(phrase) ?? [phrase])], where };
}

/** Hyphenated and spaced compounds whose first word is a stop word ("on-site") become one word first. */
function joinCompounds(text: string): string {
  return (
    text
      .replace(/\bon[- ]?site\b/g, 'onsite')
      .replace(/\bin[- ]office\b/g, 'onsite')
      .replace(/\bwork(ing)? from home\b/g, 'remote')
      .replace(/\bfull[- ]time\b/g, 'fulltime')
      .replace(/\bpart[- ]time\b/g, 'parttime')
      .replace(/\bfront[- ]end\b/g, 'frontend')
      .replace(/\bback[- ]end\b/g, 'backend')
      .replace(/\bfull[- ]stack\b/g, 'fullstack')
      .replace(/\b(entry|mid)[- ]level\b/g, '$1')
      .replace(/\bdev[- ]ops\b/g, 'devops')
      // "be"/"fe" abbreviate backend/frontend only before an occupation ("be developer"); "be" is otherwise a stop word.
      .replace(/\bbe (?=(?:developer|engineer|dev|eng)s?\b)/g, 'backend ')
      .replace(/\bfe (?=(?:developer|engineer|dev|eng)s?\b)/g, 'frontend ')
  );
}

/** Exclusions: `-word`, `not word`, `no word`, `without word`, `excluding word`, `except word`. */
function takeExclusions(text: string): { words: string[]; rest: string } {
  const words: string[] = [];
  const rest = text.replace(
    /(^|\s)(?:-|not\s+|no\s+|non[- ]|without\s+|excluding\s+|except\s+)([\p{L}\p{N}+#]+)/giu,
    (_match, lead: string, word: string) => {
      words.push(word.toLowerCase());
      return lead;
    },
  );
  return { words, rest };
}

/** The field IT, as a role word; `normalizeTerm` keeps "IT" in capitals, in titles and in the query alike. */
const IT_FIELD = 'IT';
/** Words that "it" directly before names the field: "it support", "it helpdesk", "it service desk". */
const IT_FIELD_NEXT =
  /^(?:support|helpdesk|help|service|desk|infrastructure|security|operations|ops|networks?|systems?|roles?|jobs?)$/;

/**
 * Whether "it" means the field, not the pronoun. It does when written "IT" in a query that is not all in
 * capitals ("IT roles", "jobs in IT"), or when it directly precedes an occupation or a word of the field
 * ("it manager", "it support", "it helpdesk"). "is it remote?" and "IS IT REMOTE?" are the pronoun: nothing
 * searches for "it" there.
 */
function isInformationTechnology(next: string | undefined, original: string): boolean {
  if (/\bIT\b/.test(original) && /\p{Ll}/u.test(original)) return true;
  if (next === undefined) return false;
  const word = next.toLowerCase();
  return ROLE_NOUNS.has(singular(word)) || IT_FIELD_NEXT.test(word);
}

function isNoise(word: string): boolean {
  return STOP_WORDS.has(word) || QUERY_FILLER.has(word) || QUERY_FILLER.has(singular(word));
}

/** "IN" or "DE" written in capitals is a country code, though "in" and "de" are words. */
function isUpperCaseCode(word: string, original: string): boolean {
  return word.length <= 3 && new RegExp(String.raw`\b${word.toUpperCase()}\b`).test(original);
}

function titleCase(text: string): string {
  return text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

/**
 * The place a phrase names, or null. A word that is better read as a role word (it is in the catalog's titles
 * or is an ordinary word such as "home", and was not written after "in") is not a place.
 */
function placeConstraint(
  raw: string,
  vocabulary: QueryVocabulary,
  original: string,
  knowledge: WordKnowledge,
  afterIn: boolean,
): PlaceConstraint | null {
  const key = placeKey(raw);
  if (key.length === 0 || STOP_WORDS.has(key) || QUERY_FILLER.has(key)) return null;
  const isShort = key.length <= 3 && !key.includes(' ');
  if (isShort && !SHORT_PLACE_WORDS.has(key) && !isUpperCaseCode(key, original) && !afterIn) return null;
  if (!afterIn && !key.includes(' ') && !SHORT_PLACE_WORDS.has(key) && knowledge.isRoleWord(key)) return null;
  // The shared place reader first (the parser's gazetteer and aliases), then the older small list.
  const words = key.split(' ');
  const shared = findQueryPlace(words, 0);
  if (shared !== null && shared.words === words.length && (afterIn || !shared.alsoARoleWord)) {
    return {
      raw,
      name: shared.label,
      kind: shared.kind === 'area' ? 'region' : shared.kind,
      keys: [queryPlaceKey(shared)],
      country: shared.country,
      place: shared,
    };
  }
  const place = lookupPlace(raw);
  if (place !== null) {
    const keys = new Set([placeKey(place.name), ...place.aliases.map(placeKey)]);
    if (place.kind === 'country' && place.country !== null) {
      const name = COUNTRY_NAMES[place.country];
      // A country's code collides with region codes ("CA" is Canada and California): use its name when known.
      if (name !== undefined) keys.add(placeKey(name));
      else keys.add(placeKey(place.country));
    } else keys.add(key);
    if (place.kind === 'country')
      for (const alias of [...keys])
        if (alias.length === 2 && COUNTRY_NAMES[place.country ?? ''] !== undefined) keys.delete(alias);
    return { raw, name: place.name, kind: place.kind, keys: [...keys] };
  }
  const countryCode =
    COUNTRY_KEYS.get(key) ?? (COUNTRY_NAMES[key.toUpperCase()] !== undefined ? key.toUpperCase() : undefined);
  if (
    countryCode !== undefined &&
    (key.length > 2 || isUpperCaseCode(key, original) || afterIn || SHORT_PLACE_WORDS.has(key))
  ) {
    const name = COUNTRY_NAMES[countryCode]!;
    return { raw, name, kind: 'country', keys: [placeKey(name)] };
  }
  if (AREA_KEYS.has(key) || (!isShort && vocabulary.placeKeys.has(key))) {
    return { raw, name: titleCase(raw), kind: AREA_KEYS.has(key) ? 'region' : 'city', keys: [key] };
  }
  return null;
}

/**
 * A city followed by the country or region it lies in is one place: "perth uk" is Perth in the United Kingdom,
 * not Perth, Australia and also the UK (which nothing could be). Null when the second place is not a country
 * or region, or the first not a city.
 */
function cityWithin(city: PlaceConstraint, wider: PlaceConstraint): PlaceConstraint | null {
  if (city.kind !== 'city' || (wider.kind !== 'country' && wider.kind !== 'region')) return null;
  const country =
    wider.place?.country ??
    wider.country ??
    (wider.kind === 'country' ? COUNTRY_KEYS.get(placeKey(wider.name)) : null);
  if (country == null) return null;
  const name = normalisePlaceName(city.place?.city ?? city.name);
  return {
    raw: `${city.raw} ${wider.raw}`,
    name: `${city.place?.city ?? city.name}, ${wider.name}`,
    kind: 'city',
    keys: [`city:${name}|${country}`],
    country,
  };
}

function companyOf(phrase: string, vocabulary: QueryVocabulary): string | null {
  return vocabulary.companyKeys.get(placeKey(phrase)) ?? null;
}

/** Word -> Seniority for words that name a level; "manager" and "director" are occupations, not levels. */
function seniorityOf(word: string): Seniority | undefined {
  return SENIORITY_WORDS[word];
}

interface Word {
  text: string;
  afterIn: boolean;
  skill: boolean;
  /** Written after "or": "engineer or developer" is one role word with two alternatives. */
  or: boolean;
}

/** Reads a search query into role words, places and filters. Never throws. */
export function parseQuery(
  input: string,
  vocabulary: QueryVocabulary,
  options: ParseOptions = {},
): ParsedQuery {
  const notes: string[] = [];
  let text = stripSlackMarkup(input).replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH);
    notes.push(`Your search was long, so only its first ${MAX_QUERY_LENGTH} characters were used.`);
  }
  const original = foldAccents(text);
  const knowledge = wordKnowledge(vocabulary);
  const lower = original.toLowerCase().replace(/[‘’`]/g, "'");
  const { posted, rest: withoutDate } = takePosted(lower, options.now ?? new Date());
  const { pay, rest: withoutPay } = takePay(withoutDate, {
    original,
    isLabelWord: (word) => knowledge.isOrdinary(word) || vocabulary.constraints?.labelWord.has(word) === true,
  });
  // "closed" and "expired" widen the search to closed roles; they are not role words.
  const closedWords = /\b(?:closed|expired|(?:incl(?:uding)?\.?|with) closed(?: roles)?)\b/g;
  const includeClosed = closedWords.test(withoutPay);
  const withoutClosed = includeClosed ? withoutPay.replace(closedWords, ' ') : withoutPay;
  const { words: excludedWords, rest: withoutExclusions } = takeExclusions(joinCompounds(withoutClosed));
  const parsed: ParsedQuery = {
    text,
    terms: [],
    places: [],
    anyPlace: false,
    seniorities: [],
    workplaces: [],
    employmentTypes: [],
    companies: [],
    unknownCompany: null,
    exclusions: excludedWords.map((word) => {
      // A level, workplace or employment word excludes that value, as the posting's fields state it.
      const value = EMPLOYMENT_WORDS[word] ?? WORKPLACE_WORDS[word] ?? SENIORITY_WORDS[word];
      const term = termOf(singular(word), 'labels', word);
      return value === undefined ? term : { ...term, alternatives: [...term.alternatives, value] };
    }),
    pay,
    salaryFloor: pay?.min != null ? { amount: pay.min, currency: pay.currency } : null,
    posted,
    corrections: [],
    notes,
    includeClosed,
    asOf: (options.now ?? new Date()).toISOString(),
  };

  // "at Acme": a company, known or not. An unknown one is kept, so the search says nobody there is hiring.
  let rest = withoutExclusions.replace(
    /\b(?:at|for|with)\s+([\p{L}\p{N}&.'-]+(?:\s+[\p{L}\p{N}&.'-]+){0,3})/gu,
    (match, name: string) => {
      const words = name.split(' ');
      for (let length = words.length; length >= 1; length--) {
        const company = companyOf(words.slice(0, length).join(' '), vocabulary);
        if (company !== null) {
          if (!parsed.companies.includes(company)) parsed.companies.push(company);
          return ` ${words.slice(length).join(' ')}`;
        }
      }
      return match;
    },
  );
  const unknownAt = /\bat\s+([A-Z][\p{L}\p{N}&.'-]*)/u.exec(original);
  if (unknownAt?.[1] !== undefined && parsed.companies.length === 0) {
    const name = unknownAt[1];
    const key = placeKey(name);
    if (lookupPlace(name) === null && !knowledge.isKnown(key) && !isNoise(key)) {
      parsed.unknownCompany = name;
      rest = rest.replace(new RegExp(String.raw`\bat\s+${key}\b`), ' ');
    }
  }
  if (/\bor\b/.test(rest)) parsed.anyPlace = true;

  const words: Word[] = [];
  let afterIn = false;
  let skill = false;
  let or = false;
  const tokens = rest.split(/[^\p{L}\p{N}+#']+/u).filter((token) => token.length > 0);
  for (const [index, token] of tokens.entries()) {
    const word = token.replace(/'s$|'/g, '');
    if (word.length === 0) continue;
    if (word === 'it' && isInformationTechnology(tokens[index + 1], original)) {
      words.push({ text: IT_FIELD, afterIn, skill: skill && afterIn, or });
      afterIn = false;
      skill = false;
      or = false;
      continue;
    }
    if (word === 'or') {
      or = words.length > 0;
      continue;
    }
    if (/^(?:in|near|around|from)$/.test(word)) {
      afterIn = true;
      if (word === 'in') skill = true;
      continue;
    }
    if (SKILL_MARKERS.test(word)) {
      skill = true;
      continue;
    }
    if (isNoise(word) && !isUpperCaseCode(word, original)) continue;
    words.push({ text: word, afterIn, skill: skill && word !== 'in', or });
    afterIn = false;
    skill = false;
    or = false;
  }

  // Typos: a word nobody wrote anywhere in the catalog, and no dictionary word, may be a misspelt catalog word.
  for (const word of words) {
    const corrected = correctWord(word.text, knowledge);
    if (corrected !== null) {
      parsed.corrections.push({ from: word.text, to: corrected });
      word.text = corrected;
    }
  }
  if (parsed.corrections.length > 0) {
    notes.push(`Read ${parsed.corrections.map(({ from, to }) => `“${from}” as “${to}”`).join(', ')}.`);
  }

  const addUnique = <T>(list: T[], value: T) => {
    if (!list.includes(value)) list.push(value);
  };
  const terms: { phrase: string; written: string; skill: boolean; or: boolean }[] = [];
  let position = 0;
  const placeSpans: { place: PlaceConstraint; end: number }[] = [];
  while (position < words.length) {
    let consumed = 0;
    for (let length = Math.min(MAX_PHRASE_WORDS, words.length - position); length >= 1; length--) {
      const span = words.slice(position, position + length);
      const written = span.map((word) => word.text);
      const phrase = written.map(singular).join(' ');
      const first = span[0]!;
      const workplace = WORKPLACE_WORDS[phrase];
      const employment = EMPLOYMENT_WORDS[phrase];
      const seniority = length === 1 ? seniorityOf(phrase) : undefined;
      const company = companyOf(phrase, vocabulary);
      const next = words[position + length];
      // "be"/"fe" abbreviate backend/frontend only before an occupation ("be developer").
      const abbreviation =
        length === 1 &&
        (phrase === 'fe' || phrase === 'be') &&
        next !== undefined &&
        ROLE_NOUNS.has(singular(next.text));
      if (workplace !== undefined) addUnique(parsed.workplaces, workplace);
      else if (employment !== undefined && (length > 1 || seniority === undefined))
        addUnique(parsed.employmentTypes, employment);
      else if (seniority !== undefined) addUnique(parsed.seniorities, seniority);
      else if (company !== null && !(length === 1 && knowledge.isOrdinary(phrase) && !first.afterIn))
        addUnique(parsed.companies, company);
      else if (length > 1 && SYNONYMS.has(phrase))
        terms.push({ phrase, written: written.join(' '), skill: first.skill, or: first.or });
      else {
        const place =
          length === 1 && SYNONYMS.has(phrase) && !first.afterIn
            ? null
            : placeConstraint(written.join(' '), vocabulary, original, knowledge, first.afterIn);
        if (place !== null) {
          const previous = placeSpans[placeSpans.length - 1];
          const within =
            previous !== undefined && previous.end === position && !first.or
              ? cityWithin(previous.place, place)
              : null;
          if (within !== null) {
            // "perth uk", "boston lincolnshire": the city of that name in the country named after it.
            parsed.places[parsed.places.indexOf(previous!.place)] = within;
            previous!.place = within;
            previous!.end = position + length;
          } else if (!parsed.places.some((known) => known.name === place.name)) {
            parsed.places.push(place);
            placeSpans.push({ place, end: position + length });
          }
        } else if (length === 1) {
          const kept = abbreviation ? (phrase === 'fe' ? 'frontend' : 'backend') : phrase;
          if (!STOP_WORDS.has(kept) && !terms.some((term) => term.phrase === kept))
            terms.push({
              phrase: kept,
              written: kept === phrase ? first.text : kept,
              skill: first.skill,
              or: first.or,
            });
        } else continue;
      }
      consumed = length;
      break;
    }
    position += Math.max(consumed, 1);
  }
  if (parsed.places.length < 2) parsed.anyPlace = false;

  // An occupation in the query makes the other role words name it: "data engineer" wants "data" in the title.
  const namesOccupation = terms.some(({ phrase }) => isOccupation(phrase));
  for (const { phrase, written, skill: asSkill, or: either } of terms) {
    const where: TermField = isOccupation(phrase)
      ? 'title'
      : asSkill
        ? 'skill'
        : namesOccupation
          ? 'name'
          : 'labels';
    const term =
      phrase === IT_FIELD
        ? { raw: 'it', written: IT_FIELD, alternatives: [IT_FIELD, 'information technology'], where }
        : termOf(phrase, where, written);
    const previous = parsed.terms[parsed.terms.length - 1];
    if (either && previous !== undefined) {
      // "engineer or developer": either word will do. The looser of the two places to look is kept.
      previous.raw = `${previous.raw} or ${term.raw}`;
      previous.written = `${previous.written ?? previous.raw} or ${term.written ?? term.raw}`;
      previous.alternatives = [...new Set([...previous.alternatives, ...term.alternatives])];
      if (previous.where !== term.where)
        previous.where = previous.where === 'title' ? term.where : previous.where;
    } else parsed.terms.push(term);
  }
  return parsed;
}

/** Whether a phrase, or one of its expansions ("ds" -> "data scientist"), names an occupation. */
function isOccupation(phrase: string): boolean {
  const names = (alternative: string) => alternative.split(' ').some((word) => ROLE_NOUNS.has(word));
  return (SYNONYMS.get(phrase) ?? [phrase]).some(names) || names(phrase);
}
