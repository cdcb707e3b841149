import type { SalaryPeriod } from '../model/posting.ts';
import {
  CURRENCY_CODES_THAT_ARE_WORDS,
  CURRENCY_NAMES,
  CURRENCY_WORDS,
  MAJOR_CURRENCY_CODES,
} from './query-vocabulary.ts';

/**
 * The filters a question states in words: pay (floor, ceiling, range, currency, period) and posting date.
 * Each reader takes what it recognises out of the text and returns the rest, so the words that were a filter
 * are never searched for as role words.
 */

/** A pay filter. Amounts are in `period` when it is set, otherwise a year. */
export interface PayFilter {
  /** Lowest pay asked for ("over 200k"); null when only a ceiling was given. */
  min: number | null;
  /** Highest pay asked for ("under 120k"); null when only a floor was given. */
  max: number | null;
  /** ISO 4217 when the query named one (`£80k`, `in GBP`, `paid in euros`); null otherwise. */
  currency: string | null;
  /** The pay period asked for (`hourly`, `day rate`); null when none was named. */
  period: SalaryPeriod | null;
}

/** A posting-date window, ISO dates, both inclusive. */
export interface DateFilter {
  from: string | null;
  to: string | null;
  /** How the query said it ("this week", "in March"), for quoting back. */
  text: string;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const UNIT = '(k|m|grand)?';
const CURRENCY_SYMBOL = String.raw`(us\$|c\$|ca\$|s\$|a\$|\$|£|€|₹|¥|usd|gbp|eur|euros?|cad|inr|sgd|aud|chf|jpy|myr|rm|nzd|hkd)`;
/** An amount with an optional currency before and after: "£50k", "90,000 eur", "200k", "$45". */
const AMOUNT = String.raw`${CURRENCY_SYMBOL}?\s?${NUMBER}\s?${UNIT}(?![\p{L}\p{N}])\s?${CURRENCY_SYMBOL}?(?![\p{L}])`;

/**
 * Pay periods as people write them. A rate phrase ("a day rate", "hourly rate", "rate per hour") comes before
 * the shorter forms inside it, so "a day" never takes the words and leaves "rate" behind as a role word.
 */
const RATE = '(?:rates?|pay|wages?|basis)';
const PERIOD_PATTERNS: readonly [RegExp, SalaryPeriod][] = [
  [
    new RegExp(
      String.raw`\b(?:(?:an? |per )?(?:hourly|hour)[- ]${RATE}|${RATE} (?:per|an|a|by the) (?:hour|hr)|hourly|per hour|an hour|a hour|by the hour|per hr|an hr|p\/h)\b|\/ ?(?:hr|hour)\b`,
    ),
    'hour',
  ],
  [
    new RegExp(
      String.raw`\b(?:(?:an? |per )?(?:daily|day)[- ]${RATE}|${RATE} (?:per|a|by the) day|daily|per day|a day|by the day|p\/d)\b|\/ ?day\b`,
    ),
    'day',
  ],
  [
    new RegExp(
      String.raw`\b(?:(?:an? )?weekly ${RATE}|weekly|per week|a week|by the week|p\/w)\b|\/ ?week\b`,
    ),
    'week',
  ],
  [
    new RegExp(
      String.raw`\b(?:(?:an? )?monthly ${RATE}|monthly|per month|a month|by the month|pcm|p\/m)\b|\/ ?month\b`,
    ),
    'month',
  ],
  [/\b(?:yearly|annually|annual|per year|a year|per annum|p\/a)\b|\/ ?(?:year|yr)\b/, 'year'],
];

/**
 * Every ISO 4217 code the runtime knows ("jpy", "sek", "pln"), so no currency is ever left as a role word.
 * `Intl` carries the list, so it is data, not a hand-kept table.
 */
const ISO_CURRENCIES: ReadonlySet<string> = new Set(
  Intl.supportedValuesOf('currency').map((code) => code.toLowerCase()),
);
/** What the pay reader may know beyond the lower-case text. */
export interface PayReadingOptions {
  /** The query as typed, to tell a code written in capitals ("SEK") from a word. */
  original?: string;
  /** Words the catalog carries as role words (a skill "php", a company "amd"): never read as a currency after a bare "in". */
  isLabelWord?: (word: string) => boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME_PATTERN = new RegExp(
  String.raw`\b(?:(?:paid|paying|pays|pay|salary|salaries|wages?)\s+)?in\s+(?:the\s+)?(${Object.keys(
    CURRENCY_NAMES,
  )
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\b`,
);
const CODE_PATTERN = /\b(?:((?:paid|paying|pays|pay|salary|salaries|wages?)\s+in)\s+|(in)\s+)?([a-z]{3})\b/g;

/**
 * A currency named in words: a name after "in" ("in yen", "paid in swedish kronor"), or an ISO code
 * ("in SEK", "paid in MXN", "JPY", "sgd roles"). A code that is also a word or a catalog skill ("php", "all")
 * counts only after "paid in"; a rarer code on its own only when written in capitals.
 */
function takeCurrency(text: string, options: PayReadingOptions): { currency: string | null; rest: string } {
  const named = NAME_PATTERN.exec(text);
  if (named !== null) {
    return {
      currency: CURRENCY_NAMES[named[1] ?? ''] ?? null,
      rest: cut(text, named.index, named[0].length),
    };
  }
  for (const match of text.matchAll(CODE_PATTERN)) {
    const [whole, paidIn, bareIn, code = ''] = match;
    if (!ISO_CURRENCIES.has(code)) continue;
    const capitals =
      options.original !== undefined &&
      new RegExp(String.raw`\b${code.toUpperCase()}\b`).test(options.original);
    const wordLike = CURRENCY_CODES_THAT_ARE_WORDS.has(code) || options.isLabelWord?.(code) === true;
    const taken =
      paidIn !== undefined ||
      (!wordLike && (bareIn !== undefined || capitals || MAJOR_CURRENCY_CODES.has(code)));
    if (!taken) continue;
    return { currency: code.toUpperCase(), rest: cut(text, match.index, whole.length) };
  }
  return { currency: null, rest: text };
}

const EXTRA_CURRENCY: Readonly<Record<string, string>> = { rm: 'MYR', myr: 'MYR', nzd: 'NZD', hkd: 'HKD' };

function currencyOf(symbol: string | undefined): string | null {
  if (symbol === undefined) return null;
  const key = symbol.toLowerCase();
  return CURRENCY_WORDS[key] ?? EXTRA_CURRENCY[key] ?? null;
}

function amountOf(number: string, unit: string | undefined, period: SalaryPeriod | null): number {
  const value = Number(number.replaceAll(',', ''));
  if (unit === 'k' || unit === 'grand') return value * 1_000;
  if (unit === 'm') return value * 1_000_000;
  // "over 200" in a search for salaried roles means thousands; an hourly or daily rate is written in full.
  if ((period === null || period === 'year') && value < 1_000) return value * 1_000;
  return value;
}

interface AmountMatch {
  amount: number;
  currency: string | null;
  /** A currency symbol, a "k" or a size of a salary: evidence the number is pay, not "3 years" or "c++". */
  payLike: boolean;
}

function readAmount(groups: (string | undefined)[], period: SalaryPeriod | null): AmountMatch {
  const [before, number, unit, after] = groups;
  const value = Number((number ?? '0').replaceAll(',', ''));
  const currency = currencyOf(before) ?? currencyOf(after);
  return {
    amount: amountOf(number ?? '0', unit?.toLowerCase(), period),
    currency,
    payLike: currency !== null || unit !== undefined || value >= 10_000 || period !== null,
  };
}

/** "over 3 years", "5+ people": a number that counts something other than money. */
const COUNTED = /^\s*\+?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|people|employees|staff|reports|yoe)\b/;

const cut = (text: string, index: number, length: number) =>
  `${text.slice(0, index)} ${text.slice(index + length)}`;

/**
 * Takes pay words out of lower-case text: ranges ("between 100k and 150k", "100-150k"), floors ("over 200k",
 * "£50k+", "more than 250k", a bare "150000"), ceilings ("under 120k", "up to 90k"), a currency ("in GBP") and
 * a period ("hourly", "day rate"). Null when the text states none of them.
 */
export function takePay(
  text: string,
  options: PayReadingOptions = {},
): { pay: PayFilter | null; rest: string } {
  let rest = text;
  let period: SalaryPeriod | null = null;
  for (const [pattern, value] of PERIOD_PATTERNS) {
    const match = pattern.exec(rest);
    if (match === null) continue;
    period = value;
    rest = cut(rest, match.index, match[0].length);
    break;
  }
  const named = takeCurrency(rest, options);
  let currency = named.currency;
  rest = named.rest;
  let min: number | null = null;
  let max: number | null = null;
  const range = new RegExp(
    String.raw`(?:between|from)?\s*${AMOUNT}\s*(?:-|–|—|to|and)\s*${AMOUNT}`,
    'iu',
  ).exec(rest);
  const floor = new RegExp(
    String.raw`(?:over|above|more than|greater than|at least|minimum(?: of)?|min|>=?|from|paying|pays|starting at)\s*${AMOUNT}|${AMOUNT}\s*(?:\+|or more|and up|and above|plus)(?![\p{L}\p{N}])`,
    'iu',
  );
  const ceiling = new RegExp(
    String.raw`(?:under|below|less than|lower than|up to|at most|maximum(?: of)?|max|<=?)\s*${AMOUNT}`,
    'iu',
  );
  const bare = new RegExp(AMOUNT, 'iu');
  if (range !== null) {
    const low = readAmount(range.slice(1, 5), period);
    const high = readAmount(range.slice(5, 9), period);
    // "100-150k": the unit written once applies to both ends.
    const lowAmount =
      range[3] === undefined && range[7] !== undefined && low.amount < high.amount / 100
        ? amountOf(range[2] ?? '0', range[7].toLowerCase(), period)
        : low.amount;
    if ((low.payLike || high.payLike) && lowAmount <= high.amount) {
      min = lowAmount;
      max = high.amount;
      currency ??= low.currency ?? high.currency;
      rest = cut(rest, range.index, range[0].length);
    }
  }
  if (min === null && max === null) {
    const match = ceiling.exec(rest);
    if (match !== null) {
      const amount = readAmount(match.slice(1, 5), period);
      max = amount.amount;
      currency ??= amount.currency;
      rest = cut(rest, match.index, match[0].length);
    }
    const floorMatch = floor.exec(rest);
    if (floorMatch !== null) {
      const groups = floorMatch[2] !== undefined ? floorMatch.slice(1, 5) : floorMatch.slice(5, 9);
      const amount = readAmount(groups, period);
      // "3+ years" and "c++" are not pay: a bare "+" needs a currency, a "k" or a salary-sized number.
      const counted = COUNTED.test(rest.slice(floorMatch.index + floorMatch[0].length));
      if (!counted && (floorMatch[2] !== undefined || amount.payLike)) {
        min = amount.amount;
        currency ??= amount.currency;
        rest = cut(rest, floorMatch.index, floorMatch[0].length);
      }
    }
  }
  if (min === null && max === null) {
    const match = bare.exec(rest);
    if (match !== null) {
      const amount = readAmount(match.slice(1, 5), period);
      // A bare number is pay only when it looks like pay ("150000", "£50k"), never a year such as 2026.
      const year = /^(19|20)\d\d$/.test(match[2] ?? '') && match[1] === undefined && match[3] === undefined;
      if (amount.payLike && !year) {
        min = amount.amount;
        currency ??= amount.currency;
        rest = cut(rest, match.index, match[0].length);
      }
    }
  }
  if (min === null && max === null && currency === null && period === null) return { pay: null, rest: text };
  return { pay: { min, max, currency, period }, rest };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const MONTH_PATTERN = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const iso = (date: Date) => date.toISOString().slice(0, 10);
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

function monthIndex(word: string): number {
  return MONTHS.findIndex((month) => month.startsWith(word.slice(0, 3)));
}

/**
 * Takes a posting-date window out of lower-case text: "posted in March", "this week", "last 30 days",
 * "since Monday", "today". Time is an input: `now` decides what "this week" is. Null when none is stated.
 */
export function takePosted(text: string, now: Date): { posted: DateFilter | null; rest: string } {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const lead = String.raw`(?:(?:posted|added|published|listed|opened)\s+)?`;
  const forms: [RegExp, (match: RegExpExecArray) => Omit<DateFilter, 'text'> | null][] = [
    [
      new RegExp(
        String.raw`\b${lead}(?:in the |within the )?(?:last|past)\s+(\d{1,3})\s+(day|week|month)s?\b`,
      ),
      (match) => {
        const count = Number(match[1]);
        const unit = match[2] === 'week' ? 7 : match[2] === 'month' ? 30 : 1;
        return { from: iso(daysBefore(today, count * unit)), to: null };
      },
    ],
    [
      // "last month" is the calendar month before this one; "in the last month" and "past month" are 30 days.
      new RegExp(String.raw`(?<!\b(?:in|within|over|during) the )\b${lead}last (month|year)\b`),
      (match) => {
        if (match[1] === 'year') {
          const year = today.getUTCFullYear() - 1;
          return { from: `${year}-01-01`, to: `${year}-12-31` };
        }
        const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
        const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
        return { from: iso(from), to: iso(to) };
      },
    ],
    [
      new RegExp(String.raw`\b${lead}(?:in the |within the )?(?:last|past) (day|week|month|fortnight)\b`),
      (match) => {
        const days = { day: 1, week: 7, fortnight: 14, month: 30 }[match[1] as 'day'] ?? 7;
        return { from: iso(daysBefore(today, days)), to: null };
      },
    ],
    [
      new RegExp(String.raw`\b${lead}this (week|month|year)\b`),
      (match) => {
        if (match[1] === 'week') {
          const sinceMonday = (today.getUTCDay() + 6) % 7;
          return { from: iso(daysBefore(today, sinceMonday)), to: null };
        }
        if (match[1] === 'month') return { from: `${iso(today).slice(0, 7)}-01`, to: null };
        return { from: `${today.getUTCFullYear()}-01-01`, to: null };
      },
    ],
    [new RegExp(String.raw`\b${lead}today\b`), () => ({ from: iso(today), to: null })],
    [
      new RegExp(String.raw`\b${lead}yesterday\b`),
      () => ({ from: iso(daysBefore(today, 1)), to: iso(daysBefore(today, 1)) }),
    ],
    [
      new RegExp(String.raw`\b${lead}(?:since|after|from)\s+(?:last\s+)?(${WEEKDAYS.join('|')})\b`),
      (match) => {
        const day = WEEKDAYS.indexOf(match[1] as (typeof WEEKDAYS)[number]);
        const back = (today.getUTCDay() - day + 7) % 7;
        return { from: iso(daysBefore(today, back)), to: null };
      },
    ],
    [
      new RegExp(String.raw`\b${lead}(?:since|after|from)\s+(\d{4}-\d{2}-\d{2})\b`),
      (match) => ({ from: match[1] ?? null, to: null }),
    ],
    [
      new RegExp(String.raw`\b${lead}(?:since|after|from)\s+(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_PATTERN}\b`),
      (match) => dayOfMonth(today, Number(match[1]), match[2] ?? ''),
    ],
    [
      new RegExp(String.raw`\b${lead}(?:since|after|from)\s+${MONTH_PATTERN}\s+(\d{1,2})(?:st|nd|rd|th)?\b`),
      (match) => dayOfMonth(today, Number(match[2]), match[1] ?? ''),
    ],
    [
      new RegExp(String.raw`\b${lead}(?:since|after|from)\s+${MONTH_PATTERN}\b`),
      (match) => {
        const window = monthWindow(today, match[1] ?? '');
        return window === null ? null : { from: window.from, to: null };
      },
    ],
    [
      new RegExp(
        String.raw`\b(?:posted|added|published|listed|opened)\s+(?:in|during)\s+${MONTH_PATTERN}(?:\s+(\d{4}))?\b`,
      ),
      (match) => monthWindow(today, match[1] ?? '', match[2]),
    ],
    [
      new RegExp(String.raw`\b(?:in|during)\s+${MONTH_PATTERN}(?:\s+(\d{4}))?\b`),
      (match) => monthWindow(today, match[1] ?? '', match[2]),
    ],
  ];
  for (const [pattern, read] of forms) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const window = read(match);
    if (window === null) continue;
    return {
      posted: { ...window, text: match[0].trim() },
      rest: cut(text, match.index, match[0].length),
    };
  }
  return { posted: null, rest: text };
}

function dayOfMonth(today: Date, day: number, month: string): Omit<DateFilter, 'text'> | null {
  const index = monthIndex(month);
  if (index < 0 || day < 1 || day > 31) return null;
  let year = today.getUTCFullYear();
  // A date without a year is the latest one not in the future.
  if (Date.UTC(year, index, day) > today.getTime()) year--;
  return { from: iso(new Date(Date.UTC(year, index, day))), to: null };
}

/** The latest whole month of that name not in the future ("in March" in December is this year's March). */
function monthWindow(today: Date, month: string, year?: string): Omit<DateFilter, 'text'> | null {
  const index = monthIndex(month);
  if (index < 0) return null;
  let chosen = year === undefined ? today.getUTCFullYear() : Number(year);
  if (year === undefined && index > today.getUTCMonth()) chosen--;
  const from = new Date(Date.UTC(chosen, index, 1));
  const to = new Date(Date.UTC(chosen, index + 1, 0));
  return { from: iso(from), to: iso(to) };
}
