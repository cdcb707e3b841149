import type { SalaryPeriod } from '../model/posting.ts';
import type { ParsedQuery } from '../search/parse-query.ts';
import type { DateFilter, PayFilter } from '../search/query-filters.ts';

/**
 * The filters of a parsed query that answers reason about (pay and posting date). The search query parser
 * reads them from words (`src/search/query-filters.ts`); nothing here reads words.
 */
export interface QueryFilters {
  pay: PayFilter | null;
  posted: DateFilter | null;
}

export function filtersOf(query: ParsedQuery): QueryFilters {
  return { pay: query.pay ?? null, posted: query.posted ?? null };
}

export function hasThreshold(pay: PayFilter | null): boolean {
  return pay !== null && (pay.min !== null || pay.max !== null);
}

const PERIOD_PHRASES: Readonly<Record<SalaryPeriod, string>> = {
  hour: 'by the hour',
  day: 'by the day',
  week: 'by the week',
  month: 'by the month',
  year: 'by the year',
};

function figure(amount: number): string {
  return amount >= 1_000 && amount % 1_000 === 0 ? `${amount / 1_000}k` : amount.toLocaleString('en-US');
}

/** "pay in GBP", "pay by the hour", "pay of at least 250k": what a pay filter asked for, to say none had it. */
export function describePayFilter(pay: PayFilter | null): string | null {
  if (pay === null) return null;
  const parts = ['pay'];
  if (pay.currency !== null) parts.push(`in ${pay.currency}`);
  if (pay.period !== null) parts.push(PERIOD_PHRASES[pay.period]);
  if (pay.min !== null && pay.max !== null) parts.push(`between ${figure(pay.min)} and ${figure(pay.max)}`);
  else if (pay.min !== null) parts.push(`of at least ${figure(pay.min)}`);
  else if (pay.max !== null) parts.push(`of at most ${figure(pay.max)}`);
  return parts.join(' ');
}
