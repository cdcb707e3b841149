import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/search/catalog.ts';
import { searchPostings } from '../../src/search/search-postings.ts';
import { makePosting } from '../digest/make-posting.ts';

const NOW = new Date('2026-11-25T12:00:00Z');
const open = makePosting({ id: 'open0001', title: 'Data Engineer', company: 'Acme' });
const pastClosingDate = makePosting({
  id: 'late0001',
  title: 'Data Engineer',
  company: 'Globex',
  validThrough: '2026-11-20',
});
const goneFromBoard = makePosting({
  id: 'gone0001',
  title: 'Data Engineer',
  company: 'Initech',
  closedAt: '2026-11-22',
});
const catalog = buildCatalog([open, pastClosingDate, goneFromBoard]);
const ids = (query: string, now = NOW) =>
  searchPostings(catalog, query, { now }).hits.map((h) => h.posting.id);

describe('closed roles in search', () => {
  it('leaves out roles past their closing date or gone from their board', () => {
    expect(ids('data engineer')).toEqual(['open0001']);
  });

  it('shows them when the query asks for closed roles, without reading "closed" as a role word', () => {
    expect(ids('data engineer closed').sort()).toEqual(['gone0001', 'late0001', 'open0001']);
    expect(ids('expired data engineer').sort()).toEqual(['gone0001', 'late0001', 'open0001']);
  });

  it('judges a closing date at the time the query is asked, not by the wall clock', () => {
    expect(ids('data engineer', new Date('2026-11-19T12:00:00Z')).sort()).toEqual([
      'gone0001',
      'late0001',
      'open0001',
    ]);
  });
});
