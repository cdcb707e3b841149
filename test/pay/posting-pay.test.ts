import { describe, expect, it } from 'vitest';
import { parsePostingFile } from '../../src/parse/parse-posting.ts';

/** The parser reads a posting's places before its pay, so the pay is read in the place's money. */
function salaryOf(content: string, path = 'posting.txt') {
  const outcome = parsePostingFile({ path, content, modifiedAt: new Date('2026-03-01T12:00:00Z') });
  if (!outcome.ok) throw new Error(outcome.reason);
  const salary = outcome.postings[0]?.salary ?? null;
  return salary === null ? null : [salary.min, salary.max, salary.currency, salary.period];
}

describe('pay in parsed postings', () => {
  it('reads a bare $ in a Sydney posting as Australian dollars', () => {
    const page = [
      'Senior Data Analyst',
      'Harbourview Analytics',
      'Location: Sydney NSW',
      '$120,000 - $135,000 + super',
      '',
      'About the role',
      'You will build the reporting our customers use every day, working with product and engineering.',
    ].join('\n');
    expect(salaryOf(page)).toEqual([120_000, 135_000, 'AUD', 'year']);
  });

  it('reads a UK pay line with no symbol as pounds', () => {
    const page = [
      'Payroll Administrator',
      'Northgate Accounting Ltd',
      'Location: York, North Yorkshire',
      'Salary: 24000 - 27000/annum',
      '',
      'The role',
      'You will run the monthly payroll for 40 client companies and answer their staff queries.',
    ].join('\n');
    expect(salaryOf(page)).toEqual([24_000, 27_000, 'GBP', 'year']);
  });

  it('reads a JSON-LD baseSalary with no currency in the money of its place', () => {
    const posting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Registered Nurse',
      hiringOrganization: { name: 'Wellington Health' },
      jobLocation: { address: { addressLocality: 'Wellington', addressCountry: 'NZ' } },
      description: '<p>Join our surgical ward team on rotating shifts.</p>',
      baseSalary: { value: { minValue: 38, maxValue: 45, unitText: 'HOUR' } },
    };
    expect(salaryOf(JSON.stringify(posting), 'nurse.json')).toEqual([38, 45, 'NZD', 'hour']);
  });
});
