import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Location } from '../../src/model/posting.ts';
import { findQueryPlace, locationInPlace } from '../../src/places/query-place.ts';
import { locationKeys, queryPlaceKey } from '../../src/search/location-keys.ts';

const LOCATIONS: Location[] = [
  { city: 'Petaling Jaya', region: 'Selangor', country: 'MY', raw: 'Petaling Jaya' },
  { city: 'Kuala Lumpur', region: 'Kuala Lumpur', country: 'MY', raw: 'KL' },
  { city: 'George Town', region: 'Penang', country: 'MY', raw: 'Penang' },
  { city: 'York', region: 'North Yorkshire', country: 'GB', raw: 'York, North Yorkshire' },
  { city: 'London', region: 'England', country: 'GB', raw: 'London' },
  { city: 'London', region: 'ON', country: 'CA', raw: 'London, ON' },
  { city: 'Durham', region: 'NC', country: 'US', raw: 'Durham, NC' },
  { city: 'Durham', region: 'England', country: 'GB', raw: 'Durham' },
  { city: 'Jersey City', region: 'NJ', country: 'US', raw: 'Jersey City' },
  { city: 'New York', region: 'NY', country: 'US', raw: 'NYC' },
  { city: 'Singapore', region: null, country: 'SG', raw: 'Jurong East' },
  { city: 'Berlin', region: 'Berlin', country: 'DE', raw: 'Berlin' },
  { city: null, region: null, country: 'US', raw: 'Remote (US)' },
  { city: null, region: 'EMEA', country: null, raw: 'EMEA' },
  { city: null, region: 'CA', country: 'US', raw: 'California' },
];

const QUERIES = [
  'kl',
  'kuala lumpur',
  'malaysia',
  'selangor',
  'london',
  'ldn',
  'uk',
  'england',
  'york',
  'durham',
  'nyc',
  'new york',
  'ny',
  'new jersey',
  'us',
  'united states',
  'california',
  'sf',
  'sg',
  'singapore',
  'apac',
  'emea',
  'europe',
  'germany',
  'berlin',
  'dach',
  'canada',
  'ontario',
  'north america',
  'penang',
];

describe('location keys hold exactly the locationInPlace relation', () => {
  it('agrees with locationInPlace for every location and query place', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCATIONS), fc.constantFrom(...QUERIES), (location, query) => {
        const place = findQueryPlace(query.split(' '), 0);
        expect(place, query).not.toBeNull();
        const keys = locationKeys([location]);
        expect(keys.within.has(queryPlaceKey(place!)), `${query} / ${location.raw}`).toBe(
          locationInPlace(location, place!),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('marks only the location’s own city as exact, not its metro', () => {
    const keys = locationKeys([LOCATIONS[0]!]);
    const kl = queryPlaceKey(findQueryPlace(['kl'], 0)!);
    expect(keys.within.has(kl)).toBe(true);
    expect(keys.exact.has(kl)).toBe(false);
    expect(keys.exact.has(queryPlaceKey(findQueryPlace(['petaling', 'jaya'], 0)!))).toBe(true);
  });

  it('keeps the plain name keys the older query reader looks up', () => {
    const keys = locationKeys([LOCATIONS[4]!]);
    expect(keys.exact.has('london')).toBe(true);
    expect(keys.within.has('gb')).toBe(true);
    expect(keys.within.has('united kingdom')).toBe(true);
  });
});
