import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.ts';
import type { Answer } from '../../src/answer/types.ts';
import { renderAnswerMessage } from '../../src/render/slack/answer-message.ts';
import { renderTerminal } from '../../src/render/terminal.ts';
import { ANSWER_NOW, answerCatalog } from '../fixtures/answers/answer-catalog.ts';

/**
 * Questions as people ask them, over a mixed board of 40 roles (pay by the year, month, day and hour in seven
 * currencies; undated and unpaid roles; titles that repeat), with the clock pinned. Each case says what the
 * answer must hold and must not: in the Answer data, in the terminal text and in the Slack message.
 */
const context = { catalog: answerCatalog(), now: ANSWER_NOW };
const ask = (question: string) => answerQuestion(question, context);

/** Fixture ids are "ans000NN"; cases name them by number. */
const id = (n: number) => `ans000${String(n).padStart(2, '0')}`;
const ids = (...numbers: number[]) => numbers.map(id).sort();
const idsOf = (postings: readonly { id: string }[]) => postings.map((posting) => posting.id).sort();

interface Case {
  question: string;
  kind: Answer['kind'];
  /** The postings the answer uses, exactly (as a set). */
  exactly?: number[];
  /** Postings the answer must use, and must not. */
  uses?: number[];
  never?: number[];
  /** Text the terminal rendering must contain, and must not. */
  says?: string[];
  neverSays?: string[];
  check?: (answer: Answer) => void;
}

function as<K extends Answer['kind']>(answer: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(answer.kind).toBe(kind);
  return answer as Extract<Answer, { kind: K }>;
}

const GREETINGS: Case[] = [
  'hi',
  'hello',
  'hey there',
  'good morning',
  'Hi!',
  'thanks!',
  'thank you',
  'cheers',
  'thanks a lot',
  'ok thanks 👍',
].map((question) => ({
  question,
  kind: 'greeting',
  exactly: [],
  says: ['which role pays the most?', "what's new this week?"],
  neverSays: ['Nothing found', 'No role matches'],
  check: (answer) => {
    const greeting = as(answer, 'greeting');
    expect(greeting.mood).toBe(/than|cheer/i.test(question) ? 'thanks' : 'hello');
    expect(greeting.examples).toHaveLength(3);
  },
}));

const HOURLY = [11, 12, 13, 26, 36];
const BY_THE_HOUR: Case[] = [
  'which roles pay by the hour?',
  "what's the hourly pay?",
  'which jobs are paid hourly?',
].map((question) => ({
  question,
  kind: 'salary',
  exactly: HOURLY,
  says: ['$45–$55 an hour', '£12.50 an hour', '€16 an hour', 'paid by the hour'],
  neverSays: ['a year', 'Pay for “hour”', 'not stated'],
  check: (answer) => {
    const salary = as(answer, 'salary');
    expect(salary.groups.every((group) => group.period === 'hour')).toBe(true);
    expect(salary.notStated).toEqual([]);
  },
}));

/** Every group of a superlative holds one currency and one period: pay is compared like with like. */
function likeWithLike(answer: Answer): void {
  const extreme = as(answer, 'extreme');
  for (const group of extreme.groups) {
    for (const posting of group.postings) {
      expect(posting.salary?.currency).toBe(group.currency);
      expect(posting.salary?.period).toBe(group.period);
    }
  }
}

function topOf(answer: Answer, currency: string, period: string): string[] {
  const group = as(answer, 'extreme').groups.find((g) => g.currency === currency && g.period === period);
  return idsOf(group?.postings ?? []);
}

const MOST: Case[] = [
  'which role pays the most?',
  'highest paying role',
  'who pays the best?',
  "what's the best paid job?",
  'top paying jobs',
].map((question) => ({
  question,
  kind: 'extreme',
  says: [
    'Director of Engineering',
    '$300,000–$350,000 a year',
    'Research Scientist',
    '£120,000–£150,000 a year',
  ],
  neverSays: ['Nothing found'],
  check: (answer) => {
    likeWithLike(answer);
    expect(as(answer, 'extreme').direction).toBe('highest');
    expect(topOf(answer, 'USD', 'year')).toEqual(ids(23));
    expect(topOf(answer, 'GBP', 'year')).toEqual(ids(40));
    // An hourly rate is never "the most" against salaries: it has a group of its own.
    expect(topOf(answer, 'USD', 'hour')).toEqual(ids(11));
  },
}));

