import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Location } from '../../src/model/posting.ts';
import { townById } from '../../src/places/gazetteer.ts';
import { findStatedLocations, parseLocationPhrase } from '../../src/places/locations.ts';
import { readPlaceLine } from '../../src/places/place-line.ts';
import { findQueryPlace } from '../../src/places/query-place.ts';
import { resolvePlace } from '../../src/places/resolve-place.ts';
import { countryName } from '../../src/places/vocabulary.ts';

/** Real town names from the gazetteer, so the properties walk its data and not only random text. */
const town = fc.integer({ min: 0, max: 135_000 }).map((id) => townById(id).name);
const piece = fc.oneof(
  town,
  fc.constantFrom(
    ', ',
    ' | ',
    ' / ',
    ' or ',
    ' & ',
    ' (Remote) ',
    ' (',
    ')',
    ' - ',
    ' · ',
    ' 2 weeks ago ',
    ' NY',
    ' UK',
  ),
  fc.string({ maxLength: 12 }),
);
const placeText = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

const valid = (locations: readonly Location[]) => {
  for (const location of locations) expect(() => Location.parse(location)).not.toThrow();
};

describe('the place readers on any input', () => {
  it('never throw and give only valid locations', () => {
    fc.assert(
      fc.property(
        placeText,
        fc.constantFrom('label', 'header') as fc.Arbitrary<'label' | 'header'>,
        (text, mode) => {
          valid(readPlaceLine(text, { currencyHint: '£' }, mode).locations);
          valid(parseLocationPhrase(text));
          valid(findStatedLocations(text));
          const one = resolvePlace(text, { board: 'seek' });
          if (one !== null) valid([one]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('read every town of the gazetteer, written with its country after a label, as a place in that country', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 135_000 }), (id) => {
        const t = townById(id);
        const country = countryName(t.country);
        fc.pre(country !== null && !/[,;|/()·•]/.test(t.name) && !/\d/.test(t.name));
        const found = readPlaceLine(`${t.name}, ${country}`).locations;
        valid(found);
        expect(
          found.some((location) => location.country === t.country),
          `${t.name}, ${country}`,
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('findQueryPlace never throws and never uses more words than it was given', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            town.map((n) => n.toLowerCase()),
            fc.string({ maxLength: 8 }),
          ),
          { maxLength: 8 },
        ),
        (words) => {
          const flat = words.flatMap((w) => w.split(' ')).filter((w) => w.length > 0);
          for (let start = 0; start < flat.length; start++) {
            const place = findQueryPlace(flat, start);
            if (place !== null) expect(place.words).toBeLessThanOrEqual(flat.length - start);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('return on very long input (the readers bound what they look at)', () => {
    const long = 'London, Durham, Perth | Reading (Remote) · '.repeat(50_000);
    expect(readPlaceLine(long).locations.length).toBeLessThan(20);
    expect(resolvePlace(long)).toBeDefined();
    expect(findQueryPlace(long.toLowerCase().split(' '), 0)).toBeDefined();
  });
});
