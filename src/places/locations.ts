import type { Location } from '../model/posting.ts';
import { normalisePlaceName } from './normalise-place.ts';
import { readPlaceLine } from './place-line.ts';
import { MIN_LONE_POPULATION, type PlaceContext } from './resolve-place.ts';
import { isCommonWord, isNeverPlace, type Reading, readingsOf } from './vocabulary.ts';

/**
 * Turns a location label value or header line into locations:
 * "New York, NY" → New York / NY / US; "New York or Boston" → two; "Remote - US" → the US only;
 * "North America" → a region with no city or country. `context` carries the page's evidence for
 * ambiguous names (its currency, its other places, its board).
 */
export function parseLocationPhrase(phrase: string, context: PlaceContext = {}): Location[] {
  const direct = readPlaceLine(phrase, context, 'label').locations;
  // A location section's line is often a sentence ("This role is based in New York"): read it as prose.
  return direct.length > 0 ? direct : dedupe(cuedLocations(phrase.slice(0, MAX_PHRASE), context));
}

/**
 * The locations a posting states for the role in its prose: "This role is based in London",
 * "Location: Berlin, Germany", "you can be within the North America region", "(Hybrid) Toronto, ON".
 * Time zones, where teammates or headquarters are, and places in unrelated sentences are left out.
 */
export function findStatedLocations(
  text: string,
  context: PlaceContext = {},
  only: 'all' | 'header' = 'all',
): Location[] {
  const found: Location[] = [];
  // A line of nothing but places is the role's place only above the first paragraph: below it, such lines
  // are lists of other jobs, offices or nearby towns.
  let inHeader = true;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/^[\s•*·–-]+/, '').trim();
    if (line.length === 0) continue;
    const label = only === 'all' ? LABEL.exec(line) : null;
    if (label !== null) {
      found.push(...readPlaceLine(firstSentence(line.slice(label[0].length)), context, 'label').locations);
      continue;
    }
    // "brackwater | sre / platform | seattle or remote (us) | full-time", "Acme · Wetherill Park, Sydney NSW ·
    // Full time": a header row of facts, often long and in lower case; each part is read as a header part.
    const row = line.split(/\s[|·•]\s/);
    if (inHeader && row.length >= 3) {
      const places = row.flatMap((part) => readPlaceLine(part, context, 'header').locations);
      if (places.length > 0) {
        found.push(...places);
        continue;
      }
    }
    if (line.length > 100 || (/[.!?]$/.test(line) && line.split(' ').length >= 5)) inHeader = false;
    if (inHeader && line.length <= SHORT_LINE && !/[.!?]$/.test(line) && onlyPlaces(line)) {
      const whole = readPlaceLine(line, context, 'header').locations;
      if (whole.length > 0) {
        found.push(...whole);
        continue;
      }
    }
    if (only === 'all') found.push(...cuedLocations(line, context));
  }
  return dedupe(found);
}

/** A line this short that is nothing but places is a location header ("New York, NY", "London | Remote"). */
const SHORT_LINE = 60;
const MAX_PHRASE = 300;
const LABEL = /^(?:(?:job |office |work |primary )?locations?\s?(?:\(s\))?|offices?)\s?[:–—-]\s?/i;

/** Words a place line may hold besides places. */
const LINE_WORDS =
  /^(?:remote|hybrid|on-?site|onsite|in-office|office|or|and|&|fully|first|only|based|\(|\))$/i;

/** Every word of the line belongs to a name written as a place (capitalised), a joining word or a workplace word. */
function onlyPlaces(line: string): boolean {
  const parts = line.split(/[,;|/•·()]|\s[-–—]\s|\s(?:or|and|&)\s/);
  let places = 0;
  for (const raw of parts) {
    const part = raw.replace(/\d+/g, ' ').replace(/\s+/g, ' ').trim();
    if (part.length === 0 || part.split(' ').every((w) => LINE_WORDS.test(w))) continue;
    if (!/^\p{Lu}/u.test(part)) return false;
    const key = normalisePlaceName(part.replace(/^(?:remote|hybrid)\s+|\s+(?:remote|hybrid)$/gi, ''));
    if (readingsOf(key).length === 0 && !tailQualified(part)) return false;
    places++;
  }
  return places > 0;
}

/** "Sydney NSW": a name followed by a region code, with no comma. */
function tailQualified(part: string): boolean {
  const words = part.split(' ');
  return words.length > 1 && readingsOf(normalisePlaceName(words.slice(0, -1).join(' '))).length > 0;
}

