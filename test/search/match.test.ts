import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/search/catalog.ts';
import { searchPostings } from '../../src/search/search-postings.ts';
import { makePosting } from '../digest/make-posting.ts';

const london = [{ city: 'London', region: 'England', country: 'GB', raw: 'London' }];
const postings = [
  makePosting({ id: 'eng00001', title: 'Data Engineer', skills: ['SQL'], locations: london }),
  makePosting({ id: 'eng00002', title: 'Data Engineering Lead', skills: ['SQL'], seniority: null }),
  makePosting({ id: 'dev00001', title: 'Frontend Developer', skills: ['React'], seniority: null }),
  makePosting({ id: 'dev00002', title: 'Business Development Manager', skills: ['Sales'], seniority: null }),
  makePosting({
    id: 'mle00001',
    title: 'Machine Learning Engineer',
    skills: ['Python'],
    text: 'You will work with data scientists. The Kipp team owns targeting. Some Scala.',
  }),
  makePosting({ id: 'sca00001', title: 'Backend Engineer', skills: ['Scala'], workplace: 'remote' }),
  makePosting({ id: 'acc00001', title: 'Management Accountant', skills: ['Excel'], seniority: null }),
];
const catalog = buildCatalog(postings);
const ids = (query: string) =>
  searchPostings(catalog, query, { now: new Date('2026-11-25T00:00:00Z') })
    .hits.map((hit) => hit.posting.id)
    .sort();

describe('what a match is', () => {
  it('reads engineer and engineering, developer and development, manager and management as different words', () => {
    expect(ids('data engineer')).toEqual(['eng00001']);
    expect(ids('data engineering')).toEqual(['eng00002']);
    expect(ids('developer')).toEqual(['dev00001']);
    expect(ids('manager')).toEqual(['dev00002']);
    expect(ids('accountant')).toEqual(['acc00001']);
  });

  it('matches plurals', () => {
    expect(ids('developers')).toEqual(['dev00001']);
    expect(ids('data engineers')).toEqual(['eng00001']);
  });

  it('does not read "manager" as a level that "Lead" titles satisfy', () => {
    expect(ids('data manager')).toEqual([]);
  });

  it('needs the occupation in the title: a role that mentions data scientists is not one', () => {
    expect(ids('data scientist')).toEqual([]);
    const result = searchPostings(catalog, 'data scientist');
    expect(result.nearMisses.map((group) => group.heading)).toEqual([
      'Mention “data scientist”, but not in the title',
    ]);
    expect(result.total).toBe(0);
  });

  it('keeps a skill named only in the text apart, as a near miss', () => {
    expect(ids('scala')).toEqual(['sca00001']);
    const near = searchPostings(catalog, 'scala').nearMisses;
    expect(near[0]?.heading).toBe('Mention “scala” only in the text');
    expect(near[0]?.postings.map((posting) => posting.id)).toEqual(['mle00001']);
  });

  it('matches a topic no posting labels in the text', () => {
    expect(ids('kipp')).toEqual(['mle00001']);
  });

  it('needs every part: a made-up word finds nothing rather than everything else', () => {
    expect(ids('blorf engineer')).toEqual([]);
    expect(searchPostings(catalog, 'blorf engineer').unmatched).toEqual(['“blorf”']);
  });

  it('needs every filter, and never counts a near miss', () => {
    expect(ids('scala remote')).toEqual(['sca00001']);
    expect(ids('engineer remote')).toEqual(['sca00001']);
    const result = searchPostings(catalog, 'data engineer remote');
    expect(result.total).toBe(0);
  });
});
