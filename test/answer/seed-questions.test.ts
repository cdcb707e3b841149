import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.ts';
import type { Answer } from '../../src/answer/types.ts';
import { renderTerminal } from '../../src/render/terminal.ts';
import { seed, seedCatalog } from '../fixtures/catalog/seed-catalog.ts';

/** The questions of issue 10 over the five real seed postings (all Spotify, all yearly USD or unstated). */
const ask = (text: string) =>
  answerQuestion(text, { catalog: seedCatalog(), now: new Date('2026-11-25T10:00:00Z') });

function as<K extends Answer['kind']>(answer: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(answer.kind).toBe(kind);
  return answer as Extract<Answer, { kind: K }>;
}

describe('issue 10 questions over the seeds', () => {
  it('which roles pay by the hour? none, said plainly, never a yearly salary', () => {
    const answer = ask('which roles pay by the hour?');
    expect(answer.kind).toBe('not-found');
    expect(answer.postings).toEqual([]);
    expect(renderTerminal(answer)).not.toContain('a year');
  });

  it('which role pays the most? names 004 and its pay', () => {
    const extreme = as(ask('which role pays the most?'), 'extreme');
    expect(extreme.groups.map((group) => group.postings.map((posting) => posting.id))).toEqual([
      [seed('004').id],
    ]);
    expect(renderTerminal(extreme)).toContain('$210,000–$260,000 a year');
  });

  it('what is the median salary? the median of the two stated ranges, with N', () => {
    const salary = as(ask("what's the median salary?"), 'salary');
    expect(salary.groups).toEqual([
      {
        currency: 'USD',
        period: 'year',
        count: 2,
        min: 176_166,
        median: 224_458,
        mean: 224_458,
        max: 260_000,
      },
    ]);
  });

  it('what is the salary in GBP? no role states pay in GBP', () => {
    const answer = ask("what's the salary in GBP?");
    expect(answer.kind).toBe('not-found');
    expect(renderTerminal(answer)).toContain('GBP');
  });

  it('compare the two ML manager roles: the two Machine Learning Engineering Managers, told apart by team', () => {
    const compare = as(ask('compare the two ML manager roles'), 'compare');
    expect(compare.rows.map((row) => row.posting.id).sort()).toEqual([seed('000').id, seed('002').id].sort());
    const text = renderTerminal(compare);
    expect(text).toContain('Personalization');
    expect(text).toContain('Surfaces Music');
  });

  it('hi and thanks! are answered, not searched', () => {
    expect(ask('hi').kind).toBe('greeting');
    expect(ask('thanks!').kind).toBe('greeting');
  });
});
