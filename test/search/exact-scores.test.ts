import { describe, expect, it } from 'vitest';
import { approximatePhraseScores, exactPhraseScores } from '../../src/search/exact-scores.ts';
import { normalizePhrase } from '../../src/search/normalize-term.ts';
import { fixtureCatalog } from '../fixtures/catalog/fixture-catalog.ts';

const { index } = fixtureCatalog();

describe('exactPhraseScores', () => {
  it.each(['engineer', 'machine learning', 'python', 'london', 'senior data scientist', 'kafka scala'])(
    'finds the same postings with the same scores as MiniSearch for %j',
    (phrase) => {
      const ours = exactPhraseScores(index, [normalizePhrase(phrase)]);
      const theirs = index.search({ combineWith: 'AND', queries: [phrase] }, { prefix: false, fuzzy: false });
      expect(ours).not.toBeNull();
      expect([...ours!.keys()].sort()).toEqual(theirs.map((result) => result.id as string).sort());
      for (const result of theirs) expect(ours!.get(result.id as string)).toBeCloseTo(result.score, 6);
    },
  );

  it.each(['enginer', 'londn', 'managr', 'scal', 'pyth', 'kubernetis'])(
    'matches typos and prefixes as MiniSearch search with our options does, for %j',
    (word) => {
      const ours = approximatePhraseScores(index, [normalizePhrase(word)]);
      const theirs = index.search(word);
      expect(theirs.length).toBeGreaterThan(0);
      expect([...ours!.keys()].sort()).toEqual(theirs.map((result) => result.id as string).sort());
      for (const result of theirs) expect(ours!.get(result.id as string)).toBeCloseTo(result.score, 6);
    },
  );

  it('finds nothing when one word of a phrase is missing', () => {
    expect(exactPhraseScores(index, [['scala', 'zyzzyva']])?.size).toBe(0);
  });

  it('adds up the scores of alternative phrases', () => {
    const alone = exactPhraseScores(index, [['kubernete']])!;
    const both = exactPhraseScores(index, [['kubernete'], ['k8s']])!;
    expect([...both.keys()].sort()).toEqual([...alone.keys()].sort());
  });

  it('returns null for an index whose internals it cannot read, so callers fall back to search', () => {
    expect(exactPhraseScores({} as typeof index, [['engineer']])).toBeNull();
  });
});
