import { describe, expect, it } from 'vitest';
import { correctWord, editDistance, wordKnowledge } from '../../src/search/typo-correction.ts';
import { seedCatalog } from '../fixtures/catalog/seed-catalog.ts';

const knowledge = () => wordKnowledge(seedCatalog());

describe('typo correction', () => {
  it('corrects misspellings of catalog words', () => {
    expect(correctWord('enginer', knowledge())).toBe('engineer');
    expect(correctWord('managr', knowledge())).toBe('manager');
    expect(correctWord('lerning', knowledge())).toBe('learning');
    expect(correctWord('londn', knowledge())).toBe('london');
  });

  it('never turns a real word or an acronym into another word', () => {
    // Short, an acronym, a dictionary word, a word the catalog has.
    expect(correctWord('lpm', knowledge())).toBeNull();
    expect(correctWord('zookeeper', knowledge())).toBeNull();
    expect(correctWord('kipp', knowledge())).toBeNull();
    expect(correctWord('nurse', knowledge())).toBeNull();
    expect(correctWord('mlops', knowledge())).toBeNull();
    expect(correctWord('html5', knowledge())).toBeNull();
  });

  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('mangaer', 'manager', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
