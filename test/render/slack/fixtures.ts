import type { Answer } from '../../../src/answer/types.ts';
import { Posting } from '../../../src/model/posting.ts';

/** A realistic posting; tests override only what they are about. Passes `Posting.parse`. */
export function makePosting(overrides: Partial<Posting> = {}): Posting {
  const base: Posting = {
    id: 'a1b2c3d4',
    title: 'Senior Machine Learning Engineer - Personalization',
    company: 'Spotify',
    team: 'Personalization',
    locations: [{ city: 'New York', region: 'NY', country: 'US', raw: 'New York, NY' }],
    workplace: 'hybrid',
    salary: {
      min: 176166,
      max: 251666,
      currency: 'USD',
      period: 'year',
      text: '$176,166 - $251,666 per year',
      ranges: [
        {
          min: 176166,
          max: 251666,
          currency: 'USD',
          period: 'year',
          text: '$176,166 - $251,666 per year',
        },
      ],
    },
    employmentType: 'full-time',
    seniority: 'senior',
    postedAt: '2026-11-19',
    sections: {
      about: 'The Personalization team makes deciding what to play next easier for every listener.',
      responsibilities: ['Build recommendation models', 'Ship them to millions of listeners'],
      qualifications: ['5+ years of ML engineering', 'Python and Scala'],
      benefits: ['Health insurance', 'Flexible public holidays'],
    },
    skills: ['python', 'scala', 'tensorflow'],
    summary: 'Build the models that decide what millions of listeners play next.',
    text: 'Senior Machine Learning Engineer - Personalization. The Personalization team makes deciding…',
    source: { path: '001_posting.txt', board: 'lever', url: 'https://jobs.lever.co/spotify/abc' },
    sources: [{ path: '001_posting.txt', board: 'lever', url: 'https://jobs.lever.co/spotify/abc' }],
    truncated: false,
  };
  return Posting.parse({ ...base, ...overrides });
}

/** Every markup trick a hostile posting could try, in one string. */
export const HOSTILE =
  '<!channel> <!here> @here @channel @everyone <@U123ABC> <#C123ABC> <https://evil.example|click> &lt; a & b > c <!subteam^S1>';

const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'INR', 'CHF', 'SEK', 'BRL', 'ZZZ'];

function long(seed: string, length: number): string {
  return `${seed} `.repeat(Math.ceil(length / (seed.length + 1))).slice(0, length);
}

/** The biggest posting the schema allows in practice: every field long, every list full, hostile text. */
export function maxedPosting(index: number): Posting {
  const id = index.toString(36).padStart(8, '0').slice(-8);
  const currency = CURRENCIES[index % CURRENCIES.length] ?? 'USD';
  const ranges = Array.from({ length: 12 }, (_, r) => ({
    min: 1_000_000 * (r + 1) + 0.5,
    max: 9_000_000 * (r + 1) + 0.25,
    currency: CURRENCIES[(index + r) % CURRENCIES.length] ?? 'USD',
    period: 'hour' as const,
    text: long(`<!channel> ${currency} range ${r}`, 500),
  }));
  return makePosting({
    id,
    // Emoji with surrogate pairs everywhere, so any cut lands on one sooner or later.
    title: long(`😀 ${HOSTILE} Principal Staff Engineer`, 2000),
    company: long(`${HOSTILE} & Sons Company`, 500),
    team: long(`Team ${HOSTILE}`, 500),
    locations: Array.from({ length: 40 }, (_, l) => ({
      city: `City ${l}`,
      region: `Region <!here> ${l}`,
      country: 'US',
      raw: long(`City ${l} <!here> & region`, 200),
    })),
    workplace: 'remote',
    salary: {
      min: 1_000_000.5,
      max: 108_000_000.25,
      currency,
      period: 'hour',
      text: long('<!channel> salary', 1000),
      ranges,
    },
    postedAt: '2019-01-01',
    sections: {
      about: long(`About 😀 ${HOSTILE}`, 20_000),
      responsibilities: Array.from({ length: 60 }, (_, r) => long(`Responsibility ${r} ${HOSTILE}`, 800)),
      qualifications: Array.from({ length: 60 }, (_, q) => long(`Qualification ${q} ${HOSTILE}`, 800)),
      benefits: Array.from({ length: 60 }, (_, b) => long(`Benefit ${b} ${HOSTILE}`, 800)),
    },
    skills: Array.from({ length: 200 }, (_, s) => long(`skill-${s} <@U999>`, 60)),
    summary: long(`Summary 😀 ${HOSTILE}`, 5000),
    text: long('text', 1000),
    source: {
      path: long('path/<!here>/file', 500),
      board: 'linkedin',
      url: 'https://example.com/job?a=1&b=<2>',
    },
    sources: Array.from({ length: 30 }, (_, s) => ({
      path: long(`path-${s}/<!channel>`, 300),
      board: `board<!here>${s}`,
      url:
        s % 2 === 0 ? `https://example.com/${s}?x=1&y=2` : 'javascript:alert(1)'.replace('javascript', 'ftp'),
    })),
    truncated: true,
  });
}

