import type { Salary, SalaryPeriod, SalaryRange } from '../model/posting.ts';
import { currencyOfCountry } from '../places/country-currency.ts';
import { findMoneyMentions, type MoneyMention } from './money-mentions.ts';
import { plausibleForAnyPeriod, plausiblePay } from './pay-bounds.ts';
import { NO_PAY_CONTEXT, type PayContext } from './pay-context.ts';
import { firstPeriod, lastPeriod, periodRightAfter, periodsIn, periodWrittenAfter } from './pay-period.ts';
import {
  countsSomethingElse,
  marketFigure,
  NOT_PAY_WORDS,
  notPayAfter,
  notPayBefore,
  onlyPayWords,
  PAY_WORDS,
  type PayKind,
  payKind,
  payLabelJustBefore,
  payWordNear,
  plainPayAfter,
  words,
} from './pay-words.ts';
import {
  BARE_DOLLAR,
  BARE_KRONE,
  BARE_RAND,
  dollarCurrency,
  kroneCurrency,
  localCurrency,
  randCurrency,
  unitsPerUsd,
} from './salary-currency.ts';
import { isLetter, isSpace } from './salary-number.ts';

/**
 * Finds the pay a posting states, in its noise-free text. Money that is not pay (funding, revenue,
 * stipends, bonuses, commission, salary packaging, equity) is left out; base pay is kept apart from
 * on-target earnings and total packages, which are taken only when a posting states no base. An amount
 * counts only when the words around it say it is pay or for what period, or when it stands alone on a
 * line of its own; a period not written is inferred from the size only where that is safe (a figure of
 * 10,000 or more as a year). A wrong salary is worse than none: when unsure, null.
 *
 * The currency is the one written beside the amount. A bare `$` is the dollar the text names outright,
 * else the dollar of the posting's first place in a dollar country, else USD (`kr`, `¥`, `Rs`, `R` alike).
 * An amount with no currency at all is the money of the country the posting's places agree on, or no
 * salary when they agree on none.
 *
 * Of several ranges, the first statement of pay and the ranges listed right with it are the salary; pay
 * far below it, or under a "Similar jobs" heading, is a restatement or another posting's.
 *
 * One left-to-right scan collects amounts and ranges, then each is judged from the few words around it.
 * Every window is bounded, so the work is linear in the length of the text.
 */
export function extractSalary(text: string, context: PayContext = NO_PAY_CONTEXT): Salary | null {
  const mentions = findMoneyMentions(text);
  if (mentions.length === 0) return null;
  // A bare `$` is the dollar of the first place in a dollar country, even when the places disagree.
  const placeCurrencies = (context.countries ?? []).map((code) => currencyOfCountry(code));
  // Places in different countries with one money ("Berlin or Paris") still say what a bare figure is.
  const countryCurrency = currencyOfCountry(context.country) ?? sharedCurrency(placeCurrencies);
  const symbolCurrency = (local: ReadonlySet<string> | null): string | null =>
    countryCurrency ?? placeCurrencies.find((c) => c !== null && local?.has(c) === true) ?? null;
  let lower: string | null = null;
  const lowerText = (): string => {
    lower ??= text.toLowerCase();
    return lower;
  };
  const bare = new Map<string, string | null>();
  // What a bare `$` or `kr` means is a property of the whole posting: work it out once, not per amount.
  const resolveCurrency = (mention: MoneyMention): string | null => {
    const mark = mention.mark;
    if (mark === null) return mention.indian ? 'INR' : countryCurrency;
    const local = symbolCurrency(mark.local);
    const reader = BARE_READERS.get(mark.currency);
    if (reader === undefined) return localCurrency(mark, local);
    if (!bare.has(mark.currency)) bare.set(mark.currency, reader(lowerText(), local));
    return bare.get(mark.currency) ?? null;
  };
  let hourly: boolean | null = null;
  const hourlyPosting = (): boolean => {
    hourly ??= periodsIn(lowerText()).some((p) => p.period === 'hour') || CASUAL.test(lowerText());
    return hourly;
  };
  const listingsFrom = listingsStart(text);
  const found: Found[] = [];
  let previous: (MoneyMention & { period: SalaryPeriod }) | null = null;
  for (const [index, mention] of mentions.entries()) {
    // Pay in "Similar jobs" and "People also viewed" lists is other postings' pay.
    if (mention.start >= listingsFrom) break;
    const currency = resolveCurrency(mention);
    if (currency === null || !plausibleForAnyPeriod(mention.max ?? mention.min ?? 0, currency)) continue;
    const bounds = sentenceAround(text, mention.start);
    const before = text.slice(
      Math.max(bounds.start, mentions[index - 1]?.end ?? 0, mention.start - WINDOW),
      mention.start,
    );
    const after = text.slice(
      mention.end,
      Math.min(bounds.end, mentions[index + 1]?.start ?? text.length, mention.end + WINDOW),
    );
    // "£28,000 - £32,000 pro rata (£16,800 - £19,200 actual)", "£50,000 (€58,000)": a figure in brackets
    // right after the pay restates it in other terms.
    if (previous !== null && restates(text, previous.end, mention.start)) continue;
    const inherited = previous !== null && sharesPeriodWith(mention, previous) ? previous : null;
    const judged = judgePay({
      text,
      before,
      after,
      sentence: text.slice(bounds.start, bounds.end),
      sentenceStart: bounds.start,
      mention,
      currency,
      inherited,
      hourlyPosting,
    });
    if (judged === null || !plausiblePay(mention, currency, judged.period)) continue;
    previous = { ...mention, period: judged.period };
    found.push({
      kind: judged.kind,
      start: mention.start,
      end: mention.end,
      range: {
        min: mention.min,
        max: mention.max,
        currency,
        period: judged.period,
        text: quote(text, bounds, mention),
      },
    });
  }
  // Base pay is the salary; on-target earnings or a total package only when nothing else is stated.
  const base = found.filter((f) => f.kind === 'base');
  return summarise(dedupe(firstCluster(base.length > 0 ? base : found)));
}

