import { normalisePlaceName } from './normalise-place.ts';
import { findQueryPlace } from './query-place.ts';

/**
 * One name to one place, for callers that have a single name and no page around it (a JSON-LD
 * `addressCountry`, an older query reader). It reads the name as a whole query phrase would be read
 * (`query-place.ts`), so it knows the same towns, aliases, regions, countries and areas.
 */

export interface Place {
  kind: 'city' | 'region' | 'country';
  /** The English name: `New York`, `Munich`, `United Kingdom`, `North America`. */
  name: string;
  /** A city's state or province (`NY`, `England`), a region's own code (`CA`), or a wide area's name. */
  region: string | null;
  /** ISO 3166-1 alpha-2; null for wide areas and for a city name shared by several countries. */
  country: string | null;
  /** Other names for the place (kept for callers that index them; the vocabulary holds the full list). */
  aliases: readonly string[];
}

export { normalisePlaceName };

/** Looks a place name up (case- and accent-insensitive, aliases accepted); null when the name is no place. */
export function lookupPlace(name: string): Place | null {
  const words = normalisePlaceName(name)
    .split(' ')
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const found = findQueryPlace(words, 0);
  if (found === null || found.words !== words.length) return null;
  const place: Place = {
    kind: found.kind === 'area' ? 'region' : found.kind,
    name: found.label,
    region: found.region,
    country: found.country,
    aliases: Object.freeze([]),
  };
  return Object.freeze(place);
}
