import { periodRightAfter } from './pay-period.ts';
import { payLabelJustBefore, words } from './pay-words.ts';
import { type CurrencyMark, currencyAfter, currencyBefore } from './salary-currency.ts';
import { isDigit, isLetter, isSpace, readMultiplier, readWrittenNumber } from './salary-number.ts';

/**
 * Amounts and ranges of money in a text, found in one left-to-right scan: `$85,000 - $95,000`,
 * `110 to $135K`, `45K à 55K €`, `between USD 120,000 in … and USD 160,000`, `up to £60k`, `2,100+`.
 * Whether one is pay is judged later from the words around it. Every look-around is bounded, so the scan
 * is linear in the length of the text.
 */
export interface MoneyMention {
  start: number;
  end: number;
  /** Null for "up to X" (and a 0 lower bound). */
  min: number | null;
  /** Null for "from X" / "X+". */
  max: number | null;
  /** The currency written beside it; null when none is ("45000-65000 per Year"). */
  mark: CurrencyMark | null;
  /** An Indian `L` / `lakh` / `crore` says INR when nothing else does. */
  indian: boolean;
  /** `LPA`: "lakhs per annum". */
  yearly: boolean;
  /** Written with a `k` ("$150k-$190k", "€70-95k"): how people write yearly salaries, rarely anything else. */
  thousands: boolean;
}

interface Amount {
  value: number;
  start: number;
  end: number;
  mark: CurrencyMark | null;
  factor: number;
  indian: boolean;
  yearly: boolean;
}