function sharedCurrency(currencies: readonly (string | null)[]): string | null {
  const first = currencies[0];
  return first != null && currencies.every((c) => c === first) ? first : null;
}

/** How the posting's text and place settle what a bare `$`, `kr` or `R` means. */
const BARE_READERS = new Map<string, (lowerText: string, local: string | null) => string | null>([
  [BARE_DOLLAR, dollarCurrency],
  [BARE_KRONE, kroneCurrency],
  [BARE_RAND, randCurrency],
]);

interface Found {
  kind: PayKind;
  start: number;
  end: number;
  range: SalaryRange;
}

/** Ranges this close to the one before belong together ("NYC: … / Remote: …", a list under "Pay ranges"). */
const CLUSTER_GAP = 300;

/**
 * The first statement of pay and the ranges listed with it. A range far from it is a restatement (kept
 * once by dedupe), or another role's pay in a list the page-noise stage let through ("Jobs nearby").
 */
function firstCluster(found: readonly Found[]): SalaryRange[] {
  const cluster: Found[] = [];
  for (const f of found) {
    const last = cluster.at(-1);
    if (last === undefined || f.start - last.end <= CLUSTER_GAP) cluster.push(f);
  }
  return cluster.map((f) => f.range);
}

const CLAUSE_BREAK = /[(,;/]/;
const CASUAL = /\bcasual\b|\bhourly\b/;

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

function restates(text: string, previousEnd: number, start: number): boolean {
  if (start - previousEnd > 12) return false;
  const between = text.slice(previousEnd, start);
  return BRACKET_ONLY.test(between);
}

/** Nothing between two figures but an opening bracket, and perhaps the words of the first's period. */
const BRACKET_ONLY = /^[^\d()]{0,10}\(\s*$/;

/** Headings of lists of other postings ("Jobs nearby", "More jobs", "People also viewed"); nothing after one is this posting's pay. */
const LISTINGS_HEADING =
  /^[ \t#*]*(?:(?:similar|more|other|related|recommended|nearby|featured|latest|top|explore)\b[^\n]{0,30}\b(?:jobs|roles|vacancies|positions|openings)|(?:jobs|roles|vacancies)\s(?:nearby|near you|for you|like this|you (?:may|might) (?:like|be interested in))|people also (?:viewed|searched|applied)|you (?:may|might) also like|(?:ces |d'autres |autres )?offres (?:similaires|pourraient)|ähnliche (?:jobs|stellen)|weitere (?:jobs|stellen)|lowongan (?:serupa|lainnya)|kerja serupa)\b[^\n]{0,40}$/gim;

/**
 * Where a list of other postings starts. A heading near the top is a link in the page's chrome ("More
 * jobs from this company" beside the advertiser), not the list under the posting, so only one past the
 * first part of the page counts.
 */
function listingsStart(text: string): number {
  const from = Math.floor(text.length * LISTINGS_FROM);
  LISTINGS_HEADING.lastIndex = 0;
  for (let m = LISTINGS_HEADING.exec(text); m !== null; m = LISTINGS_HEADING.exec(text)) {
    if (m.index >= from) return m.index;
  }
  return text.length;
}

const LISTINGS_FROM = 0.3;

// ---- Is it pay, which pay, and for what period? ----

interface PayEvidence {
  text: string;
  before: string;
  after: string;
  sentence: string;
  sentenceStart: number;
  mention: MoneyMention;
  currency: string;
  inherited: { period: SalaryPeriod } | null;
  hourlyPosting: () => boolean;
}

/** The pay period and kind when the words around the amount say it is pay; null when not (or unsure). */
function judgePay(e: PayEvidence): { period: SalaryPeriod; kind: PayKind } | null {
  const afterWords = words(e.after);
  const beforeWords = words(e.before);
  // "£25000 - £28000/annum Bonus + Benefits": after a range and its period, the next words are extras, not
  // what the range is. A single amount keeps its nouns ("$500 per month phone allowance").
  const written = periodWrittenAfter(e.after);
  const { min, max } = e.mention;
  const extrasAfter = written?.unit === true && min !== null && max !== null && min < max;
  if ((extrasAfter ? marketFigure(afterWords) : notPayAfter(afterWords)) || notPayBefore(beforeWords))
    return null;
  // "OTE $250,000 (base $150,000)": words after a bracket or comma describe what follows, not this amount.
  const kind = payKind(beforeWords, words(e.after.split(CLAUSE_BREAK, 1)[0] ?? ''));
  const period = judgePeriod(e, beforeWords, afterWords);
  return period === null ? null : { period, kind };
}

function judgePeriod(e: PayEvidence, beforeWords: string[], afterWords: string[]): SalaryPeriod | null {
  const adjacent = periodRightAfter(e.after) ?? (e.mention.yearly ? 'year' : null);
  const beforePeriod = lastPeriod(afterLastNotPayWord(e.before));
  const byMagnitude = () => periodByMagnitude(e.mention, e.currency, e.hourlyPosting);
  if (e.mention.mark === null) {
    // A figure with no currency is pay only with a period right after it or a pay word right before it.
    if (countsSomethingElse(afterWords)) return null;
    if (adjacent !== null) return adjacent;
    // Alone on its line, the posting's country says the money and the size the year: "90k - 100k + super",
    // "up to 40k", "60,000 - 70,000 plus car". A bare "10,000 - 50,000" (a company size) needs more.
    const { min, max, thousands } = e.mention;
    const restWords = lineRest(e.text, e.mention);
    const bound = min === null || max === null || min < max;
    if (
      restWords !== null &&
      ((thousands && bound) || (min !== null && max !== null && min < max && restWords > 0))
    )
      return byMagnitude() === 'year' ? 'year' : null;
    // "pays for over 40,000 shipments a month": the label must name the figure, and nothing else follow it.
    if (!payLabelJustBefore(beforeWords) || !plainPayAfter(afterWords)) return null;
    return beforePeriod ?? firstPeriod(e.after) ?? byMagnitude();
  }
  const written = adjacent ?? firstPeriod(e.after) ?? beforePeriod;
  if (written !== null) return written;
  if (payWordNear(beforeWords, afterWords)) return byMagnitude();
  if (standsAlone(e.text, e.mention)) return byMagnitude();
  // "$165k-$195k", "€80-100k": a range in thousands is how people write a yearly salary; the not-pay
  // words checked above ("a $50k-$100k budget") are what else it could be.
  const { min, max } = e.mention;
  if (e.mention.thousands && min !== null && max !== null && min < max && byMagnitude() === 'year')
    return 'year';
  const head = headingBefore(e.text, e.sentenceStart);
  if (head !== null) {
    const headWords = words(head);
    // "Pay and perks", "Salary & benefits": the heading is about pay when a pay word comes first.
    if (PAY_WORDS.has(headWords.find((w) => PAY_WORDS.has(w) || NOT_PAY_WORDS.has(w)) ?? ''))
      return lastPeriod(head) ?? firstPeriod(e.sentence) ?? byMagnitude();
  }
  if (e.inherited !== null) return firstPeriod(e.sentence) ?? e.inherited.period;
  return null;
}

/**
 * The period a figure's size alone makes safe: a year for 10,000 or more (and a yearly figure in its
 * currency's terms), an hour for a small figure in a posting that speaks of hourly or casual work.
 * Anything between ("RM 4,000", "£450") could be a month, a week or a day: null.
 */
function periodByMagnitude(
  mention: MoneyMention,
  currency: string,
  hourlyPosting: () => boolean,
): SalaryPeriod | null {
  const scale = unitsPerUsd(currency);
  const top = mention.max ?? mention.min ?? 0;
  const low = mention.min ?? mention.max ?? 0;
  if (low >= 10_000 && low / scale >= MIN_INFERRED_YEAR && top / scale <= MAX_INFERRED_YEAR) return 'year';
  if (top / scale <= MAX_INFERRED_HOUR && low / scale >= MIN_INFERRED_HOUR && hourlyPosting()) return 'hour';
  return null;
}

const MIN_INFERRED_YEAR = 5_000;
const MAX_INFERRED_YEAR = 1_500_000;
const MIN_INFERRED_HOUR = 5;
const MAX_INFERRED_HOUR = 150;

/** "$150k-$190k + equity" alone on its line: the line says nothing but pay. */
function standsAlone(text: string, mention: MoneyMention): boolean {
  return lineRest(text, mention) !== null;
}

/** How many words share the amount's line when they are all pay words; null when the line says more. */
function lineRest(text: string, mention: MoneyMention): number | null {
  // Bounded both ways, so a text with no line breaks cannot make this quadratic.
  let lineStart = mention.start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') {
    if (mention.start - lineStart >= MAX_STANDALONE_REST) return null;
    lineStart--;
  }
  let lineEnd = mention.end;
  while (lineEnd < text.length && text[lineEnd] !== '\n') {
    if (lineEnd - mention.end >= MAX_STANDALONE_REST) return null;
    lineEnd++;
  }
  // "+ 11.5% super": a percentage is a rate of something else, not another figure on the line.
  const rest = `${text.slice(lineStart, mention.start)} ${text.slice(mention.end, lineEnd)}`.replace(
    PERCENTAGES,
    ' ',
  );
  const restWords = words(rest);
  return !HAS_DIGIT.test(rest) && onlyPayWords(restWords) ? restWords.length : null;
}

const MAX_STANDALONE_REST = 48;
const PERCENTAGES = /\d+(?:[.,]\d+)?\s?%/g;
const HAS_DIGIT = /\d/;

/** "a monthly stipend and a salary of $100,000": the period before a perk's noun is the perk's. */
function afterLastNotPayWord(before: string): string {
  let cut = 0;
  for (const m of before.toLowerCase().matchAll(WORD_SPANS)) {
    if (NOT_PAY_WORDS.has(m[0])) cut = m.index + m[0].length;
  }
  return before.slice(cut);
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < at + 3 && isSpace(text[i])) i++;
  return i;
}

const WHITESPACE = /\s/;

const WORD_SPANS = /401\(k\)|[\p{L}0-9][\p{L}0-9'’-]*/gu;

// ---- Sentences ----

/** Whether a sentence or line starts at `p`: after a line break, a bullet, or a full stop before a capital. */
function startsSentence(text: string, p: number): boolean {
  if (p === 0) return true;
  const c = text[p - 1];
  if (c === '\n' || c === '•') return true;
  if ((c !== '.' && c !== '!' && c !== '?') || !isSpace(text[p])) return false;
  const next = text[skipSpaces(text, p)];
  return next === undefined || next === '\n' || (isLetter(next) && next === next.toUpperCase());
}

/** The sentence (or line) around `at`, looked for no further than SENTENCE_REACH either way. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && start > at - SENTENCE_REACH && !startsSentence(text, start)) start--;
  let end = at + 1;
  const limit = Math.min(text.length, at + SENTENCE_REACH);
  while (end < limit && !startsSentence(text, end)) end++;
  return { start, end: Math.min(end, text.length) };
}

const SENTENCE_REACH = 400;
const MAX_INTRO_LINE = 240;

const SENTENCE_END = /[.!?]\s+/;
/** Last words of a line that announce what the next line states ("The base salary range for this role is"). */
const ANNOUNCING = new Set([
  'is',
  'are',
  'of',
  'between',
  'from',
  'be',
  'range',
  'pays',
  'salary',
  'compensation',
]);

function announces(text: string, end: number): boolean {
  if (!isLetter(text[end - 1])) return false;
  let start = end;
  while (start > end - 20 && isLetter(text[start - 1])) start--;
  return ANNOUNCING.has(text.slice(start, end).toLowerCase());
}

/** A short line just above ("Salary range:", "Compensation") that introduces the amounts under it. */
function headingBefore(text: string, sentenceStart: number): string | null {
  let end = sentenceStart - 1;
  while (end > 0 && end > sentenceStart - 200 && WHITESPACE.test(text[end - 1] ?? '')) end--;
  if (end <= 0 || (text[sentenceStart - 1] !== '\n' && text[end] !== '\n')) return null;
  // A line that ends in a colon introduces a list under it ("The base salary range for this role is:"); only
  // its last sentence does, earlier ones may talk about anything ("the cost of labour").
  if (text[end - 1] === ':' || announces(text, end)) {
    // Bounded look-back, so a huge line of colons cannot make this quadratic.
    const from = Math.max(0, end - MAX_INTRO_LINE);
    const window = text.slice(from, end);
    const newline = window.lastIndexOf('\n');
    if (newline !== -1 || from === 0)
      return (
        window
          .slice(newline + 1)
          .split(SENTENCE_END)
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
