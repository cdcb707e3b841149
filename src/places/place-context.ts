import hintData from './data/context-hints.json' with { type: 'json' };
import type { PlaceContext } from './resolve-place.ts';

/**
 * The evidence a page gives about its country before any place is read: the currency its pay is in and
 * the board it was saved from (a line that is only the board's name, or a link to a country's domain).
 */

const HINTS = hintData as {
  currencies: Record<string, string[]>;
  boardMarkers: Record<string, string[]>;
  hostEndings: Record<string, string>;
};

/** Currency marks beside a figure: "£45,000", "RM 5,000", "S$6k", "€60K", "₹ 25 LPA", "45,000 GBP". */
const MONEY =
  /(?<![\p{L}])(US\$|AU\$|A\$|NZ\$|C\$|CA\$|HK\$|S\$|R\$|£|€|₹|₱|RM|Rp|Rs\.?|zł)\s?\d|\d[\d,.]*\s?(?:k|K)?\s?(GBP|USD|EUR|INR|MYR|SGD|AUD|NZD|CAD|HKD|IDR|PHP|CHF|SEK|NOK|DKK|PLN|JPY|AED|ZAR|BRL|€|zł)(?![\p{L}])|\b(GBP|USD|EUR|INR|MYR|SGD|AUD|NZD|CAD|HKD|IDR|PHP|CHF|SEK|NOK|DKK|PLN|AED|ZAR|BRL)\s?\d/gu;

/** The currency the page's figures are written in most often, or null. */
export function currencyHintOf(text: string): string | null {
  const counts = new Map<string, number>();
  // Pay is stated near the top; a bounded window keeps this linear and cheap on long pages.
  for (const match of text.slice(0, 20_000).matchAll(MONEY)) {
    const mark = (match[1] ?? match[2] ?? match[3] ?? '').replace(/\.$/, '');
    if (HINTS.currencies[mark] === undefined) continue;
    counts.set(mark, (counts.get(mark) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [mark, count] of counts) if (best === null || count > counts.get(best)!) best = mark;
  return best;
}

const MARKER_LINES: ReadonlyMap<string, string> = new Map(
  Object.entries(HINTS.boardMarkers).flatMap(([board, markers]) => markers.map((m) => [m, board] as const)),
);

/** The board a page names in a line of its own ("SEEK", "Jobstreet", "reed.co.uk"), or null. */
export function boardOfText(text: string): string | null {
  for (const line of text.slice(0, 20_000).split('\n')) {
    const key = line.trim().toLowerCase();
    if (key.length === 0 || key.length > 40) continue;
    const board = MARKER_LINES.get(key) ?? MARKER_LINES.get(key.replace(/^(?:©\s*\d{4}\s+)/, ''));
    if (board !== undefined) return board;
  }
  return null;
}

const HOST = /\bhttps?:\/\/([a-z0-9.-]+)/gi;

/** Countries of the sites the page links to by their domain (".co.uk", ".com.my"), most frequent first. */
export function hostCountriesOf(text: string): string[] {
  const counts = new Map<string, number>();
  for (const match of text.slice(0, 50_000).matchAll(HOST)) {
    const host = match[1]!.toLowerCase();
    const ending = Object.keys(HINTS.hostEndings)
      .filter((e) => host.endsWith(e))
      .sort((a, b) => b.length - a.length)[0];
    if (ending === undefined) continue;
    const country = HINTS.hostEndings[ending]!;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([country]) => country);
}

/** Everything a page says about its country, for `resolvePlace` and the place readers. */
export function placeContextOf(text: string, board: string | null = null): PlaceContext {
  return {
    currencyHint: currencyHintOf(text),
    board: board ?? boardOfText(text),
    countryHints: hostCountriesOf(text),
  };
}
