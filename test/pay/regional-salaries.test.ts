import { describe, expect, it } from 'vitest';
import { extractSalary } from '../../src/pay/salary.ts';

/** Pay lines as boards in each country print them, read with the posting's country as context. */
type Figures = [min: number | null, max: number | null, currency: string, period: string];
type Case = [text: string, expected: Figures];

function read(text: string, country: string): Figures | null {
  const salary = extractSalary(text, { country });
  return salary === null ? null : [salary.min, salary.max, salary.currency, salary.period];
}

const UK: Case[] = [
  ['Salary: £30,000 - £35,000 per annum, inc benefits', [30_000, 35_000, 'GBP', 'year']],
  ['£400 - £450 per day (Inside IR35)', [400, 450, 'GBP', 'day']],
  ['£12.50 per hour', [12.5, 12.5, 'GBP', 'hour']],
  ['Salary: 20000 - 30000/annum', [20_000, 30_000, 'GBP', 'year']],
  ['From £11.44 to £13.50 per hour', [11.44, 13.5, 'GBP', 'hour']],
  ['Up to £28,000 per annum + Bonus + Benefits', [null, 28_000, 'GBP', 'year']],
  ['£35,000 - £40,000/annum', [35_000, 40_000, 'GBP', 'year']],
  ['£18 - £20 Per Hour', [18, 20, 'GBP', 'hour']],
  ['£45k - £55k + car + bonus', [45_000, 55_000, 'GBP', 'year']],
  ['£35000.00 - £40000.00 per annum', [35_000, 40_000, 'GBP', 'year']],
  ['£21000 - £26000/annum plus commission OTE £45-£55k', [21_000, 26_000, 'GBP', 'year']],
  ['Basic salary £28k, OTE £40k', [28_000, 28_000, 'GBP', 'year']],
  ['£550 pd outside IR35', [550, 550, 'GBP', 'day']],
  ['Salary: 28000 - 32000 per annum', [28_000, 32_000, 'GBP', 'year']],
  ['20000 - 30000/annum 20-30K', [20_000, 30_000, 'GBP', 'year']],
  ['Up to 55000 per annum + Bonus', [null, 55_000, 'GBP', 'year']],
  ['Salary: To 35,000 Benefits', [null, 35_000, 'GBP', 'year']],
  ['450-550/day', [450, 550, 'GBP', 'day']],
  ['17 - 20 per hour', [17, 20, 'GBP', 'hour']],
  ['up to 40k', [null, 40_000, 'GBP', 'year']],
  ['£25000 - £28000/annum Bonus + Benefits', [25_000, 28_000, 'GBP', 'year']],
  ['60,000 - 70,000 plus car', [60_000, 70_000, 'GBP', 'year']],
  ['30000.00 - 35000.00 per annum', [30_000, 35_000, 'GBP', 'year']],
];

const US: Case[] = [
  [
    'The pay range for this position at commencement of employment is expected to be between $120,000 and $150,000/year.',
    [120_000, 150_000, 'USD', 'year'],
  ],
  ['Compensation: $120K – $160K', [120_000, 160_000, 'USD', 'year']],
  ['The annual base salary range for this role is $145,000 - $185,000.', [145_000, 185_000, 'USD', 'year']],
  [
    'The expected hiring range for this role in Colorado is $98,000 to $121,000 per year, plus benefits.',
    [98_000, 121_000, 'USD', 'year'],
  ],
  ['Hourly pay range: $25.00 - $32.00', [25, 32, 'USD', 'hour']],
  ['$120K/yr - $150K/yr', [120_000, 150_000, 'USD', 'year']],
  ['Base pay range\n$120,000.00/yr - $150,000.00/yr', [120_000, 150_000, 'USD', 'year']],
  ['$85K - $110K (Employer est.)', [85_000, 110_000, 'USD', 'year']],
  ['Pay: $18.00 - $22.00 per hour', [18, 22, 'USD', 'hour']],
  ['From $50,000 a year', [50_000, null, 'USD', 'year']],
  ['$140K – $165K • Offers Equity', [140_000, 165_000, 'USD', 'year']],
];

