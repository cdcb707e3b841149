import { describe, expect, it } from 'vitest';
import { takePay, takePosted } from '../../src/search/query-filters.ts';

const pay = (text: string) => takePay(text.toLowerCase()).pay;
// Tuesday 1 December 2026.
const NOW = new Date('2026-12-01T10:00:00Z');
const posted = (text: string) => takePosted(text.toLowerCase(), NOW).posted;

describe('takePay', () => {
  it('reads floors, ceilings and ranges as people write them', () => {
    expect(pay('over 200k')).toEqual({ min: 200_000, max: null, currency: null, period: null });
    expect(pay('more than 250k')).toMatchObject({ min: 250_000, max: null });
    expect(pay('under 120k')).toMatchObject({ min: null, max: 120_000 });
    expect(pay('up to 90k')).toMatchObject({ min: null, max: 90_000 });
    expect(pay('between 100k and 150k')).toMatchObject({ min: 100_000, max: 150_000 });
    expect(pay('100-150k')).toMatchObject({ min: 100_000, max: 150_000 });
    expect(pay('£50k+')).toEqual({ min: 50_000, max: null, currency: 'GBP', period: null });
    expect(pay('150000')).toMatchObject({ min: 150_000, max: null, currency: null });
  });

  it('reads a currency from a symbol, a code or words', () => {
    expect(pay('over 90,000 eur')?.currency).toBe('EUR');
    expect(pay('salary in GBP')).toEqual({ min: null, max: null, currency: 'GBP', period: null });
    expect(pay('paid in euros')?.currency).toBe('EUR');
    expect(pay('at least $120k')?.currency).toBe('USD');
  });

  it('reads a period, and an hourly figure as written', () => {
    expect(pay('hourly')).toEqual({ min: null, max: null, currency: null, period: 'hour' });
    expect(pay('paid by the hour')?.period).toBe('hour');
    expect(pay('day rate')?.period).toBe('day');
    expect(pay('per day')?.period).toBe('day');
    expect(pay('over 50 an hour')).toEqual({ min: 50, max: null, currency: null, period: 'hour' });
  });

  it('does not read counts, versions, years or languages as pay', () => {
    expect(pay('3+ years python')).toBeNull();
    expect(pay('c++ developer')).toBeNull();
    expect(pay('over 3 years experience')).toBeNull();
    expect(pay('k8s engineer')).toBeNull();
    expect(pay('roles in 2026')).toBeNull();
    expect(pay('pm roles')).toBeNull();
  });

  it('leaves the rest of the text for the role words', () => {
    expect(takePay('data engineer over 120k london').rest.replace(/\s+/g, ' ').trim()).toBe(
      'data engineer london',
    );
  });
});

describe('takePosted', () => {
  it('reads windows relative to now', () => {
    expect(posted('posted this week')).toMatchObject({ from: '2026-11-30', to: null });
    expect(posted('in the last 30 days')).toMatchObject({ from: '2026-11-01', to: null });
    expect(posted('since monday')).toMatchObject({ from: '2026-11-30', to: null });
    expect(posted('today')).toMatchObject({ from: '2026-12-01', to: null });
    expect(posted('this month')).toMatchObject({ from: '2026-12-01' });
  });

  it('reads a month as its latest whole month not in the future', () => {
    expect(posted('roles posted in march')).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
    expect(posted('posted in december 2025')).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
    expect(posted('since 1 march')).toMatchObject({ from: '2026-03-01', to: null });
  });

  it('finds no date in a query without one', () => {
    expect(posted('senior ml engineer london')).toBeNull();
    expect(posted('marketing manager')).toBeNull();
  });
});
