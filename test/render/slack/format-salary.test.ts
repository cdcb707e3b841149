import { describe, expect, it } from 'vitest';
import { formatMoney, formatSalary } from '../../../src/render/slack/format-salary.ts';

describe('formatSalary', () => {
  it('shows a US dollar range with thousands separators and the period', () => {
    expect(formatSalary({ min: 176166, max: 251666, currency: 'USD', period: 'year' })).toBe(
      '$176,166–$251,666 a year',
    );
  });

  it('uses each currency’s own symbol', () => {
    expect(formatSalary({ min: 60000, max: 80000, currency: 'GBP', period: 'year' })).toBe(
      '£60,000–£80,000 a year',
    );
    expect(formatSalary({ min: 65000, max: 65000, currency: 'EUR', period: 'year' })).toBe('€65,000 a year');
    expect(formatSalary({ min: 120000, max: null, currency: 'CAD', period: 'year' })).toBe(
      'from CA$120,000 a year',
    );
    expect(formatSalary({ min: null, max: 9000000, currency: 'JPY', period: 'year' })).toBe(
      'up to ¥9,000,000 a year',
    );
  });

  it('keeps cents for hourly rates that have them', () => {
    expect(formatSalary({ min: 45.5, max: 60, currency: 'USD', period: 'hour' })).toBe(
      '$45.50–$60.00 an hour',
    );
  });

  it('still shows the figure for a currency code Intl does not know', () => {
    expect(formatMoney(1000, 'ZZZ')).toContain('1,000');
    expect(formatMoney(1000, 'ZZZ')).toContain('ZZZ');
  });
});
