import { describe, expect, it } from 'vitest';
import { salaryFromSchema } from '../../src/pay/schema-salary.ts';

type Figures = [min: number | null, max: number | null, currency: string, period: string];

function read(value: unknown, country: string | null = null): Figures | null {
  const salary = salaryFromSchema(value, { country });
  return salary === null ? null : [salary.min, salary.max, salary.currency, salary.period];
}

describe('salaryFromSchema reads schema.org baseSalary as boards fill it', () => {
  it('reads a MonetaryAmount with a QuantitativeValue range', () => {
    const value = {
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 120000, maxValue: 150000, unitText: 'YEAR' },
    };
    expect(read(value)).toEqual([120_000, 150_000, 'USD', 'year']);
  });

  it('reads figures written as strings and units written as words', () => {
    const value = {
      currency: 'GBP',
      value: { minValue: '30,000', maxValue: '35,000', unitText: 'per annum' },
    };
    expect(read(value)).toEqual([30_000, 35_000, 'GBP', 'year']);
    expect(read({ currency: 'USD', value: { value: '25.50', unitText: 'Hourly' } })).toEqual([
      25.5,
      25.5,
      'USD',
      'hour',
    ]);
  });

  it('takes the currency from the posting’s country when the field names none', () => {
    expect(read({ value: { minValue: 85000, maxValue: 95000, unitText: 'YEAR' } }, 'AU')).toEqual([
      85_000,
      95_000,
      'AUD',
      'year',
    ]);
    expect(read({ value: { minValue: 85000, maxValue: 95000, unitText: 'YEAR' } }, null)).toBeNull();
  });

  it('reads a 0 lower bound as "up to"', () => {
    expect(read({ currency: 'GBP', value: { minValue: 0, maxValue: 60000, unitText: 'YEAR' } })).toEqual([
      null,
      60_000,
      'GBP',
      'year',
    ]);
  });

  it('takes a year from the size of a figure with no unit only when that is safe', () => {
    expect(read({ currency: 'EUR', value: { minValue: 50000, maxValue: 60000 } })).toEqual([
      50_000,
      60_000,
      'EUR',
      'year',
    ]);
    expect(read({ currency: 'MYR', value: { minValue: 4000, maxValue: 6000 } })).toBeNull();
  });

  it('reads a baseSalary written as text', () => {
    expect(read('£30,000 - £40,000 per annum')).toEqual([30_000, 40_000, 'GBP', 'year']);
    expect(read({ currency: 'SGD', value: '$5,000 - $7,000 per month' }, 'SG')).toEqual([
      5_000,
      7_000,
      'SGD',
      'month',
    ]);
  });

  it('gives nothing for figures that cannot be pay for the period the board gave', () => {
    expect(read({ currency: 'USD', value: { minValue: 25, maxValue: 30, unitText: 'YEAR' } })).toBeNull();
    expect(read({ currency: 'USD', value: { value: 0, unitText: 'YEAR' } })).toBeNull();
  });

  it('gives nothing for a range whose bounds are the wrong way round or missing', () => {
    expect(
      read({ currency: 'USD', value: { minValue: 150000, maxValue: 120000, unitText: 'YEAR' } }),
    ).toBeNull();
    expect(read({ currency: 'USD', value: { unitText: 'YEAR' } })).toBeNull();
    expect(read(null)).toBeNull();
  });
});
