import type { SalaryPeriod } from '../model/posting.ts';

/**
 * The words boards use for a pay period ("p/hr", "per annum", "brutto/Jahr", "per bulan", "par an"), read
 * with one pattern compiled once. A schedule ("38 hours a week", "paid weekly", "annual leave") matches an
 * alternative of its own first, so its period word is never taken for the period of an amount.
 */

const HOUR = [
  '(?:brutto)?stundenlohn',
  'per\\suur',
  'por\\shora',
  "all['’]ora",
  'per\\s?(?:hour|hr)s?',
  'an?\\s?(?:hour|hr)',
  'hourly',
  'p\\s?\\/\\s?(?:hr|hour|h)',
  'p\\.\\s?h\\.?',
  'ph',
  '\\/\\s?(?:hr|hour|h)',
  'per\\sjam',
  '\\/\\s?jam',
  'par\\sheure',
  "[àa]\\sl['’]heure",
  "de\\sl['’]heure",
  'pro\\sstunde',
  '\\/\\s?(?:std|stunde)',
];
const DAY = [
  'per\\s?day',
  'a\\s?day',
  'p\\s?\\/\\s?d(?:ay)?',
  'p\\.\\s?d\\.?',
  'pd',
  '\\/\\s?(?:day|d)',
  'daily(?:\\s?rate)?',
  'day\\s?rate',
  'par\\sjour',
  '\\/\\s?jour',
  'tjm',
  'pro\\stag',
  '\\/\\s?tag',
  'per\\shari',
  'per\\sdag',
  'por\\sd[ií]a',
  '\\/\\s?hari',
];
const WEEK = [
  'per\\s?(?:week|wk)',
  'a\\s?week',
  'p\\s?\\/\\s?w(?:k|eek)?',
  'p\\.\\s?w\\.?',
  'pw',
  '\\/\\s?(?:wk|week)',
  'weekly',
  'par\\ssemaine',
  'pro\\swoche',
  '\\/\\s?woche',
  'per\\sminggu',
];
const MONTH = [
  '(?:brutto)?monats(?:gehalt|lohn)',
  'per\\smaand',
  '\\/\\s?(?:mån|md|mnd)',
  'per\\sm[åa]nad',
  'i\\sm[åa]naden',
  'maandsalaris',
  'al\\smes',
  'al\\smese',
  'por\\sm[eê]s',
  'per\\s?(?:month|mth|mo)',
  'a\\s?month',
  'p\\s?\\/\\s?m(?:th|onth)?',
  'p\\.\\s?m\\.',
  'pm',
  'pcm',
  '\\/\\s?(?:mo|mth|month)',
  'monthly',
  'per\\s?bulan',
  '\\/\\s?(?:bulan|bln)',
  'sebulan',
  'par\\smois',
  '\\/\\s?mois',
  'mensuel(?:le)?',
  'pro\\smonat',
  '\\/\\s?monat',
  'monatlich',
  'per\\smensem',
];
const YEAR = [
  '(?:brutto)?jahres(?:gehalt|lohn)',
  'per\\sjaar',
  'per\\s[åa]r',
  'om\\s[åa]ret',
  '\\/\\s?[åa]r',
  'jaarsalaris',
  'al\\saño',
  "all['’]anno",
  'por\\sano',
  'bruto\\sanual',
  'anual',
  'ral',
  'per\\s?(?:year|annum|yr)',
  'an?\\s?year',
  '\\/\\s?(?:yr|year|annum|a|an|jahr|tahun)',
  'p\\s?\\/\\s?a',
  'p\\.\\s?a\\.?',
  'pa',
  'annually',
  'annual',
  'yearly',
  'lpa',
  'pro[\\s-]?rata',
  'par\\san',
  'par\\sann[ée]e',
  '\\/\\s?ann[ée]e',
  'annuellement',
  'annuel(?:le)?',
  'pro\\sjahr',
  'im\\sjahr',
  'j[äa]hrlich',
  'per\\stahun',
  'setahun',
];
/** Schedules and benefits whose period word says nothing about an amount's period. */
const SCHEDULE = [
  '(?:hours?|hrs?|days?|weeks?|months?|shifts?|times?|nights?|weekends?)\\s(?:per|a|an|each|every)\\s(?:day|week|month|year|fortnight|annum)',
  'paid\\s(?:weekly|fortnightly|monthly|bi-?weekly|daily|hourly)',
  '(?:annual|yearly)\\s(?:leave|review|reviews|increases?|bonus|holidays?)',
  'pm\\s?(?:-|–|to)\\s?\\d',
];

const group = (name: string, forms: string[]): string => `(?<${name}>${forms.join('|')})`;