const EXTREMES: Case[] = [
  {
    question: 'lowest paid',
    kind: 'extreme',
    says: ['Sales Development Representative', '£32,000–£38,000 a year', 'Junior Software Engineer'],
    check: (answer) => {
      likeWithLike(answer);
      expect(topOf(answer, 'GBP', 'year')).toEqual(ids(34));
      expect(topOf(answer, 'USD', 'year')).toEqual(ids(24));
    },
  },
  {
    question: 'lowest paying role in London',
    kind: 'extreme',
    exactly: [34],
    says: ['in London', 'Sales Development Representative'],
    neverSays: ['Junior Software Engineer'],
  },
  {
    question: 'highest paying role in New York',
    kind: 'extreme',
    exactly: [23],
    neverSays: ['Research Scientist', 'Staff Machine Learning Engineer'],
  },
  {
    question: 'best paid senior role',
    kind: 'extreme',
    says: ['senior', 'Research Scientist, Robotics', '$230,000–$280,000 a year'],
    // The director is the best paid overall, but not a senior role.
    neverSays: ['Director of Engineering'],
    check: (answer) => {
      likeWithLike(answer);
      expect(topOf(answer, 'USD', 'year')).toEqual(ids(7));
      expect(topOf(answer, 'GBP', 'year')).toEqual(ids(40));
    },
  },
  {
    question: 'which ML role pays the most?',
    kind: 'extreme',
    never: [23, 40],
    check: (answer) => {
      expect(topOf(answer, 'USD', 'year')).toEqual(ids(6));
      expect(topOf(answer, 'GBP', 'year')).toEqual(ids(3));
    },
  },
  {
    question: 'highest hourly rate',
    kind: 'extreme',
    neverSays: ['a year'],
    check: (answer) => {
      expect(as(answer, 'extreme').groups.every((group) => group.period === 'hour')).toBe(true);
      expect(topOf(answer, 'USD', 'hour')).toEqual(ids(11));
      expect(topOf(answer, 'GBP', 'hour')).toEqual(ids(36));
    },
  },
  {
    question: 'best paid remote role',
    kind: 'extreme',
    never: [23, 6],
    check: (answer) => expect(topOf(answer, 'USD', 'year')).toEqual(ids(5)),
  },
];

const EXISTS: Case[] = [
  {
    question: 'is there a role paying more than 250k',
    kind: 'exists',
    uses: [4, 6, 7, 23],
    // Rupees are not compared with a figure in no currency; a day rate is not a year's pay.
    never: [19, 10, 5],
    says: ['Yes:', 'Staff Machine Learning Engineer', '$260,000–$320,000 a year'],
  },
  {
    question: 'anything over £50k?',
    kind: 'exists',
    exactly: [1, 2, 3, 8, 9, 28, 37, 40],
    says: ['Yes: 8 roles', '£50,000–£60,000 a year'],
    neverSays: ['$', 'a day', 'an hour'],
  },
  {
    question: 'are there any roles paying over 400k?',
    kind: 'exists',
    exactly: [],
    says: ['No:'],
    neverSays: ['Yes'],
  },
  { question: 'any roles under 40k?', kind: 'exists', exactly: [34], says: ['Yes: 1 role'] },
  {
    question: 'is there anything between 100k and 150k in GBP?',
    kind: 'exists',
    exactly: [1, 3, 37, 40],
    never: [9, 2],
  },
  { question: 'do any roles pay over $300k?', kind: 'exists', exactly: [6, 23], neverSays: ['£'] },
];

