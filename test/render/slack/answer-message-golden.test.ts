import { describe, expect, it } from 'vitest';
import type { SalaryAnswer, SearchAnswer } from '../../../src/answer/types.ts';
import { renderAnswerMessage } from '../../../src/render/slack/answer-message.ts';
import { makePosting } from './fixtures.ts';

const now = new Date('2026-11-25T10:00:00Z');

const manager = makePosting({
  id: 'mlmgr001',
  title: 'Machine Learning Engineering Manager - Surfaces Music',
  team: 'Surfaces Music',
  summary: 'Lead the team that builds music recommendations for Home and Now Playing.',
  postedAt: '2026-11-24',
});
const engineer = makePosting();
const london = makePosting({
  id: 'ldn00001',
  title: 'Senior ML Engineer',
  team: null,
  locations: [{ city: 'London', region: null, country: 'GB', raw: 'London, UK' }],
  workplace: 'onsite',
  salary: {
    min: 90000,
    max: 120000,
    currency: 'GBP',
    period: 'year',
    text: '£90,000 - £120,000 per annum',
    ranges: [
      { min: 90000, max: 120000, currency: 'GBP', period: 'year', text: '£90,000 - £120,000 per annum' },
    ],
  },
  postedAt: '2026-10-01',
});
const unpaid = makePosting({ id: 'nopay001', title: 'Data Scientist', salary: null, postedAt: null });

describe('golden Slack messages', () => {
  it('renders a search page as it always has', () => {
    const answer: SearchAnswer = {
      kind: 'search',
      question: 'ml manager new york',
      postings: [manager, engineer, london, unpaid, manager, engineer],
      notes: ['Dropped “the”: too common to search for.'],
      understood: 'manager · machine learning · in New York',
      hits: [manager, engineer, london, unpaid, manager, engineer].map((posting, i) => ({
        posting,
        score: 10 - i,
        coverage: 1,
        matchedTerms: ['ml'],
      })),
      hint: null,
    };
    expect(renderAnswerMessage(answer, { now })).toMatchSnapshot();
  });

  it('renders a salary answer as it always has', () => {
    const answer: SalaryAnswer = {
      kind: 'salary',
      question: 'salary ml engineer',
      postings: [engineer, london, unpaid],
      notes: ['Salaries in different currencies are not compared.'],
      understood: 'ml engineer',
      rows: [engineer, london, unpaid].map((posting) => ({ posting, salary: posting.salary })),
      groups: [
        { currency: 'USD', period: 'year', count: 1, min: 176166, median: 213916, mean: 213916, max: 251666 },
        { currency: 'GBP', period: 'year', count: 1, min: 90000, median: 105000, mean: 105000, max: 120000 },
      ],
      notStated: [unpaid],
    };
    expect(renderAnswerMessage(answer, { now })).toMatchSnapshot();
  });
});
