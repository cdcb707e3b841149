import type { Salary, SalaryPeriod, SalaryRange } from '../model/posting.ts';
import {
  BARE_DOLLAR,
  BARE_KRONE,
  currencyAfter,
  currencyBefore,
  dollarCurrency,
  kroneCurrency,
  unitsPerUsd,
} from './salary-currency.ts';
import { isDigit, isLetter, isSpace, readMultiplier, readWrittenNumber } from './salary-number.ts';

/**
 * Finds the pay a posting states, in its noise-free text. Money that is not pay (funding, revenue,
 * stipends, bonuses, equity) is left out, and so is any amount with no word saying it is pay or for what
 * period: the period is never guessed from the size of a number.
 *
 * One left-to-right scan collects amounts and ranges, then each is judged from the few words around it.
 * Every window is bounded, so the work is linear in the length of the text.
 */
export function extractSalary(text: string): Salary | null {
  const mentions = findMoneyMentions(text);
  if (mentions.length === 0) return null;
  const lower = text.toLowerCase();
  const currencies = new Map<string, string | null>();
  // What a bare `$` or `kr` means is a property of the whole text: work it out once, not per amount.
  const resolveCurrency = (currency: string | null): string | null => {
    if (currency !== BARE_DOLLAR && currency !== BARE_KRONE) return currency;
    if (!currencies.has(currency))
      currencies.set(currency, currency === BARE_DOLLAR ? dollarCurrency(lower) : kroneCurrency(lower));
    return currencies.get(currency) ?? null;
  };
  const sentences = sentenceStarts(text);
  const ranges: SalaryRange[] = [];
  let previous: (MoneyMention & { period: SalaryPeriod }) | null = null;
  for (const [index, mention] of mentions.entries()) {
    const currency = resolveCurrency(mention.currency);
    if (currency === null || !plausibleForAnyPeriod(mention, currency)) continue;
    const bounds = sentenceAround(text, sentences, mention.start);
    const before = text.slice(
      Math.max(bounds.start, mentions[index - 1]?.end ?? 0, mention.start - WINDOW),
      mention.start,
    );
    const after = text.slice(
      mention.end,
      Math.min(bounds.end, mentions[index + 1]?.start ?? text.length, mention.end + WINDOW),
    );
    const inherited = previous !== null && sharesPeriodWith(mention, previous) ? previous : null;
    const period = judgePay(
      { before, after, sentence: text.slice(bounds.start, bounds.end), mention, inherited },
      () => headingBefore(text, bounds.start),
    );
    if (period === null || !sane(mention, currency, period)) continue;
    previous = { ...mention, period };
    ranges.push({
      min: mention.min,
      max: mention.max,
      currency,
      period,
      text: quote(text, bounds, mention),
    });
  }
  return summarise(dedupe(ranges));
}

/** How far around an amount we read for words about it. */
const WINDOW = 100;
/** A range this close after an accepted one ("NYC: … / Remote US: …") shares its period. */
const INHERIT_DISTANCE = 120;
const MAX_TEXT = 300;

/**
 * "NYC: $180k - $220k / Remote US: $160k - $200k": a range close after an accepted one and of the same
 * size is another of the same kind. A lone "$5,000" after a salary is more likely a perk, so it is not.
 */
function sharesPeriodWith(mention: MoneyMention, previous: MoneyMention): boolean {
  if (mention.start - previous.end > INHERIT_DISTANCE || mention.min === null || mention.max === null)
    return false;
  const ratio = mention.max / (previous.max ?? previous.min ?? 1);
  return mention.min < mention.max && ratio >= 1 / 3 && ratio <= 3;
}

interface MoneyMention {
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  /** A code, BARE_DOLLAR, BARE_KRONE, or null when nothing says money. */
  currency: string | null;
  yearly: boolean;
}

interface Amount {
  value: number;
  start: number;
  end: number;
  currency: string | null;
  factor: number;
  yearly: boolean;
}

function findMoneyMentions(text: string): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i]) || isDigit(text[i - 1])) {
      i++;
      continue;
    }
    const first = readAmount(text, i);
    if (first.amount === null) {
      i = Math.max(first.end, i + 1);
      continue;
    }
    // Most numbers in a posting are no money at all ("5+ years"); only a range can lend them a currency.
    const mention =
      readRange(text, first.amount) ?? (first.amount.currency === null ? null : single(text, first.amount));
    if (mention !== null && mention.currency !== null) mentions.push(mention);
    i = Math.max(mention?.end ?? first.end, i + 1);
  }
  return mentions;
}

