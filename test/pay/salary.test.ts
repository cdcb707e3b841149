import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Salary } from '../../src/model/posting.ts';
import { extractSalary } from '../../src/pay/salary.ts';
import { seedText } from '../support/seed-text.ts';

type Expected = [min: number | null, max: number | null, currency: string, period: string];

function overall(text: string): Expected | null {
  const salary = extractSalary(text);
  return salary === null ? null : [salary.min, salary.max, salary.currency, salary.period];
}

describe('extractSalary on the seed postings', () => {
  it('reads the United States base range of seed 003', () => {
    const salary = extractSalary(seedText('003_a6222ce20b1f1211.txt'));
    expect(salary).toMatchObject({ min: 176_166, max: 251_666, currency: 'USD', period: 'year' });
    expect(salary?.text).toBe(
      'The United States base range for this position is $176,166- $251,666 plus equity.',
    );
    expect(salary?.ranges).toHaveLength(1);
  });

  it('reads seed 004 once although the header and the body both state the range', () => {
    const salary = extractSalary(seedText('004_03f8ab3230f82f5d.txt'));
    expect(salary).toMatchObject({ min: 210_000, max: 260_000, currency: 'USD', period: 'year' });
    expect(salary?.ranges).toHaveLength(1);
  });

  it.each(['000_6b107713e41060db.txt', '001_2c4a314a19c250a9.txt', '002_0c4fadf55b38761c.txt'])(
    'finds no salary in seed %s, which states none',
    (name) => {
      expect(extractSalary(seedText(name))).toBeNull();
    },
  );
});

