import { describe, expect, it } from 'vitest';
import { Salary } from '../../src/model/posting.ts';
import { extractSalary } from '../../src/pay/salary.ts';

/**
 * Pay as SEEK ads write it, each on the line SEEK gives it under the job's place, in a page framed the way
 * a saved SEEK ad reads. Expected is the base pay: super, packaging, penalty rates, bonuses and totals are
 * not the salary.
 */
type Base = [min: number | null, max: number | null, period: 'hour' | 'day' | 'week' | 'month' | 'year'];

const SEEK_PAY: [string, Base][] = [
  ['$85,000 - $95,000 + Super', [85_000, 95_000, 'year']],
  ['$40 - $45 p.h. + super', [40, 45, 'hour']],
  ['$110k - $130k package', [110_000, 130_000, 'year']],
  ['Up to $75k + super + salary packaging', [null, 75_000, 'year']],
  ['$28.50 per hour + penalty rates', [28.5, 28.5, 'hour']],
  ['$90,000 + 11.5% Super', [90_000, 90_000, 'year']],
  ['$120K base + super + equity', [120_000, 120_000, 'year']],
  ['$95,000 – $105,000 (inclusive of superannuation)', [95_000, 105_000, 'year']],
  ['$47.50 p/h + super', [47.5, 47.5, 'hour']],
  ['$900 - $1,100 per day', [900, 1_100, 'day']],
  ['Daily rate $700-$800 + GST', [700, 800, 'day']],
  ['$80,000 - $90,000 + super', [80_000, 90_000, 'year']],
  ['$120 - $140k + super', [120_000, 140_000, 'year']],
  ['$120k - $140k total package', [120_000, 140_000, 'year']],
  ['$150,000 - $170,000 + super + bonus', [150_000, 170_000, 'year']],
  ['$80K to $90K plus super', [80_000, 90_000, 'year']],
  ['$60,000 - $70,000 pro rata', [60_000, 70_000, 'year']],
  ['$38 - $42/hr + super', [38, 42, 'hour']],
  ['$100,000 - $130,000 + Super + Car Allowance', [100_000, 130_000, 'year']],
  ['$2,500 per week', [2_500, 2_500, 'week']],
  ['$45 per hour + super, 12-month contract', [45, 45, 'hour']],
  ['$160k-$180k + super + equity', [160_000, 180_000, 'year']],
  ['$130k + super', [130_000, 130_000, 'year']],
  ['$90k - $100k + super + $5k bonus', [90_000, 100_000, 'year']],
  ['$26.73 - $29.88 ph + penalty rates + salary packaging', [26.73, 29.88, 'hour']],
  ['$62k - $69k pa + super, plus salary packaging to $15,900pa', [62_000, 69_000, 'year']],
  ['$85k - $95k pa + 11.5% super', [85_000, 95_000, 'year']],
  ['$70,000 - $75,000 per annum', [70_000, 75_000, 'year']],
  ['$105,000 - $115,000 per year + super', [105_000, 115_000, 'year']],
  ['$35 - $38 per hour', [35, 38, 'hour']],
  ['$32.50 - $35.79 per hour (Level 3 SCHADS)', [32.5, 35.79, 'hour']],
  ['$1,000 - $1,200 per week', [1_000, 1_200, 'week']],
  ['$300 per day + GST', [300, 300, 'day']],
  ['From $65,000 + super', [65_000, null, 'year']],
  ['$55 - $65 per hour + super (casual)', [55, 65, 'hour']],
  ['$140,000 - $160,000 base + super + bonus', [140_000, 160_000, 'year']],
  ['$75,000 – $82,000 + super + salary packaging', [75_000, 82_000, 'year']],
  ['$200k - $230k + super', [200_000, 230_000, 'year']],
  ['$31.50ph + super', [31.5, 31.5, 'hour']],
  ['$36/hour + super', [36, 36, 'hour']],
  ['$650 - $750 p/d inc super', [650, 750, 'day']],
  ['$95k-$110k', [95_000, 110_000, 'year']],
  ['$115,000 + super + annual bonus', [115_000, 115_000, 'year']],
  ['$30 - $33 per hour depending on experience, plus overtime', [30, 33, 'hour']],
  ['$90,000 - $100,000 package', [90_000, 100_000, 'year']],
  ['Up to $140,000 + super', [null, 140_000, 'year']],
  ['$0 - $95,000 per year', [null, 95_000, 'year']],
  ['$72,000 - $78,500 + super', [72_000, 78_500, 'year']],
  ['$48 - $52 per hour plus super', [48, 52, 'hour']],
  ['$125k + super + 10% bonus', [125_000, 125_000, 'year']],
  ['$65,000 - $72,000 + super + penalties', [65_000, 72_000, 'year']],
  ['$180,000 - $220,000 + super + LTI', [180_000, 220_000, 'year']],
  ['$40.00 - $48.00 per hour', [40, 48, 'hour']],
  ['$88,000 - $98,000 + Super + Salary Sacrifice', [88_000, 98_000, 'year']],
  ['$1,850 - $2,100 per week + super', [1_850, 2_100, 'week']],
  ['$60 - $70k + super', [60_000, 70_000, 'year']],
  ['$100k - $110k + super (pro-rata for 0.6 FTE)', [100_000, 110_000, 'year']],
  ['$29 - $31 p/hr + super + overtime', [29, 31, 'hour']],
  ['$135,000 – $145,000 + 11.5% super', [135_000, 145_000, 'year']],
  ['$78k - $85k + super + vehicle', [78_000, 85_000, 'year']],
  ['$42.68 per hour', [42.68, 42.68, 'hour']],
  ['$110,000 - $120,000 + super + car', [110_000, 120_000, 'year']],
  ['$50 - $60 per hour + GST', [50, 60, 'hour']],
  ['$83,000 plus superannuation', [83_000, 83_000, 'year']],
  ['Base salary $92,000 - $98,000 + super + uncapped commission', [92_000, 98_000, 'year']],
  ['$70k base + commission (OTE $110k)', [70_000, 70_000, 'year']],
  ['$120,000 - $140,000 (TRP)', [120_000, 140_000, 'year']],
  ['$140K TFR', [140_000, 140_000, 'year']],
  ['$90k - $110k + super + EOFY bonus', [90_000, 110_000, 'year']],
  ['90k - 100k + super', [90_000, 100_000, 'year']],
  ['$85 000 - $95 000', [85_000, 95_000, 'year']],
  ['$70 - 80K + Super', [70_000, 80_000, 'year']],
  ['$80 - $90k p.a. + super', [80_000, 90_000, 'year']],
  ['$1,500 - $1,800 p/w', [1_500, 1_800, 'week']],
  ['$27.50 - $30.00 hourly rate', [27.5, 30, 'hour']],
  ['$75 - $85 P/H', [75, 85, 'hour']],
];

