import { describe, expect, it } from 'vitest';
import type { Location } from '../../src/model/posting.ts';
import { findQueryPlace, locationInPlace, type QueryPlace } from '../../src/places/query-place.ts';

const place = (query: string, start = 0): QueryPlace | null => findQueryPlace(query.split(' '), start);
const at = (city: string | null, region: string | null, country: string | null): Location => ({
  city,
  region,
  country,
  raw: city ?? region ?? country ?? 'x',
});

describe('findQueryPlace', () => {
  it.each<[string, string, string | null, string | null]>([
    ['kl', 'Kuala Lumpur', 'Kuala Lumpur', 'MY'],
    ['sg', 'Singapore', 'Singapore', 'SG'],
    ['blr', 'Bengaluru', 'Bengaluru', 'IN'],
    ['ldn', 'London', 'London', 'GB'],
    ['nyc', 'New York', 'New York', 'US'],
    ['sf', 'San Francisco', 'San Francisco', 'US'],
    ['la', 'Los Angeles', 'Los Angeles', 'US'],
    ['bay area', 'San Francisco', 'San Francisco', 'US'],
    ['london', 'London', 'London', 'GB'],
    ['petaling jaya', 'Petaling Jaya', 'Petaling Jaya', 'MY'],
    ['dorking', 'Dorking', 'Dorking', 'GB'],
    ['gurgaon', 'Gurugram', 'Gurugram', 'IN'],
  ])('%s is the city %s', (query, label, city, country) => {
    expect(place(query)).toMatchObject({ kind: 'city', label, city, country });
  });

  it.each<[string, string, string | null]>([
    ['uk', 'United Kingdom', 'GB'],
    ['us', 'United States', 'US'],
    ['united states', 'United States', 'US'],
    ['germany', 'Germany', 'DE'],
  ])('%s is the country %s', (query, label, country) => {
    expect(place(query)).toMatchObject({ kind: 'country', label, country, city: null });
  });

  it('reads areas with their countries', () => {
    expect(place('emea')).toMatchObject({ kind: 'area', label: 'EMEA', country: null });
    expect(place('emea')?.countries).toContain('DE');
    expect(place('apac')?.countries).toEqual(expect.arrayContaining(['SG', 'AU', 'IN']));
    expect(place('dach')?.countries).toEqual(['DE', 'AT', 'CH']);
  });

  it('reads states and nations as regions', () => {
    expect(place('california')).toMatchObject({
      kind: 'region',
      region: 'CA',
      country: 'US',
      label: 'California',
    });
    expect(place('england')).toMatchObject({ kind: 'region', region: 'England', country: 'GB' });
  });

  it('takes the longest phrase and says how many words it used', () => {
    expect(place('kuala lumpur jobs')).toMatchObject({ label: 'Kuala Lumpur', words: 2 });
    expect(place('new york city')).toMatchObject({ label: 'New York', words: 3 });
    expect(place('senior engineer london', 2)).toMatchObject({ label: 'London', words: 1 });
  });

  it.each([
    'in',
    'or',
    'me',
    'hi',
    'ok',
    'de',
    'remote',
    'manager',
    'engineer',
    'java',
    'python',
    'rust',
    'data',
  ])('%s is no place', (word) => {
    expect(place(word)).toBeNull();
  });

  it('flags places that are better read as role words', () => {
    expect(place('reading')).toMatchObject({ label: 'Reading', alsoARoleWord: true });
    expect(place('mobile')).toMatchObject({ label: 'Mobile', alsoARoleWord: true });
    expect(place('london')?.alsoARoleWord).toBe(false);
  });

  it('does not tie a city name shared across countries to one country unless one dominates', () => {
    expect(place('durham')).toMatchObject({ city: 'Durham', country: null });
    expect(place('york')).toMatchObject({ city: 'York', country: null });
    expect(place('london')).toMatchObject({ city: 'London', country: 'GB' });
  });
});

describe('locationInPlace', () => {
  const kl = place('kl')!;
  const london = place('london')!;

  it('matches the city itself', () => {
    expect(locationInPlace(at('Kuala Lumpur', 'Kuala Lumpur', 'MY'), kl)).toBe(true);
    expect(locationInPlace(at('London', 'England', 'GB'), london)).toBe(true);
  });

  it('matches towns of the city’s metro, not other towns of the country', () => {
    expect(locationInPlace(at('Petaling Jaya', 'Selangor', 'MY'), kl)).toBe(true);
    expect(locationInPlace(at('Shah Alam', 'Selangor', 'MY'), kl)).toBe(true);
    expect(locationInPlace(at('George Town', 'Penang', 'MY'), kl)).toBe(false);
    expect(locationInPlace(at('Jersey City', 'NJ', 'US'), place('nyc')!)).toBe(true);
    expect(locationInPlace(at('Boston', 'MA', 'US'), place('nyc')!)).toBe(false);
  });

  it('does not match a city of the same name in another country when the query means one', () => {
    expect(locationInPlace(at('London', 'ON', 'CA'), london)).toBe(false);
  });

  it('matches any Durham when the query does not say which', () => {
    const durham = place('durham')!;
    expect(locationInPlace(at('Durham', 'NC', 'US'), durham)).toBe(true);
    expect(locationInPlace(at('Durham', 'England', 'GB'), durham)).toBe(true);
  });

  it('matches within regions, countries and areas', () => {
    expect(locationInPlace(at('York', 'North Yorkshire', 'GB'), place('england')!)).toBe(true);
    expect(locationInPlace(at('Edinburgh', 'Scotland', 'GB'), place('england')!)).toBe(false);
    expect(locationInPlace(at('New York', 'NY', 'US'), place('ny')!)).toBe(true);
    expect(locationInPlace(at('Austin', 'TX', 'US'), place('us')!)).toBe(true);
    expect(locationInPlace(at(null, null, 'US'), place('us')!)).toBe(true);
    expect(locationInPlace(at('Berlin', 'Berlin', 'DE'), place('emea')!)).toBe(true);
    expect(locationInPlace(at('Singapore', null, 'SG'), place('apac')!)).toBe(true);
    expect(locationInPlace(at('Singapore', null, 'SG'), place('emea')!)).toBe(false);
    expect(locationInPlace(at(null, 'EMEA', null), place('emea')!)).toBe(true);
  });
});
