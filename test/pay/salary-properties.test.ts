import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Salary } from '../../src/model/posting.ts';
import { extractSalary } from '../../src/pay/salary.ts';

const COUNTRIES = [null, 'AU', 'GB', 'US', 'IN', 'MY', 'SG', 'ID', 'DE', 'FR', 'CA', 'ZA'];

/** Pieces of text that pay lines are made of, mixed at random. */
const payPiece = fc.constantFrom(
  ...'0123456789 ,.-–—$£€₹kKLM/+%()\n'.split(''),
  ' per year',
  ' per hour',
  ' p/hr',
  ' pa',
  ' salary ',
  ' Salary: ',
  ' OTE ',
  ' base ',
  'up to ',
  ' between ',
  ' and ',
  ' to ',
  ' Lacs P.A.',
  'RM ',
  'Rp ',
  ' + super',
  ' bonus ',
  ' Similar jobs\n',
);

/** Words that name no money, no pay and no period, with figures between them. */
const plainPiece = fc.oneof(
  fc.constantFrom(
    'we',
    'build',
    'team',
    'engineers',
    'office',
    'years',
    'experience',
    'the',
    'with',
    'in',
    'Sydney',
    'London',
    'version',
    'floor',
    'room',
    'ref',
    'level',
    'suite',
    'postcode',
    '\n',
    ',',
    '.',
    '-',
    ':',
  ),
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.integer({ min: 0, max: 999 }).map((n) => `${n},000`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 })).map(([a, b]) => `${a}-${b}`),
);

describe('extractSalary on random text', () => {
  it('never throws and always returns a valid salary with min at or below max', () => {
    fc.assert(
      fc.property(fc.array(payPiece, { maxLength: 300 }), fc.constantFrom(...COUNTRIES), (parts, country) => {
        const salary = extractSalary(parts.join(''), { country });
        if (salary === null) return;
        Salary.parse(salary);
        for (const range of salary.ranges)
          if (range.min !== null && range.max !== null) expect(range.min).toBeLessThanOrEqual(range.max);
      }),
      { numRuns: 400 },
    );
  });

  it('invents no salary from figures that have no currency, pay word or period beside them', () => {
    fc.assert(
      fc.property(
        fc.array(plainPiece, { maxLength: 120 }),
        fc.constantFrom(...COUNTRIES),
        (parts, country) => {
          expect(extractSalary(parts.join(' '), { country })).toBeNull();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('quotes text the posting contains', () => {
    fc.assert(
      fc.property(fc.array(payPiece, { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        const salary = extractSalary(text, { country: 'AU' });
        if (salary === null) return;
        for (const range of salary.ranges) expect(text).toContain(range.text.replace(/^…|…$/g, ''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('extractSalary stays linear on long hostile input', () => {
  it.each([
    '1,2.3 4-5 ',
    'Salary: 45000-65000 per Year\n',
    'between $1 in and ',
    'OTE $250,000 (base $150,000) ',
    '$85k + super + salary packaging to $15,900pa ',
    'Rp 8.000.000 - Rp 12.000.000 per bulan ',
  ])('returns on 200,000 characters of %j repeated, in a posting placed in Australia', (chunk) => {
    const text = chunk.repeat(Math.ceil(200_000 / chunk.length));
    const salary = extractSalary(text, { country: 'AU' });
    if (salary !== null) Salary.parse(salary);
  });
});
