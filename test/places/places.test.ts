import { describe, expect, it } from 'vitest';
import { lookupPlace } from '../../src/places/places.ts';

describe('lookupPlace understands the names people type', () => {
  it.each([
    ['nyc', 'city', 'New York', 'NY', 'US'],
    ['New York City', 'city', 'New York', 'NY', 'US'],
    ['new york', 'city', 'New York', 'NY', 'US'],
    ['sf', 'city', 'San Francisco', 'CA', 'US'],
    ['San Francisco Bay Area', 'city', 'San Francisco', 'CA', 'US'],
    ['bay area', 'city', 'San Francisco', 'CA', 'US'],
    ['la', 'city', 'Los Angeles', 'CA', 'US'],
    ['DC', 'city', 'Washington', 'DC', 'US'],
    ['london', 'city', 'London', 'England', 'GB'],
    ['Bengaluru', 'city', 'Bengaluru', 'Karnataka', 'IN'],
    ['bangalore', 'city', 'Bengaluru', 'Karnataka', 'IN'],
    ['München', 'city', 'Munich', 'Bavaria', 'DE'],
    ['munich', 'city', 'Munich', 'Bavaria', 'DE'],
    ['ZURICH', 'city', 'Zurich', null, 'CH'],
    ['Zürich', 'city', 'Zurich', null, 'CH'],
    ['krakow', 'city', 'Kraków', null, 'PL'],
    ['Lodz', 'city', 'Łódź', null, 'PL'],
    ['Montréal', 'city', 'Montreal', 'QC', 'CA'],
    ['st louis', 'city', 'St. Louis', 'MO', 'US'],
    ['Tel-Aviv', 'city', 'Tel Aviv', null, 'IL'],
    ['singapore', 'city', 'Singapore', null, 'SG'],
    ['sao paulo', 'city', 'São Paulo', null, 'BR'],
    ['uk', 'country', 'United Kingdom', null, 'GB'],
    ['U.K.', 'country', 'United Kingdom', null, 'GB'],
    ['Great Britain', 'country', 'United Kingdom', null, 'GB'],
    ['England', 'region', 'England', 'England', 'GB'],
    ['us', 'country', 'United States', null, 'US'],
    ['USA', 'country', 'United States', null, 'US'],
    ['U.S.', 'country', 'United States', null, 'US'],
    ['United States of America', 'country', 'United States', null, 'US'],
    ['Deutschland', 'country', 'Germany', null, 'DE'],
    ['the Netherlands', 'country', 'Netherlands', null, 'NL'],
    ['ny', 'region', 'New York', 'NY', 'US'],
    ['California', 'region', 'California', 'CA', 'US'],
    ['ontario', 'region', 'Ontario', 'ON', 'CA'],
    ['North America', 'region', 'North America', 'North America', null],
    ['emea', 'region', 'EMEA', 'EMEA', null],
    ['Europe', 'region', 'Europe', 'Europe', null],
    ['EU', 'region', 'Europe', 'Europe', null],
    ['APAC', 'region', 'APAC', 'APAC', null],
    ['LATAM', 'region', 'Latin America', 'Latin America', null],
  ])('%s is %s %s', (name, kind, canonical, region, country) => {
    expect(lookupPlace(name)).toMatchObject({ kind, name: canonical, region, country });
  });

  it.each(['', '   ', 'Narnia', 'engineering', 'remote', 'Spotify'])('%j is no place', (name) => {
    expect(lookupPlace(name)).toBeNull();
  });

  it('tolerates stray spaces and case', () => {
    expect(lookupPlace('  San   FRANCISCO ')?.name).toBe('San Francisco');
  });
});

describe('lookupPlace is one reading of the shared vocabulary', () => {
  it('cannot be changed by a caller', () => {
    const london = lookupPlace('london')!;
    expect(() => {
      (london as { name: string }).name = 'Londres';
    }).toThrow();
    expect(lookupPlace('london')?.name).toBe('London');
  });

  it('does not read words that are tiny towns as places', () => {
    for (const word of ['java', 'rust', 'sales', 'driver', 'in', 'or', 'me'])
      expect(lookupPlace(word), word).toBeNull();
  });

  it('knows towns far outside any top-100 list', () => {
    expect(lookupPlace('Dorking')).toMatchObject({ kind: 'city', name: 'Dorking', country: 'GB' });
    expect(lookupPlace('Petaling Jaya')).toMatchObject({ kind: 'city', region: 'Selangor', country: 'MY' });
  });
});