const INDIA: Case[] = [
  ['₹ 18-25 Lacs P.A.', [1_800_000, 2_500_000, 'INR', 'year']],
  ['12-18 Lacs P.A.', [1_200_000, 1_800_000, 'INR', 'year']],
  ['INR 15,00,000 - 25,00,000 PA', [1_500_000, 2_500_000, 'INR', 'year']],
  ['₹ 6,00,000 - 9,00,000 P.A.', [600_000, 900_000, 'INR', 'year']],
  ['Salary: 50,000 - 70,000 per month', [50_000, 70_000, 'INR', 'month']],
  ['CTC: 20 LPA', [2_000_000, 2_000_000, 'INR', 'year']],
  ['3.5-6 Lacs PA', [350_000, 600_000, 'INR', 'year']],
];

const MALAYSIA: Case[] = [
  ['RM 4,000 - RM 6,000 per month', [4_000, 6_000, 'MYR', 'month']],
  ['RM 3,500 – RM 4,500 per month', [3_500, 4_500, 'MYR', 'month']],
  ['MYR 5,000 - 7,000 monthly', [5_000, 7_000, 'MYR', 'month']],
  ['Salary: RM4k - RM5.5k per month', [4_000, 5_500, 'MYR', 'month']],
];

const SINGAPORE: Case[] = [
  ['$4,000 – $6,000 per month', [4_000, 6_000, 'SGD', 'month']],
  ['SGD 5,000 - 7,000 monthly', [5_000, 7_000, 'SGD', 'month']],
  ['$5K - $7K monthly', [5_000, 7_000, 'SGD', 'month']],
  ['S$8,000 - S$10,000 per month', [8_000, 10_000, 'SGD', 'month']],
  ['Salary: $90,000 - $120,000 per annum', [90_000, 120_000, 'SGD', 'year']],
];

const INDONESIA: Case[] = [
  ['Rp 8.000.000 - Rp 12.000.000 per bulan', [8_000_000, 12_000_000, 'IDR', 'month']],
  ['Rp 8.000.000 – Rp 12.000.000 per month', [8_000_000, 12_000_000, 'IDR', 'month']],
  ['IDR 10 - 15 juta per bulan', [10_000_000, 15_000_000, 'IDR', 'month']],
  ['Gaji: Rp8 - Rp12 juta /bulan', [8_000_000, 12_000_000, 'IDR', 'month']],
];

const GERMANY: Case[] = [
  ['50.000 € - 60.000 € brutto/Jahr', [50_000, 60_000, 'EUR', 'year']],
  ['Gehalt: 55.000 – 65.000 € brutto jährlich', [55_000, 65_000, 'EUR', 'year']],
  ['60.000 € - 75.000 € pro Jahr', [60_000, 75_000, 'EUR', 'year']],
  ['Jahresgehalt 70k€', [70_000, 70_000, 'EUR', 'year']],
  ['Bruttomonatsgehalt ab € 4.100 (auf Vollzeitbasis)', [4_100, null, 'EUR', 'month']],
  ['Gehalt: 55.000 bis 65.000 € im Jahr', [55_000, 65_000, 'EUR', 'year']],
];

const FRANCE: Case[] = [
  ['Salaire : 45K à 55K €', [45_000, 55_000, 'EUR', 'year']],
  ['45 000 € - 55 000 € par an', [45_000, 55_000, 'EUR', 'year']],
  ['Entre 45K€ et 55K€ brut annuel', [45_000, 55_000, 'EUR', 'year']],
  ['Rémunération : 50-60K€', [50_000, 60_000, 'EUR', 'year']],
  ['Salaire : 1 200 € par mois', [1_200, 1_200, 'EUR', 'month']],
  ['TJM : 550 € / jour', [550, 550, 'EUR', 'day']],
];

