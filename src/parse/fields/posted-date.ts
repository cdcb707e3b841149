// Locale entry points, not the package root: the root loads every locale chrono has, three times the
// start-up cost of the five we read.
import { strict as deStrict } from 'chrono-node/de';
import {
  Chrono,
  configuration as enConfiguration,
  strict as enStrict,
  type ParsedResult,
} from 'chrono-node/en';
import { strict as esStrict } from 'chrono-node/es';
import { strict as frStrict } from 'chrono-node/fr';
import { strict as nlStrict } from 'chrono-node/nl';

/**
 * The dates a posting states about itself, as YYYY-MM-DD: when it went up (`postedAt`) and when
 * applications close (`validThrough`).
 *
 * Relative ages ("Posted 6 days ago", "30+ days ago", "yesterday", "vor 3 Tagen") count back from the
 * reference instant the caller gives: the moment the bot first read the file, which storage keeps, so a
 * re-clone or a copy never makes an old posting new again. This module never reads the clock.
 *
 * A date is only taken where the page says what it is: after a cue ("Posted", "Date posted:",
 * "Veröffentlicht am", "Publié le", "Closing date", "Apply by"), or, for a bare age ("2 weeks ago" in a
 * LinkedIn top card), in the page's header or listing panel. A date in prose ("founded on 3 Nov 2010"), a
 * start date or another job's row in a "Similar jobs" list is never a posting date.
 */

export interface DateContext {
  /** The instant relative ages count back from, and that a year-less posted date may not pass. */
  reference: Date;
  /**
   * Read an ambiguous `03/04/2026` month first, as US boards print it. Elsewhere it is day first; a date
   * that can only be read one way (`03/17/2026`, `17/03/2026`) is read that way everywhere.
   */
  monthFirst?: boolean;
}

const DAY_MS = 86_400_000;

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  if (year < 1990 || year > 2100) return null;
  return isoOf(date);
}

// --- Relative ages -------------------------------------------------------------------------------------

/** Days per unit, in the languages boards print ages in. A month is 30 days, a year 365: an age is coarse. */
const UNIT_DAYS: [RegExp, number][] = [
  [/^(?:seconds?|secs?|sekunden?|secondes?|segundos?)$/, 0],
  [/^(?:minutes?|mins?|minuten?|minutos?|menit|minit)$/, 1 / 1440],
  [/^(?:hours?|hrs?|h|stunden?|heures?|horas?|uur|jam)$/, 1 / 24],
  [/^(?:days?|d|tagen?|tag|jours?|días?|dias?|dagen?|dag|hari)$/, 1],
  [/^(?:weeks?|w|wochen?|woche|semaines?|semanas?|weken|week|minggu)$/, 7],
  [/^(?:months?|mo|monaten?|monat|mois|meses|mes|maanden?|maand|bulan)$/, 30],
  [/^(?:years?|y|yr|jahren?|jahr|ans?|années?|años?|jaar|jaren|tahun)$/, 365],
];

const WORD_COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  einem: 1,
  einer: 1,
  einen: 1,
  un: 1,
  une: 1,
  una: 1,
  een: 1,
  two: 2,
  three: 3,
};

function unitDays(unit: string): number | null {
  for (const [pattern, days] of UNIT_DAYS) if (pattern.test(unit)) return days;
  return null;
}