const PAY: [string, Expected][] = [
  // US dollars and the k shorthand
  ['The base salary range for this role is $150,000 - $180,000.', [150_000, 180_000, 'USD', 'year']],
  ['Salary: $150-180k', [150_000, 180_000, 'USD', 'year']],
  ['$150k - $180k per year', [150_000, 180_000, 'USD', 'year']],
  ['Compensation range: $150K–$180K', [150_000, 180_000, 'USD', 'year']],
  ['Pay range: $120,000—$145,000 annually', [120_000, 145_000, 'USD', 'year']],
  ['The salary for this role is between $95,000 and $120,000.', [95_000, 120_000, 'USD', 'year']],
  ['Base pay: $130,000 to $160,000 depending on experience', [130_000, 160_000, 'USD', 'year']],
  ['US$140,000 - US$170,000 base salary', [140_000, 170_000, 'USD', 'year']],
  ['USD 150,000–180,000 per annum', [150_000, 180_000, 'USD', 'year']],
  ['Salary range: 150,000 - 180,000 USD', [150_000, 180_000, 'USD', 'year']],
  ['The expected salary is $165,000 a year.', [165_000, 165_000, 'USD', 'year']],
  ['Base salary $150,000.00 - $175,000.00', [150_000, 175_000, 'USD', 'year']],
  ['$95,000-120k base salary', [95_000, 120_000, 'USD', 'year']],
  ['Salary: $150k+ depending on experience', [150_000, null, 'USD', 'year']],
  ['Salary up to $200,000 for exceptional candidates.', [null, 200_000, 'USD', 'year']],
  ['Compensation starting at $120,000 per year.', [120_000, null, 'USD', 'year']],
  ['Salary from $90,000 depending on experience.', [90_000, null, 'USD', 'year']],
  ['Pay: from $40 to $55 per hour', [40, 55, 'USD', 'hour']],
  ['OTE $250k', [250_000, 250_000, 'USD', 'year']],
  ['Posted 2025 - $150,000 base salary', [150_000, 150_000, 'USD', 'year']],
  ['We offer a monthly stipend and a salary of $100,000.', [100_000, 100_000, 'USD', 'year']],
  ['Base Salary Range: $136,000/yr - $170,000/yr', [136_000, 170_000, 'USD', 'year']],
  ['The hourly rate for this role is $30.00 - $40.00 per hour.', [30, 40, 'USD', 'hour']],
  ['Target base salary: USD $180,000 - $220,000', [180_000, 220_000, 'USD', 'year']],
  ['Pay Range\n$120,000—$150,000 USD', [120_000, 150_000, 'USD', 'year']],
  ['Salary: $85,000 - $95,000 per year, plus a $3,000 relocation package', [85_000, 95_000, 'USD', 'year']],
  ['We offer a salary of 60.000–75.000 € gross per year', [60_000, 75_000, 'EUR', 'year']],
  ['The total compensation (OTE) is $200k-$240k, with a 50/50 split.', [200_000, 240_000, 'USD', 'year']],
  // Hourly, daily, weekly, monthly
  ['$48.50/hr', [48.5, 48.5, 'USD', 'hour']],
  ['Hourly rate: $60 - $75', [60, 75, 'USD', 'hour']],
  ['This contract pays $85 an hour.', [85, 85, 'USD', 'hour']],
  ['$45 - $55 per hour, paid weekly', [45, 55, 'USD', 'hour']],
  ['We pay $35/h for this internship', [35, 35, 'USD', 'hour']],
  ['Day rate: £500 - £600', [500, 600, 'GBP', 'day']],
  ['£550 per day (outside IR35)', [550, 550, 'GBP', 'day']],
  ['€600/day, 6 month contract', [600, 600, 'EUR', 'day']],
  ['$2,000 per week for the 12-week internship', [2_000, 2_000, 'USD', 'week']],
  ['Monthly salary: €4,500 - €5,500', [4_500, 5_500, 'EUR', 'month']],
  ['S$8,000 - S$10,000 per month', [8_000, 10_000, 'SGD', 'month']],
  ['The internship pays $7,500/mo.', [7_500, 7_500, 'USD', 'month']],
  // Pounds, euros and European number grouping
  ['Salary: £60K–£70K', [60_000, 70_000, 'GBP', 'year']],
  ['£65,000 - £80,000 p.a. plus benefits', [65_000, 80_000, 'GBP', 'year']],
  ['Salary: GBP 70,000 - 85,000 per annum', [70_000, 85_000, 'GBP', 'year']],
  ['Gehalt / salary: 70.000 € - 85.000 € per year', [70_000, 85_000, 'EUR', 'year']],
  ['Salary range: €70.000 - €85.000', [70_000, 85_000, 'EUR', 'year']],
  ['Salary: 70 000 - 85 000 EUR yearly', [70_000, 85_000, 'EUR', 'year']],
  ['Annual salary of EUR 72.500,50', [72_500.5, 72_500.5, 'EUR', 'year']],
  ['Salary: 65k€ - 75k€', [65_000, 75_000, 'EUR', 'year']],
  ['Salary CHF 120’000 - 140’000', [120_000, 140_000, 'CHF', 'year']],
  ['Wynagrodzenie / salary: 18 000 - 24 000 zł per month', [18_000, 24_000, 'PLN', 'month']],
  ['Salary: PLN 20,000 - 26,000 monthly', [20_000, 26_000, 'PLN', 'month']],
  ['Based in Stockholm. Salary: 55 000 - 65 000 kr per month', [55_000, 65_000, 'SEK', 'month']],
  ['Oslo office. Salary 700 000 kr per year', [700_000, 700_000, 'NOK', 'year']],
  ['Salary: SEK 50,000 - 60,000 per month', [50_000, 60_000, 'SEK', 'month']],
  // Other dollars, yen
  ['Salary: CA$120,000 - CA$140,000', [120_000, 140_000, 'CAD', 'year']],
  ['Salary: C$110k - C$130k', [110_000, 130_000, 'CAD', 'year']],
  ['Salary: CAD $110,000 - $130,000', [110_000, 130_000, 'CAD', 'year']],
  ['Salary: $120,000 - $140,000 CAD', [120_000, 140_000, 'CAD', 'year']],
  [
    'The salary for this role is $120,000 - $140,000 (all figures in Canadian dollars).',
    [120_000, 140_000, 'CAD', 'year'],
  ],
  ['Salary: A$150,000 - A$170,000 + super', [150_000, 170_000, 'AUD', 'year']],
  ['Base salary AUD 140k - 160k', [140_000, 160_000, 'AUD', 'year']],
  ['Annual salary: ¥8,000,000 - ¥12,000,000', [8_000_000, 12_000_000, 'JPY', 'year']],
  ['Salary JPY 9,000,000 to 11,000,000', [9_000_000, 11_000_000, 'JPY', 'year']],
  // Indian postings
  ['CTC: ₹25L - ₹35L', [2_500_000, 3_500_000, 'INR', 'year']],
  ['Salary: 25-35 LPA', [2_500_000, 3_500_000, 'INR', 'year']],
  ['Salary: INR 25,00,000 - 35,00,000 per annum', [2_500_000, 3_500_000, 'INR', 'year']],
  ['Salary: Rs. 12,00,000 per annum', [1_200_000, 1_200_000, 'INR', 'year']],
  ['Compensation: ₹ 18 lakhs to 24 lakhs per annum', [1_800_000, 2_400_000, 'INR', 'year']],
  ['Package: ₹1.2 crore per year', [12_000_000, 12_000_000, 'INR', 'year']],
  ['Salary: ₹40,000 - ₹60,000 per month', [40_000, 60_000, 'INR', 'month']],
];