type Visit = (node: Record<string, unknown>, path: string) => void;

/** Calls `visit` on every object in a JSON-like value, depth first. */
export function walkObjects(value: unknown, visit: Visit, path = '$'): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walkObjects(item, visit, `${path}[${i}]`);
    });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const node = value as Record<string, unknown>;
  visit(node, path);
  for (const [key, child] of Object.entries(node)) walkObjects(child, visit, `${path}.${key}`);
}

/** Every `text` string in a payload, one per line: what a person could read in it. */
export function allText(payload: unknown): string {
  const found: string[] = [];
  walkObjects(payload, (node) => {
    if (typeof node.text === 'string') found.push(node.text);
  });
  return found.join('\n');
}

/**
 * Safety problems in a rendered payload: mrkdwn objects without `verbatim: true`, and any `<` markup
 * other than the links and mentions listed in `allowed` (which the renderer made itself).
 */
export function safetyProblems(payload: unknown, allowed: readonly RegExp[] = []): string[] {
  const problems: string[] = [];
  const checkMarkup = (text: string, path: string): void => {
    for (const match of text.matchAll(/<[^>]*>?/g)) {
      if (!allowed.some((pattern) => pattern.test(match[0]))) {
        problems.push(`${path}: markup ${match[0].slice(0, 60)} survived`);
      }
    }
  };
  // A message's top-level `text` is mrkdwn too: it feeds notifications.
  if (typeof payload === 'object' && payload !== null && !('type' in payload) && 'text' in payload) {
    checkMarkup(String(payload.text), '$.text');
  }
  walkObjects(payload, (node, path) => {
    if (node.type === 'mrkdwn') {
      if (node.verbatim !== true) problems.push(`${path}: mrkdwn without verbatim: true`);
      checkMarkup(String(node.text), path);
    }
  });
  return problems;
}

