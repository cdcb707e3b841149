import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.ts';
import { answerRolesCommand } from '../../src/answer/roles-command.ts';
import { renderTerminal } from '../../src/render/terminal.ts';
import { searchPostings } from '../../src/search/search-postings.ts';
import { fixtureCatalog } from '../fixtures/catalog/fixture-catalog.ts';

const context = { catalog: fixtureCatalog(), now: new Date('2026-11-25T10:00:00Z') };

const WORDS = [
  'senior',
  'ml',
  'engineer',
  'london',
  'new york',
  'remote',
  'salary',
  'how much',
  'which',
  'roles',
  'in',
  'need',
  'scala',
  'what',
  'new',
  'since',
  '2026-11-01',
  'over',
  '200k+',
  '£80k',
  '-manager',
  'not',
  'help',
  '?',
  'where',
  '<@U1>',
  '<https://x|y>',
  '(',
  '[',
  '*',
  '\\',
  '🚀',
  'ß',
  'é',
  'tell me about',
  'the',
  'k8s',
  '$',
  '>',
  '+',
  'hi',
  'thanks',
  'compare',
  'and',
  'vs',
  'the two',
  'highest paying',
  'lowest paid',
  'pays the most',
  'is there',
  'anything',
  'between 100k and 150k',
  'under 40k',
  'by the hour',
  'in GBP',
  'posted in march',
  'how many',
  'median',
];

/** Question-like text built from real words and awkward characters, plus arbitrary strings. */
const questions = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(' ')),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

describe('no question breaks the bot', () => {
  it('answerQuestion, answerRolesCommand, searchPostings and renderTerminal never throw', () => {
    fc.assert(
      fc.property(questions, (text) => {
        const answer = answerQuestion(text, context);
        expect(renderTerminal(answer).length).toBeGreaterThan(0);
        expect(renderTerminal(answerRolesCommand(text, context)).length).toBeGreaterThan(0);
        expect(searchPostings(context.catalog, text).hits.length).toBeLessThanOrEqual(50);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['empty', ''],
    ['only symbols', '!@#$%^&*()'],
    ['regex characters', '.*+?^$ {}()|[]\\ scala'],
    ['emoji', '🚀🔥 scala 🙂'],
    ['Slack markup', '<@U123> <!here> <!channel> <https://example.com|scala> <#C42|general>'],
    ['10,000 characters', 'senior ml engineer '.repeat(530)],
    ['a lone surrogate', '\ud800 scala'],
  ])('handles %s', (_label, text) => {
    expect(() => renderTerminal(answerQuestion(text, context))).not.toThrow();
    expect(() => renderTerminal(answerRolesCommand(text, context))).not.toThrow();
  });
});
