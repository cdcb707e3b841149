/**
 * Currency markers postings put before or after an amount, and what a bare `$` or `kr` means in a given
 * posting. Amounts are checked against rough per-currency scales so "sane floor" means the same in rupees
 * as in dollars.
 */

import { isLetter, isSpace } from './salary-number.ts';

/** A `$` with no country in front: USD unless the posting says otherwise. */
export const BARE_DOLLAR = '$';
/** `kr` is Swedish, Norwegian or Danish; only the posting's places can tell. */
export const BARE_KRONE = 'kr';

interface Marker {
  token: string;
  currency: string;
  /** Letters must stand alone: `CAD` but not the end of `ARCADE`. */
  word: boolean;
}

const marker = (token: string, currency: string): Marker => ({
  token,
  currency,
  word: /^[A-Za-z]/.test(token),
});

const CODES = [
  'USD',
  'GBP',
  'EUR',
  'CAD',
  'AUD',
  'SGD',
  'INR',
  'JPY',
  'CHF',
  'PLN',
  'SEK',
  'NOK',
  'DKK',
  'NZD',
  'HKD',
  'BRL',
  'MXN',
  'CNY',
  'ILS',
  'KRW',
  'ZAR',
  'CZK',
  'HUF',
  'RON',
  'AED',
];

// Longest first, so `US$` wins over `$` and `Rs.` over `Rs`.
const MARKERS: Marker[] = [
  ...CODES.map((code) => marker(code, code)),
  marker('RMB', 'CNY'),
  marker('US$', 'USD'),
  marker('CA$', 'CAD'),
  marker('AU$', 'AUD'),
  marker('NZ$', 'NZD'),
  marker('SG$', 'SGD'),
  marker('HK$', 'HKD'),
  marker('MX$', 'MXN'),
  marker('CN¥', 'CNY'),
  marker('Rs.', 'INR'),
  marker('kr.', BARE_KRONE),
  marker('C$', 'CAD'),
  marker('A$', 'AUD'),
  marker('S$', 'SGD'),
  marker('R$', 'BRL'),
  marker('Rs', 'INR'),
  marker('zł', 'PLN'),
  marker('kr', BARE_KRONE),
  marker('Kč', 'CZK'),
  marker('$', BARE_DOLLAR),
  marker('£', 'GBP'),
  marker('€', 'EUR'),
  marker('₹', 'INR'),
  marker('¥', 'JPY'),
  marker('₩', 'KRW'),
  marker('₪', 'ILS'),
].sort((a, b) => b.token.length - a.token.length);

/** Each marker and the currency it names, for other readers of money (search queries) to share one table. */
export const CURRENCY_MARKERS: ReadonlyMap<string, string> = new Map(
  MARKERS.map((m) => [m.token, m.currency]),
);

const DOLLAR_CODES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']);

// Most numbers have no currency beside them; checking one character first keeps the scan cheap.
const LAST_CHARS = new Set(MARKERS.map((m) => m.token.at(-1)));
const FIRST_CHARS = new Set(MARKERS.map((m) => m.token[0]));

export interface CurrencyMark {
  currency: string;
  /** Where the marker starts (before the amount) or ends (after it). */
  at: number;
}

/** The currency written right before position `at` (one space allowed between), or null. */
export function currencyBefore(text: string, at: number): CurrencyMark | null {
  const end = isSpace(text[at - 1]) ? at - 1 : at;
  if (!LAST_CHARS.has(text[end - 1])) return null;
  for (const m of MARKERS) {
    const start = end - m.token.length;
    if (start < 0 || text.slice(start, end) !== m.token) continue;
    if (m.word && isLetter(text[start - 1])) continue;
    // `CAD $120,000`: a code just before the `$` says which dollar.
    if (m.currency === BARE_DOLLAR) {
      const codeEnd = isSpace(text[start - 1]) ? start - 1 : start;
      const code = text.slice(codeEnd - 3, codeEnd);
      if (DOLLAR_CODES.has(code) && !isLetter(text[codeEnd - 4])) return { currency: code, at: codeEnd - 3 };
    }
    // `$` right after letters we do not know (`XY$5`) still reads as a dollar; the letters are not ours.
    return { currency: m.currency, at: start };
  }
  return null;
}

/** The currency written right after position `at` (one space allowed between), or null. */
export function currencyAfter(text: string, at: number): CurrencyMark | null {
  const start = isSpace(text[at]) ? at + 1 : at;
  if (!FIRST_CHARS.has(text[start])) return null;
  for (const m of MARKERS) {
    const end = start + m.token.length;
    if (text.slice(start, end) !== m.token) continue;
    if (m.word && isLetter(text[end])) continue;
    return { currency: m.currency, at: end };
  }
  return null;
}

/** What a bare `$` means in this posting: only an explicit statement moves it off USD. */
export function dollarCurrency(lowerText: string): string {
  if (/\bcanadian dollars?\b|\bcad\b/.test(lowerText) && /\bcanad/.test(lowerText)) return 'CAD';
  if (/\baustralian dollars?\b|\baud\b/.test(lowerText)) return 'AUD';
  if (/\bsingapore dollars?\b|\bsgd\b/.test(lowerText)) return 'SGD';
  if (/\bnew zealand dollars?\b|\bnzd\b/.test(lowerText)) return 'NZD';
  return 'USD';
}

/** What `kr` means in this posting, from the country it names; null when it names none. */
export function kroneCurrency(lowerText: string): string | null {
  if (/\bswed|stockholm|göteborg|gothenburg|malmö|malmo\b|\bsverige/.test(lowerText)) return 'SEK';
  if (/\bnorw|\boslo\b|\bbergen\b|trondheim|\bnorge\b/.test(lowerText)) return 'NOK';
  if (/\bdenmark|\bdanish\b|copenhagen|københavn|aarhus|\bdanmark/.test(lowerText)) return 'DKK';
  return null;
}

/** Rough units per US dollar, only to scale the sanity bounds; never used to convert what we show. */
const UNITS_PER_USD: Record<string, number> = {
  USD: 1,
  EUR: 1,
  GBP: 0.8,
  CHF: 0.9,
  CAD: 1.4,
  AUD: 1.5,
  NZD: 1.7,
  SGD: 1.35,
  HKD: 7.8,
  INR: 85,
  JPY: 150,
  CNY: 7.2,
  KRW: 1400,
  PLN: 4,
  CZK: 23,
  HUF: 360,
  RON: 4.6,
  SEK: 10.5,
  NOK: 10.8,
  DKK: 7,
  BRL: 5.5,
  MXN: 18,
  ILS: 3.7,
  ZAR: 18,
  AED: 3.7,
};

export function unitsPerUsd(currency: string): number {
  return UNITS_PER_USD[currency] ?? 1;
}
