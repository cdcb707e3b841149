import { describe, expect, it } from 'vitest';
import { searchPostings } from '../../src/search/search-postings.ts';
import { HAND_QUERIES } from '../fixtures/relevance/corpus-queries.ts';
import { corpusRelevance } from './corpus-relevance.ts';

/**
 * Hand-written queries over the parser corpus, labelled from the pages (test/fixtures/relevance/corpus-queries.ts):
 * typos, abbreviations, places that are also words, pay, dates and exclusions, the way people type them.
 */
describe('hand-labelled queries over the parser corpus', () => {
  it('shows relevant roles first, few irrelevant ones, and nothing where nothing fits', () => {
    const { catalog, pageOf } = corpusRelevance();
    const pages = new Set(pageOf.values());
    let shown = 0;
    let shownRelevant = 0;
    let returned = 0;
    let irrelevant = 0;
    let empty = 0;
    let emptyRight = 0;
    let recall = 0;
    let wanted = 0;
    const failures: string[] = [];
    for (const { query, relevant } of HAND_QUERIES) {
      // A label naming a page the corpus does not hold is a typo in the labels, not a search miss.
      for (const page of relevant) expect(pages, `${query}: ${page}`).toContain(page);
      const wantedPages = new Set(relevant);
      const hits = searchPostings(catalog, query, {
        now: new Date('2026-11-25T12:00:00Z'),
        limit: 1_000,
      }).hits;
      const found = hits.map((hit) => pageOf.get(hit.posting.id) ?? '');
      const wrong = found.filter((page) => !wantedPages.has(page));
      for (const page of found.slice(0, 5)) {
        shown++;
        if (wantedPages.has(page)) shownRelevant++;
      }
      returned += found.length;
      irrelevant += wrong.length;
      if (relevant.length === 0) {
        empty++;
        if (found.length === 0) emptyRight++;
      } else {
        wanted++;
        recall += new Set(found.filter((page) => wantedPages.has(page))).size / wantedPages.size;
      }
      if (wrong.length > 0 || (relevant.length === 0 && found.length > 0))
        failures.push(`${query}: ${wrong.join(', ')}`);
    }
    const figures = {
      queries: HAND_QUERIES.length,
      precisionAt5: shownRelevant / Math.max(1, shown),
      irrelevantShare: irrelevant / Math.max(1, returned),
      nothingRight: emptyRight / Math.max(1, empty),
      recall: recall / Math.max(1, wanted),
    };
    console.log(
      `hand queries: ${figures.queries} (${empty} must find nothing) over ${catalog.postings.length} parsed postings: p@5 ${(figures.precisionAt5 * 100).toFixed(1)} %, irrelevant ${(figures.irrelevantShare * 100).toFixed(1)} %, must-find-nothing ${emptyRight}/${empty}, recall ${(figures.recall * 100).toFixed(1)} %`,
    );
    if (failures.length > 0) console.log(`irrelevant results:\n  ${failures.join('\n  ')}`);
    expect(figures.queries).toBeGreaterThanOrEqual(40);
    expect(figures.precisionAt5).toBeGreaterThanOrEqual(0.95);
    expect(figures.irrelevantShare).toBeLessThanOrEqual(0.1);
    expect(figures.nothingRight).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