function readAmount(text: string, digitAt: number): { amount: Amount | null; end: number } {
  const number = readWrittenNumber(text, digitAt);
  if (number.value === null) return { amount: null, end: number.end };
  const multiplier = readMultiplier(text, number.end);
  const numberEnd = multiplier?.end ?? number.end;
  const before = currencyBefore(text, digitAt);
  const after = currencyAfter(text, numberEnd);
  let currency = before?.currency ?? after?.currency ?? null;
  // `$120,000 CAD`: the code says which dollar.
  if (before?.currency === BARE_DOLLAR && after !== null && after.currency !== BARE_KRONE)
    currency = after.currency;
  if (currency === null && multiplier?.indian) currency = 'INR';
  return {
    amount: {
      value: number.value * (multiplier?.factor ?? 1),
      start: before?.at ?? digitAt,
      end: after?.at ?? numberEnd,
      currency,
      factor: multiplier?.factor ?? 1,
      yearly: multiplier?.yearly ?? false,
    },
    end: after?.at ?? numberEnd,
  };
}

/** `A - B`, `A – B`, `A to B`, `between A and B`, where B may carry the currency or the `k` for both. */
function readRange(text: string, a: Amount): MoneyMention | null {
  // `$136,000/yr - $170,000/yr`: a period on the lower figure does not end the range.
  const period = PERIOD_SUFFIX.exec(text.slice(a.end, a.end + 8));
  let at = skipSpaces(text, a.end + (period?.[0].length ?? 0));
  const c = text[at];
  if (c === '-' || c === '–' || c === '—' || c === '~') at++;
  else if (wordAt(text, at, 'to')) at += 2;
  else if (wordAt(text, at, 'and') && /between\s?$/i.test(text.slice(Math.max(0, a.start - 9), a.start)))
    at += 3;
  else return null;
  at = skipSpaces(text, at);
  let digitAt = at;
  while (digitAt < at + 4 && digitAt < text.length && !isDigit(text[digitAt])) digitAt++;
  if (!isDigit(text[digitAt])) return null;
  if (digitAt !== at && currencyBefore(text, digitAt)?.at !== at) return null;
  const { amount: b } = readAmount(text, digitAt);
  // "Posted 2025 - $150,000": a bare number is no lower bound for an amount with its own symbol.
  if (b === null || (a.currency === null && b.start < digitAt)) return null;
  // `$120,000 - $140,000 CAD`: the code on one side says which dollar both are.
  const currency = a.currency === BARE_DOLLAR ? (b.currency ?? a.currency) : (a.currency ?? b.currency);
  if (b.currency !== null && b.currency !== BARE_DOLLAR && currency !== b.currency) return null;
  let low = a.value;
  // `$150-180k`: the `k` on the upper figure belongs to both.
  if (a.factor === 1 && b.factor > 1 && a.value * b.factor <= b.value) low = a.value * b.factor;
  if (low > b.value) return null;
  return {
    start: a.start,
    end: b.end,
    min: low,
    max: b.value,
    currency,
    yearly: a.yearly || b.yearly,
  };
}

const PERIOD_SUFFIX = /^\/\s?(?:yr|year|hr|hour|h|mo|month|day|wk|week)\b/i;

function single(text: string, a: Amount): MoneyMention {
  // "up to" / "from" end in a letter or a dot; anything else before the amount cannot be one.
  const lead = text[a.start - 1] === ' ' ? text[a.start - 2] : text[a.start - 1];
  const before =
    isLetter(lead) || lead === '.'
      ? text
          .slice(Math.max(0, a.start - 24), a.start)
          .toLowerCase()
          .trimEnd()
      : '';
  const plus = text[a.end] === '+';
  const end = plus ? a.end + 1 : a.end;
  const base = { start: a.start, end, currency: a.currency, yearly: a.yearly };
  if (UP_TO.some((w) => endsWithWord(before, w))) return { ...base, min: null, max: a.value };
  if (plus || FROM.some((w) => endsWithWord(before, w)) || /^\s?or more\b/i.test(text.slice(end, end + 9)))
    return { ...base, min: a.value, max: null };
  return { ...base, min: a.value, max: a.value };
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
];

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

