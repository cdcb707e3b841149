import type { SalaryPeriod } from '../../model/posting.ts';
import { PERIOD_WORDS, salaryBounds } from '../format-posting.ts';

/** The figures a salary line needs: both `Salary` and `SalaryRange` have them. */
export interface SalaryFigures {
  min: number | null;
  max: number | null;
  currency: string;
  period: SalaryPeriod;
}

function formatter(currency: string, fractionDigits: number): Intl.NumberFormat {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}

/** One amount in its own currency's symbol ("$176,166", "£80,000", "€65,000", "CA$120,000"). */
export function formatMoney(amount: number, currency: string, fractionDigits = 0): string {
  try {
    return formatter(currency, fractionDigits).format(amount);
  } catch {
    // A well-formed code Intl still refuses: show the code rather than lose the figure.
    return `${currency} ${amount.toLocaleString('en-US', { maximumFractionDigits: fractionDigits })}`;
  }
}

/** "$176,166–$251,666 a year", "from £60,000 a year", "up to $45.50 an hour". */
export function formatSalary(salary: SalaryFigures): string {
  const amounts = [salary.min, salary.max].filter((n): n is number => n !== null);
  // Hourly rates such as $45.50 need their cents; yearly figures never do.
  const fractionDigits = amounts.some((n) => !Number.isInteger(n)) ? 2 : 0;
  const bounds = salaryBounds(salary, (n) => formatMoney(n, salary.currency, fractionDigits));
  return bounds === null ? 'salary not stated' : `${bounds} ${PERIOD_WORDS[salary.period]}`;
}
