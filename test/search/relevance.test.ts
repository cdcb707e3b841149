import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/search/catalog.ts';
import { searchPostings } from '../../src/search/search-postings.ts';
import { relevanceCorpus } from '../fixtures/relevance/postings.ts';
import { LABELLED_QUERIES, RELEVANCE_NOW } from '../fixtures/relevance/queries.ts';

const corpus = relevanceCorpus();
const catalog = buildCatalog(corpus.map(({ posting }) => posting));

interface Outcome {
  query: string;
  kind: string;
  returned: string[];
  relevant: Set<string>;
}

const outcomes: Outcome[] = LABELLED_QUERIES.map(({ query, kind, relevant }) => ({
  query,
  kind,
  returned: searchPostings(catalog, query, { now: RELEVANCE_NOW, limit: corpus.length }).hits.map(
    (hit) => hit.posting.id,
  ),
  relevant: new Set(corpus.filter(({ truth }) => relevant(truth)).map(({ truth }) => truth.id)),
}));

function figures(selection: readonly Outcome[]) {
  const answered = selection.filter((outcome) => outcome.returned.length > 0 && outcome.relevant.size > 0);
  const topFive = answered.flatMap((outcome) =>
    outcome.returned.slice(0, 5).map((id) => outcome.relevant.has(id)),
  );
  const returned = selection.flatMap((outcome) => outcome.returned.map((id) => outcome.relevant.has(id)));
  const wanted = selection.filter((outcome) => outcome.relevant.size > 0);
  const recall =
    wanted.reduce(
      (sum, outcome) =>
        sum + outcome.returned.filter((id) => outcome.relevant.has(id)).length / outcome.relevant.size,
      0,
    ) / Math.max(1, wanted.length);
  const nothing = selection.filter((outcome) => outcome.kind === 'nothing');
  return {
    queries: selection.length,
    precisionAt5: topFive.filter(Boolean).length / Math.max(1, topFive.length),
    irrelevantShare: returned.filter((ok) => !ok).length / Math.max(1, returned.length),
    recall,
    nothingRight:
      nothing.filter((outcome) => outcome.returned.length === 0).length / Math.max(1, nothing.length),
    nothingQueries: nothing.length,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

describe('relevance over the labelled corpus', () => {
  it('holds at least 300 postings and 150 labelled queries, 25 of them that must find nothing', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(150);
    expect(LABELLED_QUERIES.filter((query) => query.kind === 'nothing').length).toBeGreaterThanOrEqual(25);
    // A query labelled "nothing" has no relevant posting; every other query has some.
    for (const outcome of outcomes) {
      if (outcome.kind === 'nothing') expect(outcome.relevant.size, outcome.query).toBe(0);
    }
  });

  it('meets the targets: 95 % of the first five relevant, at most 10 % irrelevant, 95 % of nothing-queries empty', () => {
    const overall = figures(outcomes);
    const lines = [
      `relevance: ${overall.queries} queries over ${corpus.length} postings`,
      `  precision of the first five: ${percent(overall.precisionAt5)}`,
      `  share of returned results irrelevant: ${percent(overall.irrelevantShare)}`,
      `  recall: ${percent(overall.recall)}`,
      `  must-find-nothing queries returning nothing: ${percent(overall.nothingRight)} of ${overall.nothingQueries}`,
    ];
    for (const kind of new Set(outcomes.map((outcome) => outcome.kind))) {
      const part = figures(outcomes.filter((outcome) => outcome.kind === kind));
      lines.push(
        `  ${kind.padEnd(13)} n=${String(part.queries).padStart(3)}  p@5 ${percent(part.precisionAt5).padStart(7)}  irrelevant ${percent(part.irrelevantShare).padStart(7)}  recall ${percent(part.recall).padStart(7)}`,
      );
    }
    const misses = outcomes
      .map((outcome) => ({
        query: outcome.query,
        wrong: outcome.returned.filter((id) => !outcome.relevant.has(id)).length,
        missed: [...outcome.relevant].filter((id) => !outcome.returned.includes(id)).length,
      }))
      .filter((row) => row.wrong > 0 || row.missed > 0)
      .map((row) => `    ${row.query}: ${row.wrong} wrong, ${row.missed} missed`);
    console.log([...lines, ...(misses.length > 0 ? ['  imperfect queries:', ...misses] : [])].join('\n'));
    expect(overall.precisionAt5).toBeGreaterThanOrEqual(0.95);
    expect(overall.irrelevantShare).toBeLessThanOrEqual(0.1);
    expect(overall.nothingRight).toBeGreaterThanOrEqual(0.95);
  });
});
