import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.ts';
import { SEARCH_HINT } from '../../src/answer/search-answer.ts';
import type { Answer } from '../../src/answer/types.ts';
import { buildCatalog } from '../../src/search/catalog.ts';
import { fixtureCatalog, fixturePosting } from '../fixtures/catalog/fixture-catalog.ts';

const context = { catalog: fixtureCatalog(), now: new Date('2026-11-25T10:00:00Z') };
const ask = (text: string) => answerQuestion(text, context);

function expectKind<K extends Answer['kind']>(answer: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(answer.kind).toBe(kind);
  return answer as Extract<Answer, { kind: K }>;
}

const titles = (answer: Answer) => answer.postings.map((posting) => posting.title);

describe('answerQuestion: help', () => {
  it.each(['', '   ', '?!', '🙂', 'help', 'Help me', 'what can you do?', 'how do I use this'])(
    'shows help for %j',
    (text) => {
      const help = expectKind(ask(text), 'help');
      expect(help.examples.length).toBeGreaterThan(3);
      expect(help.total).toBe(30);
    },
  );
});

describe('answerQuestion: salary', () => {
  it.each([
    "what's the salary range for senior ML engineers?",
    'how much do senior machine learning engineers earn?',
    'senior mle salary',
    'pay for sr ML engineers',
  ])('gives each role and the overall range for %j', (text) => {
    const salary = expectKind(ask(text), 'salary');
    expect(salary.rows.map((row) => row.posting.title).sort()).toEqual([
      'Senior Machine Learning Engineer',
      'Senior Machine Learning Engineer, Personalization',
    ]);
    expect(salary.groups).toEqual([
      {
        currency: 'USD',
        period: 'year',
        count: 2,
        min: 190_000,
        median: 220_000,
        mean: 220_000,
        max: 250_000,
      },
    ]);
  });

  it('lists roles with no stated salary as not stated instead of dropping them', () => {
    const salary = expectKind(ask('how much do ML engineering managers pay?'), 'salary');
    expect(salary.notStated.map((posting) => posting.title)).toContain(
      'Machine Learning Engineering Manager',
    );
    expect(
      salary.rows.find((row) => row.posting.title === 'Machine Learning Engineering Manager')?.salary,
    ).toBeNull();
  });

  it('never mixes currencies or periods, and says so', () => {
    // "Working Student Data Engineering" is not a data engineer: engineer is not engineering.
    const salary = expectKind(ask('what do data engineers get paid?'), 'salary');
    const groups = salary.groups.map((group) => `${group.currency}/${group.period}`).sort();
    expect(groups).toEqual(['EUR/year', 'GBP/day']);
    expect(salary.notes.join(' ')).toMatch(/never converted/);
  });

  it('narrows by place: comp for data scientists in London', () => {
    const salary = expectKind(ask('comp for data scientists in London'), 'salary');
    expect(salary.rows.map((row) => row.posting.title)).toEqual(['Senior Data Scientist']);
    expect(salary.groups[0]).toMatchObject({ currency: 'GBP', min: 80_000, max: 95_000 });
  });

  it('covers every role when no role is named', () => {
    const salary = expectKind(ask('what are the salaries?'), 'salary');
    expect(salary.rows).toHaveLength(30);
    expect(salary.notStated).toHaveLength(5);
  });

  it('says plainly when no role matches', () => {
    const answer = expectKind(ask('how much do astronauts earn?'), 'not-found');
    expect(answer.missing).toEqual(['“astronauts”']);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });
});

describe('answerQuestion: locations', () => {
  it.each([
    'which roles are in London?',
    'who is hiring in London?',
    'any jobs in london',
    'what roles are based in London?',
  ])('lists the roles in the place for %j', (text) => {
    const locations = expectKind(ask(text), 'locations');
    expect(locations.place).toBe('London');
    expect(locations.rows).toHaveLength(5);
    expect(
      locations.rows.every((row) => row.posting.locations.some((location) => location.city === 'London')),
    ).toBe(true);
  });

  it('says where a named role is based', () => {
    const locations = expectKind(ask('where is the computer vision role based?'), 'locations');
    expect(locations.place).toBeNull();
    expect(locations.rows[0]?.posting.title).toBe('Computer Vision Engineer');
    expect(locations.rows[0]?.posting.locations[0]?.city).toBe('San Francisco');
  });

  it('says plainly when no role is in a place', () => {
    const answer = expectKind(ask('which roles are in Tokyo?'), 'not-found');
    expect(answer.subject.toLowerCase()).toContain('tokyo');
  });
});

describe('answerQuestion: workplace', () => {
  it.each(['which roles are remote?', 'are any roles remote?', 'which jobs can I do remotely?'])(
    'lists the remote roles for %j',
    (text) => {
      const workplace = expectKind(ask(text), 'workplace');
      expect(workplace.workplace).toBe('remote');
      expect(workplace.matching).toHaveLength(5);
    },
  );

  it('answers for hybrid roles of one kind', () => {
    const workplace = expectKind(ask('which data scientist roles are hybrid?'), 'workplace');
    expect(workplace.matching.map((posting) => posting.title).sort()).toEqual([
      'Data Scientist',
      'Senior Data Scientist',
    ]);
  });
});

