import { describe, expect, it } from 'vitest';
import areas from '../../src/places/data/areas.json' with { type: 'json' };
import aliases from '../../src/places/data/city-aliases.json' with { type: 'json' };
import districts from '../../src/places/data/districts.json' with { type: 'json' };
import { townsNamed } from '../../src/places/gazetteer.ts';
import { normalisePlaceName } from '../../src/places/normalise-place.ts';
import { countryName, readingsOf } from '../../src/places/vocabulary.ts';

describe('the place data files', () => {
  it('name only towns the gazetteer has, in the country and region they say', () => {
    const towns = [
      ...aliases.cities.map((a) => [a.town, a.country, a.admin1] as const),
      ...districts.groups.map((g) => [g.town, g.country, g.admin1] as const),
    ];
    for (const [name, country, admin1] of towns) {
      const found = townsNamed(normalisePlaceName(name)).filter(
        (t) => t.country === country && t.admin1 === admin1,
      );
      expect(found.length, `${name}, ${admin1}, ${country}`).toBeGreaterThan(0);
    }
  });

  it('give areas only real country codes', () => {
    for (const area of areas.areas) {
      for (const code of area.countries) expect(countryName(code), `${area.label}: ${code}`).not.toBeNull();
    }
  });
});

describe('readingsOf', () => {
  it('offers every reading of a name: county, towns abroad', () => {
    const surrey = readingsOf('surrey');
    expect(surrey.some((r) => r.via === 'county' && r.country === 'GB')).toBe(true);
    expect(surrey.some((r) => r.kind === 'city' && r.country === 'CA')).toBe(true);
  });

  it('names countries in English and accepts what people write', () => {
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('DE')).toBe('Germany');
    expect(readingsOf('deutschland')[0]).toMatchObject({ kind: 'country', country: 'DE' });
    expect(readingsOf('usa')[0]).toMatchObject({ kind: 'country', country: 'US' });
  });

  it('marks abbreviations, which count in running text only in capitals', () => {
    expect(readingsOf('nyc')[0]).toMatchObject({ city: 'New York', short: true });
    expect(readingsOf('new york')[0]).toMatchObject({ city: 'New York', short: false });
  });
});