function dedupe(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const key = l.city !== null ? `${l.city}|${l.country}` : `|${l.region}|${l.country}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](?:\s|$)/);
  return (end === -1 ? text : text.slice(0, end)).slice(0, 160);
}

// ---- Prose ----

/** Words that introduce where the role is. */
const CUES =
  /\b(?:based (?:in|out of)|located in|within|office in|relocate to|work(?:ing)? (?:from|out of)|remote|hybrid|on-?site|in-office|resid(?:e|ing) in|liv(?:e|ing) in)\b/gi;
/** Cues about where someone is: only the role's location counts, not the team's or the company's. */
const SUBJECT_CUES = /^(?:based|located|within|office|work|resid|liv)/i;
const ROLE_WORDS = new Set([
  'role',
  'position',
  'job',
  'you',
  "you'll",
  'you’ll',
  'candidate',
  'candidates',
  'opportunity',
  'opening',
  'vacancy',
  'hire',
  'internship',
  'contract',
  'this',
]);
const OTHER_WORDS = new Set([
  'team',
  'teams',
  'engineers',
  'colleagues',
  'teammates',
  'members',
  'company',
  'headquarters',
  'headquartered',
  'hq',
  'offices',
  'we',
  "we're",
  'we’re',
  'they',
  'squad',
  'customers',
  'employees',
  'staff',
  'founders',
  'investors',
  'people',
]);

function cuedLocations(line: string, context: PlaceContext): Location[] {
  const found: Location[] = [];
  for (const cue of line.matchAll(CUES)) {
    if (SUBJECT_CUES.test(cue[0]) && !aboutTheRole(line.slice(Math.max(0, cue.index - 80), cue.index)))
      continue;
    const span = placeSpan(line, cue.index + cue[0].length);
    // A sentence is read as strictly as a header: "based in our Central office" names no town.
    if (span !== null) found.push(...readPlaceLine(span, context, 'header').locations);
  }
  return found;
}

/** The nearest subject before the cue decides: "This role is based in" yes, "a team … based in" no. */
function aboutTheRole(before: string): boolean {
  const clause = before.split(/[.!?;]\s/).at(-1) ?? '';
  const words = clause.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    if (ROLE_WORDS.has(words[i]!)) return true;
    if (OTHER_WORDS.has(words[i]!)) return false;
  }
  return true;
}

const LEADING_WORDS = new Set([
  'the',
  'in',
  'within',
  'across',
  'from',
  'our',
  'either',
  'greater',
  'anywhere',
]);
const JOINING = new Set([',', '/', '|', '&', '(', ')', '-', '–', '—', ':', 'or', 'and']);
const TIME_WORDS = new Set([
  'time',
  'timezone',
  'timezones',
  'zone',
  'zones',
  'hours',
  'tz',
  'standard',
  'daylight',
]);
const MAX_PLACE_WORDS = 4;

/** The stretch after a cue made only of places and the words joining them, or null when no place follows. */
function placeSpan(line: string, from: number): string | null {
  const window = line.slice(from, from + 160);
  const tokens = [...window.matchAll(/\p{L}[\p{L}\p{M}.'’-]*|[,/|&():–—-]/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  let i = 0;
  while (
    i < tokens.length &&
    (LEADING_WORDS.has(tokens[i]!.text.toLowerCase()) || JOINING.has(tokens[i]!.text))
  )
    i++;
  let start = -1;
  let end = -1;
  let afterComma = false;
  let lastWasCity = false;
  let joined = true;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (JOINING.has(token.text)) {
      afterComma = token.text === ',';
      joined = true;
      i++;
      continue;
    }
    // Two places follow each other only with a comma or a joining word between them ("London We offer").
    if (!joined) break;
    joined = false;
    const match = longestPlace(tokens, i, afterComma && lastWasCity);
    if (match === null) break;
    if (start === -1) start = tokens[i]!.start;
    end = tokens[match.next - 1]!.end;
    lastWasCity = match.place.kind === 'city';
    i = match.next;
    afterComma = false;
    if (tokens[i - 1]!.text.endsWith('.')) break;
  }
  if (start === -1) return null;
  // "Central European time", "Eastern Standard time zone": a time zone, not a place.
  const nextWord = tokens[i]?.text.toLowerCase();
  if (nextWord !== undefined && TIME_WORDS.has(nextWord)) return null;
  return window.slice(start, end).replace(/[.,:;]+$/, '');
}

function longestPlace(
  tokens: { text: string }[],
  at: number,
  regionAllowed: boolean,
): { place: Reading; next: number } | null {
  for (let n = Math.min(MAX_PLACE_WORDS, tokens.length - at); n >= 1; n--) {
    const words = tokens.slice(at, at + n).map((t) => t.text);
    if (words.some((w) => JOINING.has(w))) continue;
    const place = placeInProse(words.join(' '), regionAllowed);
    if (place !== null) return { place, next: at + n };
  }
  return null;
}

/**
 * A name as written in running text after a cue: it must start with a capital, an abbreviation ("US",
 * "NYC", "LA") must be in capitals, and a region only counts right after a city ("Austin, TX").
 */
function placeInProse(written: string, regionAllowed: boolean): Reading | null {
  const trimmed = written.replace(/[.,:;]+$/, '');
  if (!/^\p{Lu}/u.test(trimmed)) return null;
  const key = normalisePlaceName(trimmed);
  if (isNeverPlace(key)) return null;
  const capitals = trimmed === trimmed.toUpperCase();
  // A hamlet's name in a sentence is more often a word ("We", "Bank"): towns need some size here.
  const readings = readingsOf(key).filter(
    (r) => (!r.short || capitals) && (r.via !== 'town' || r.population >= MIN_LONE_POPULATION),
  );
  const usable = readings.filter((r) =>
    regionAllowed || r.kind !== 'region' || r.country === null || r.via === 'county' ? true : !r.short,
  );
  // "based in our Central office", "working in Sales": an everyday word in a sentence stays a word.
  if (isCommonWord(key)) return usable.find((r) => r.via !== 'town' && r.via !== 'district') ?? null;
  return usable[0] ?? null;
}