describe('answerQuestion: requirements', () => {
  it.each([
    'what does the LLM infrastructure role require?',
    'requirements for the llm infrastructure role',
    'what skills does the LLM infrastructure job need?',
  ])("gives the named role's qualifications for %j", (text) => {
    const requirements = expectKind(ask(text), 'requirements');
    expect(requirements.mode).toBe('role');
    expect(requirements.rows[0]?.posting.title).toBe('Principal Engineer, LLM Infrastructure');
    expect(requirements.rows[0]?.qualifications).toContain('GPU and CUDA experience');
  });

  it.each(['which roles need Scala?', 'what jobs require scala', 'any roles that ask for Scala?'])(
    'lists the roles that ask for a skill for %j',
    (text) => {
      const requirements = expectKind(ask(text), 'requirements');
      expect(requirements.mode).toBe('skill');
      expect(requirements.rows.map((row) => row.posting.title).sort()).toEqual([
        'Backend Engineer (Scala)',
        'Senior Machine Learning Engineer, Personalization',
      ]);
    },
  );
});

describe('answerQuestion: stats', () => {
  it.each(['how many roles are there?', 'How many jobs do you know about', 'give me an overview'])(
    'counts every role for %j',
    (text) => {
      const stats = expectKind(ask(text), 'stats');
      expect(stats.total).toBe(30);
      expect(stats.withSalary).toBe(25);
      expect(stats.byWorkplace).toEqual([
        { label: 'hybrid', count: 14 },
        { label: 'onsite', count: 11 },
        { label: 'remote', count: 5 },
      ]);
    },
  );

  it.each(['which companies are hiring?', 'who is hiring?'])('names the companies for %j', (text) => {
    const stats = expectKind(ask(text), 'stats');
    expect(stats.byCompany).toHaveLength(9);
    expect(stats.byCompany[0]).toEqual({ label: 'Hooli', count: 4 });
  });

  it('counts only the roles a question describes', () => {
    const stats = expectKind(ask('how many remote roles are there?'), 'stats');
    expect(stats.total).toBe(5);
  });
});

describe('answerQuestion: what is new', () => {
  it.each(["what's new this week?", 'anything new this week', 'new roles this week'])(
    'lists roles posted since Monday for %j',
    (text) => {
      const answer = expectKind(ask(text), 'new');
      expect(answer.since).toBe('2026-11-23');
      expect(answer.recent.map((posting) => posting.postedAt)).toEqual(['2026-11-24', '2026-11-23']);
      expect(answer.undated.map((posting) => posting.title).sort()).toEqual([
        'Engineering Manager, Payments',
        'Machine Learning Engineer, Ads Ranking',
      ]);
    },
  );

  it('reads an explicit date', () => {
    const answer = expectKind(ask('new since 2026-11-20'), 'new');
    expect(answer.since).toBe('2026-11-20');
    expect(answer.recent).toHaveLength(6);
    expect(answer.recent[0]?.postedAt).toBe('2026-11-24');
  });

  it('says when nothing was posted today', () => {
    const answer = expectKind(ask('new roles today'), 'new');
    expect(answer.recent).toEqual([]);
    expect(answer.notes.join(' ')).toMatch(/No role was posted today/);
  });

  it('narrows to the roles the question describes', () => {
    const answer = expectKind(ask("what's new in machine learning in the last 10 days?"), 'new');
    expect(answer.since).toBe('2026-11-15');
    expect(answer.recent.every((posting) => /machine learning/i.test(posting.title))).toBe(true);
    expect(answer.recent.length).toBeGreaterThan(2);
  });
});

describe('answerQuestion: details', () => {
  it('shows one role by id', () => {
    const posting = fixturePosting('Senior iOS Engineer');
    expect(expectKind(ask(posting.id), 'details').posting).toBe(posting);
    expect(expectKind(ask(`tell me about ${posting.id}`), 'details').posting).toBe(posting);
  });

  it.each([
    'tell me about the computer vision role',
    'more about the computer vision job',
    'describe the computer vision role',
  ])('finds a role by name for %j', (text) => {
    expect(expectKind(ask(text), 'details').posting.title).toBe('Computer Vision Engineer');
  });

  it('says plainly when no role has the name', () => {
    expect(ask('tell me about the quantum chef role').kind).toBe('not-found');
  });
});

describe('answerQuestion: search', () => {
  it('searches plain keywords without a hint', () => {
    const search = expectKind(ask('senior data scientist london'), 'search');
    expect(search.hits[0]?.posting.title).toBe('Senior Data Scientist');
    expect(search.hint).toBeNull();
  });

  it('falls back to search with a hint for a question it does not recognise', () => {
    const search = expectKind(ask('is there anything for a kotlin person?'), 'search');
    expect(search.hint).toBe(SEARCH_HINT);
    expect(titles(search)).toContain('Staff Software Engineer, Payments');
  });

  it('says plainly when nothing matches, and suggests what to try', () => {
    const answer = expectKind(ask('figma'), 'not-found');
    expect(answer.subject).toBe('figma');
    expect(answer.suggestions).toContain('which roles are remote?');
  });

  it('explains an empty catalog', () => {
    const answer = answerQuestion('engineer', { catalog: buildCatalog([]), now: context.now });
    expect(expectKind(answer, 'not-found').notes.join(' ')).toMatch(/No postings are loaded/);
  });
});

describe('every answer names the postings it used', () => {
  it.each([
    'which roles are in London?',
    'which roles are remote?',
    'how much do ML manager roles pay?',
    'which roles need Scala?',
    "what's new this week?",
    'scala',
  ])('%j', (text) => {
    const answer = ask(text);
    expect(answer.postings.length).toBeGreaterThan(0);
    for (const posting of answer.postings) expect(context.catalog.byId.get(posting.id)).toBe(posting);
  });
});