describe.each([
  ['the UK (Reed, Totaljobs, CV-Library)', 'GB', UK],
  ['the US (pay-transparency sentences, LinkedIn, Glassdoor, Indeed, Ashby)', 'US', US],
  ['India (Naukri)', 'IN', INDIA],
  ['Malaysia (JobStreet)', 'MY', MALAYSIA],
  ['Singapore (JobStreet, MyCareersFuture)', 'SG', SINGAPORE],
  ['Indonesia (JobStreet, Glints)', 'ID', INDONESIA],
  ['Germany (StepStone)', 'DE', GERMANY],
  ['France (Welcome to the Jungle)', 'FR', FRANCE],
])('pay as boards in %s write it', (_name, country, cases) => {
  it.each(cases)('%s', (text, expected) => {
    expect(read(`Senior Analyst\n${text}\nFull-time`, country)).toEqual(expected);
  });
});

describe('a bare $ is the dollar of the posting’s place', () => {
  it.each([
    ['AU', 'AUD'],
    ['CA', 'CAD'],
    ['SG', 'SGD'],
    ['NZ', 'NZD'],
    ['HK', 'HKD'],
    ['US', 'USD'],
  ])('in %s it is %s', (country, currency) => {
    expect(read('Salary: $90,000 - $110,000 per year', country)?.[2]).toBe(currency);
  });

  it('is USD in a posting placed in a country whose money is not a dollar', () => {
    expect(read('Salary: $90,000 - $110,000 per year', 'GB')?.[2]).toBe('USD');
  });

  it('gives way to an explicit code or prefixed symbol', () => {
    for (const written of ['US$90,000 - US$110,000', 'USD 90,000 - 110,000', '$90,000 - $110,000 USD'])
      expect(read(`Salary: ${written} per year`, 'AU')?.[2]).toBe('USD');
    expect(read('Salary: A$90,000 - A$110,000 per year', 'US')?.[2]).toBe('AUD');
    expect(read('Salary: C$90,000 - C$110,000 per year', 'US')?.[2]).toBe('CAD');
    expect(read('Salary: CA$90,000 - CA$110,000 per year', 'US')?.[2]).toBe('CAD');
    expect(read('Salary: S$9,000 per month', 'MY')?.[2]).toBe('SGD');
    expect(read('Salary: NZ$90,000 per year', 'AU')?.[2]).toBe('NZD');
    expect(read('Salary: HK$40,000 per month', 'SG')?.[2]).toBe('HKD');
    expect(read('Salary: RM 6,000 per month', 'SG')?.[2]).toBe('MYR');
    expect(read('Salary: Rp 9.000.000 per bulan', 'SG')?.[2]).toBe('IDR');
    expect(read('Salary: Rs 12,00,000 per annum', 'US')?.[2]).toBe('INR');
    expect(read('Salary: ₹12,00,000 per annum', 'US')?.[2]).toBe('INR');
  });

  it('reads the dollar of the first place in a dollar country when the places disagree', () => {
    const salary = extractSalary('Salary: $95,000 - $110,000 per year', {
      country: null,
      countries: ['CA', 'FR'],
    });
    expect(salary?.currency).toBe('CAD');
  });

  it('reads a figure with no currency in the money places in several countries share', () => {
    const salary = extractSalary('Salary: 60000 - 70000 per year', {
      country: null,
      countries: ['DE', 'FR'],
    });
    expect(salary?.currency).toBe('EUR');
    expect(
      extractSalary('Salary: 60000 - 70000 per year', { country: null, countries: ['DE', 'GB'] }),
    ).toBeNull();
  });

  it('reads Rs as the rupee of the posting’s country', () => {
    expect(read('Salary: Rs 150,000 - 200,000 per month', 'PK')?.[2]).toBe('PKR');
  });
});
