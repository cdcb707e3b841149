import type { Location } from '../model/posting.ts';

/**
 * One list of locations from several readings of a posting (header, labels, prose). "New York, NY, US"
 * from the header and "New York" from "This role is based in New York" are one place, kept in its
 * fullest form.
 */

function key(value: string | null): string {
  return (value ?? '').toLowerCase().trim();
}

function detail(location: Location): number {
  return [location.city, location.region, location.country].filter((value) => value !== null).length;
}

function samePlace(a: Location, b: Location): boolean {
  const compatible = (x: string | null, y: string | null) => x === null || y === null || key(x) === key(y);
  if (a.city !== null || b.city !== null) {
    return key(a.city) === key(b.city) && compatible(a.country, b.country) && compatible(a.region, b.region);
  }
  if (a.region !== null || b.region !== null)
    return key(a.region) === key(b.region) && compatible(a.country, b.country);
  return key(a.country) === key(b.country);
}

export function mergeLocations(lists: readonly (readonly Location[])[]): Location[] {
  const out: Location[] = [];
  for (const list of lists) {
    for (const location of list) {
      const index = out.findIndex((seen) => samePlace(seen, location));
      if (index < 0) out.push(location);
      else if (detail(location) > detail(out[index]!)) out[index] = location;
    }
  }
  // A country on its own adds nothing when a city in that country is listed.
  return out.filter(
    (location) =>
      location.city !== null ||
      location.region !== null ||
      !out.some(
        (other) =>
          other !== location && other.country === location.country && (other.city ?? other.region) !== null,
      ),
  );
}
