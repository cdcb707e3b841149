import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm, loadGazetteer, townById, townsNamed } from '../../src/places/gazetteer.ts';
import { normalisePlaceName } from '../../src/places/normalise-place.ts';

describe('the GeoNames gazetteer', () => {
  it('loads every town of the data set once', () => {
    const first = loadGazetteer();
    expect(first.towns).toBeGreaterThan(130_000);
    expect(loadGazetteer().towns).toBe(first.towns);
  });

  it('lists towns of one name most populous first, with their country and first-level region', () => {
    const durhams = townsNamed('durham');
    expect(durhams.length).toBeGreaterThanOrEqual(3);
    expect(durhams[0]).toMatchObject({ name: 'Durham', country: 'US', admin1: 'NC' });
    expect(durhams.some((t) => t.country === 'GB' && t.admin1 === 'ENG')).toBe(true);
    for (let i = 1; i < durhams.length; i++)
      expect(durhams[i - 1]!.population).toBeGreaterThanOrEqual(durhams[i]!.population);
  });

  it('reads names with accents and coordinates', () => {
    const [koln] = townsNamed('koln');
    expect(koln).toMatchObject({ name: 'Köln', country: 'DE' });
    const [pj] = townsNamed('petaling jaya');
    const [kl] = townsNamed('kuala lumpur');
    expect(distanceKm(pj!, kl!)).toBeGreaterThan(5);
    expect(distanceKm(pj!, kl!)).toBeLessThan(20);
  });

  it('finds every town by its own name, however the name is written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: loadGazetteer().towns - 1 }), (id) => {
        const town = townById(id);
        expect(townsNamed(normalisePlaceName(town.name)).map((t) => t.id)).toContain(id);
        expect(townsNamed(normalisePlaceName(town.name.toUpperCase())).map((t) => t.id)).toContain(id);
      }),
      { numRuns: 500 },
    );
  });

  it('knows nothing of names that are no town', () => {
    expect(townsNamed('narnia')).toEqual([]);
    expect(townsNamed('')).toEqual([]);
  });
});