const NOT_PAY: string[] = [
  'We raised $50M Series B from top investors last year.',
  'Backed by $120 million in funding from leading VCs.',
  'We crossed $10M ARR in 2024 and are growing fast.',
  'The company hit $250 million in annual revenue.',
  'We are valued at $2B after our latest round.',
  'We match 401(k) contributions up to 4%.',
  'Enjoy a $1,000 learning stipend every year.',
  'A $500 home office budget to set up your desk.',
  'We provide a $200 monthly meal allowance.',
  'There is a $20,000 sign-on bonus for this role.',
  'New hires receive $100,000 in equity vesting over four years.',
  'We serve 10,000+ customers in 40 countries.',
  'We process $3B in payments every year.',
  'A $2,000 annual wellness budget.',
  'You will need 5+ years of experience and a 20% travel commitment.',
  'Join our team of 150 engineers across 3 offices.',
  'Our product costs $49 per month per seat.',
  'Relocation assistance of up to $10,000.',
  'Referral bonus of $5,000 for every hire.',
  'We donate $1M a year to open source.',
  'Salary: competitive, plus 25 days holiday.',
  'Salary: 5 years of experience required',
  'A $5,000 annual bonus on top.',
  'Up to $2,500/year for learning and conferences.',
  'Our $150,000 - $180,000 customers',
  'Posted March 17, 2026 · 2026-03-17 · job 1234567',
];

describe('extractSalary reads the pay a posting states', () => {
  it.each(PAY)('%s', (text, expected) => {
    expect(overall(text)).toEqual(expected);
    expect(() => Salary.parse(extractSalary(text))).not.toThrow();
  });
});

describe('extractSalary ignores money that is not pay', () => {
  it.each(NOT_PAY)('%s', (text) => {
    expect(extractSalary(text)).toBeNull();
  });

  it('keeps the salary and leaves out the funding round and stipend in the same posting', () => {
    const text = [
      'We raised $50M Series B in 2025.',
      'The base salary range is $140,000 - $170,000.',
      'Every engineer gets a $1,500 learning stipend.',
    ].join('\n');
    expect(overall(text)).toEqual([140_000, 170_000, 'USD', 'year']);
  });

  it('leaves out a perk whose period word comes before the noun that says it is a perk', () => {
    expect(extractSalary('Perks include a $1,000 yearly home office and wellness stipend.')).toBeNull();
  });

  it('leaves out a perk amount that follows the salary', () => {
    const salary = extractSalary(
      'Base salary $150,000 - $180,000. We also give you $5,000 for your home setup.',
    );
    expect(salary?.ranges).toHaveLength(1);
  });

  it.each(['Companies pay $50k a year for our product.', 'You will carry a $1.2M annual quota.'])(
    'does not take what customers pay or quotas for salary: %s',
    (text) => {
      expect(extractSalary(text)).toBeNull();
    },
  );

  it('keeps the base and leaves out the sign-on bonus after it', () => {
    expect(overall('Base salary $150,000 plus a $20,000 sign-on bonus.')).toEqual([
      150_000,
      150_000,
      'USD',
      'year',
    ]);
  });
});

