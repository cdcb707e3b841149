import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/search/catalog.ts';
import { searchPostings } from '../../src/search/search-postings.ts';
import { fixtureCatalog, loadFixturePostings } from '../fixtures/catalog/fixture-catalog.ts';

const catalog = fixtureCatalog();

function titles(query: string): string[] {
  return searchPostings(catalog, query).hits.map((hit) => hit.posting.title);
}

describe('searchPostings over the fixture corpus', () => {
  it('returns only roles that match every word: no padding with partial matches', () => {
    const result = searchPostings(catalog, 'machine learning manager');
    expect(result.hits.map((hit) => hit.posting.title).sort()).toEqual([
      'Engineering Manager, Machine Learning Platform',
      'Machine Learning Engineering Manager',
      'Product Manager, Machine Learning',
    ]);
    expect(result.total).toBe(3);
    expect(result.hits.every((hit) => hit.coverage === 1)).toBe(true);
  });

  it('puts the role that is an ML manager in New York first', () => {
    expect(titles('ml manager new york')[0]).toBe('Engineering Manager, Machine Learning Platform');
  });

  it('puts roles in a named place first', () => {
    const hits = searchPostings(catalog, 'data scientist london').hits;
    expect(hits[0]?.posting.title).toBe('Senior Data Scientist');
    expect(hits[0]?.posting.locations[0]?.city).toBe('London');
  });

  it('finds a posting located in "New York or Boston" for either city', () => {
    expect(titles('boston')).toContain('Engineering Manager, Machine Learning Platform');
    expect(titles('new york')).toContain('Engineering Manager, Machine Learning Platform');
  });

  it('returns only roles located in a place when the query is just the place', () => {
    expect(titles('boston').sort()).toEqual([
      'Engineering Manager, Machine Learning Platform',
      'Machine Learning Intern',
    ]);
  });

  it('finds roles inside a wider area, with a role stated for the area itself first', () => {
    const found = titles('north america');
    expect(found[0]).toBe('Senior Machine Learning Engineer, Personalization');
    expect(found).toContain('Senior iOS Engineer');
    expect(found).not.toContain('Senior Data Scientist');
  });

  it('expands abbreviations both ways', () => {
    expect(titles('k8s')).toContain('Site Reliability Engineer');
    expect(titles('kubernetes')).toEqual(titles('k8s'));
    expect(titles('nlp')).toContain('Senior NLP Engineer');
    expect(titles('natural language processing')).toContain('Senior NLP Engineer');
    expect(titles('sre')[0]).toBe('Site Reliability Engineer');
    expect(titles('cv engineer')[0]).toBe('Computer Vision Engineer');
  });

  it('reads sr and jr as seniority levels', () => {
    expect(titles('sr data scientist')[0]).toBe('Senior Data Scientist');
    expect(titles('jr software engineer')[0]).toBe('Junior Software Engineer');
  });

  it('still finds roles through common typos', () => {
    expect(titles('enginer').length).toBeGreaterThan(10);
    expect(titles('managr')).toContain('Machine Learning Engineering Manager');
    expect(titles('londn')).toContain('Senior Data Scientist');
  });

  it('does not let typo tolerance flood a precise word', () => {
    expect(titles('scala').sort()).toEqual([
      'Backend Engineer (Scala)',
      'Senior Machine Learning Engineer, Personalization',
    ]);
  });

  it('filters by workplace', () => {
    const hits = searchPostings(catalog, 'remote').hits;
    expect(hits).toHaveLength(5);
    expect(hits.every((hit) => hit.posting.workplace === 'remote')).toBe(true);
    const hybrid = searchPostings(catalog, 'hybrid data scientist').hits.filter((hit) => hit.coverage === 1);
    expect(hybrid.map((hit) => hit.posting.title).sort()).toEqual([
      'Data Scientist',
      'Senior Data Scientist',
    ]);
  });

  it('leaves out excluded words, written as -word or "not word"', () => {
    for (const query of ['machine learning -manager', 'machine learning not manager']) {
      const found = titles(query);
      expect(found.length).toBeGreaterThan(3);
      expect(found.some((title) => /manager/i.test(title))).toBe(false);
    }
    expect(titles('data engineer -contract')).not.toContain('Contract Data Engineer');
  });

  it('keeps only roles paying at least a floor, never those that state no salary', () => {
    const hits = searchPostings(catalog, 'machine learning over 200k').hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => (hit.posting.salary?.max ?? 0) >= 200_000)).toBe(true);
    expect(titles('machine learning over 200k')).not.toContain('Machine Learning Engineer');
    expect(titles('machine learning over 200k')).not.toContain('Machine Learning Engineering Manager');
    const near = searchPostings(catalog, 'machine learning over 200k').nearMisses;
    expect(near.map((group) => group.heading)).toContain('State no pay that compares');
  });

  it('reads ceilings and ranges', () => {
    const under = searchPostings(catalog, 'engineer under 120k').hits;
    expect(under.length).toBeGreaterThan(0);
    expect(under.every((hit) => (hit.posting.salary?.min ?? Number.POSITIVE_INFINITY) <= 120_000)).toBe(true);
    const between = searchPostings(catalog, 'between 150k and 180k usd').hits;
    expect(between.length).toBeGreaterThan(0);
    for (const hit of between) {
      expect(hit.posting.salary?.currency).toBe('USD');
      expect(hit.posting.salary?.max ?? 0).toBeGreaterThanOrEqual(150_000);
      expect(hit.posting.salary?.min ?? 0).toBeLessThanOrEqual(180_000);
    }
  });

  it('reads a pay period as a filter', () => {
    expect(titles('hourly').sort()).toEqual(['Machine Learning Intern', 'Working Student Data Engineering']);
    expect(titles('day rate')).toEqual(['Contract Data Engineer']);
  });

  it('reads salary floors written in several ways', () => {
    for (const query of ['>200k', '200k+', 'over $200,000', 'at least 200k', 'at least 200,000 usd']) {
      const hits = searchPostings(catalog, query).hits.filter(
        (hit) => hit.posting.salary?.currency === 'USD',
      );
      expect(hits.length, query).toBeGreaterThan(3);
      expect(
        hits.every((hit) => (hit.posting.salary?.max ?? 0) >= 200_000),
        query,
      ).toBe(true);
    }
  });

  it('compares a floor only with salaries in the currency it names, and never a day rate with a year', () => {
    const hits = searchPostings(catalog, 'at least £100k').hits;
    expect(hits.every((hit) => hit.posting.salary?.currency === 'GBP')).toBe(true);
    expect(hits.map((hit) => hit.posting.title).sort()).toEqual([
      'Product Manager, Machine Learning',
      'Research Scientist, Reinforcement Learning',
      'Staff Software Engineer, Payments',
    ]);
  });

  it('does not compare a floor without a currency with rupees, and says which currencies it compared', () => {
    const result = searchPostings(catalog, 'data scientist over 90k');
    expect(result.hits.map((hit) => hit.posting.title)).toEqual(['Senior Data Scientist']);
    const london = searchPostings(catalog, 'over 100k london');
    expect(london.notes.join(' ')).toMatch(/GBP/);
  });

  it('recognises a company named in the query', () => {
    const result = searchPostings(catalog, 'globex');
    expect(result.query.companies).toEqual(['Globex']);
    expect(result.hits.map((hit) => hit.posting.company)).toEqual(['Globex', 'Globex', 'Globex']);
    expect(titles('data scientist at globex')).toEqual(['Senior Data Scientist']);
  });

  it('finds nothing when one word matches nothing, says which, and offers words the catalog has', () => {
    const result = searchPostings(catalog, 'scala zyzzyva');
    expect(result.hits).toEqual([]);
    expect(result.unmatched).toEqual(['“zyzzyva”']);
    expect(result.notes.join(' ')).toContain('zyzzyva');
    expect(searchPostings(catalog, 'zcientist').didYouMean.join(' ')).toMatch(/scientist/);
  });

  it('finds nothing for a place no role is in, says so, and shows the role elsewhere apart', () => {
    const result = searchPostings(catalog, 'data scientist france');
    expect(result.hits).toEqual([]);
    expect(result.notes.join(' ')).toMatch(/No role is in France/);
    expect(result.nearMisses[0]?.heading).toBe('Also in other places');
    expect(result.nearMisses[0]?.postings.map((posting) => posting.title)).toContain('Senior Data Scientist');
  });

  it('returns nothing, with a note, when no word matches', () => {
    const result = searchPostings(catalog, 'figma');
    expect(result.hits).toEqual([]);
    expect(result.notes).toHaveLength(1);
  });

  it('never matches benefits or equal-opportunity boilerplate', () => {
    expect(titles('dental')).toEqual([]);
    expect(titles('veteran')).toEqual([]);
  });

  it('treats regex characters, emoji and Slack markup as plain text', () => {
    for (const query of ['(scala', 'scala.*', '[scala]', 'scala 🚀', '<@U123ABC> scala', '<!here> scala']) {
      expect(titles(query)[0], query).toBe('Backend Engineer (Scala)');
    }
    expect(titles('<https://example.com/jobs|scala> roles')[0]).toBe('Backend Engineer (Scala)');
  });

  it('cuts very long input and says so', () => {
    const result = searchPostings(catalog, `scala ${'a '.repeat(5_000)}`);
    expect(result.hits[0]?.posting.title).toBe('Backend Engineer (Scala)');
    expect(result.notes.join(' ')).toMatch(/first 500 characters/);
  });

  it('limits the hits but reports how many matched', () => {
    const result = searchPostings(catalog, 'engineer', { limit: 3 });
    expect(result.hits).toHaveLength(3);
    expect(result.total).toBeGreaterThan(3);
  });

  it('gives the same ranking whatever order the postings were loaded in', () => {
    const reversed = buildCatalog([...loadFixturePostings()].reverse());
    const ids = (query: string, from: typeof catalog) =>
      searchPostings(from, query).hits.map((hit) => hit.posting.id);
    for (const query of ['ml engineer', 'remote', 'london', 'senior']) {
      expect(ids(query, reversed)).toEqual(ids(query, catalog));
    }
  });
});
