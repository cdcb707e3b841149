import type { SalaryPeriod } from '../model/posting.ts';

/**
 * Pay written the way people write it, the same on every surface (terminal, Slack cards and answers,
 * digests): "$45 an hour", "£55,000–£65,000 a year", "₹25,00,000 a year", "RM 4,000–RM 6,000 a month",
 * "up to £60,000 a year", "from $25 an hour". A symbol stands alone only where it names one currency;
 * the other dollars carry their country ("CA$", "A$", "S$", "NZ$", "HK$", "MX$"), and a plain `$` is
 * the US dollar.
 */

/** The figures a pay line needs: both `Salary` and `SalaryRange` have them. */
export interface PayFigures {
  min: number | null;
  max: number | null;
  currency: string;
  period: SalaryPeriod;
}

/** How every surface says a pay period, after the figures. */
export const PERIOD_WORDS: Readonly<Record<SalaryPeriod, string>> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

/**
 * What goes before the figure. Symbols people read without doubt stand alone; a code or a local prefix
 * ("RM ", "Rp ") where the bare symbol would be taken for another currency.
 */
const PREFIXES: Readonly<Record<string, string>> = {
  USD: '$',
  GBP: '£',
  EUR: '€',
  INR: '₹',
  JPY: '¥',
  KRW: '₩',
  ILS: '₪',
  PHP: '₱',
  THB: '฿',
  VND: '₫',
  CAD: 'CA$',
  AUD: 'A$',
  SGD: 'S$',
  NZD: 'NZ$',
  HKD: 'HK$',
  MXN: 'MX$',
  TWD: 'NT$',
  BRL: 'R$',
  CNY: 'CN¥',
  MYR: 'RM ',
  IDR: 'Rp ',
  ZAR: 'R ',
  CHF: 'CHF ',
};

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const INDIAN = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 });
const INDIAN_CENTS = new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The figure grouped as the currency's people group it: lakhs and crores for rupees, thousands elsewhere. */
function grouped(amount: number, currency: string, fractionDigits: number): string {
  if (currency === 'INR') return (fractionDigits > 0 ? INDIAN_CENTS : INDIAN).format(amount);
  return (fractionDigits > 0 ? CENTS : GROUPED).format(amount);
}

/** One amount in its currency: "$176,166", "£80,000", "CA$120,000", "₹25,00,000", "RM 4,000", "SEK 55,000". */
export function formatMoney(amount: number, currency: string, fractionDigits = 0): string {
  const figure = grouped(amount, currency, fractionDigits);
  const prefix = PREFIXES[currency];
  // Any other currency reads best as its code, as the boards that pay in it write it.
  return prefix === undefined ? `${currency} ${figure}` : `${prefix}${figure}`;
}

/**
 * The shape of a pay range, each figure written by `figure`: "min–max", one figure when both ends agree,
 * "up to max", "from min". Null when neither end is known, so the caller says "not stated" in its words.
 */
export function payBounds(
  figures: { min: number | null; max: number | null },
  figure: (amount: number) => string,
): string | null {
  const { min, max } = figures;
  if (min !== null && max !== null) return min === max ? figure(min) : `${figure(min)}–${figure(max)}`;
  if (max !== null) return `up to ${figure(max)}`;
  if (min !== null) return `from ${figure(min)}`;
  return null;
}

/** Cents only where they are part of the rate ("$38.50 an hour"); a yearly figure never needs them. */
function fractionDigitsFor(figures: PayFigures): number {
  if (figures.period === 'year' || figures.period === 'month') return 0;
  return [figures.min, figures.max].some((n) => n !== null && !Number.isInteger(n)) ? 2 : 0;
}

/** "$176,166–$251,666 a year", "from £60,000 a year", "up to $45.50 an hour"; "salary not stated" without figures. */
export function formatPay(figures: PayFigures): string {
  const digits = fractionDigitsFor(figures);
  const bounds = payBounds(figures, (n) => formatMoney(n, figures.currency, digits));
  return bounds === null ? 'salary not stated' : `${bounds} ${PERIOD_WORDS[figures.period]}`;
}
