/**
 * Currency markers postings put before or after an amount, and what a bare `$`, `kr`, `¥` or `Rs` means in
 * a given posting. Amounts are checked against rough per-currency scales so "sane floor" means the same in
 * rupees as in dollars.
 */

import { isLetter, isSpace } from './salary-number.ts';

/** A `$` with no country in front: the posting's own dollar when it is placed in a dollar country, else USD. */
export const BARE_DOLLAR = '$';
/** `kr` is Swedish, Norwegian, Danish or Icelandic; only the posting's places (or its text) can tell. */
export const BARE_KRONE = 'kr';
/** `R` is the South African rand, but a lone capital beside a figure means it only in a South African posting. */
export const BARE_RAND = 'R';

/**
 * Currencies written with a plain `$`. A bare `$` in a posting placed in one of these countries is that
 * country's money (a Sydney posting's "$85,000" is Australian dollars).
 */
const DOLLAR_CURRENCIES: ReadonlySet<string> = new Set([
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'HKD',
  'MXN',
  'TWD',
  'BND',
  'FJD',
  'JMD',
  'TTD',
  'BSD',
  'BBD',
  'BZD',
  'NAD',
  'LRD',
  'XCD',
  'GYD',
  'ARS',
  'CLP',
  'COP',
  'UYU',
  'DOP',
]);
const KRONE_CURRENCIES: ReadonlySet<string> = new Set(['SEK', 'NOK', 'DKK', 'ISK']);
/** `¥` is the yen in Japan and the yuan in China; `Rs` is the rupee of several countries. */
const YEN_CURRENCIES: ReadonlySet<string> = new Set(['JPY', 'CNY']);
const RUPEE_CURRENCIES: ReadonlySet<string> = new Set(['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR']);

interface Marker {
  token: string;
  /** The currency it names when the posting's place does not say otherwise (or BARE_DOLLAR / BARE_KRONE). */
  currency: string;
  /** Currencies the same marker means in other countries. */
  local: ReadonlySet<string> | null;
  /** Letters must stand alone: `CAD` but not the end of `ARCADE`. */
  word: boolean;
}

const marker = (token: string, currency: string, local: ReadonlySet<string> | null = null): Marker => ({
  token,
  currency,
  local,
  word: /^[A-Za-z]/.test(token),
});

const CODES = [
  'USD',
  'GBP',
  'EUR',
  'CAD',
  'AUD',
  'SGD',
  'NZD',
  'HKD',
  'INR',
  'MYR',
  'IDR',
  'PHP',
  'THB',
  'VND',
  'TWD',
  'JPY',
  'CNY',
  'KRW',
  'CHF',
  'PLN',
  'SEK',
  'NOK',
  'DKK',
  'BRL',
  'MXN',
  'ILS',
  'ZAR',
  'CZK',
  'HUF',
  'RON',
  'AED',
  'SAR',
  'PKR',
  'LKR',
  'NGN',
  'KES',
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
  marker('NT$', 'TWD'),
  marker('CN¥', 'CNY'),
  marker('Rs.', 'INR', RUPEE_CURRENCIES),
  marker('kr.', BARE_KRONE, KRONE_CURRENCIES),
  marker('C$', 'CAD'),
  marker('A$', 'AUD'),
  marker('S$', 'SGD'),
  marker('R$', 'BRL'),
  marker('RM', 'MYR'),
  marker('Rp', 'IDR'),
  marker('Rs', 'INR', RUPEE_CURRENCIES),
  marker('zł', 'PLN'),
  marker('kr', BARE_KRONE, KRONE_CURRENCIES),
  marker('Kč', 'CZK'),
  marker('$', BARE_DOLLAR, DOLLAR_CURRENCIES),
  marker('£', 'GBP'),
  marker('€', 'EUR'),
  marker('₹', 'INR'),
  marker('¥', 'JPY', YEN_CURRENCIES),
  marker('₩', 'KRW'),
  marker('₪', 'ILS'),
  marker('₱', 'PHP'),
  marker('฿', 'THB'),
  marker('₫', 'VND'),
  marker('R', BARE_RAND, new Set(['ZAR'])),
].sort((a, b) => b.token.length - a.token.length);

/** Each marker and the currency it names, for other readers of money (search queries) to share one table. */
export const CURRENCY_MARKERS: ReadonlyMap<string, string> = new Map(
  MARKERS.filter((m) => m.currency !== BARE_RAND).map((m) => [m.token, m.currency]),
);

// Most numbers have no currency beside them; checking one character first keeps the scan cheap.
const LAST_CHARS = new Set(MARKERS.map((m) => m.token.at(-1)));
const FIRST_CHARS = new Set(MARKERS.map((m) => m.token[0]));

