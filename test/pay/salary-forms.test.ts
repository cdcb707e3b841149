import { describe, expect, it } from 'vitest';
import { extractSalary } from '../../src/pay/salary.ts';

/** Every form class the reader knows, each inside the kind of text it comes in. */
type Figures = [min: number | null, max: number | null, currency: string, period: string];

function read(text: string, country: string | null = null): Figures | null {
  const salary = extractSalary(text, { country });
  return salary === null ? null : [salary.min, salary.max, salary.currency, salary.period];
}

describe('hourly, daily and weekly rates in the words boards use', () => {
  it('reads "ph", "p/hr" and "+ Weekly" written right after the figure', () => {
    expect(read('Casual Barista\nRate: $38.50 ph + penalty rates\nWeekend shifts available.', 'AU')).toEqual([
      38.5,
      38.5,
      'AUD',
      'hour',
    ]);
    expect(read('Pay rate: 27.10 p/hr, paid weekly into your account.', 'GB')).toEqual([
      27.1,
      27.1,
      'GBP',
      'hour',
    ]);
    expect(read('Night Fill Team Member\nSalary: 2,100+ Weekly\nStart ASAP.', 'AU')).toEqual([
      2_100,
      null,
      'AUD',
      'week',
    ]);
  });

  it('reads a 0 lower bound as "up to"', () => {
    expect(read('Contract Electrician\n$0 - $700 per day\nImmediate start.', 'AU')).toEqual([
      null,
      700,
      'AUD',
      'day',
    ]);
  });

  it('reads day rates in pounds', () => {
    expect(read('Contract: 6 months, outside IR35\n£450 - £550 per day\nLondon (hybrid)', 'GB')).toEqual([
      450,
      550,
      'GBP',
      'day',
    ]);
  });

  it('reads "from $25/hr" as a lower bound', () => {
    expect(read('We pay from $25/hr for weekend shifts, more with experience.', 'US')).toEqual([
      25,
      null,
      'USD',
      'hour',
    ]);
  });
});

describe('figures with no currency take the currency of the posting’s country', () => {
  it('reads "45000-65000 per Year" under a UK place as pounds', () => {
    expect(read('Location: Derby\nSalary: 45000-65000 per Year\nPermanent', 'GB')).toEqual([
      45_000,
      65_000,
      'GBP',
      'year',
    ]);
  });

  it('gives no salary when the posting names no country', () => {
    expect(read('Salary: 45000-65000 per Year\nPermanent', null)).toBeNull();
  });

  it('reads "70-85k pro rata" as a yearly range', () => {
    expect(read('Part-time (3 days a week). Salary: 70-85k pro rata.', 'GB')).toEqual([
      70_000,
      85_000,
      'GBP',
      'year',
    ]);
  });

  it('reads "91000 - 104,250.50" after a salary label', () => {
    expect(read('Salary Range: 91000 - 104,250.50\nGrade 7', 'US')).toEqual([
      91_000,
      104_250.5,
      'USD',
      'year',
    ]);
  });

  it('does not take a bare range of a company’s size for pay', () => {
    expect(read('Company size\n10,000 - 50,000\nIndustry\nRetail', 'GB')).toBeNull();
    expect(read('Size\n10,001 - 50,000 employees', 'GB')).toBeNull();
  });

  it('does not take years of experience or head counts for pay', () => {
    expect(read('Salary: 5-7 years of experience in a similar role', 'GB')).toBeNull();
    expect(read('Team of 40-60 engineers across 3 offices, 2-3 days a week in the office.', 'GB')).toBeNull();
  });
});

