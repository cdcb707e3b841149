import { describe, expect, it } from 'vitest';
import { CountryCode } from '../../src/model/posting.ts';
import {
  allPlaces,
  lookupPlace,
  lookupPlaceInProse,
  lookupRegionOfCountry,
} from '../../src/places/places.ts';

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
    ['sao paulo', 'city', 'São Paulo', 'SP', 'BR'],
    ['uk', 'country', 'United Kingdom', null, 'GB'],
    ['U.K.', 'country', 'United Kingdom', null, 'GB'],
    ['Great Britain', 'country', 'United Kingdom', null, 'GB'],
    ['England', 'country', 'United Kingdom', null, 'GB'],
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

  it.each(['', '   ', 'Atlantis', 'engineering', 'remote', 'Spotify'])('%j is no place', (name) => {
    expect(lookupPlace(name)).toBeNull();
  });

  it('tolerates stray spaces and case', () => {
    expect(lookupPlace('  San   FRANCISCO ')?.name).toBe('San Francisco');
  });
});

describe('the gazetteer', () => {
  const places = allPlaces();

  it('knows at least 150 tech-hiring cities across the main hiring countries', () => {
    const cities = places.filter((p) => p.kind === 'city');
    expect(cities.length).toBeGreaterThanOrEqual(150);
    const countries = new Set(cities.map((c) => c.country));
    for (const code of [
      'US',
      'CA',
      'GB',
      'IE',
      'DE',
      'FR',
      'NL',
      'SE',
      'DK',
      'NO',
      'FI',
      'ES',
      'PT',
      'PL',
      'CH',
    ])
      expect(countries).toContain(code);
    for (const code of ['IL', 'IN', 'SG', 'JP', 'AU', 'BR', 'MX']) expect(countries).toContain(code);
  });

  it('gives every city and country a valid ISO country code', () => {
    for (const place of places.filter((p) => p.kind !== 'region' || p.country !== null))
      expect(() => CountryCode.parse(place.country), place.name).not.toThrow();
  });

  it('has every US state and Canadian province by code', () => {
    const states = places.filter((p) => p.kind === 'region' && p.country === 'US');
    const provinces = places.filter((p) => p.kind === 'region' && p.country === 'CA');
    expect(states.length).toBeGreaterThanOrEqual(51);
    expect(provinces.length).toBeGreaterThanOrEqual(13);
  });

  it('finds every place by its own name', () => {
    for (const place of places) expect(lookupPlace(place.name), place.name).not.toBeNull();
  });

  it('cannot be changed by a caller', () => {
    const london = lookupPlace('london')!;
    expect(() => {
      (london as { name: string }).name = 'Londres';
    }).toThrow();
    expect(lookupPlace('london')?.name).toBe('London');
  });
});

describe('lookupPlaceInProse reads only names written as names', () => {
  it.each([
    ['US', 'United States'],
    ['LA', 'Los Angeles'],
    ['London', 'London'],
    ['Reading', 'Reading'],
    ['NYC', 'New York'],
    ['Zug', 'Zug'],
  ])('%s counts', (written, name) => {
    expect(lookupPlaceInProse(written)?.name).toBe(name);
  });

  it.each(['us', 'la', 'in', 'or', 'me', 'de', 'reading', 'london', 'Us', 'In', 'Nyc', 'Sf'])(
    '%s does not',
    (written) => {
      expect(lookupPlaceInProse(written)).toBeNull();
    },
  );
});

describe('lookupRegionOfCountry', () => {
  it.each([
    ['NY', 'NY', 'US'],
    ['New York', 'NY', 'US'],
    ['Washington', 'WA', 'US'],
    ['ON', 'ON', 'CA'],
    ['Karnataka', 'Karnataka', 'IN'],
    ['Scotland', 'Scotland', 'GB'],
  ])('reads %s as a state or province', (name, region, country) => {
    expect(lookupRegionOfCountry(name)).toMatchObject({ region, country });
  });

  it('does not take a wide region for a state', () => {
    expect(lookupRegionOfCountry('EMEA')).toBeNull();
  });
});
