import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  CatalogSnapshotError,
  catalogFromSnapshot,
  catalogToSnapshot,
  SNAPSHOT_FORMAT_VERSION,
} from '../../src/search/catalog.ts';
import { searchPostings } from '../../src/search/search-postings.ts';
import { fixtureCatalog, loadFixturePostings } from '../fixtures/catalog/fixture-catalog.ts';

describe('buildCatalog', () => {
  it('holds every posting once, by id', () => {
    const postings = loadFixturePostings();
    const catalog = buildCatalog([...postings, postings[0]!]);
    expect(catalog.postings).toHaveLength(postings.length);
    expect(catalog.byId.get(postings[3]!.id)?.title).toBe(postings[3]!.title);
  });

  it('lists the companies hiring, once each', () => {
    expect(fixtureCatalog().companies).toEqual([
      'Globex',
      'Hooli',
      'Initech',
      'Northwind',
      'Soylent',
      'Stark',
      'Umbrella',
      'Vandelay',
      'Wayne',
    ]);
  });

  it('builds an empty catalog that finds nothing', () => {
    const empty = buildCatalog([]);
    expect(searchPostings(empty, 'engineer').hits).toEqual([]);
  });
});

describe('catalog snapshots', () => {
  it('restores a catalog that answers every query exactly as the original', () => {
    const original = fixtureCatalog();
    const restored = catalogFromSnapshot(catalogToSnapshot(original));
    expect(restored.postings).toEqual(original.postings);
    for (const query of ['senior ml engineer london', 'remote', 'scala', 'enginer', 'over 200k -manager']) {
      const ids = (catalog: typeof original) =>
        searchPostings(catalog, query).hits.map((hit) => hit.posting.id);
      expect(ids(restored), query).toEqual(ids(original));
    }
  });

  it('rejects text that is not JSON, naming the problem', () => {
    expect(() => catalogFromSnapshot('{nope')).toThrow(CatalogSnapshotError);
    expect(() => catalogFromSnapshot('{nope')).toThrow(/Catalog snapshot: not valid JSON/);
  });

  it('rejects JSON that is not a snapshot', () => {
    expect(() => catalogFromSnapshot('[]')).toThrow(/not a catalog snapshot/);
    expect(() => catalogFromSnapshot('{"format":"roles-catalog"}')).toThrow(/not a catalog snapshot/);
  });

  it('rejects a snapshot from another format version', () => {
    const snapshot = JSON.parse(catalogToSnapshot(fixtureCatalog()));
    snapshot.version = SNAPSHOT_FORMAT_VERSION + 1;
    expect(() => catalogFromSnapshot(JSON.stringify(snapshot))).toThrow(/format version/);
  });

  it('rejects a snapshot holding an invalid posting', () => {
    const snapshot = JSON.parse(catalogToSnapshot(fixtureCatalog()));
    snapshot.postings[2].id = 'NOT AN ID';
    expect(() => catalogFromSnapshot(JSON.stringify(snapshot))).toThrow(/posting 2 is invalid/);
  });

  it('rejects a snapshot whose index does not match its postings', () => {
    const snapshot = JSON.parse(catalogToSnapshot(fixtureCatalog()));
    snapshot.postings.pop();
    expect(() => catalogFromSnapshot(JSON.stringify(snapshot))).toThrow(/does not match/);
  });

  it('rejects a damaged index', () => {
    const snapshot = JSON.parse(catalogToSnapshot(fixtureCatalog()));
    snapshot.index = { documentCount: 'many' };
    expect(() => catalogFromSnapshot(JSON.stringify(snapshot))).toThrow(CatalogSnapshotError);
  });
});