/** One answer of every kind over `postings`, the way engineer D's answer functions shape them. */
export function answersOfEveryKind(postings: readonly Posting[], question = 'ml manager new york'): Answer[] {
  const first = postings[0] ?? makePosting();
  const withSalary = postings.filter((p) => p.salary !== null);
  const currencies = [...new Set(withSalary.map((p) => p.salary?.currency ?? 'USD'))];
  return [
    {
      kind: 'search',
      question,
      postings,
      notes: ['Dropped “the”: too common to search for.', HOSTILE],
      understood: `manager · machine learning · in New York ${HOSTILE}`,
      hits: postings.map((posting, i) => ({ posting, score: 100 - i, coverage: 1, matchedTerms: ['ml'] })),
      hint: null,
    },
    {
      kind: 'salary',
      question: `salary ${question}`,
      postings,
      notes: [],
      understood: question,
      rows: postings.map((posting) => ({ posting, salary: posting.salary })),
      groups: currencies.map((currency) => ({
        currency,
        period: 'year' as const,
        count: 3,
        min: 100000,
        median: 150000,
        mean: 150000,
        max: 200000,
      })),
      notStated: postings.filter((p) => p.salary === null),
    },
    {
      kind: 'locations',
      question: 'which roles are in new york?',
      postings,
      notes: [],
      place: 'New York',
      rows: postings.map((posting) => ({ posting })),
    },
    {
      kind: 'workplace',
      question: 'which roles are remote?',
      postings,
      notes: [],
      workplace: 'remote',
      matching: postings.filter((p) => p.workplace === 'remote'),
      unknown: postings.filter((p) => p.workplace === null),
    },
    {
      kind: 'requirements',
      question: 'what does the ml role require?',
      postings,
      notes: [],
      mode: 'role',
      skill: null,
      rows: postings.map((posting) => ({
        posting,
        qualifications: posting.sections.qualifications,
        skills: posting.skills,
      })),
    },
    {
      kind: 'requirements',
      question: 'which roles need python?',
      postings,
      notes: [],
      mode: 'skill',
      skill: 'python',
      rows: postings.map((posting) => ({ posting, qualifications: [], skills: posting.skills })),
    },
    {
      kind: 'stats',
      question: 'stats',
      postings,
      notes: [],
      understood: '',
      total: postings.length,
      byCompany: postings.map((p, i) => ({ label: p.company ?? 'unknown', count: i + 1 })),
      byWorkplace: [{ label: 'remote', count: postings.length }],
      bySeniority: [{ label: 'senior', count: postings.length }],
      byCountry: [{ label: 'US', count: postings.length }],
      withSalary: withSalary.length,
    },
    {
      kind: 'new',
      question: 'new',
      postings,
      notes: [],
      understood: '',
      since: '2026-11-18',
      until: '2026-11-25',
      window: 'this week',
      recent: [...postings],
      undated: [first],
    },
    { kind: 'details', question: first.id, postings: [first], notes: [], posting: first },
    {
      kind: 'help',
      question: 'frobnicate',
      postings: [],
      notes: [],
      reason: 'unknown',
      examples: ['/roles ml manager new york', '/roles salary ml', '/roles new', `@roles ${HOSTILE}`],
      commands: Array.from({ length: 30 }, (_, i) => ({
        usage: `/roles ${HOSTILE} ${i}`,
        does: `${HOSTILE} `.repeat(20),
      })),
      total: postings.length,
    },
    {
      kind: 'not-found',
      question: 'roles in Tokyo',
      postings: [],
      notes: [],
      subject: `roles in Tokyo ${HOSTILE}`,
      suggestions: ['/roles new', `/roles ${HOSTILE}`],
    },
    {
      kind: 'not-found',
      question: `where is the ${HOSTILE} role based?`,
      postings: [],
      notes: [],
      subject: `“${HOSTILE}”`,
      suggestions: ['/roles new'],
      missing: [`“${HOSTILE}”`, 'in Tokyo'],
      didYouMean: [`${HOSTILE} engineer`, 'llm'],
    },
    {
      kind: 'greeting',
      question: 'hi',
      postings: [],
      notes: [],
      mood: 'hello',
      examples: ['which roles are in London?', 'which role pays the most?', `${HOSTILE}?`],
      total: postings.length,
    },
    {
      kind: 'extreme',
      question: `which ${question} role pays the most?`,
      postings: withSalary,
      notes: [`${HOSTILE} note`],
      direction: 'highest',
      understood: question,
      groups: currencies.map((currency) => {
        const group = withSalary.filter((p) => p.salary?.currency === currency);
        return {
          currency,
          period: 'year' as const,
          count: group.length,
          postings: group,
          figure: group[0]?.salary?.max ?? 0,
        };
      }),
      notStated: postings.filter((p) => p.salary === null),
    },
    {
      kind: 'exists',
      question: `is there a ${question} role paying over 200k?`,
      postings,
      notes: [],
      understood: `${question} · paying at least 200k`,
      matches: [...postings],
    },
    {
      kind: 'exists',
      question: 'anything over 900k?',
      postings: [],
      notes: [],
      understood: 'paying at least 900k',
      matches: [],
    },
    {
      kind: 'compare',
      question: `compare the ${question} roles`,
      postings: postings.slice(0, 3),
      notes: [],
      understood: question,
      rows: postings.slice(0, 3).map((posting) => ({
        posting,
        asked: question,
        keyRequirements: [...posting.skills, ...posting.sections.qualifications].slice(0, 5),
      })),
    },
    {
      kind: 'clarify',
      question: `compare the ${question} roles`,
      postings,
      notes: [],
      subject: question,
      purpose: 'compare',
      candidates: [...postings],
    },
  ];
}