/** A saved SEEK ad: title, advertiser, place, work type, then the pay line, then the ad. */
function seekPage(payLine: string): string {
  return [
    'Project Officer',
    'Goldfields Community Services',
    'Kalgoorlie, Perth WA',
    'Community Services & Development (Community Development)',
    'Full time',
    payLine,
    'Posted 3d ago',
    '',
    'About the role',
    'You will coordinate our regional programs, working with 14 local partners across 3 sites.',
    'Monday to Friday, 38 hours per week, with 4 weeks annual leave.',
    '',
    'How to apply',
    'Click apply and include a cover letter. Applications close 30 June.',
  ].join('\n');
}

describe('extractSalary reads the pay lines of Australian SEEK ads as Australian dollars', () => {
  it('has at least sixty real-looking lines to read', () => {
    expect(SEEK_PAY.length).toBeGreaterThanOrEqual(60);
  });

  it.each(SEEK_PAY)('%s', (payLine, [min, max, period]) => {
    const salary = extractSalary(seekPage(payLine), { country: 'AU' });
    expect(salary && [salary.min, salary.max, salary.currency, salary.period]).toEqual([
      min,
      max,
      'AUD',
      period,
    ]);
    expect(() => Salary.parse(salary)).not.toThrow();
  });

  it.each([
    'Competitive salary + super',
    'Attractive salary package',
    'SCHADS Level 3 + salary packaging',
    'Base salary + super + commission',
    'Salary packaging up to $15,900',
    'Excellent remuneration',
  ])('finds no salary in “%s”', (payLine) => {
    expect(extractSalary(seekPage(payLine), { country: 'AU' })).toBeNull();
  });
});