const PAY: Case[] = [
  {
    question: "what's the median salary?",
    kind: 'salary',
    says: ['median £77,500', 'median $210,000'],
    neverSays: ['Nothing found'],
    check: (answer) => {
      const salary = as(answer, 'salary');
      expect(salary.rows).toHaveLength(40);
      expect(salary.groups.find((g) => g.currency === 'GBP' && g.period === 'year')).toMatchObject({
        count: 10,
        median: 77_500,
      });
      expect(salary.groups.find((g) => g.currency === 'USD' && g.period === 'year')).toMatchObject({
        count: 9,
        median: 210_000,
        min: 90_000,
        max: 350_000,
      });
    },
  },
  {
    question: 'average pay for ML engineers',
    kind: 'salary',
    exactly: [1, 2, 5, 6, 39],
    says: ['mean £83,750'],
    never: [3, 4, 26],
  },
  {
    question: 'salary range for senior ML engineers',
    kind: 'salary',
    exactly: [1, 5],
    says: ['$190,000–$230,000 a year', '£85,000–£105,000 a year'],
    check: (answer) =>
      expect(
        as(answer, 'salary')
          .groups.map((g) => `${g.currency} ${g.min}-${g.max} ${g.count}`)
          .sort(),
      ).toEqual(['GBP 85000-105000 1', 'USD 190000-230000 1']),
  },
  {
    question: "what's the salary in GBP?",
    kind: 'salary',
    // Pounds by the day and by the hour are pay in GBP too.
    uses: [1, 2, 3, 8, 9, 28, 34, 35, 37, 40, 10, 27, 13, 36],
    says: ['£550–£650 a day', '£350 a day', '£12.50 an hour', '£25–£30 an hour'],
    neverSays: ['$', '€', 'not stated'],
    check: (answer) =>
      expect(as(answer, 'salary').rows.every((row) => row.salary?.currency === 'GBP')).toBe(true),
  },
  {
    question: "what's the salary in JPY?",
    kind: 'not-found',
    exactly: [],
    says: ['JPY'],
    neverSays: ['£', '$'],
  },
  {
    question: 'what do roles in Berlin pay?',
    kind: 'salary',
    exactly: [14, 15],
    says: ['€70,000–€85,000 a year'],
  },
  {
    question: 'salary range for data scientists',
    kind: 'salary',
    exactly: [8, 9],
    never: [19],
    says: ['min £50,000', 'max £90,000'],
  },
  {
    question: 'which roles have a day rate?',
    kind: 'salary',
    exactly: [10, 27],
    says: ['£550–£650 a day', '£350 a day'],
    neverSays: ['an hour', 'a year'],
  },
  ...['day rate', 'daily rate', 'what are the day rates?', 'which roles pay a daily rate?'].map(
    (question): Case => ({
      question,
      kind: 'salary',
      exactly: [10, 27],
      says: ['£550–£650 a day', '£350 a day'],
      neverSays: ['an hour', 'a year', '“rate”'],
    }),
  ),
  ...['hourly rate', 'which roles have an hourly rate?'].map(
    (question): Case => ({
      question,
      kind: 'salary',
      exactly: HOURLY,
      says: ['$45–$55 an hour', '£12.50 an hour'],
      neverSays: ['a day', 'a year', '“rate”'],
    }),
  ),
];

const COUNTS: Case[] = [
  {
    question: 'how many remote roles?',
    kind: 'stats',
    exactly: [5, 10, 25, 27, 30, 36],
    says: ['6 roles match “remote”'],
  },
  {
    question: 'how many roles in London?',
    kind: 'stats',
    exactly: [1, 2, 3, 9, 20, 22, 34, 37, 40],
    says: ['9 roles match “in London”'],
    never: [8, 28, 35],
  },
  { question: 'how many roles are there?', kind: 'stats', says: ['40 roles, 37 with a stated salary'] },
  { question: 'how many contract roles?', kind: 'stats', exactly: [10, 11, 27], says: ['3 roles'] },
  {
    question: 'how many roles in Tokyo?',
    kind: 'not-found',
    exactly: [],
    says: ['No role is in Tokyo.'],
    neverSays: ['40 roles'],
  },
];