describe('ranges written every way', () => {
  it('reads em- and en-dash ranges with the code after', () => {
    expect(read('Pay Range\n$131,000—$198,000 USD\nBenefits include 401(k) matching.')).toEqual([
      131_000,
      198_000,
      'USD',
      'year',
    ]);
    expect(read('Salary: €60,000 – €75,000', 'NL')).toEqual([60_000, 75_000, 'EUR', 'year']);
  });

  it('reads a range alone on the line after a sentence that announces it', () => {
    const text =
      'Our ranges are set by role and level. The base salary range for this role is:\n$120,000 - $150,000\nActual pay depends on location.';
    expect(read(text, 'US')).toEqual([120_000, 150_000, 'USD', 'year']);
    expect(read('The annual base pay for this position is\n$96,000 - $118,000', 'US')).toEqual([
      96_000,
      118_000,
      'USD',
      'year',
    ]);
  });

  it('reads "between USD X in … and USD Y in …" as one range', () => {
    const text =
      'The base pay for this role is between USD 120,000 in our lowest-cost market and USD 160,000 in our highest-cost market.';
    expect(read(text, 'US')).toEqual([120_000, 160_000, 'USD', 'year']);
  });

  it('reads "110 to $135K", "$91,000 to $112,000" and "68,400 - $74,900" as ranges', () => {
    expect(read('Salary: 110 to $135K DOE', 'US')).toEqual([110_000, 135_000, 'USD', 'year']);
    expect(read('The salary range is $91,000 to $112,000.', 'US')).toEqual([91_000, 112_000, 'USD', 'year']);
    expect(read('Salary range: 68,400 - $74,900 per year.', 'US')).toEqual([68_400, 74_900, 'USD', 'year']);
  });

  it('reads a range in thousands with no pay word, the way job threads write it', () => {
    expect(read('Remote (EU). €70-95k depending on experience, plus stock options.')).toEqual([
      70_000,
      95_000,
      'EUR',
      'year',
    ]);
    expect(read('Senior Backend Engineer | Acme | NYC | $150k-$190k + equity | ONSITE')).toEqual([
      150_000,
      190_000,
      'USD',
      'year',
    ]);
  });

  it('reads "up to £60k DOE" as a ceiling', () => {
    expect(read('Senior Accountant\nup to £60k DOE\nManchester', 'GB')).toEqual([
      null,
      60_000,
      'GBP',
      'year',
    ]);
  });
});

describe('base pay kept apart from packaging, commission, OTE and totals', () => {
  it('keeps the base and leaves out salary packaging', () => {
    expect(read('$62k - $69k pa + super, plus salary packaging to $15,900pa tax free.', 'AU')).toEqual([
      62_000,
      69_000,
      'AUD',
      'year',
    ]);
  });

  it('keeps the base and leaves out OTE after commission', () => {
    expect(read('£21000 - £26000/annum plus commission OTE £45-£55k', 'GB')).toEqual([
      21_000,
      26_000,
      'GBP',
      'year',
    ]);
  });

  it('takes the base from "OTE $250,000 (base $150,000)"', () => {
    expect(read('Enterprise Account Executive. OTE $250,000 (base $150,000), uncapped.', 'US')).toEqual([
      150_000,
      150_000,
      'USD',
      'year',
    ]);
  });

  it('takes the salary from inside a total package', () => {
    const text =
      'This role offers a total package valued to $74,000, which includes salary ($61,000 - $66,500), super and leave loading.';
    expect(read(text, 'AU')).toEqual([61_000, 66_500, 'AUD', 'year']);
  });

  it('keeps OTE when it is the only pay a posting states', () => {
    expect(read('Sales Development Representative. OTE $95k, uncapped.', 'US')).toEqual([
      95_000,
      95_000,
      'USD',
      'year',
    ]);
  });

  it('does not read super, 401(k) or bonus percentages as pay', () => {
    expect(
      read('We pay 11.5% super and match 401(k) contributions up to 6%. Bonus: 10-15% a year.'),
    ).toBeNull();
  });
});

