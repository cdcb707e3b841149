import { Posting, type SalaryPeriod } from '../../src/model/posting.ts';

/** A valid posting with realistic defaults; every call is checked against the shared schema. */
export function makePosting(overrides: Partial<Posting> & { id: string }): Posting {
  const path = `postings/${overrides.id}.txt`;
  return Posting.parse({
    title: 'Senior Backend Engineer',
    company: 'Acme',
    team: null,
    locations: [{ city: 'London', region: null, country: 'GB', raw: 'London, UK' }],
    workplace: 'hybrid',
    salary: null,
    employmentType: 'full-time',
    seniority: 'senior',
    postedAt: '2026-11-20',
    sections: { about: 'We build things.', responsibilities: [], qualifications: [], benefits: [] },
    skills: ['typescript'],
    summary: 'Build the backend.',
    text: 'Build the backend with TypeScript.',
    source: { path },
    sources: [{ path }],
    truncated: false,
    ...overrides,
  });
}

export function salary(
  min: number | null,
  max: number | null,
  currency = 'USD',
  period: SalaryPeriod = 'year',
) {
  const text = `${currency} ${min ?? ''}-${max ?? ''} per ${period}`;
  return { min, max, currency, period, text, ranges: [{ min, max, currency, period, text }] };
}