// ---- Is it pay, and for what period? ----

/** Pay words that by convention mean a yearly figure when no period is written. */
const YEARLY_BY_CONVENTION = new Set([
  'salary',
  'salaries',
  'compensation',
  'comp',
  'remuneration',
  'base',
  'range',
  'ranges',
  'band',
  'bands',
  'ote',
  'ctc',
  'package',
  'pay',
]);

/** Words that say an amount is pay; the ones outside YEARLY_BY_CONVENTION need a written period. */
const PAY_WORDS = new Set([
  ...YEARLY_BY_CONVENTION,
  'paid',
  'wage',
  'wages',
  'rate',
  'earn',
  'earnings',
  'income',
]);

const NOT_PAY_WORDS = new Set([
  'raised',
  'raising',
  'funding',
  'funded',
  'series',
  'seed',
  'round',
  'investment',
  'investors',
  'backed',
  'revenue',
  'revenues',
  'arr',
  'mrr',
  'gmv',
  'valuation',
  'valued',
  'stipend',
  'stipends',
  'allowance',
  'allowances',
  'budget',
  'budgets',
  'reimbursement',
  'reimbursed',
  'credit',
  'credits',
  'bonus',
  'bonuses',
  'sign-on',
  'signing',
  'relocation',
  'equity',
  'stock',
  'shares',
  'rsu',
  'rsus',
  'options',
  '401(k)',
  '401k',
  'match',
  'matching',
  'contribution',
  'contributions',
  'donate',
  'donates',
  'donated',
  'donation',
  'donations',
  'grant',
  'customers',
  'users',
  'clients',
  'transactions',
  'payments',
  'sales',
  'assets',
  'aum',
  'profit',
  'fund',
  'capital',
  'prize',
  'award',
  'fee',
  'fees',
  'price',
  'cost',
  'costs',
  'perk',
  'perks',
  'gift',
  'voucher',
  'membership',
  'insurance',
  'tuition',
  'education',
  'learning',
  'wellness',
  'conference',
  'referral',
  'product',
  'products',
  'license',
  'licenses',
  'subscription',
  'subscriptions',
  'contracts',
  'deals',
  'quota',
  'pipeline',
  'savings',
  'spend',
]);

/** After an amount these begin something else it is added to ("… plus equity"). */
const ADDITIVE_WORDS = new Set(['plus', 'and', 'with', 'or', 'addition', '+', '&', ',', ';', '|']);

const PERIODS: [RegExp, SalaryPeriod][] = [
  [/\/\s?(?:hr|hour|h)\b|\bper hour\b|\ban hour\b|\bhourly\b|\bp\/h\b/g, 'hour'],
  [/\/\s?day\b|\bper day\b|\ba day\b|\bday rate\b|\bdaily\b|\bper diem\b/g, 'day'],
  [/\/\s?(?:wk|week)\b|\bper week\b|\ba week\b|\bweekly\b/g, 'week'],
  [/\/\s?(?:mo|month)\b|\bper month\b|\ba month\b|\bmonthly\b|\bper mensem\b/g, 'month'],
  [
    /\/\s?(?:yr|year|annum)\b|\bper (?:year|annum)\b|\ba year\b|\bp\.\s?a\.|\bpa\b|\bannually\b|\bannual\b|\byearly\b|\blpa\b/g,
    'year',
  ],
];

interface PayContext {
  before: string;
  after: string;
  sentence: string;
  mention: MoneyMention;
  inherited: { period: SalaryPeriod } | null;
}

/** The pay period when the words around the amount say it is pay; null when it is not (or we cannot tell). */
function judgePay(context: PayContext, heading: () => string | null): SalaryPeriod | null {
  const afterWords = words(context.after);
  const beforeWords = words(context.before);
  if (notPayAfter(afterWords) || notPayBefore(beforeWords)) return null;
  const said =
    firstPeriod(context.after) ??
    (context.mention.yearly ? 'year' : null) ??
    lastPeriod(afterLastNotPayWord(context.before)) ??
    (beforeWords.some((w) => YEARLY_BY_CONVENTION.has(w)) || leadingPayWords(afterWords).conventional
      ? 'year'
      : null);
  if (said !== null) return said;
  const isPay = beforeWords.some((w) => PAY_WORDS.has(w)) || leadingPayWords(afterWords).pay;
  const sentencePeriod = firstPeriod(context.sentence);
  if (isPay && sentencePeriod !== null) return sentencePeriod;
  const head = heading();
  if (head !== null) {
    const headWords = words(head);
    if (headWords.some((w) => PAY_WORDS.has(w)) && !headWords.some((w) => NOT_PAY_WORDS.has(w))) {
      const headPeriod = lastPeriod(head) ?? sentencePeriod;
      if (headPeriod !== null) return headPeriod;
      if (headWords.some((w) => YEARLY_BY_CONVENTION.has(w))) return 'year';
    }
  }
  if (context.inherited !== null) return sentencePeriod ?? context.inherited.period;
  return null;
}