export interface CurrencyMark {
  /** A code, or BARE_DOLLAR / BARE_KRONE. */
  currency: string;
  /** Other currencies the same marker means elsewhere (`¥` in China); null when it means one thing. */
  local: ReadonlySet<string> | null;
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
      if (DOLLAR_CURRENCIES.has(code) && !isLetter(text[codeEnd - 4]))
        return { currency: code, local: null, at: codeEnd - 3 };
    }
    // `$` right after letters we do not know (`XY$5`) still reads as a dollar; the letters are not ours.
    return { currency: m.currency, local: m.local, at: start };
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
    return { currency: m.currency, local: m.local, at: end };
  }
  return null;
}

// One pass over the text finds every dollar it names outright.
const STATED_DOLLARS =
  /\b(?:(?<cad>canadian dollars?|cad)|(?<aud>australian dollars?|aud)|(?<sgd>singapore dollars?|sgd)|(?<nzd>new zealand dollars?|nzd)|(?<hkd>hong kong dollars?|hkd)|(?<usd>usd|us dollars?|u\.s\. dollars?))\b/g;
const CANADA = /\bcanad/;
const STATED_ORDER = ['cad', 'aud', 'sgd', 'nzd', 'hkd', 'usd'] as const;

/**
 * What a bare `$` means in this posting. What the text says outright wins ("all figures in Canadian
 * dollars"); then the posting's country when its money is a dollar; then USD.
 */
export function dollarCurrency(lowerText: string, countryCurrency: string | null): string {
  const stated = new Set<string>();
  for (const m of lowerText.matchAll(STATED_DOLLARS)) {
    const name = STATED_ORDER.find((key) => m.groups?.[key] !== undefined);
    if (name !== undefined) stated.add(name);
  }
  // "CAD" alone is also a design tool; it names the dollar only in a text that speaks of Canada.
  if (stated.has('cad') && CANADA.test(lowerText)) return 'CAD';
  const other = STATED_ORDER.find((key) => key !== 'cad' && key !== 'usd' && stated.has(key));
  if (other !== undefined) return other.toUpperCase();
  if (stated.has('usd')) return 'USD';
  if (countryCurrency !== null && DOLLAR_CURRENCIES.has(countryCurrency)) return countryCurrency;
  return 'USD';
}

const KRONE_PLACES: [RegExp, string][] = [
  [/\bswed|stockholm|göteborg|gothenburg|malmö|malmo\b|\bsverige/, 'SEK'],
  [/\bnorw|\boslo\b|\bbergen\b|trondheim|\bnorge\b/, 'NOK'],
  [/\bdenmark|\bdanish\b|copenhagen|københavn|aarhus|\bdanmark/, 'DKK'],
];

/** What `kr` means in this posting: its country, else the country its text names; null when neither says. */
export function kroneCurrency(lowerText: string, countryCurrency: string | null): string | null {
  if (countryCurrency !== null && KRONE_CURRENCIES.has(countryCurrency)) return countryCurrency;
  for (const [pattern, code] of KRONE_PLACES) if (pattern.test(lowerText)) return code;
  return null;
}

const SOUTH_AFRICA = /\bsouth africa|\bzar\b|\brand\b/;

/** What `R` means in this posting: rand when it is placed in South Africa or says so; null otherwise. */
export function randCurrency(lowerText: string, countryCurrency: string | null): string | null {
  return countryCurrency === 'ZAR' || SOUTH_AFRICA.test(lowerText) ? 'ZAR' : null;
}

/** A marker that means another currency in the posting's country (`¥` in Shanghai, `Rs` in Karachi). */
export function localCurrency(mark: CurrencyMark, countryCurrency: string | null): string {
  if (mark.local !== null && countryCurrency !== null && mark.local.has(countryCurrency))
    return countryCurrency;
  return mark.currency;
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
  TWD: 32,
  INR: 85,
  PKR: 280,
  LKR: 300,
  NPR: 135,
  MYR: 4.5,
  IDR: 16_000,
  PHP: 56,
  THB: 35,
  VND: 25_000,
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
  ISK: 140,
  BRL: 5.5,
  MXN: 18,
  ARS: 1_000,
  CLP: 950,
  COP: 4_000,
  ILS: 3.7,
  ZAR: 18,
  AED: 3.7,
  SAR: 3.75,
  NGN: 1_500,
  KES: 130,
};

export function unitsPerUsd(currency: string): number {
  return UNITS_PER_USD[currency] ?? 1;
}
