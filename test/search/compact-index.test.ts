import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFromSnapshot, catalogToSnapshot } from '../../src/search/catalog.ts';
import { PostingList } from '../../src/search/compact-index.ts';
import { fixtureCatalog } from '../fixtures/catalog/fixture-catalog.ts';

const frequencies = fc
  .uniqueArray(fc.tuple(fc.nat({ max: 100_000 }), fc.integer({ min: 1, max: 100_000 })), {
    selector: ([document]) => document,
    maxLength: 60,
  })
  .map((pairs) => new Map(pairs));

describe('PostingList', () => {
  it('answers size, get, has and iteration exactly as the Map it replaces, in document order', () => {
    fc.assert(
      fc.property(frequencies, fc.nat({ max: 100_000 }), (map, probe) => {
        const list = PostingList.from(map.entries(), map.size);
        const sorted = [...map.entries()].sort((a, b) => a[0] - b[0]);
        expect(list.size).toBe(map.size);
        expect([...list]).toEqual(sorted);
        expect([...list.keys()]).toEqual(sorted.map(([document]) => document));
        expect(list.get(probe)).toBe(map.get(probe));
        expect(list.has(probe)).toBe(map.has(probe));
        for (const [document, count] of map) expect(list.get(document)).toBe(count);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses changes, since the catalog index is built once', () => {
    const list = PostingList.from([[3, 1]], 1);
    expect(() => list.set()).toThrow(/read-only/);
    expect(() => list.delete()).toThrow(/read-only/);
  });
});

describe('compact catalog index', () => {
  it('still serves MiniSearch’s own search, before and after a snapshot', () => {
    const original = fixtureCatalog();
    const restored = catalogFromSnapshot(catalogToSnapshot(original));
    for (const query of ['engineer', 'kubernetes', 'londn', 'data sci']) {
      const ids = (catalog: typeof original) => catalog.index.search(query).map((result) => result.id);
      expect(ids(original).length, query).toBeGreaterThan(0);
      expect(ids(restored), query).toEqual(ids(original));
    }
  });
});
