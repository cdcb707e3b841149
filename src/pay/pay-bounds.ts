import type { SalaryPeriod } from '../model/posting.ts';
import { unitsPerUsd } from './salary-currency.ts';

/**
 * How low and how high pay for each period can plausibly be, in rough US-dollar terms so rupees and yen
 * are judged alike. A figure outside is something else (a head count, a fee, a funding round) or a
 * period the board got wrong ("25–30 a YEAR"), and is read as no salary.
 */
const FLOOR: Readonly<Record<SalaryPeriod, number>> = { hour: 2, day: 10, week: 40, month: 100, year: 1_000 };
const CEILING: Readonly<Record<SalaryPeriod, number>> = {
  hour: 1_000,
  day: 5_000,
  week: 20_000,
  month: 100_000,
  year: 5_000_000,
};

/** Whether the top figure could be pay for any period at all. */
export function plausibleForAnyPeriod(top: number, currency: string): boolean {
  const usd = top / unitsPerUsd(currency);
  return usd >= FLOOR.hour && usd <= CEILING.year;
}

/** Whether both figures are plausible pay for this period. */
export function plausiblePay(
  figures: { min: number | null; max: number | null },
  currency: string,
  period: SalaryPeriod,
): boolean {
  const scale = unitsPerUsd(currency);
  return [figures.min, figures.max].every(
    (v) => v === null || (v / scale >= FLOOR[period] && v / scale <= CEILING[period]),
  );
}
