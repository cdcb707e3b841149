import type { Location } from '../model/posting.ts';
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

export function locationKeys(locations: readonly Location[]): LocationKeys {
  const exact = new Set<string>();
  const within = new Set<string>();
  for (const location of locations) {
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
