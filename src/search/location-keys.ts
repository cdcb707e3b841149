import type { Location } from '../model/posting.ts';
import { metroOf } from '../places/metro.ts';
import { normalisePlaceName } from '../places/normalise-place.ts';
import { type QueryPlace, regionNames } from '../places/query-place.ts';
import { areasOfCountry } from '../places/vocabulary.ts';
import { foldAccents } from './normalize-term.ts';
import { COUNTRY_AREAS, COUNTRY_NAMES } from './query-vocabulary.ts';

/**
 * Lower-case keys for matching a query's place against a posting's locations, computed once per posting.
 * `exact` holds the location's most specific level (its city, else region, else country); `within` adds every
 * wider level, so "us" finds a role in New York and "north america" one in Toronto.
 */
export interface LocationKeys {
  exact: ReadonlySet<string>;
  within: ReadonlySet<string>;
}

export function placeKey(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function countryKeys(code: string): string[] {
  const name = COUNTRY_NAMES[code];
  return name === undefined ? [placeKey(code)] : [placeKey(code), placeKey(name)];
}

/**
 * The key a query place is looked up by in `within` (and, for a city, in `exact`). Prefixed keys
 * (`city:`, `region:`, `country:`, `area:`) hold exactly the relation `locationInPlace` defines; the plain
 * name keys below them are the older vocabulary, kept while the query reader moves over.
 */
export function queryPlaceKey(place: QueryPlace): string {
  switch (place.kind) {
    case 'area':
      return `area:${normalisePlaceName(place.label)}`;
    case 'country':
      return `country:${place.country}`;
    case 'region':
      return `region:${place.country}|${normalisePlaceName(place.region ?? place.label)}`;
    case 'city':
      return place.country === null
        ? `city:${normalisePlaceName(place.city ?? place.label)}`
        : `city:${normalisePlaceName(place.city ?? place.label)}|${place.country}`;
  }
}

/** The `locationInPlace` relation as keys: every query place key this location is in. */
function placeKeysOf(location: Location, exact: Set<string>, within: Set<string>): void {
  const { city, country } = location;
  if (city !== null) {
    const cityKeys = [`city:${normalisePlaceName(city)}`];
    if (country !== null) cityKeys.push(`city:${normalisePlaceName(city)}|${country}`);
    for (const key of cityKeys) {
      exact.add(key);
      within.add(key);
    }
    const metro = metroOf(city, country);
    if (metro !== null) {
      within.add(`city:${normalisePlaceName(metro)}`);
      within.add(`city:${normalisePlaceName(metro)}|${country}`);
    }
  }
  if (country !== null) {
    for (const name of regionNames(location)) within.add(`region:${country}|${normalisePlaceName(name)}`);
    within.add(`country:${country}`);
    for (const area of areasOfCountry(country)) within.add(`area:${normalisePlaceName(area)}`);
    if (city === null && location.region === null) exact.add(`country:${country}`);
  } else if (location.region !== null) {
    within.add(`area:${normalisePlaceName(location.region)}`);
    if (city === null) exact.add(`area:${normalisePlaceName(location.region)}`);
  }
}

export function locationKeys(locations: readonly Location[]): LocationKeys {
  const exact = new Set<string>();
  const within = new Set<string>();
  for (const location of locations) {
    placeKeysOf(location, exact, within);
    const levels: string[][] = [];
    if (location.city !== null) levels.push([placeKey(location.city)]);
    if (location.region !== null) levels.push([placeKey(location.region)]);
    if (location.country !== null) {
      levels.push(countryKeys(location.country));
      levels.push((COUNTRY_AREAS[location.country] ?? []).map(placeKey));
    }
    levels.forEach((keys, level) => {
      for (const key of keys) {
        if (key.length === 0) continue;
        if (level === 0) exact.add(key);
        within.add(key);
      }
    });
  }
  return { exact, within };
}

/** Words for the index's `locations` field: every level's name, plus the country's name beside its code. */
export function locationIndexText(locations: readonly Location[]): string {
  const words: string[] = [];
  for (const location of locations) {
    if (location.city !== null) words.push(location.city);
    if (location.region !== null) words.push(location.region);
    if (location.country !== null) words.push(location.country, COUNTRY_NAMES[location.country] ?? '');
  }
  return words.join(' ');
}
