import { distanceKm, type Town, townById, townsOver } from './gazetteer.ts';
import { normalisePlaceName } from './normalise-place.ts';
import { readingsOf, readingsOfTown } from './vocabulary.ts';

/**
 * The metro relation: a town close to a much bigger city of the same country belongs to that city's metro
 * area, so a search for the city finds it (Petaling Jaya and Shah Alam for Kuala Lumpur, Jersey City for
 * New York, Cambridge for Boston). Computed from the gazetteer's coordinates, not listed by hand.
 */

/** A metro's core city has at least this many people. */
export const METRO_CORE_POPULATION = 500_000;
/** Towns within this distance of a core belong to its metro. */
export const METRO_RADIUS_KM = 35;
/** A member is at most this share of the core's size, and smaller than a million: Yokohama is not Tokyo. */
export const METRO_MEMBER_SHARE = 0.5;
export const METRO_MEMBER_MAX = 1_000_000;

let cores: Town[] | null = null;
const cache = new Map<string, string | null>();

function metroCores(): Town[] {
  cores ??= townsOver(METRO_CORE_POPULATION);
  return cores;
}

/** The core city of a town's metro (its label, as a Location's city carries it), or null. */
export function metroOfTown(town: Town): string | null {
  if (town.population >= METRO_MEMBER_MAX) return null;
  // The biggest core in reach: Gurugram is Delhi's, not that of a large suburb between them.
  let best: { core: Town; km: number } | null = null;
  for (const core of metroCores()) {
    if (core.id === town.id || core.country !== town.country) continue;
    if (town.population > core.population * METRO_MEMBER_SHARE) continue;
    const km = distanceKm(town, core);
    if (km <= METRO_RADIUS_KM && (best === null || core.population > best.core.population))
      best = { core, km };
  }
  if (best === null) return null;
  return readingsOfTown(best.core)[0]?.city ?? best.core.name;
}

/**
 * The metro a Location's city belongs to ("Kuala Lumpur" for Petaling Jaya, MY), or null when the city is
 * a core itself, stands alone, or is not in the gazetteer.
 */
export function metroOf(city: string, country: string | null): string | null {
  if (country === null) return null;
  const key = `${country}|${normalisePlaceName(city)}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  // The city as a Location names it: a label ("New York") or a town's own name, never a district's.
  const reading = readingsOf(normalisePlaceName(city)).find(
    (r) => r.kind === 'city' && r.country === country && r.townId !== null && r.via !== 'district',
  );
  const metro = reading?.townId == null ? null : metroOfTown(townById(reading.townId));
  const result = metro !== null && normalisePlaceName(metro) !== normalisePlaceName(city) ? metro : null;
  cache.set(key, result);
  return result;
}
