import { describe, expect, it } from 'vitest';
import { searchPostings } from '../../src/search/search-postings.ts';
import { seed, seedCatalog } from '../fixtures/catalog/seed-catalog.ts';

const seedNumbers = (query: string) =>
  searchPostings(seedCatalog(), query).hits.map((hit) => hit.posting.source.path.slice(0, 3));

describe('search over the real seed postings', () => {
  it('ml manager new york: the two New York ML manager roles first', () => {
    const found = seedNumbers('ml manager new york');
    expect(found.slice(0, 2).sort()).toEqual(['002', '003']);
  });

  it('ml manager new york: nothing that is neither a manager nor in New York ranks above them', () => {
    const hits = searchPostings(seedCatalog(), 'ml manager new york').hits;
    const lastWanted = Math.max(
      ...['002', '003'].map((n) => hits.findIndex((hit) => hit.posting.id === seed(n).id)),
    );
    for (const hit of hits.slice(0, lastWanted)) {
      const isManager = hit.posting.seniority === 'manager';
      const inNewYork = hit.posting.locations.some((location) => location.city === 'New York');
      expect(isManager || inNewYork, hit.posting.title).toBe(true);
    }
  });

  it('senior ml engineer london: the London role first', () => {
    expect(seedNumbers('senior ml engineer london')[0]).toBe('001');
  });

  it('boston: only the role based in New York or Boston', () => {
    expect(seedNumbers('boston')).toEqual(['003']);
  });

  it('remote and north america: the remote North America role first', () => {
    expect(seedNumbers('remote')[0]).toBe('004');
    expect(seedNumbers('north america')[0]).toBe('004');
  });

  it('scala: the role that asks for Scala', () => {
    expect(seedNumbers('scala')[0]).toBe('004');
  });

  it('llm serving: the LLM serving manager role', () => {
    expect(seedNumbers('llm serving')[0]).toBe('003');
  });

  it('kipp: the role on the Kipp team', () => {
    expect(seedNumbers('kipp')).toEqual(['000']);
  });

  it.each(['figma', 'roblox', 'cloudbeds', 'hightouch'])(
    '%s: nothing, since only page noise ("Similar jobs") mentions it',
    (query) => {
      expect(seedNumbers(query)).toEqual([]);
    },
  );

  it('typos still find the roles', () => {
    expect(seedNumbers('machine lerning enginer').length).toBeGreaterThan(0);
    expect(seedNumbers('londn')[0]).toBe('001');
  });
});
