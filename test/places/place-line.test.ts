import { describe, expect, it } from 'vitest';
import { Location } from '../../src/model/posting.ts';
import { readPlaceLine } from '../../src/places/place-line.ts';
import type { PlaceContext, PlaceMode } from '../../src/places/resolve-place.ts';

type Where = [city: string | null, region: string | null, country: string | null];

const read = (line: string, context: PlaceContext = {}, mode: PlaceMode = 'label') => {
  const result = readPlaceLine(line, context, mode);
  for (const location of result.locations) expect(() => Location.parse(location)).not.toThrow();
  return {
    where: result.locations.map((l): Where => [l.city, l.region, l.country]),
    raw: result.locations.map((l) => l.raw),
    workplace: result.workplace,
  };
};

describe('place lines as boards print them', () => {
  it.each<[string, string, Where[]]>([
    [
      'LinkedIn 2023 top card',
      'New York, NY (Remote) 2 weeks ago · 6 applicants',
      [['New York', 'NY', 'US']],
    ],
    ['LinkedIn 2024', 'Greater Boston (Hybrid) last week · 33 applicants', [['Boston', 'MA', 'US']]],
    ['LinkedIn metro', 'London Area, United Kingdom', [['London', 'England', 'GB']]],
    ['Indeed', 'Joliet, IL 60436', [['Joliet', 'IL', 'US']]],
    ['Indeed Canada', 'Hamilton, ON L8P 1A1', [['Hamilton', 'ON', 'CA']]],
    ['Reed', 'York, North Yorkshire', [['York', 'North Yorkshire', 'GB']]],
    ['Totaljobs', 'Dorking, Surrey', [['Dorking', 'Surrey', 'GB']]],
    ['UK postcode', 'London EC2A 4NE', [['London', 'England', 'GB']]],
    ['SEEK suburb', 'Subiaco, Perth WA', [['Perth', 'WA', 'AU']]],
    ['SEEK area', 'Cairns, Cairns & Far North QLD', [['Cairns', 'QLD', 'AU']]],
    ['SEEK region', 'Kalgoorlie, Kalgoorlie, Goldfields & Esperance WA', [['Kalgoorlie', 'WA', 'AU']]],
    ['SEEK unknown suburb', 'Winnellie, Darwin NT', [['Darwin', 'NT', 'AU']]],
    ['JobStreet Malaysia', 'Petaling Jaya, Selangor', [['Petaling Jaya', 'Selangor', 'MY']]],
    ['JobStreet Singapore', 'Jurong East, West Region', [['Singapore', null, 'SG']]],
    ['JobStreet Indonesia', 'Jakarta Barat, Jakarta Raya', [['Jakarta', 'Jakarta', 'ID']]],
    ['JobStreet Penang', 'Bayan Lepas, Penang', [['Bayan Lepas', 'Penang', 'MY']]],
    ['Naukri', 'Mumbai (All Areas)', [['Mumbai', 'Maharashtra', 'IN']]],
    [
      'Naukri cities',
      'Hyderabad, Pune, Chennai',
      [
        ['Hyderabad', 'Telangana', 'IN'],
        ['Pune', 'Maharashtra', 'IN'],
        ['Chennai', 'Tamil Nadu', 'IN'],
      ],
    ],
    ['StepStone', 'Köln', [['Cologne', 'North Rhine-Westphalia', 'DE']]],
    ['Workable', 'Athens, Attica, Greece', [['Athens', null, 'GR']]],
    ['Workable South Africa', 'Cape Town, Western Cape, South Africa', [['Cape Town', null, 'ZA']]],
    ['neighbourhood in brackets', 'Pittsburgh (Lawrenceville)', [['Pittsburgh', 'PA', 'US']]],
    [
      'Greenhouse list',
      'San Francisco, CA; New York, NY',
      [
        ['San Francisco', 'CA', 'US'],
        ['New York', 'NY', 'US'],
      ],
    ],
    ['HN lower case', 'seattle or remote (us)', [['Seattle', 'WA', 'US']]],
  ])('%s: %s', (_board, line, expected) => {
    expect(read(line).where).toEqual(expected);
  });
});

describe('workplace inside a place line', () => {
  it.each<[string, string | null, Where[]]>([
    ['New York, NY (Remote) 2 weeks ago · 6 applicants', 'remote', [['New York', 'NY', 'US']]],
    ['Berlin, Germany (Hybrid)', 'hybrid', [['Berlin', 'Berlin', 'DE']]],
    ['Remote-first', 'remote', []],
    ['Hybrid (3 days in office)', 'hybrid', []],
    ['Remote (US)', 'remote', [[null, null, 'US']]],
    ['Remote - UK', 'remote', [[null, null, 'GB']]],
    ['(Hybrid) Toronto, ON', 'hybrid', [['Toronto', 'ON', 'CA']]],
    ['London (hybrid, 2 days in Shoreditch)', 'hybrid', [['London', 'England', 'GB']]],
    ['On-site - Austin, TX', 'onsite', [['Austin', 'TX', 'US']]],
    ['Singapore', null, [['Singapore', null, 'SG']]],
  ])('%s', (line, workplace, expected) => {
    const result = read(line);
    expect(result.workplace).toBe(workplace);
    expect(result.where).toEqual(expected);
  });

  it('keeps the place clean of the board’s tail and the workplace words', () => {
    expect(read('New York, NY (Remote) 2 weeks ago · 6 applicants').raw).toEqual(['New York, NY']);
    expect(read('Berlin, Germany (Hybrid)').raw).toEqual(['Berlin, Germany']);
  });

  it('keeps the written words for a place with no city', () => {
    expect(read('Remote - US').raw).toEqual(['Remote - US']);
  });
});

describe('evidence inside one line', () => {
  it('reads “Cleveland, Middlesbrough” as Middlesbrough in the Teesside county, with or without a £', () => {
    expect(read('Cleveland, Middlesbrough', { currencyHint: '£' }).where).toEqual([
      ['Middlesbrough', 'Cleveland', 'GB'],
    ]);
    expect(read('Cleveland, Middlesbrough').where).toEqual([['Middlesbrough', 'Cleveland', 'GB']]);
  });

  it('keeps two cities two places', () => {
    expect(read('London, Dublin').where).toEqual([
      ['London', 'England', 'GB'],
      ['Dublin', null, 'IE'],
    ]);
  });
});

describe('header parts are read strictly', () => {
  it.each([
    'Java 17, Spring Boot',
    'Marlow & Tate Bakers',
    'IT /',
    'Sales – Mid-Market /',
    'Save',
    'Reading',
    'Mobile',
    'Media',
    'Nice',
    'Data Engineer, CA',
    'Home',
    'Orange',
  ])('%j is no place in a header', (part) => {
    expect(read(part, {}, 'header').where).toEqual([]);
  });

  it('still reads an everyday-word town with its region beside it', () => {
    expect(read('Reading, UK', {}, 'header').where).toEqual([['Reading', 'England', 'GB']]);
    expect(read('Mobile, AL', {}, 'header').where).toEqual([['Mobile', 'AL', 'US']]);
    expect(read('Nice, France', {}, 'header').where).toEqual([['Nice', "Provence-Alpes-Côte d'Azur", 'FR']]);
  });

  it('reads an everyday-word town after a location label', () => {
    expect(read('Reading').where).toEqual([['Reading', 'England', 'GB']]);
  });
});