export function findMoneyMentions(text: string): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  let i = 0;
  const length = text.length;
  while (i < length) {
    // The hot loop: char codes, not strings, since most characters are no digit.
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57 || isDigitCode(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    const first = readAmount(text, i);
    if (first.amount === null) {
      i = Math.max(first.end, i + 1);
      continue;
    }
    // Most numbers in a posting are no money at all ("5+ years"): a number with no currency is kept only as
    // a range, or beside a period or a pay word, and even then judged strictly.
    const range = readRange(text, first.amount);
    const mention =
      range ??
      (first.amount.mark !== null ||
      mayBePay(text, { ...first.amount, thousands: first.amount.factor === 1_000 })
        ? single(text, first.amount)
        : null);
    if (
      mention !== null &&
      !isPercent(text, mention.end) &&
      (mention.mark !== null || range === null || mayBePay(text, mention))
    )
      mentions.push(mention);
    i = Math.max(mention?.end ?? first.end, i + 1);
  }
  return mentions;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isPercent(text: string, end: number): boolean {
  return text[end] === '%' || (isSpace(text[end]) && text[end + 1] === '%');
}

/** A number with no currency that might still be pay: "27.10 p/hr", "2,100+ Weekly", "Salary: 91000", "18-25 Lacs", "90k - 100k". */
function mayBePay(
  text: string,
  a: { start: number; end: number; indian: boolean; thousands?: boolean; min?: number | null },
): boolean {
  if (a.indian || a.thousands || text[a.end] === '+' || text[a.end - 1] === '+') return true;
  // "60,000 - 70,000 plus car": a range of this size is judged; smaller bare ranges are mostly years and counts.
  if (a.min != null && a.min >= 10_000) return true;
  // Cheap looks first: a period starts with a letter or a slash, a pay word needs letters before.
  const next = text[isSpace(text[a.end]) ? a.end + 1 : a.end];
  if ((isLetter(next) || next === '/') && periodRightAfter(text.slice(a.end, a.end + 48)) !== null)
    return true;
  const from = Math.max(0, a.start - 40);
  let letters = false;
  for (let i = a.start - 1; i >= from && !letters; i--) letters = isLetter(text[i]);
  return letters && payLabelJustBefore(words(text.slice(from, a.start)));
}

function readAmount(text: string, digitAt: number): { amount: Amount | null; end: number } {
  const number = readWrittenNumber(text, digitAt);
  if (number.value === null) return { amount: null, end: number.end };
  const multiplier = readMultiplier(text, number.end);
  const numberEnd = multiplier?.end ?? number.end;
  const before = currencyBefore(text, digitAt);
  const after = currencyAfter(text, numberEnd);
  let mark = before ?? after;
  // `$120,000 CAD`: the code after says which dollar.
  if (before !== null && before.local !== null && after !== null && after.local === null) mark = after;
  return {
    amount: {
      value: number.value * (multiplier?.factor ?? 1),
      start: before?.at ?? digitAt,
      end: after?.at ?? numberEnd,
      mark,
      factor: multiplier?.factor ?? 1,
      indian: multiplier?.indian ?? false,
      yearly: multiplier?.yearly ?? false,
    },
    end: after?.at ?? numberEnd,
  };
}

const DASHES = new Set(['-', '–', '—', '~', '−', '‒']);
/** Words joining the two ends of a range, in the languages boards write. */
const RANGE_WORDS = ['to', 'à', 'bis', 'tot', 'hingga', 'sampai', 's/d', 'until', 'a'];
/** "between A and B", "entre A et B", "zwischen A und B". */
const BETWEEN = ['between', 'entre', 'zwischen', 'tussen', 'tra', 'antara'];
const AND = ['and', 'et', 'und', 'en', 'y', 'e', 'dan'];
/** "between USD 120,000 in our lowest-cost market and USD 160,000 in …": how far the words may run. */
const BETWEEN_REACH = 90;

/** `A - B`, `A – B`, `A to B`, `between A and B`, where B may carry the currency or the `k` for both. */
function readRange(text: string, a: Amount): MoneyMention | null {
  // `$136,000/yr - $170,000/yr`: a period on the lower figure does not end the range.
  let at = skipSpaces(text, a.end + periodSuffixLength(text, a.end));
  const c = text[at];
  const between = precededBy(text, a.start, BETWEEN);
  if (c !== undefined && DASHES.has(c)) at++;
  else {
    const joiner = RANGE_WORDS.find((w) => wordAt(text, at, w));
    if (joiner !== undefined) at += joiner.length;
    else if (between) {
      const and = AND.find((w) => wordAt(text, at, w)) ?? null;
      if (and !== null) at += and.length;
      else {
        const far = farAnd(text, at);
        if (far === null) return null;
        at = far;
      }
    } else return null;
  }
  at = skipSpaces(text, at);
  let digitAt = at;
  while (digitAt < at + 5 && digitAt < text.length && !isDigit(text[digitAt])) digitAt++;
  if (!isDigit(text[digitAt])) return null;
  if (digitAt !== at && currencyBefore(text, digitAt)?.at !== at) return null;
  const { amount: b } = readAmount(text, digitAt);
  if (b === null) return null;
  let low = a.value;
  // `$150-180k`, `110 to $135K`: the `k` on the upper figure belongs to both.
  if (a.factor === 1 && b.factor > 1 && a.value * b.factor <= b.value) low = a.value * b.factor;
  // "Posted 2025 - $150,000": a bare number far below an amount with its own symbol is no lower bound.
  if (a.mark === null && b.start < digitAt && low < b.value * 0.3) return null;
  if (low > b.value) return null;
  const mark = pickMark(a.mark, b.mark);
  if (mark === undefined) return null;
  return {
    start: a.start,
    end: b.end,
    // "$0 - $700 per day" is "up to $700".
    min: low === 0 ? null : low,
    max: b.value,
    mark,
    indian: a.indian || b.indian,
    yearly: a.yearly || b.yearly,
    thousands: b.factor === 1_000,
  };
}

/** The currency of a range from its two ends; undefined when they disagree (`£50k - €60k`). */
function pickMark(a: CurrencyMark | null, b: CurrencyMark | null): CurrencyMark | null | undefined {
  if (a === null) return b;
  if (b === null) return a;
  if (a.currency === b.currency) return a;
  // `$120,000 - $140,000 CAD`: a code on one side says which dollar both are.
  if (a.local?.has(b.currency)) return b;
  if (b.local?.has(a.currency)) return a;
  return undefined;
}

/** Where the figure after a far "and" starts, when only words (no other figure) come between. */
function farAnd(text: string, from: number): number | null {
  const end = Math.min(text.length, from + BETWEEN_REACH);
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (isDigit(c) || c === '\n' || c === '.' || c === ';') return null;
    if (isSpace(text[i - 1]) && AND.some((w) => wordAt(text, i, w))) {
      const and = AND.find((w) => wordAt(text, i, w))!;
      return i + and.length;
    }
  }
  return null;
}

