import { describe, expect, it } from 'vitest';
import { buildConstraintIndex } from '../../src/search/constraint-index.ts';
import { loadFixturePostings } from '../fixtures/catalog/fixture-catalog.ts';

const postings = loadFixturePostings();
const index = buildConstraintIndex(postings);
const titlesOf = (positions: Int32Array | undefined) =>
  [...(positions ?? [])].map((at) => postings[at]!.title);

describe('buildConstraintIndex', () => {
  it('files a New York role under its city exactly, and under its state, country and continent', () => {
    expect(titlesOf(index.placeExact.get('new york'))).toContain('Senior Machine Learning Engineer');
    for (const wider of ['ny', 'us', 'united states', 'north america']) {
      expect(titlesOf(index.placeWithin.get(wider)), wider).toContain('Senior Machine Learning Engineer');
    }
    expect(titlesOf(index.placeExact.get('us'))).not.toContain('Senior Machine Learning Engineer');
  });

  it('finds a role with two offices under both cities, once each', () => {
    const manager = 'Engineering Manager, Machine Learning Platform';
    expect(titlesOf(index.placeExact.get('boston'))).toContain(manager);
    expect(titlesOf(index.placeWithin.get('us')).filter((title) => title === manager)).toHaveLength(1);
  });

  it('lists every posting of a company, level and workplace, in catalog order', () => {
    const lists = [
      ...index.company.values(),
      ...index.seniority.values(),
      ...index.workplace.values(),
      ...index.labelWord.values(),
    ];
    for (const list of lists) expect([...list]).toEqual([...new Set(list)].sort((a, b) => a - b));
    expect(titlesOf(index.company.get('Globex'))).toEqual(
      postings.filter((posting) => posting.company === 'Globex').map((posting) => posting.title),
    );
  });

  it('knows a manager by the word in the title as well as by the level, for `-manager`', () => {
    expect(titlesOf(index.labelWord.get('manager'))).toContain('Product Manager, Checkout');
    expect(titlesOf(index.seniorityTitleWord.get('manager'))).toContain('Product Manager, Checkout');
    expect(titlesOf(index.labelWord.get('manager'))).not.toContain('Senior Data Scientist');
  });
});
