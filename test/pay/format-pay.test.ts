import { describe, expect, it } from 'vitest';
import { formatMoney, formatPay } from '../../src/pay/format-pay.ts';
import { formatSalary as slackPay } from '../../src/render/slack/format-salary.ts';
import { formatSalary as terminalPay } from '../../src/render/terminal.ts';

describe('formatPay writes pay the way people write it', () => {
  it.each([
    [{ min: 45, max: 45, currency: 'USD', period: 'hour' }, '$45 an hour'],
    [{ min: 38.5, max: 38.5, currency: 'AUD', period: 'hour' }, 'A$38.50 an hour'],
    [{ min: 55_000, max: 65_000, currency: 'GBP', period: 'year' }, '£55,000–£65,000 a year'],
    [{ min: 2_500_000, max: 2_500_000, currency: 'INR', period: 'year' }, '₹25,00,000 a year'],
    [{ min: 1_800_000, max: 2_500_000, currency: 'INR', period: 'year' }, '₹18,00,000–₹25,00,000 a year'],
    [{ min: 50_000, max: 60_000, currency: 'EUR', period: 'year' }, '€50,000–€60,000 a year'],
    [{ min: 4_000, max: 6_000, currency: 'MYR', period: 'month' }, 'RM 4,000–RM 6,000 a month'],
    [
      { min: 8_000_000, max: 12_000_000, currency: 'IDR', period: 'month' },
      'Rp 8,000,000–Rp 12,000,000 a month',
    ],
    [{ min: null, max: 60_000, currency: 'GBP', period: 'year' }, 'up to £60,000 a year'],
    [{ min: 25, max: null, currency: 'USD', period: 'hour' }, 'from $25 an hour'],
    [{ min: 450, max: 550, currency: 'GBP', period: 'day' }, '£450–£550 a day'],
    [{ min: 2_100, max: null, currency: 'AUD', period: 'week' }, 'from A$2,100 a week'],
    [{ min: 91_000, max: 104_250.5, currency: 'USD', period: 'year' }, '$91,000–$104,251 a year'],
  ] as const)('%j → %s', (figures, expected) => {
    expect(formatPay(figures)).toBe(expected);
  });

  it('names the dollar only where a bare $ would be taken for the US dollar', () => {
    const dollars = ['USD', 'CAD', 'AUD', 'SGD', 'NZD', 'HKD', 'MXN'].map((currency) =>
      formatMoney(100_000, currency),
    );
    expect(dollars).toEqual([
      '$100,000',
      'CA$100,000',
      'A$100,000',
      'S$100,000',
      'NZ$100,000',
      'HK$100,000',
      'MX$100,000',
    ]);
  });

  it('writes other currencies with their code, never losing the figure', () => {
    expect(formatMoney(55_000, 'SEK')).toBe('SEK 55,000');
    expect(formatMoney(1_000, 'ZZZ')).toBe('ZZZ 1,000');
  });

  it('says so when a salary has no figure', () => {
    expect(formatPay({ min: null, max: null, currency: 'USD', period: 'year' })).toBe('salary not stated');
  });
});

describe('every surface writes pay the same way', () => {
  it.each([
    { min: 45, max: 45, currency: 'USD', period: 'hour' },
    { min: 120_000, max: 140_000, currency: 'CAD', period: 'year' },
    { min: null, max: 2_500_000, currency: 'INR', period: 'year' },
  ] as const)('terminal and Slack agree on %j', (figures) => {
    expect(terminalPay(figures)).toBe(formatPay(figures));
    expect(slackPay(figures)).toBe(formatPay(figures));
  });
});