const UNDATED = [18, 22, 30];
function recentIs(...numbers: number[]) {
  return (answer: Answer) => expect(idsOf(as(answer, 'new').recent)).toEqual(ids(...numbers));
}

const DATES: Case[] = [
  {
    question: 'roles posted in March',
    kind: 'new',
    says: ['March 2026', '2026-03-28', 'No posting date:'],
    never: [9, 23, 1],
    check: (answer) => {
      recentIs(7, 8, 14, 21, 35)(answer);
      expect(idsOf(as(answer, 'new').undated)).toEqual(ids(...UNDATED));
    },
  },
  {
    question: "what's new this week?",
    kind: 'new',
    says: ['this week', '2026-11-23'],
    check: recentIs(1, 5, 11, 24, 27),
  },
  { question: 'what was posted today?', kind: 'new', check: recentIs(27) },
  { question: 'new roles in the last 3 days', kind: 'new', check: recentIs(1, 5, 11, 13, 24, 27, 38) },
  { question: 'roles posted in October', kind: 'new', says: ['October 2026'], check: recentIs(9, 23, 29) },
  { question: 'new ML roles this week', kind: 'new', check: recentIs(1, 5) },
];

const COMPARE: Case[] = [
  {
    question: 'compare the two ML manager roles',
    kind: 'compare',
    exactly: [3, 4],
    says: ['London', 'New York', '$210,000–$250,000 a year', '£120,000–£140,000 a year', 'Managed ML teams'],
  },
  {
    question: 'compare data scientist and senior data scientist',
    kind: 'compare',
    exactly: [8, 9],
    says: ['Manchester', 'Statistics degree'],
    check: (answer) =>
      expect(as(answer, 'compare').rows.map((row) => row.posting.id)).toEqual([id(8), id(9)]),
  },
  {
    question: 'compare QA tester vs maths tutor',
    kind: 'compare',
    exactly: [11, 36],
    says: ['$45–$55 an hour', '£25–£30 an hour', 'contract', 'part-time'],
  },
  {
    question: 'compare the London and New York ML manager roles',
    kind: 'compare',
    exactly: [3, 4],
  },
  {
    question: 'compare the machine learning engineer roles',
    kind: 'clarify',
    uses: [2, 39],
    says: ['Which do you mean?', 'ans00002'],
    neverSays: ['Comparing'],
  },
  {
    question: 'compare the LPM role and the QA tester',
    kind: 'not-found',
    exactly: [],
    says: ['No role matches “LPM”.'],
    neverSays: ['Comparing'],
  },
];

const NO_MATCH: Case[] = [
  {
    question: 'where is the LPM role based?',
    kind: 'not-found',
    exactly: [],
    says: ['No role matches “LPM”.'],
    neverSays: ['Northwind', 'LLM Infrastructure', 'Where these roles are'],
    check: (answer) => {
      const notFound = as(answer, 'not-found');
      expect(notFound.missing).toEqual(['“LPM”']);
      // A pointer to the catalog's own word, never an answer about the LLM role.
      expect(notFound.didYouMean).toEqual(['where is the LLM role based?']);
    },
  },
  {
    question: 'tell me about the zookeeper role',
    kind: 'not-found',
    exactly: [],
    says: ['No role matches “zookeeper”.'],
  },
  { question: 'which roles are in Tokyo?', kind: 'not-found', exactly: [], says: ['No role is in Tokyo.'] },
  {
    question: 'what does the kubernetes chef role need?',
    kind: 'not-found',
    exactly: [],
    says: ['“chef”'],
  },
];

