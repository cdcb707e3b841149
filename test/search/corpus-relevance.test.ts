import { describe, expect, it } from 'vitest';
import { searchPostings } from '../../src/search/search-postings.ts';
import { corpusRelevance } from './corpus-relevance.ts';

describe('relevance over the parser corpus, labelled from its annotations', () => {
  it('finds the roles people name, in the cities they name, from pages parsed as the bot parses them', () => {
    const { catalog, queries } = corpusRelevance();
    let shown = 0;
    let shownRelevant = 0;
    let returned = 0;
    let irrelevant = 0;
    let recall = 0;
    let wanted = 0;
    for (const { query, relevant } of queries) {
      const ids = searchPostings(catalog, query, {
        now: new Date('2026-11-25T12:00:00Z'),
        limit: 1_000,
      }).hits.map((hit) => hit.posting.id);
      for (const id of ids.slice(0, 5)) {
        shown++;
        if (relevant.has(id)) shownRelevant++;
      }
      returned += ids.length;
      irrelevant += ids.filter((id) => !relevant.has(id)).length;
      if (relevant.size > 0) {
        wanted++;
        recall += ids.filter((id) => relevant.has(id)).length / relevant.size;
      }
    }
    const figures = {
      postings: catalog.postings.length,
      queries: queries.length,
      precisionAt5: shownRelevant / Math.max(1, shown),
      irrelevantShare: irrelevant / Math.max(1, returned),
      recall: recall / Math.max(1, wanted),
    };
    console.log(
      `corpus relevance: ${figures.queries} queries over ${figures.postings} parsed postings: p@5 ${(figures.precisionAt5 * 100).toFixed(1)} %, irrelevant ${(figures.irrelevantShare * 100).toFixed(1)} %, recall ${(figures.recall * 100).toFixed(1)} %`,
    );
    expect(figures.queries).toBeGreaterThan(100);
    expect(figures.precisionAt5).toBeGreaterThanOrEqual(0.95);
    expect(figures.irrelevantShare).toBeLessThanOrEqual(0.1);
    // Misses include the parser's (a title it got wrong); a drop here is worth a look from either side.
    expect(figures.recall).toBeGreaterThanOrEqual(0.85);
  }, 60_000);
});