describe('amounts that are not a salary', () => {
  it.each(['Salary: competitive', 'salary: negotiable', 'Salary: Not disclosed', 'Salaire : Non spécifié'])(
    '%s',
    (text) => {
      expect(read(`Senior Engineer\n${text}\nFull-time`, 'GB')).toBeNull();
    },
  );

  it('does not read the pay of other jobs listed under the posting', () => {
    const text = [
      'Warehouse Associate',
      'Joliet, IL',
      'We are hiring for our new distribution centre.',
      '',
      'Jobs nearby',
      'Material Handler',
      'Romeoville, IL',
      '$18 - $20 an hour',
    ].join('\n');
    expect(read(text, 'US')).toBeNull();
  });

  it('keeps the posting’s own pay and leaves out the similar jobs below it', () => {
    const text = [
      'Senior Java Developer',
      '₹ 18-25 Lacs P.A.',
      'Bengaluru',
      '',
      'Jobs you might be interested in',
      'Lead Java Engineer',
      '30-45 Lacs P.A.',
    ].join('\n');
    expect(read(text, 'IN')).toEqual([1_800_000, 2_500_000, 'INR', 'year']);
  });

  it('does not read a market estimate beside the posting as its pay', () => {
    expect(read('HVAC Technician salaries in Durham, NC\n$48K - $67K /yr (Glassdoor est.)', 'US')).toBeNull();
  });

  it('does not read a shift differential as the pay', () => {
    expect(
      read('Pay: $58.50 - $74.25 per hour based on experience, plus night differential of $5.75/hour.', 'US'),
    ).toEqual([58.5, 74.25, 'USD', 'hour']);
  });
});

describe('a period not written', () => {
  it('is a year for a figure of 10,000 or more with a pay word', () => {
    expect(read('Salary: £32,000 - £36,000 depending on experience', 'GB')).toEqual([
      32_000,
      36_000,
      'GBP',
      'year',
    ]);
  });

  it('is an hour for a small figure in a posting about hourly work', () => {
    expect(read('Casual role. Pay rate: $25 - $28 depending on experience.', 'AU')).toEqual([
      25,
      28,
      'AUD',
      'hour',
    ]);
  });

  it('is unknown, so no salary, for a figure that could be a month, a week or a day', () => {
    expect(read('Salary: RM 4,500 - RM 6,000', 'MY')).toBeNull();
    expect(read('Salary: £450 - £550', 'GB')).toBeNull();
  });
});

describe('restatements and other languages', () => {
  it('keeps the full-time figure and leaves out the pro-rata actual in brackets', () => {
    expect(read('Salary: £28,000 - £32,000 pro rata (£16,800 - £19,200 actual for 3 days)', 'GB')).toEqual([
      28_000,
      32_000,
      'GBP',
      'year',
    ]);
  });

  it.each([
    ['Salaris tussen €4.000 en €5.500 bruto per maand', 'NL', [4_000, 5_500, 'EUR', 'month']],
    ['Lön: 45 000 - 55 000 kr/mån', 'SE', [45_000, 55_000, 'SEK', 'month']],
    ['Lohnband: CHF 110’000 – 130’000 (bei 100%)', 'CH', [110_000, 130_000, 'CHF', 'year']],
    ["Salaire : 70 000 $ à 85 000 $ par année, selon l'expérience", 'CA', [70_000, 85_000, 'CAD', 'year']],
    ['Salario: 30.000 - 36.000 € brutos al año', 'ES', [30_000, 36_000, 'EUR', 'year']],
    ['Remuneration: R35 000 - R42 000 per month CTC', 'ZA', [35_000, 42_000, 'ZAR', 'month']],
  ] as const)('%s', (text, country, expected) => {
    expect(read(text, country)).toEqual(expected);
  });

  it('reads a lone R as rand only in a South African posting', () => {
    expect(read('Grade R2 - R4 support, 40 learners per class', 'GB')).toBeNull();
    expect(read('Salary: R45 000 per month', 'GB')).toBeNull();
  });

  it.each([
    'Estimated $95.2K - $121K a year',
    'Our ACV is $50-80k and growing fast.',
    'Our clients save £20,000 per year on average with our platform.',
    'We raised $15M in 2025 and now serve 1,200 customers.',
  ])('finds no salary in “%s”', (text) => {
    expect(read(text, 'US')).toBeNull();
  });
});
