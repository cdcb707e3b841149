import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Posting } from '../../src/model/posting.ts';
import { buildCatalog, type Catalog } from '../../src/search/catalog.ts';
import { editCatalog } from '../../src/search/catalog-update.ts';
import { internalsOf } from '../../src/search/exact-scores.ts';
import { searchPostings } from '../../src/search/search-postings.ts';
import { loadFixturePostings } from '../fixtures/catalog/fixture-catalog.ts';

const all = loadFixturePostings();
const QUERIES = [
  'engineer',
  'data scientist london',
  'remote backend',
  'senior product manager',
  'python -manager',
];

/** Everything search reads, in a comparable form: words and their lists, lengths, constraints. */
function shape(catalog: Catalog) {
  const internals = internalsOf(catalog.index)!;
  const words: Record<string, Record<number, [number, number][]>> = {};
  for (const [word, fields] of internals._index.atPrefix('')) {
    words[word] = Object.fromEntries(
      [...fields].map(([fieldId, list]) => [fieldId, [...list.entries()].map(([d, c]) => [d, c])]),
    );
  }
  const constraints = Object.fromEntries(
    Object.entries(catalog.constraints).map(([name, map]) => [
      name,
      Object.fromEntries([...(map as Map<string, Int32Array>)].map(([k, v]) => [k, [...v]])),
    ]),
  );
  return {
    ids: catalog.postings.map((p) => p.id),
    documentIds: [...internals._documentIds].sort((a, b) => a[0] - b[0]),
    lengths: [...internals._fieldLength].sort((a, b) => a[0] - b[0]),
    // With no documents left the averages mean nothing (MiniSearch keeps zeros, a new index has none).
    average: internals._documentCount === 0 ? [] : internals._avgFieldLength.map((v) => Math.round(v * 1e6)),
    count: internals._documentCount,
    words,
    constraints,
    companies: catalog.companies,
  };
}

function results(catalog: Catalog) {
  return QUERIES.map((query) =>
    searchPostings(catalog, query).hits.map((hit) => [hit.posting.id, Math.round(hit.score * 1e6)]),
  );
}

function retitled(posting: Posting, title: string): Posting {
  return { ...posting, id: `${posting.id}-v2`, title };
}

describe('editing a catalog in place of a rebuild', () => {
  it('gives exactly the catalog a rebuild of the same postings gives', () => {
    fc.assert(
      fc.property(
        fc.subarray(all, { minLength: 4 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (start, removeAt, replaceAt, addAt) => {
          const base = buildCatalog(start);
          const removed = new Set(removeAt.map((n) => start[n % start.length]!));
          const replaced = new Map<Posting, Posting>();
          for (const n of replaceAt) {
            const posting = start[n % start.length]!;
            if (!removed.has(posting)) replaced.set(posting, retitled(posting, `${posting.title} Lead`));
          }
          const outside = all.filter((p) => !start.includes(p));
          const added = [...new Set(addAt.map((n) => outside[n % Math.max(outside.length, 1)]))].filter(
            (p): p is Posting => p !== undefined,
          );
          const edited = editCatalog(base, {
            remove: [...removed, ...replaced.keys()],
            add: [...replaced.values(), ...added],
          });
          // The rebuild sees the postings in the edited catalog's order, so document numbers line up.
          const expected = buildCatalog(edited.postings);
          const kept = start.filter((p) => !removed.has(p)).map((p) => replaced.get(p) ?? p);
          expect(new Set(edited.postings)).toEqual(new Set([...kept, ...added]));
          expect(shape(edited)).toEqual(shape(expected));
          expect(results(edited)).toEqual(results(expected));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds an edited title at once and no longer finds the old one', () => {
    const base = buildCatalog(all);
    const target = all.find((p) => !/zookeeper/i.test(p.text))!;
    const next = { ...target, id: 'zoo-1', title: 'Zookeeper of Penguins' };
    const edited = editCatalog(base, { remove: [target], add: [next] });
    expect(searchPostings(edited, 'zookeeper penguins').hits[0]?.posting.id).toBe('zoo-1');
    expect(edited.byId.has(target.id)).toBe(false);
    expect(edited.postings).toHaveLength(all.length);
    expect(edited.postings.indexOf(next)).toBe(base.postings.indexOf(target));
  });

  it('skips a posting whose id is already in the catalog, as a rebuild does', () => {
    const base = buildCatalog(all.slice(0, 5));
    const twin = { ...all[7]!, id: all[0]!.id };
    const edited = editCatalog(base, { remove: [], add: [twin] });
    expect(edited.postings).toHaveLength(5);
    expect(edited.byId.get(all[0]!.id)).toBe(all[0]);
  });
});