const COUNT = String.raw`(\d{1,3}|an?|one|two|three|einem|einer|einen|une?|una|een)`;
const UNIT = '([a-zäéíñ]+)';
/** "6 days ago", "30+ days ago", "more than 2 months ago", "6d ago". */
const AGO = new RegExp(String.raw`^(?:more than |over |about |almost )?${COUNT}\+?\s*${UNIT}\+?\s+ago\b`);
/** "vor 3 Tagen", "il y a 3 jours", "hace 3 días", "3 dagen geleden", "2 hari yang lalu" (JobStreet). */
const FOREIGN_AGO = new RegExp(
  String.raw`^(?:vor (?:mehr als |über )?${COUNT}\s+${UNIT}|il y a (?:plus de )?${COUNT}\s+${UNIT}|hace (?:más de )?${COUNT}\s+${UNIT}|${COUNT}\s+${UNIT}\s+geleden|(?:lebih dari )?${COUNT}\+?\s+${UNIT}\s+(?:yang\s+)?lalu)\b`,
);
const SAME_DAY =
  /^(?:today|just now|just posted|few (?:minutes|hours) ago|an? few (?:minutes|hours) ago|heute|aujourd'hui|hoy|vandaag|hari ini)\b/;
const DAY_BEFORE = /^(?:yesterday|gestern|hier|ayer|gisteren|kemarin|semalam)\b/;
const LAST = /^last (week|month|year)\b|^letzte[nr]? (woche|monat|jahr)\b/;

/** An age at the start of `text` ("6 days ago", "Yesterday"), resolved against the reference; or null. */
export function parseRelativeDate(text: string, reference: Date): string | null {
  const lower = text.trim().toLowerCase();
  const back = (days: number) => isoOf(new Date(reference.getTime() - days * DAY_MS));
  if (SAME_DAY.test(lower)) return back(0);
  if (DAY_BEFORE.test(lower)) return back(1);
  const last = LAST.exec(lower);
  if (last) return back(unitDays(last[1] ?? last[2] ?? '') ?? 7);
  const ago = AGO.exec(lower) ?? FOREIGN_AGO.exec(lower);
  if (!ago) return null;
  const groups = ago.slice(1).filter((group) => group !== undefined);
  const [count, unit] = groups as [string, string];
  const days = unitDays(unit);
  if (days === null) return null;
  const n = /^\d+$/.test(count) ? Number(count) : (WORD_COUNTS[count] ?? 1);
  return back(n * days);
}

// --- Absolute dates ------------------------------------------------------------------------------------

/** Strict parsers only: the casual ones read "now" or "5pm" as dates, and ages are read above. */
const MONTH_FIRST = enStrict;
const DAY_FIRST = new Chrono(enConfiguration.createConfiguration(true, true));
const OTHER_LANGUAGES = [deStrict, frStrict, esStrict, nlStrict];
/** How far into the value the date may start ("am 17.03.2026", "le 3 nov."): further is another sentence. */
const MAX_OFFSET = 4;
/** A month name and a day with no year after it: "Mar 20", "Nov 3rd". */
const MONTH_DAY =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d,]|\s+\d)/i;
const MAX_VALUE = 80;
/** A dotted date (17.03.2026) is day first in every locale that writes one. */
const DOTTED = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/;

export interface AbsoluteOptions extends Partial<DateContext> {
  /**
   * Where a year-less date ("Posted on 3 Nov") falls: `past` is the most recent such day not after the
   * reference (a posting never went up in the future); `near` the one closest to it (a closing date).
   */
  yearless?: 'past' | 'near';
}

function resolveYearless(month: number, day: number, reference: Date, mode: 'past' | 'near'): string | null {
  const year = reference.getUTCFullYear();
  const today = isoOf(reference);
  let candidate = isoDate(year, month, day) ?? isoDate(year - 1, month, day);
  if (candidate === null) return null;
  if (mode === 'past') {
    if (candidate > today) candidate = isoDate(year - 1, month, day);
    return candidate;
  }
  const distance = (iso: string) => Math.abs(Date.parse(iso) - reference.getTime());
  const options = [year - 1, year, year + 1]
    .map((y) => isoDate(y, month, day))
    .filter((iso): iso is string => iso !== null);
  return options.reduce((best, iso) => (distance(iso) < distance(best) ? iso : best), candidate);
}

function fromResult(result: ParsedResult, options: AbsoluteOptions): string | null {
  const { start } = result;
  if (!start.isCertain('day') || !start.isCertain('month')) return null;
  const month = start.get('month');
  const day = start.get('day');
  if (month === null || day === null) return null;
  if (start.isCertain('year')) {
    const year = start.get('year');
    return year === null ? null : isoDate(year, month, day);
  }
  return options.reference
    ? resolveYearless(month, day, options.reference, options.yearless ?? 'past')
    : null;
}

/**
 * A date written at the start of `text` in a form boards print: `2026-03-17`, `17-Mar-2026`, `17/03/2026`,
 * `Mar 17, 2026`, `17 March 2026`, `17.03.2026`, `17. März 2026`, `17 mars 2026`, `3 Nov`; or null.
 */
export function parseAbsoluteDate(text: string, options: AbsoluteOptions = {}): string | null {
  // A date starts within a few characters of the value, so a paragraph after a cue is never read whole.
  const value = text.trim().slice(0, MAX_VALUE);
  if (!/\d/.test(value)) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const english = options.monthFirst && !DOTTED.test(value) ? MONTH_FIRST : DAY_FIRST;
  // "Mar 20" on a board is the 20th of March; a date parser may read it as March 2020.
  const yearless = MONTH_DAY.exec(value);
  if (yearless) return parseAbsoluteDate(`${yearless[2]} ${yearless[1]}`, options);
  const reference = options.reference ?? new Date(Date.UTC(2000, 0, 1));
  for (const parser of [english, ...OTHER_LANGUAGES]) {
    const result = parser.parse(value, { instant: reference, timezone: 0 })[0];
    if (result === undefined || result.index > MAX_OFFSET) continue;
    const found = fromResult(result, options);
    if (found) return found;
  }
  return null;
}

