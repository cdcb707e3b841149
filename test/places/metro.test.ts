import { describe, expect, it } from 'vitest';
import { metroOf } from '../../src/places/metro.ts';

describe('metroOf finds the big city a town lies next to', () => {
  it.each<[string, string, string | null]>([
    ['Petaling Jaya', 'MY', 'Kuala Lumpur'],
    ['Shah Alam', 'MY', 'Kuala Lumpur'],
    ['Subang Jaya', 'MY', 'Kuala Lumpur'],
    ['Jersey City', 'US', 'New York'],
    ['Cambridge', 'US', 'Boston'],
    ['Gurugram', 'IN', 'Delhi'],
    ['Kuala Lumpur', 'MY', null],
    ['Yokohama', 'JP', null],
    ['Reading', 'GB', null],
    ['George Town', 'MY', null],
  ])('%s, %s → %s', (city, country, metro) => {
    expect(metroOf(city, country)).toBe(metro);
  });

  it('never crosses a border (Johor Bahru is next to Singapore but in Malaysia)', () => {
    expect(metroOf('Johor Bahru', 'MY')).not.toBe('Singapore');
  });

  it('is null for towns the gazetteer lacks and for places with no country', () => {
    expect(metroOf('Little Snoring', 'GB')).toBeNull();
    expect(metroOf('Petaling Jaya', null)).toBeNull();
  });
});