describe('extractSalary with several ranges', () => {
  it('keeps a range per location and spans them overall', () => {
    const salary = extractSalary('Salary range: NYC: $180,000 - $220,000 / Remote US: $160,000 - $200,000');
    expect(salary).toMatchObject({ min: 160_000, max: 220_000, currency: 'USD', period: 'year' });
    expect(salary?.ranges.map((r) => [r.min, r.max])).toEqual([
      [180_000, 220_000],
      [160_000, 200_000],
    ]);
  });

  it('reads ranges listed under a pay heading', () => {
    const salary = extractSalary(
      'Pay ranges\nSan Francisco: $190,000 - $230,000\nNew York: $185,000 - $225,000\nRemote: $160,000 - $200,000',
    );
    expect(salary).toMatchObject({ min: 160_000, max: 230_000, period: 'year' });
    expect(salary?.ranges).toHaveLength(3);
  });

  it('reads a list of ranges introduced by a long sentence ending in a colon', () => {
    const salary = extractSalary(
      'Our pay ranges are based on the cost of labour in each location. The base salary range for this role is:\n' +
        '- New York City, San Francisco Bay Area and Seattle: $168,000 - $198,000\n' +
        '- All other US locations: $151,000 - $178,000\n' +
        'Benefits\n- A $1,000 yearly home office and wellness stipend',
    );
    expect(salary).toMatchObject({ min: 151_000, max: 198_000, currency: 'USD', period: 'year' });
    expect(salary?.ranges).toHaveLength(2);
  });

  it('keeps ranges in other currencies but takes the overall from the first', () => {
    const salary = extractSalary('Salary: London £80,000 - £95,000; Berlin €85,000 - €100,000');
    expect(salary).toMatchObject({ min: 80_000, max: 95_000, currency: 'GBP' });
    expect(salary?.ranges.map((r) => r.currency)).toEqual(['GBP', 'EUR']);
  });

  it('counts the same range stated twice once', () => {
    const salary = extractSalary(
      '$210k - $260k per year\n\nThe base range is $210,000 - $260,000 plus equity.',
    );
    expect(salary?.ranges).toHaveLength(1);
    expect(salary?.text).toBe('$210k - $260k per year');
  });

  it('quotes no more than 300 characters of a long sentence', () => {
    const padding = 'and we value craft, care and kindness '.repeat(20);
    const salary = extractSalary(`The base salary is $150,000 - $180,000 ${padding}.`);
    expect(salary?.text.length).toBeLessThanOrEqual(300);
    expect(salary?.text).toContain('$150,000 - $180,000');
  });
});

describe('extractSalary stays linear on hostile input', () => {
  it.each(['1,2.3 4-5 ', "$1,1.1 ₹1L-$2-€3'4’5\u00a06 - to and ", 'USD $$$ CAD $1 - '])(
    'returns on 300,000 characters of %j repeated',
    (chunk) => {
      const text = chunk.repeat(Math.ceil(300_000 / chunk.length));
      expect(extractSalary(text)).toBeNull();
    },
  );

  it('never throws and always returns a valid salary on random text', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789 ,.-–$£€₹kKLM/hr\n'.split(''),
      ' per year',
      ' salary ',
      'up to ',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }), (parts) => {
        const salary = extractSalary(parts.join(''));
        if (salary !== null) Salary.parse(salary);
      }),
      { numRuns: 300 },
    );
  });
});