/** An age or a date at the start of a value ("2 days ago", "17/03/2026"), as a posted date; or null. */
export function readPostedValue(value: string, context: DateContext): string | null {
  const found =
    parseRelativeDate(value, context.reference) ?? parseAbsoluteDate(value, { ...context, yearless: 'past' });
  // A posting cannot have gone up after the bot first read it; a day of slack covers time zones.
  if (found === null || Date.parse(found) > context.reference.getTime() + DAY_MS) return null;
  return found;
}

/** "in 5 days", "in 2 weeks": a closing date counted forward from the reference. */
const IN_DAYS = /^in (\d{1,3}|an?|one) (days?|weeks?)\b/i;

/** A date at the start of a value ("30/04/2026", "in 5 days"), as a closing date; or null. */
export function readClosingValue(value: string, context: DateContext): string | null {
  const ahead = IN_DAYS.exec(value.trim());
  if (ahead) {
    const count = /^\d+$/.test(ahead[1]!) ? Number(ahead[1]) : 1;
    const days = count * (ahead[2]!.toLowerCase().startsWith('week') ? 7 : 1);
    return isoOf(new Date(context.reference.getTime() + days * DAY_MS));
  }
  return parseAbsoluteDate(value, { ...context, yearless: 'near' });
}

// --- Finding them on a page ----------------------------------------------------------------------------

/** The parts of a header row, where boards put facts side by side ("Acme · London · 2 weeks ago"). */
const PART_SEPARATOR = /\s+[·|•]\s+/;
/** Most lines hold no separator: they are one part, and splitting them would only cost time. */
const partsOf = (line: string): string[] =>
  line.includes('·') || line.includes('|') || line.includes('•') ? line.split(PART_SEPARATOR) : [line];
/** A cue line is short; a row of facts side by side may be longer, but each of its parts is short. */
const MAX_CUE_LINE = 160;
const MAX_ROW = 400;
const MAX_PART = 100;

const POSTED_CUE = new RegExp(
  String.raw`^(?:(?:job|vacancy|originally|first|this job was|date|just)\s+)?` +
    '(?:posted|re-?posted|published|listed|advertised|posting date|posted date|publication date|' +
    'veröffentlicht|erschienen|online seit|publiée?|mis en ligne|date de publication|publicado|geplaatst|' +
    'ditayangkan|diposting|diiklankan)' +
    String.raw`(?:\s+(?:on|am|le|el|op|seit|since))?\s*[:\-]?\s*(.*)$`,
  'i',
);

const CLOSING_CUE = new RegExp(
  '^(?:closing date|closes|closing|apply by|apply before|applications? (?:close|closes|closing|deadline)|' +
    'application deadline|deadline|expires|expiry date|expiration date|valid (?:through|until)|' +
    'bewerbungsfrist|bewerbungsschluss|date limite(?: de candidature)?|fecha límite)' +
    String.raw`(?:\s+(?:on|date|am|le|by))?\s*[:\-]?\s*(.*)$`,
  'i',
);

/** A part that is only an age: "2 weeks ago", "more than 2 months ago", Glassdoor's "30d+" and "24h". */
const BARE_AGE =
  /^(?:(?:more than |over )?(?:\d{1,3}\+?|an?|one)\s*[a-z]+\s+ago|\d{1,2}d\+?|\d{1,2}h|just posted)$/i;

/** The lines a date is looked for in: the posting's own, then the page chrome kept about it. */
export interface DateLines {
  body: readonly string[];
  meta: readonly string[];
}

/** How many body lines count as the header, where a bare age belongs to this posting. */
const HEADER_LINES = 40;