const PLACES: Case[] = [
  { question: 'which roles are in Singapore?', kind: 'locations', exactly: [17, 18, 38] },
  {
    question: 'what do machine learning engineers earn?',
    kind: 'salary',
    uses: [2, 39],
    // Two Acme roles share the title: the answer tells them apart by place.
    says: ['Machine Learning Engineer — Acme (London)', 'Machine Learning Engineer — Acme (Toronto)'],
  },
  {
    question: 'tell me about the QA tester role',
    kind: 'details',
    exactly: [11],
    says: ['$45–$55 an hour', 'Austin'],
  },
  { question: 'hi, which roles are remote?', kind: 'workplace', uses: [5, 10, 25, 27, 30, 36] },
];

const MORE: Case[] = [
  { question: "thanks, that's helpful", kind: 'greeting', exactly: [], neverSays: ['No role matches'] },
  { question: 'thank you so much, this is great', kind: 'greeting', exactly: [] },
  {
    question: 'how much does the iOS engineer make?',
    kind: 'salary',
    exactly: [31],
    says: ['CA$120,000–CA$140,000 a year'],
  },
  {
    question: 'compare ans00003 and ans00004',
    kind: 'compare',
    exactly: [3, 4],
    check: (answer) =>
      expect(as(answer, 'compare').rows.map((row) => row.posting.id)).toEqual([id(3), id(4)]),
  },
  {
    question: 'is there anything remote paying over 150k?',
    kind: 'exists',
    exactly: [5, 25],
    neverSays: ['a day'],
  },
  {
    question: 'median salary in London',
    kind: 'salary',
    exactly: [1, 2, 3, 9, 20, 22, 34, 37, 40],
    says: ['median £95,000', 'not stated'],
  },
  { question: 'how many roles pay by the hour?', kind: 'stats', exactly: HOURLY, says: ['5 roles match'] },
  { question: 'what roles were added yesterday?', kind: 'new', check: recentIs(1, 11) },
  {
    question: 'any new roles in New York?',
    kind: 'new',
    says: ['for “in New York”', 'No role matching “in New York” was posted in the last 7 days.'],
    check: recentIs(),
  },
  {
    question: 'which pays more, the QA tester or the maths tutor?',
    kind: 'compare',
    exactly: [11, 36],
    says: ['$45–$55 an hour', '£25–£30 an hour', '(“qa tester · maths tutor”)'],
  },
  // A place whose name starts with "new" is a place, not a question about what is new.
  { question: 'new york roles', kind: 'search', exactly: [4, 21, 23, 32] },
];

const CASES: Case[] = [
  ...GREETINGS,
  ...BY_THE_HOUR,
  ...MOST,
  ...EXTREMES,
  ...EXISTS,
  ...PAY,
  ...COUNTS,
  ...DATES,
  ...COMPARE,
  ...NO_MATCH,
  ...PLACES,
  ...MORE,
];

describe('questions become answers, not keyword searches', () => {
  it('covers at least sixty phrasings', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES.map((c) => [c.question, c] as const))('%s', (_question, c) => {
    const answer = ask(c.question);
    expect(answer.kind).toBe(c.kind);
    const used = idsOf(answer.postings);
    if (c.exactly !== undefined) expect(used).toEqual(ids(...c.exactly));
    for (const n of c.uses ?? []) expect(used).toContain(id(n));
    for (const n of c.never ?? []) expect(used).not.toContain(id(n));
    // Every fact comes from a posting of the catalog.
    for (const posting of answer.postings) expect(context.catalog.byId.get(posting.id)).toBe(posting);
    const text = renderTerminal(answer);
    for (const phrase of c.says ?? []) expect(text).toContain(phrase);
    for (const phrase of c.neverSays ?? []) expect(text).not.toContain(phrase);
    const message = renderAnswerMessage(answer, { now: context.now });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const slack = JSON.stringify(message);
    for (const phrase of c.neverSays ?? []) {
      // Slack writes its own words ("Nothing found" is the not-found header), so only posting facts are checked.
      if (/\d/.test(phrase)) expect(slack).not.toContain(phrase);
    }
    for (const posting of answer.postings.slice(0, 10)) expect(slack).toContain(posting.title);
    c.check?.(answer);
  });
});
