import { describe, expect, it } from 'vitest';
import { searchAnswer } from '../../src/answer/search-answer.ts';
import { renderTerminal } from '../../src/render/terminal.ts';
import { seedCatalog } from '../fixtures/catalog/seed-catalog.ts';

const context = () => ({ catalog: seedCatalog(), now: new Date('2026-11-25T10:00:00Z') });

describe('searchAnswer', () => {
  it('counts matches only and shows near misses apart, under what they miss', () => {
    const answer = searchAnswer('senior ml engineer london', 'senior ml engineer london', context());
    expect(answer.kind).toBe('search');
    if (answer.kind !== 'search') return;
    expect(answer.hits.map((hit) => hit.posting.title)).toEqual(['Senior Machine Learning Engineer']);
    expect(answer.total).toBe(1);
    expect(answer.nearMisses?.[0]?.heading).toBe('Also in other places');
    const text = renderTerminal(answer);
    expect(text).toMatch(/^1 role for/);
    expect(text).toContain('Also in other places (not counted):');
  });

  it('says which part found nothing and offers words the catalog has', () => {
    const answer = searchAnswer('zcala', 'zcala', context());
    expect(answer.kind).toBe('not-found');
    if (answer.kind !== 'not-found') return;
    expect(answer.missing).toEqual(['“zcala”']);
    expect(answer.didYouMean?.join(' ')).toContain('scala');
    expect(answer.postings).toEqual([]);
  });

  it('names near misses in the notes when nothing matches', () => {
    const answer = searchAnswer('ml manager london', 'ml manager london', context());
    expect(answer.kind).toBe('not-found');
    expect(answer.notes.join(' ')).toMatch(/Also in other places: .*Manager/);
  });
});