function afterCue(
  lines: readonly string[],
  cue: RegExp,
  read: (value: string) => string | null,
): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > MAX_ROW || line.startsWith('- ')) continue;
    const parts = partsOf(line);
    if (parts.length === 1 && line.length > MAX_CUE_LINE) continue;
    for (const [index, part] of parts.entries()) {
      if (part.length > MAX_PART && parts.length > 1) continue;
      const match = cue.exec(part.trim());
      if (!match) continue;
      // "Posted by Hartley Finch Recruitment, 3 days ago": the date follows the poster's name.
      const rest = (match[1]?.trim() ?? '').replace(/^by [^,]{1,80}?(?:,\s*|\s+on\s+|\s+-\s+)(?=\S)/i, '');
      // A cue alone on its line ("Posted" / "March 17, 2026") labels the next line.
      // "Just posted" (Indeed) is its own value.
      const value =
        rest !== ''
          ? rest
          : /^just\b/i.test(part.trim())
            ? part.trim()
            : parts.length === 1 && index === 0
              ? (lines[i + 1] ?? '')
              : '';
      const found = read(value);
      if (found) return found;
    }
  }
  return null;
}

/**
 * An age that ends a short part: LinkedIn's 2023 top card runs it on from the place ("Raleigh, NC
 * (Remote) 2 weeks ago"), and a Hacker News comment header from the poster's name ("orrinbuild 9 days ago").
 */
const TRAILING_AGE =
  /(?:^|\s)((?:more than |over )?(?:\d{1,3}\+?|an?|one)\s+[a-z]+\s+ago|last (?:week|month))$/i;
const TRAILING_AGE_MAX_WORDS = 8;
/** Ages of something else: the employer's last activity, the reader's own visit, a review. */
const OTHER_EVENT =
  /\b(?:active|seen|updated|responded|viewed|applied|joined|reviewed|saved|founded|started|launched|raised)\b/i;

function ageInPart(part: string): string | null {
  if (BARE_AGE.test(part)) {
    const glassdoor = /^(\d{1,2})([dh])\+?$/.exec(part);
    return glassdoor ? `${glassdoor[1]} ${glassdoor[2] === 'd' ? 'days' : 'hours'} ago` : part;
  }
  const trailing = TRAILING_AGE.exec(part);
  if (!trailing) return null;
  const before = part.slice(0, trailing.index).trim();
  if (before.split(' ').length > TRAILING_AGE_MAX_WORDS || OTHER_EVENT.test(before)) return null;
  return trailing[1]!;
}

/** A Hacker News comment's header: "alice 9 days ago | parent | context | next [–] | on: Ask HN: …". */
const HN_COMMENT_HEADER = /\|\s*(?:parent|context|next)\b/;
/** Its first part: the poster's name, then the comment's age or, on old comments, its date. */
const HN_POSTED = /^[\w.-]+ (?:on )?(.+)$/;

function hackerNewsDate(line: string, context: DateContext): string | null {
  if (!HN_COMMENT_HEADER.test(line)) return null;
  const first = HN_POSTED.exec(line.split('|')[0]?.trim() ?? '');
  return first ? readPostedValue(first[1]!, context) : null;
}

function bareAge(lines: readonly string[], context: DateContext): string | null {
  for (const line of lines) {
    if (line.includes('|')) {
      const posted = hackerNewsDate(line, context);
      if (posted) return posted;
    }
    if (line.length > MAX_ROW || line.startsWith('- ')) continue;
    for (const part of partsOf(line)) {
      const age = ageInPart(part.trim());
      const found = age === null ? null : readPostedValue(age, context);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The posting date: a value after a "Posted" cue in the posting or its page chrome, else a bare age in
 * the header or the chrome. "First seen", "Last seen", "Active 3 days ago" (the employer's activity) and
 * dates in prose are never used.
 */
export function findPostedDate(lines: DateLines, context: DateContext): string | null {
  const read = (value: string) => readPostedValue(value, context);
  // The header and the chrome kept about this posting come before the rest of the body, where a list of
  // other jobs that page cleaning did not recognise may still sit.
  return (
    afterCue(lines.body.slice(0, HEADER_LINES), POSTED_CUE, read) ??
    afterCue(lines.meta, POSTED_CUE, read) ??
    afterCue(lines.body.slice(HEADER_LINES), POSTED_CUE, read) ??
    bareAge(lines.body.slice(0, HEADER_LINES), context) ??
    bareAge(lines.meta, context)
  );
}

/** The closing date after a cue ("Closing date: 30/11/2026", "Apply by 30 June", "Applications close …"). */
export function findClosingDate(lines: DateLines, context: DateContext): string | null {
  const read = (value: string) => readClosingValue(value, context);
  return afterCue(lines.body, CLOSING_CUE, read) ?? afterCue(lines.meta, CLOSING_CUE, read);
}
