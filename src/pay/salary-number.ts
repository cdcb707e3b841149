/**
 * Reading amounts as postings write them: `150,000` (US), `70.000,50` / `70 000` (European),
 * `25,00,000` (Indian lakh grouping), `48.50`, `120'000` (Swiss), and the `k` / `M` / `L` / `lakh` /
 * `crore` / `LPA` shorthands. Hand-written scanners rather than regular expressions so every character is
 * looked at a bounded number of times whatever the input.
 */

const GROUP_SEPARATORS = new Set([',', '.', ' ', '\u00a0', '\u202f', "'", '’']);
/** A number needs no more groups than this; the bound keeps the scan linear on runs like `1,1,1,1,…`. */
const MAX_GROUPS = 8;
/** Longer digit runs are ids, phone numbers or noise, never pay. */
const MAX_LEADING_DIGITS = 12;

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  // ASCII first: most characters a posting has are, and case-mapping every one is slow.
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return c.toLowerCase() !== c.toUpperCase();
}

/** A space between an amount and its currency: plain, no-break, or the narrow no-break French typesetting uses. */
export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\u00a0' || c === '\u202f';
}

function digitsEnd(text: string, from: number): number {
  let end = from;
  while (isDigit(text[end])) end++;
  return end;
}

/** Where a number starting at `start` ends and what it is worth; `value` is null when the digits are no amount. */
export function readWrittenNumber(text: string, start: number): { value: number | null; end: number } {
  let end = digitsEnd(text, start);
  if (end - start > MAX_LEADING_DIGITS) return { value: null, end };
  const groups = [text.slice(start, end)];
  const separators: string[] = [];
  const ends = [end];
  while (groups.length < MAX_GROUPS) {
    const separator = text[end];
    if (separator === undefined || !GROUP_SEPARATORS.has(separator) || !isDigit(text[end + 1])) break;
    const groupEnd = digitsEnd(text, end + 1);
    if (groupEnd - (end + 1) > 3) break;
    groups.push(text.slice(end + 1, groupEnd));
    separators.push(separator);
    end = groupEnd;
    ends.push(end);
  }
  // The longest reading that makes sense wins: `150,000 2026` is 150000 followed by another number.
  for (let n = groups.length; n >= 1; n--) {
    const value = interpret(groups.slice(0, n), separators.slice(0, n - 1));
    if (value !== null) return { value, end: ends[n - 1]! };
  }
  return { value: null, end };
}

function interpret(groups: string[], separators: string[]): number | null {
  const whole = groupedInteger(groups, separators);
  if (whole !== null) return whole;
  const last = separators.at(-1);
  const fraction = groups.at(-1)!;
  if ((last === '.' || last === ',') && fraction.length <= 2) {
    const intSeparators = separators.slice(0, -1);
    const integer = groupedInteger(groups.slice(0, -1), intSeparators);
    if (integer !== null && !intSeparators.includes(last)) return integer + Number(`0.${fraction}`);
  }
  return null;
}

function groupedInteger(groups: string[], separators: string[]): number | null {
  const first = groups[0]!;
  if (separators.length === 0) return Number(first);
  const separator = normaliseSeparator(separators[0]!);
  if (!separators.every((s) => normaliseSeparator(s) === separator)) return null;
  const rest = groups.slice(1);
  if (first.length <= 3 && rest.every((g) => g.length === 3)) return Number(groups.join(''));
  const lakhGrouping =
    separator === ',' &&
    first.length <= 2 &&
    rest.length >= 2 &&
    rest.at(-1)!.length === 3 &&
    rest.slice(0, -1).every((g) => g.length === 2);
  return lakhGrouping ? Number(groups.join('')) : null;
}

function normaliseSeparator(separator: string): string {
  if (separator === '’') return "'";
  if (separator === '\u00a0' || separator === '\u202f') return ' ';
  return separator;
}

export interface Multiplier {
  factor: number;
  end: number;
  /** `L`, `lakh`, `crore` and `LPA` are Indian: they say INR when no symbol does. */
  indian: boolean;
  /** `LPA` is "lakhs per annum". */
  yearly: boolean;
}

interface MultiplierWord {
  word: string;
  factor: number;
  caseSensitive: boolean;
  spaceAllowed: boolean;
  indian: boolean;
  yearly: boolean;
}

const word = (
  w: string,
  factor: number,
  options: Partial<Omit<MultiplierWord, 'word' | 'factor'>> = {},
): MultiplierWord => ({
  word: w,
  factor,
  caseSensitive: false,
  spaceAllowed: true,
  indian: false,
  yearly: false,
  ...options,
});

// Longest first, so `LPA` is not read as `L` and `million` not as `m`.
const MULTIPLIERS: MultiplierWord[] = [
  word('thousand', 1e3),
  word('million', 1e6),
  word('billion', 1e9),
  word('crores', 1e7, { indian: true }),
  word('crore', 1e7, { indian: true }),
  word('lakhs', 1e5, { indian: true }),
  word('lakh', 1e5, { indian: true }),
  word('lacs', 1e5, { indian: true }),
  word('lac', 1e5, { indian: true }),
  word('lpa', 1e5, { indian: true, yearly: true }),
  word('cr', 1e7, { indian: true }),
  // Indonesian: `Rp 8 juta` is 8 million rupiah, `Rp 500 ribu` is 500 thousand.
  word('juta', 1e6),
  word('jt', 1e6),
  word('ribu', 1e3),
  word('rb', 1e3),
  word('mio', 1e6),
  word('mn', 1e6),
  word('bn', 1e9),
  word('k', 1e3, { spaceAllowed: false }),
  word('m', 1e6, { spaceAllowed: false }),
  word('B', 1e9, { spaceAllowed: false, caseSensitive: true }),
  word('L', 1e5, { spaceAllowed: true, caseSensitive: true, indian: true }),
];

const MULTIPLIER_FIRST_CHARS = new Set(MULTIPLIERS.map((m) => m.word[0]!.toLowerCase()));

/** Reads a `k` / `million` / `L` / `LPA` … right after a number ending at `at`. */
export function readMultiplier(text: string, at: number): Multiplier | null {
  const spaced = text[at] === ' ' || text[at] === '\u00a0';
  if (!MULTIPLIER_FIRST_CHARS.has(text[spaced ? at + 1 : at]?.toLowerCase() ?? '')) return null;
  for (const m of MULTIPLIERS) {
    const from = spaced ? at + 1 : at;
    if (spaced && !m.spaceAllowed) continue;
    const candidate = text.slice(from, from + m.word.length);
    const same = m.caseSensitive ? candidate === m.word : candidate.toLowerCase() === m.word.toLowerCase();
    if (!same || isLetter(text[from + m.word.length])) continue;
    return { factor: m.factor, end: from + m.word.length, indian: m.indian, yearly: m.yearly };
  }
  return null;
}
