import { Salary, type SalaryPeriod } from '../model/posting.ts';
import { currencyOfCountry } from '../places/country-currency.ts';
import { plausiblePay } from './pay-bounds.ts';
import { NO_PAY_CONTEXT, type PayContext } from './pay-context.ts';
import { firstPeriod } from './pay-period.ts';
import { extractSalary } from './salary.ts';
import { unitsPerUsd } from './salary-currency.ts';
import { readWrittenNumber } from './salary-number.ts';

/**
 * A schema.org `baseSalary` / `estimatedSalary` (a MonetaryAmount, a bare number, a string such as
 * "£30,000 - £40,000 per annum", or a list of these) read as a Salary. Boards fill these fields loosely:
 * the currency may be missing (then the posting's country says it), the unit may be "HOUR", "per hour",
 * "ANNUAL" or absent (then the size says a year only where that is safe), figures may be strings with
 * separators, and a 0 lower bound means "up to".
 */
export function salaryFromSchema(value: unknown, context: PayContext = NO_PAY_CONTEXT): Salary | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const salary = salaryFromSchema(item, context);
      if (salary !== null) return salary;
    }
    return null;
  }
  if (typeof value === 'string') return extractSalary(`Salary: ${value}`, context);
  if (!isObject(value)) return null;
  const amount = value.value;
  if (typeof amount === 'string' && !FIGURES_ONLY.test(amount))
    return extractSalary(`Salary: ${amount}`, context);
  const quantity: Record<string, unknown> = isObject(amount) ? amount : { value: amount };
  const exact = figure(quantity.value);
  let min = figure(quantity.minValue) ?? exact;
  const max = figure(quantity.maxValue) ?? exact;
  if (min === 0) min = null;
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) return null;
  const currency =
    code(value.currency) ?? code(quantity.currency) ?? currencyOfCountry(context.country) ?? null;
  if (currency === null) return null;
  const unit = text(quantity.unitText) ?? text(value.unitText);
  const period = unit === null ? yearBySize(max ?? min ?? 0, currency) : periodOfUnit(unit);
  if (period === null || !plausiblePay({ min, max }, currency, period)) return null;
  const figures = min !== null && max !== null && min !== max ? `${min}-${max}` : String(max ?? min);
  const statement = `${min === null ? 'up to ' : ''}${currency} ${figures} per ${period}`;
  const range = { min, max, currency, period, text: statement };
  const parsed = Salary.safeParse({ ...range, ranges: [range] });
  return parsed.success ? parsed.data : null;
}

type JsonObject = Record<string, unknown>;

const FIGURES_ONLY = /^\s*[\d.,\s]+\s*$/;
const CODE = /^[A-Z]{3}$/;
const DIGIT = /\d/;
const PER = /^per\s+/;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function code(value: unknown): string | null {
  const written = text(value)?.toUpperCase() ?? null;
  return written !== null && CODE.test(written) ? written : null;
}

function figure(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  const written = text(value);
  if (written === null) return null;
  const start = written.search(DIGIT);
  if (start === -1) return null;
  return readWrittenNumber(written, start).value;
}

const UNITS: Record<string, SalaryPeriod> = {
  hour: 'hour',
  hourly: 'hour',
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  annum: 'year',
};

/** `HOUR` … `YEAR` (schema.org), or the words boards put there instead ("per hour", "Annual"). */
function periodOfUnit(unit: string): SalaryPeriod | null {
  const lower = unit.toLowerCase();
  return UNITS[lower] ?? firstPeriod(lower) ?? UNITS[lower.replace(PER, '')] ?? null;
}

/** A figure with no unit is a year only when it is one in its currency's terms; else we cannot tell. */
function yearBySize(amount: number, currency: string): SalaryPeriod | null {
  return amount >= 10_000 && amount / unitsPerUsd(currency) >= 5_000 ? 'year' : null;
}