const WORD = /401\(k\)|[a-z0-9][a-z0-9'’-]*|[+&,;|]/g;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** "$50M Series B", "$1,000 learning stipend", "$20k sign-on bonus": the noun right after says what it is. */
function notPayAfter(afterWords: string[]): boolean {
  // A period word right after the amount says nothing about what it is ("$1,000 yearly … stipend"), and a
  // joining word only starts something else when it comes first ("$150k plus equity", not "office and
  // wellness stipend").
  const described = afterWords.slice(0, 6).filter((w) => !PERIOD_WORDS.has(w));
  for (const [index, w] of described.entries()) {
    if (PAY_WORDS.has(w) || (index === 0 && ADDITIVE_WORDS.has(w))) return false;
    if (NOT_PAY_WORDS.has(w)) return true;
  }
  return false;
}

const PERIOD_WORDS = new Set([
  'per',
  'a',
  'an',
  'year',
  'annum',
  'month',
  'week',
  'day',
  'hour',
  'yearly',
  'annual',
  'annually',
  'monthly',
  'weekly',
  'daily',
  'hourly',
]);

/** "raised $50M", "a sign-on bonus of $20k": a money word nearer the amount than any pay word. */
function notPayBefore(beforeWords: string[]): boolean {
  for (let i = beforeWords.length - 1; i >= 0; i--) {
    const w = beforeWords[i]!;
    if (PAY_WORDS.has(w)) return false;
    if (NOT_PAY_WORDS.has(w)) return true;
  }
  return false;
}

/** "a monthly stipend and a salary of $100,000": the period before a perk's noun is the perk's. */
function afterLastNotPayWord(before: string): string {
  let cut = 0;
  for (const m of before.toLowerCase().matchAll(WORD)) {
    if (NOT_PAY_WORDS.has(m[0])) cut = m.index + m[0].length;
  }
  return before.slice(cut);
}

function leadingPayWords(afterWords: string[]): { pay: boolean; conventional: boolean } {
  for (const w of afterWords.slice(0, 5)) {
    if (ADDITIVE_WORDS.has(w)) break;
    if (PAY_WORDS.has(w)) return { pay: true, conventional: YEARLY_BY_CONVENTION.has(w) };
  }
  return { pay: false, conventional: false };
}

function periodMatches(text: string): { index: number; period: SalaryPeriod }[] {
  const lower = text.toLowerCase();
  const found: { index: number; period: SalaryPeriod }[] = [];
  for (const [pattern, period] of PERIODS) {
    for (const m of lower.matchAll(pattern)) found.push({ index: m.index, period });
  }
  return found.sort((a, b) => a.index - b.index);
}

function firstPeriod(text: string): SalaryPeriod | null {
  return periodMatches(text)[0]?.period ?? null;
}

function lastPeriod(text: string): SalaryPeriod | null {
  return periodMatches(text).at(-1)?.period ?? null;
}

// ---- Sanity bounds, in rough US-dollar terms so rupees and yen are judged alike ----

const FLOOR: Record<SalaryPeriod, number> = { hour: 5, day: 30, week: 150, month: 400, year: 1_000 };
const CEILING: Record<SalaryPeriod, number> = {
  hour: 2_000,
  day: 15_000,
  week: 60_000,
  month: 300_000,
  year: 5_000_000,
};

function plausibleForAnyPeriod(mention: MoneyMention, currency: string): boolean {
  const top = (mention.max ?? mention.min ?? 0) / unitsPerUsd(currency);
  return top >= FLOOR.hour && top <= CEILING.year;
}

function sane(mention: MoneyMention, currency: string, period: SalaryPeriod): boolean {
  const scale = unitsPerUsd(currency);
  return [mention.min, mention.max].every(
    (v) => v === null || (v / scale >= FLOOR[period] && v / scale <= CEILING[period]),
  );
}

// ---- Sentences ----

/** Starts of sentences and lines, found once so each amount finds its own in logarithmic time. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '•') starts.push(i + 1);
    else if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '')) {
      const next = text[skipSpaces(text, i + 1)];
      if (next === undefined || next === '\n' || (isLetter(next) && next === next.toUpperCase()))
        starts.push(i + 1);
    }
  }
  return starts;
}

function sentenceAround(text: string, starts: number[], at: number): { start: number; end: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  // A "sentence" with no full stop can be the whole text; clamp it so each amount reads a bounded window.
  return {
    start: Math.max(starts[lo]!, at - SENTENCE_REACH),
    end: Math.min(starts[lo + 1] ?? text.length, at + SENTENCE_REACH),
  };
}

const SENTENCE_REACH = 400;
const MAX_INTRO_LINE = 240;

/** A short line just above ("Salary range:", "Compensation") that introduces the amounts under it. */
function headingBefore(text: string, sentenceStart: number): string | null {
  let end = sentenceStart - 1;
  while (end > 0 && end > sentenceStart - 200 && /\s/.test(text[end - 1] ?? '')) end--;
  if (end <= 0 || (text[sentenceStart - 1] !== '\n' && text[end] !== '\n')) return null;
  // A line that ends in a colon introduces a list under it ("The base salary range for this role is:"); only
  // its last sentence does, earlier ones may talk about anything ("the cost of labour").
  if (text[end - 1] === ':') {
    // Bounded look-back, so a huge line of colons cannot make this quadratic.
    const from = Math.max(0, end - MAX_INTRO_LINE);
    const window = text.slice(from, end);
    const newline = window.lastIndexOf('\n');
    if (newline !== -1 || from === 0)
      return (
        window
          .slice(newline + 1)
          .split(/[.!?]\s+/)
          .pop()
          ?.trim() ?? null
      );
  }
  // Otherwise only a short line counts, so look no further back than one could be.
  const from = Math.max(0, end - 80);
  const window = text.slice(from, end);
  const newline = window.lastIndexOf('\n');
  if (newline === -1 && from > 0) return null;
  const line = window.slice(newline + 1).trim();
  if (line.length > 0 && line.length <= 60) return line;
  return null;
}

function quote(text: string, bounds: { start: number; end: number }, mention: MoneyMention): string {
  const sentence = text.slice(bounds.start, bounds.end).trim();
  if (sentence.length <= MAX_TEXT) return sentence;
  const room = Math.max(0, Math.floor((MAX_TEXT - (mention.end - mention.start)) / 2) - 2);
  const from = Math.max(bounds.start, mention.start - room);
  const to = Math.min(bounds.end, mention.end + room);
  return `${from > bounds.start ? '…' : ''}${text.slice(from, to).trim()}${to < bounds.end ? '…' : ''}`.slice(
    0,
    MAX_TEXT,
  );
}

// ---- Putting the ranges together ----

/** A header "$210k - $260k per year" and a later "$210,000 - $260,000" are one range. */
function dedupe(ranges: SalaryRange[]): SalaryRange[] {
  const seen = new Set<string>();
  return ranges.filter((r) => {
    const key = `${r.min}|${r.max}|${r.currency}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function summarise(ranges: SalaryRange[]): Salary | null {
  const first = ranges[0];
  if (first === undefined) return null;
  const comparable = ranges.filter((r) => r.currency === first.currency && r.period === first.period);
  const mins = comparable.map((r) => r.min).filter((v) => v !== null);
  const maxes = comparable.map((r) => r.max).filter((v) => v !== null);
  const texts = [...new Set(ranges.map((r) => r.text))];
  const joined = texts.join(' ');
  return {
    min: mins.length > 0 ? mins.reduce((a, b) => Math.min(a, b)) : null,
    max: maxes.length > 0 ? maxes.reduce((a, b) => Math.max(a, b)) : null,
    currency: first.currency,
    period: first.period,
    text: joined.length <= MAX_TEXT ? joined : `${joined.slice(0, MAX_TEXT - 1)}…`,
    ranges,
  };
}
