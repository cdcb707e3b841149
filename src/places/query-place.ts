import type { Location } from '../model/posting.ts';
import { metroOf } from './metro.ts';
import { normalisePlaceName } from './normalise-place.ts';
import {
  countryName,
  isRoleWord,
  type Reading,
  readingsOf,
  regionFullName,
  regionOfAdmin1,
} from './vocabulary.ts';

/**
 * Places in search queries, read with the same gazetteer and aliases as postings: "kl", "sg", "blr",
 * "ldn", "nyc", "bay area", "uk", "emea". And the one definition of a posting location being in a query's
 * place, which `src/search/location-keys.ts` mirrors as index keys.
 */

export interface QueryPlace {
  /** How many query words the place used. */
  words: number;
  /** What to show: "London", "Kuala Lumpur", "United States", "EMEA". */
  label: string;
  kind: 'city' | 'region' | 'country' | 'area';
  /** Set for a city. */
  city: string | null;
  /** Set for a region (as a Location carries it: "NY", "England", "Selangor") and for a city's region. */
  region: string | null;
  /** Set for a city, region or country; null for an area or for a city name shared across countries. */
  country: string | null;
  /** An area's countries (EMEA, APAC). */
  countries: string[] | null;
  /** The word is also a role or field word ("home", "care", "reading", "lead"): better read as that. */
  alsoARoleWord: boolean;
}

/** Query phrases are place names of at most this many words ("kuala lumpur", "new york city", "bosnia and herzegovina"). */
const MAX_WORDS = 5;
/** A one-word town smaller than this is more likely a word than the place meant ("java", "rust", "sales"). */
const MIN_QUERY_TOWN_POPULATION = 10_000;
/** When the largest town of a name is this many times the next one abroad, the name means it (London → GB). */
const DOMINANT_RATIO = 10;
/** Two-letter words that are English words before they are state or country codes. */
const SHORT_WORDS: ReadonlySet<string> = new Set(
  'in or me hi ok de oh on id co ma pa al is it at to be do go no so up we an as by if my of am ar ga la ne nd sd wa va mt'.split(
    ' ',
  ),
);
/** Short words that are places in a query all the same. */
const SHORT_PLACES: ReadonlySet<string> = new Set([
  'la',
  'us',
  'uk',
  'eu',
  'sf',
  'ny',
  'dc',
  'kl',
  'sg',
  'hk',
]);

function allowed(reading: Reading, phrase: string, words: number): boolean {
  if (phrase.length <= 2 && SHORT_WORDS.has(phrase) && !SHORT_PLACES.has(phrase)) return false;
  if (reading.via === 'town' && words === 1 && reading.population < MIN_QUERY_TOWN_POPULATION) return false;
  return true;
}

function rank(reading: Reading): number {
  const viaBonus = reading.via === 'alias' ? 0.5 : reading.via === 'district' ? 0.25 : 0;
  return Math.log10(Math.max(reading.population, 10)) + viaBonus;
}

function toQueryPlace(readings: readonly Reading[], words: number, phrase: string): QueryPlace {
  const sorted = [...readings].sort((a, b) => rank(b) - rank(a));
  const best = sorted[0]!;
  const alsoARoleWord = words === 1 && isRoleWord(phrase);
  if (best.kind === 'area') {
    return {
      words,
      label: best.region!,
      kind: 'area',
      city: null,
      region: best.region,
      country: null,
      countries: [...(best.countries ?? [])],
      alsoARoleWord,
    };
  }
  if (best.kind === 'country') {
    const label = countryName(best.country!) ?? best.country!;
    return {
      words,
      label,
      kind: 'country',
      city: null,
      region: null,
      country: best.country,
      countries: null,
      alsoARoleWord,
    };
  }
  if (best.kind === 'region') {
    const label = (best.country && best.region && regionFullName(best.country, best.region)) ?? best.region!;
    return {
      words,
      label,
      kind: 'region',
      city: null,
      region: best.region,
      country: best.country,
      countries: null,
      alsoARoleWord,
    };
  }
  // A city name shared by towns in several countries matches all of them unless one dominates.
  const abroad = sorted.find((r) => r.kind === 'city' && r.city === best.city && r.country !== best.country);
  const dominant = abroad === undefined || best.population >= abroad.population * DOMINANT_RATIO;
  return {
    words,
    label: best.city!,
    kind: 'city',
    city: best.city,
    region: dominant ? best.region : null,
    country: dominant ? best.country : null,
    countries: null,
    alsoARoleWord,
  };
}

/**
 * The longest place phrase starting at `words[start]` (lower-cased query words), or null. "kuala lumpur
 * jobs" at 0 gives Kuala Lumpur using 2 words; "kl" gives Kuala Lumpur; "emea" an area; "in" nothing.
 */
export function findQueryPlace(words: readonly string[], start: number): QueryPlace | null {
  for (let n = Math.min(MAX_WORDS, words.length - start); n >= 1; n--) {
    const phrase = normalisePlaceName(words.slice(start, start + n).join(' '));
    if (phrase.length === 0) continue;
    const readings = readingsOf(phrase).filter((r) => allowed(r, phrase, n));
    if (readings.length > 0) return toQueryPlace(readings, n, phrase);
  }
  return null;
}

const same = (a: string | null, b: string | null) =>
  a !== null && b !== null && normalisePlaceName(a) === normalisePlaceName(b);

/** A Location's region, with its full name and (for a UK county) its nation, for comparing with a query's region. */
export function regionNames(location: Location): string[] {
  if (location.region === null || location.country === null)
    return location.region === null ? [] : [location.region];
  const names = [location.region];
  const full = regionFullName(location.country, location.region);
  if (full !== null) names.push(full);
  // A UK county lies in its nation: a role in "York, North Yorkshire" is in England.
  if (location.country === 'GB') {
    const nation = readingsOf(normalisePlaceName(location.region)).find((r) => r.via === 'county');
    const nationName = nation?.admin1 ? regionOfAdmin1('GB', nation.admin1) : null;
    if (nationName !== null) names.push(nationName);
  }
  return names;
}

/**
 * Whether a posting location is in the query's place: that city (or a district or metro member of it), or
 * within that region, country or area. `search/location-keys.ts` builds the same relation as index keys.
 */
export function locationInPlace(location: Location, place: QueryPlace): boolean {
  switch (place.kind) {
    case 'area':
      return (
        (location.country !== null && (place.countries ?? []).includes(location.country)) ||
        (location.country === null && same(location.region, place.label))
      );
    case 'country':
      return location.country === place.country;
    case 'region':
      return (
        location.country === place.country &&
        regionNames(location).some((name) => same(name, place.region) || same(name, place.label))
      );
    case 'city': {
      if (place.country !== null && location.country !== place.country) return false;
      if (location.city === null) return false;
      if (same(location.city, place.city)) return true;
      const metro = metroOf(location.city, location.country);
      return metro !== null && same(metro, place.city);
    }
  }
}
