/**
 * When a posting went up, as YYYY-MM-DD in UTC. Relative phrases ("Posted 3 days ago", "30+ days ago")
 * are resolved against the moment the page was saved, which the caller passes in.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** "March 17, 2026", "Mar. 17th 2026". */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
/** "17 March 2026", "17th of March, 2026". */
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  if (year < 1990 || year > 2100) return null;
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  return (
    MONTHS[
      name
        .toLowerCase()
        .replace(/\.$/, '')
        .slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? 0
  );
}

/** An absolute date written in any common way, or null. Slashed dates are month-first unless that cannot be. */
export function parseAbsoluteDate(text: string): string | null {
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return isoDate(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  const slashed = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (slashed) {
    const a = Number(slashed[1]);
    const b = Number(slashed[2]);
    const year = Number(slashed[3]);
    // Dotted dates (17.03.2026) are day-first in every locale that writes them.
    const dayFirstForm = text.includes(`${slashed[1]}.`) || a > 12;
    return dayFirstForm ? isoDate(year, b, a) : isoDate(year, a, b);
  }
  return null;
}

const UNIT_DAYS: Record<string, number> = { minute: 0, hour: 0, day: 1, week: 7, month: 30, year: 365 };

/** "3 days ago", "30+ days ago", "a month ago", "today", "yesterday", resolved against `now`; or null. */
export function parseRelativeDate(text: string, now: Date): string | null {
  const lower = text.toLowerCase();
  const shift = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  if (/\b(?:today|just now|just posted)\b/.test(lower)) return shift(0);
  if (/\byesterday\b/.test(lower)) return shift(1);
  const match = /\b(\d+|an?|one)\+?\s+(minute|hour|day|week|month|year)s?\s+ago\b/.exec(lower);
  if (!match) return null;
  const count = /^\d+$/.test(match[1]!) ? Number(match[1]) : 1;
  return shift(count * (UNIT_DAYS[match[2]!] ?? 0));
}

const POSTED_CUE =
  /\b(?:posted|reposted|published|listed|date posted|posting date)\b(?:\s+on)?\s*:?\s*(.*)$/i;

/**
 * The posting date from the lines of a page: a value after a "Posted" cue (on the same line or the next),
 * else a short line that is only a relative age ("2 weeks ago" in a LinkedIn header). "First seen",
 * "Last seen" and "Scored at" dates describe the aggregator, not the posting, and are never used.
 */
export function findPostedDate(lines: readonly string[], now: Date): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const cue = POSTED_CUE.exec(line);
    if (!cue || line.length > 160) continue;
    const rest = cue[1]?.trim() ? cue[1] : (lines[i + 1] ?? '');
    const found = parseAbsoluteDate(rest) ?? parseRelativeDate(rest, now);
    if (found) return found;
  }
  for (const line of lines) {
    if (line.length > 100) continue;
    for (const part of line.split(/\s+·\s+|\s+\|\s+/)) {
      if (/^(?:\d+\+?|an?|one)\s+(?:minute|hour|day|week|month|year)s?\s+ago$/i.test(part.trim())) {
        return parseRelativeDate(part, now);
      }
    }
  }
  return null;
}