const PERIOD_SUFFIXES = [
  '/yr',
  '/year',
  '/hr',
  '/hour',
  '/h',
  '/mo',
  '/month',
  '/day',
  '/wk',
  '/week',
  '/annum',
];

function periodSuffixLength(text: string, at: number): number {
  if (text[at] !== '/') return 0;
  const ahead = text.slice(at, at + 8).toLowerCase();
  for (const suffix of PERIOD_SUFFIXES) {
    if (ahead.startsWith(suffix) && !isLetter(ahead[suffix.length])) return suffix.length;
  }
  return 0;
}

const UP_TO = [
  'up to',
  'upto',
  'up-to',
  'maximum of',
  'maximum',
  'max',
  'max.',
  'not to exceed',
  'no more than',
  "jusqu'à",
  'jusqu’à',
  'bis zu',
  'hingga',
  'sampai',
];
const FROM = [
  'starting at',
  'starting from',
  'starts at',
  'start at',
  'from',
  'at least',
  'minimum of',
  'minimum',
  'min',
  'min.',
  'no less than',
  'à partir de',
  'dès',
  'ab',
  'mulai',
  'mulai dari',
  'starting pay is',
  'starting pay of',
  'starting pay:',
  'starting salary is',
  'starting salary of',
  'starting rate is',
  'starting rate of',
  'starting wage is',
];

function single(text: string, a: Amount): MoneyMention {
  // "up to" / "from" end in a letter or a dot; anything else before the amount cannot be one.
  const lead = isSpace(text[a.start - 1]) ? text[a.start - 2] : text[a.start - 1];
  const before =
    isLetter(lead) || lead === '.' || lead === ':'
      ? text
          .slice(Math.max(0, a.start - 24), a.start)
          .toLowerCase()
          .trimEnd()
      : '';
  const plus = text[a.end] === '+';
  const end = plus ? a.end + 1 : a.end;
  const base = {
    start: a.start,
    end,
    mark: a.mark,
    indian: a.indian,
    yearly: a.yearly,
    thousands: a.factor === 1_000,
  };
  // "Salary: To 35,000": a bare "to" opening the pay is a ceiling.
  if (UP_TO.some((w) => endsWithWord(before, w)) || opensWithTo(before))
    return { ...base, min: null, max: a.value };
  if (plus || FROM.some((w) => endsWithWord(before, w)) || wordAt(text, skipSpaces(text, end), 'or more'))
    return { ...base, min: a.value, max: null };
  return { ...base, min: a.value, max: a.value };
}

function opensWithTo(before: string): boolean {
  if (!endsWithWord(before, 'to')) return false;
  const lead = before.slice(0, -2).trimEnd();
  return lead === '' || lead.endsWith(':') || lead.endsWith('\n');
}

function precededBy(text: string, at: number, phrases: readonly string[]): boolean {
  const before = text
    .slice(Math.max(0, at - 12), at)
    .toLowerCase()
    .trimEnd();
  return phrases.some((w) => endsWithWord(before, w));
}

function endsWithWord(haystack: string, phrase: string): boolean {
  return haystack.endsWith(phrase) && !isLetter(haystack[haystack.length - phrase.length - 1]);
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < at + 3 && isSpace(text[i])) i++;
  return i;
}

function wordAt(text: string, at: number, w: string): boolean {
  return text.slice(at, at + w.length).toLowerCase() === w && !isLetter(text[at + w.length]);
}
