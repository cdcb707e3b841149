import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  CatalogSnapshotError,
  catalogFromSnapshot,
  catalogFromSnapshotLines,
  catalogSnapshotLines,
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

  /** The fixture's snapshot as lines: a header, one line per posting, the index's figures, its terms. */
  const snapshotLines = (): string[] => catalogToSnapshot(fixtureCatalog()).split('\n');
  const postingCount = () => fixtureCatalog().postings.length;

  it('rejects a snapshot from another format version', () => {
    const lines = snapshotLines();
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), version: SNAPSHOT_FORMAT_VERSION + 1 });
    expect(() => catalogFromSnapshot(lines.join('\n'))).toThrow(/format version/);
  });

  it('rejects a snapshot holding an invalid posting', () => {
    const lines = snapshotLines();
    lines[3] = JSON.stringify({ ...JSON.parse(lines[3]!), id: 'NOT AN ID' });
    expect(() => catalogFromSnapshot(lines.join('\n'))).toThrow(/posting 2 is invalid/);
  });

  it('rejects a snapshot whose index does not match its postings', () => {
    const lines = snapshotLines();
    lines.splice(postingCount(), 1);
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), postings: postingCount() - 1 });
    expect(() => catalogFromSnapshot(lines.join('\n'))).toThrow(/does not match/);
  });

  it('rejects postings that are in another order than the index numbers them', () => {
    const lines = snapshotLines();
    [lines[1], lines[2]] = [lines[2]!, lines[1]!];
    expect(() => catalogFromSnapshot(lines.join('\n'))).toThrow(/does not match/);
  });

  it('rejects a damaged index', () => {
    const lines = snapshotLines();
    lines[postingCount() + 1] = JSON.stringify({ documentCount: 'many' });
    expect(() => catalogFromSnapshot(lines.join('\n'))).toThrow(CatalogSnapshotError);
  });

  it('rejects saved words whose document numbers go backwards, or whose counts do not fit them', () => {
    const wordsAt = postingCount() + 2;
    const damaged = (change: (field: [number, number[], number[]]) => void) => {
      const lines = snapshotLines();
      const words = JSON.parse(lines[wordsAt]!) as [string, [number, number[], number[]][]][];
      change(words[0]![1][0]!);
      lines[wordsAt] = JSON.stringify(words);
      return lines.join('\n');
    };
    // The restored index is what search trusts: a word pointing at the wrong postings must not load.
    expect(() => catalogFromSnapshot(damaged((field) => field[1].push(-1)))).toThrow(/index is damaged/);
    expect(() => catalogFromSnapshot(damaged((field) => field[1].push(0)))).toThrow(/index is damaged/);
    expect(() => catalogFromSnapshot(damaged((field) => field[2].push(1, 2, 3)))).toThrow(/index is damaged/);
    expect(() => catalogFromSnapshot(damaged((field) => field[1].push(1.5)))).toThrow(/index is damaged/);
  });

  it('rejects a snapshot cut short, at any line', () => {
    const lines = snapshotLines();
    for (const kept of [1, 5, lines.length - 1]) {
      expect(() => catalogFromSnapshot(lines.slice(0, kept).join('\n')), `${kept} lines`).toThrow(
        /ends before/,
      );
    }
  });

  it('writes lines that hold no newline and read back, one at a time, as the same catalog', () => {
    const lines = [...catalogSnapshotLines(fixtureCatalog())];
    expect(lines).toHaveLength(snapshotLines().length);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    expect(catalogFromSnapshotLines(lines).postings).toEqual(fixtureCatalog().postings);
  });
});

describe('postings in a snapshot', () => {
  it('come back with every section as written, though passages of the text are saved once', () => {
    const original = fixtureCatalog();
    const restored = catalogFromSnapshot(catalogToSnapshot(original));
    expect(restored.postings.map((posting) => posting.sections)).toEqual(
      original.postings.map((posting) => posting.sections),
    );
    const savedFirst = catalogToSnapshot(original).split('\n')[1]!;
    expect(savedFirst.length).toBeLessThan(JSON.stringify(original.postings[0]).length);
  });

  it('are rejected when a saved passage points outside the text', () => {
    const lines = catalogToSnapshot(fixtureCatalog()).split('\n');
    const posting = JSON.parse(lines[1]!);
    posting.sections.about = [0, posting.text.length + 1];
    lines[1] = JSON.stringify(posting);
    expect(() => catalogFromSnapshot(lines.join('\n'))).toThrow(
      /posting 0 is invalid: a section points outside/,
    );
  });
});