// Letters on neither side: `pa` but not the end of `spa`, `pm` but not `pmo`; a form that starts with a
// slash may follow a word ("brutto/Jahr").
const PERIOD_PATTERN = new RegExp(
  `(?:(?<!\\p{L})|(?!\\p{L}))(?:${group('skip', SCHEDULE)}|${group('hour', HOUR)}|${group('day', DAY)}|${group('week', WEEK)}|${group('month', MONTH)}|${group('year', YEAR)})(?![\\p{L}])`,
  'gu',
);

export interface PeriodMention {
  period: SalaryPeriod;
  index: number;
  end: number;
}

const NAMES: readonly SalaryPeriod[] = ['hour', 'day', 'week', 'month', 'year'];

/** Every period a short window of text states, in order; `lower` must already be lower case. */
export function periodsIn(lower: string): PeriodMention[] {
  const found: PeriodMention[] = [];
  for (const m of lower.matchAll(PERIOD_PATTERN)) {
    const groups = m.groups;
    if (groups === undefined || groups.skip !== undefined) continue;
    const period = NAMES.find((name) => groups[name] !== undefined);
    if (period !== undefined) found.push({ period, index: m.index, end: m.index + m[0].length });
  }
  return found;
}

export function firstPeriod(text: string): SalaryPeriod | null {
  return periodsIn(text.toLowerCase())[0]?.period ?? null;
}

export function lastPeriod(text: string): SalaryPeriod | null {
  return periodsIn(text.toLowerCase()).at(-1)?.period ?? null;
}

/** Currency codes written between an amount and its words ("85,000 AUD per annum", "RM 4,000 MYR"). */
export const CURRENCY_CODE_WORDS: readonly string[] = [
  'usd',
  'gbp',
  'eur',
  'aud',
  'cad',
  'sgd',
  'nzd',
  'hkd',
  'inr',
  'myr',
  'idr',
];

/** Words that may stand between an amount and its period: "£30,000 gross per annum", "$85k + super pa". */
const FILLER = new Set([
  ...CURRENCY_CODE_WORDS,
  'gross',
  'brutto',
  'brut',
  'bruto',
  'lordo',
  'net',
  'base',
  'basic',
  'salary',
  'plus',
  'super',
  'inc',
  'incl',
  'approx',
  'k',
  'rs',
  'rm',
  'rp',
]);

const DIGIT = /\d/;

/** First words of every period form, and the filler: most numbers are followed by neither ("5 years"). */
const PERIOD_STARTS = new Set([
  'per',
  'a',
  'an',
  'hourly',
  'p',
  'ph',
  'pd',
  'pw',
  'pm',
  'pcm',
  'pa',
  'daily',
  'day',
  'weekly',
  'monthly',
  'annually',
  'annual',
  'yearly',
  'lpa',
  'pro',
  'par',
  'de',
  'sebulan',
  'setahun',
  'mensuel',
  'mensuelle',
  'monatlich',
  'jährlich',
  'jahrlich',
  'im',
  'tjm',
  'perbulan',
  'annuellement',
  'al',
  'all',
  'por',
  'anual',
  'ral',
  'maandsalaris',
  'jaarsalaris',
  ...FILLER,
]);

function mayStartPeriod(after: string): boolean {
  let i = 0;
  while (i < 4 && (after[i] === ' ' || after[i] === '+' || after[i] === '(' || after[i] === '\u00a0')) i++;
  if (after[i] === '/') return true;
  let end = i;
  while (end < i + 12 && end < after.length && isWordChar(after.charCodeAt(end))) end++;
  return end > i && PERIOD_STARTS.has(after.slice(i, end).toLowerCase());
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 191;
}
const NON_LETTERS = /[^\p{L}]+/u;

/** The period written right after an amount, with nothing but filler between; null otherwise. */
export function periodRightAfter(after: string): SalaryPeriod | null {
  return periodWrittenAfter(after)?.period ?? null;
}

/**
 * The period written right after an amount and where it ends, with whether it is written after the
 * figure as a unit ("/annum", "per hour", "pa") rather than as an adjective of what follows ("yearly
 * stipend", "monthly allowance").
 */
export function periodWrittenAfter(after: string): (PeriodMention & { unit: boolean }) | null {
  if (!mayStartPeriod(after)) return null;
  const lower = after.slice(0, 48).toLowerCase();
  const first = periodsIn(lower)[0];
  if (first === undefined) return null;
  const between = lower.slice(0, first.index);
  if (DIGIT.test(between)) return null;
  const words = between.split(NON_LETTERS).filter((w) => w !== '');
  if (words.length > 2 || !words.every((w) => FILLER.has(w))) return null;
  const written = lower.slice(first.index, first.end).split(NON_LETTERS)[0] ?? '';
  return { ...first, unit: !ADJECTIVES.has(written) };
}

/** Period words that come before a noun they describe. */
const ADJECTIVES = new Set([
  'yearly',
  'annual',
  'annually',
  'monthly',
  'weekly',
  'daily',
  'hourly',
  'annuel',
  'annuelle',
  'mensuel',
  'mensuelle',
  'monatlich',
  'jährlich',
  'jahrlich',
]);
