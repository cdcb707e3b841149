import type { Location } from '../model/posting.ts';
import { lookupPlace, lookupPlaceInProse, lookupRegionOfCountry, type Place } from './places.ts';

/**
 * Turns a location label value or header line into locations:
 * "New York, NY" → New York / NY / US; "New York or Boston" → two; "Remote - US" → the US only;
 * "North America" → a region with no city or country.
 */
export function parseLocationPhrase(phrase: string): Location[] {
  const direct = parsePhrase(phrase, false).locations;
  // A location section's line is often a sentence ("This role is based in New York"): read it as prose.
  return direct.length > 0 ? direct : dedupe(cuedLocations(phrase.slice(0, MAX_PHRASE)));
}

/**
 * The locations a posting states for the role in its prose: "This role is based in London",
 * "Location: Berlin, Germany", "you can be within the North America region", "(Hybrid) Toronto, ON".
 * Time zones, where teammates or headquarters are, and places in unrelated sentences are left out.
 */
export function findStatedLocations(text: string): Location[] {
  const found: Location[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/^[\s•*·–-]+/, '').trim();
    if (line.length === 0) continue;
    const label = LABEL.exec(line);
    if (label !== null) {
      found.push(...parsePhrase(firstSentence(line.slice(label[0].length)), false).locations);
      continue;
    }
    if (line.length <= SHORT_LINE) {
      const whole = parsePhrase(line, true);
      if (whole.unknown === 0 && whole.locations.length > 0) {
        found.push(...whole.locations);
        continue;
      }
    }
    found.push(...cuedLocations(line));
  }
  return dedupe(found);
}

/** A line this short that is nothing but places is a location header ("New York, NY", "London | Remote"). */
const SHORT_LINE = 60;
const MAX_PHRASE = 300;
const LABEL = /^(?:(?:job |office |work |primary )?locations?\s?(?:\(s\))?|offices?)\s?[:–—-]\s?/i;

// ---- Phrases ----

const WORKPLACE_WORDS =
  /\b(?:fully remote|remote[- ]first|remote|hybrid|on[- ]?site|in[- ]office|office[- ]based|work from home|wfh|anywhere in)\b/gi;

interface Draft {
  city: string | null;
  region: string | null;
  country: string | null;
  parts: string[];
  /** A name we do not know ("Springfield") waiting for a state or country to say it is a city. */
  unknownName: string | null;
}

const emptyDraft = (): Draft => ({ city: null, region: null, country: null, parts: [], unknownName: null });

function parsePhrase(phrase: string, strict: boolean): { locations: Location[]; unknown: number } {
  // A location phrase is a line at most; a longer input is not one, and bounding it keeps every step cheap.
  const cleaned = phrase.slice(0, MAX_PHRASE).replace(LABEL, '').trim();
  const withoutWorkplace = cleaned
    .replace(WORKPLACE_WORDS, ',')
    .replace(/[()[\]]/g, ',')
    .replace(/\s[-–—]\s|\s[-–—]$|^[-–—]\s/g, ',');
  const segments = withoutWorkplace.split(/[;|/•·\n]|\s(?:or|and|&)\s/i);
  let unknown = 0;
  const locations: Location[] = [];
  for (const segment of segments) {
    const result = parseSegment(segment, strict);
    unknown += result.unknown;
    locations.push(...result.locations);
  }
  const unique = dedupe(locations);
  // One place: show the phrase as the posting wrote it ("Remote - US"), not just the part we matched.
  if (unique.length === 1 && cleaned.length > 0 && cleaned.length <= 200) unique[0]!.raw = cleaned;
  return { locations: unique, unknown };
}

function parseSegment(segment: string, strict: boolean): { locations: Location[]; unknown: number } {
  const parts = segment
    .split(',')
    // Postcodes and street numbers ("New York, NY 10001") say nothing we keep.
    .map((p) => p.replace(/\d+/g, ' ').trim())
    .filter((p) => /\p{L}/u.test(p));
  const locations: Location[] = [];
  let unknown = 0;
  let draft = emptyDraft();
  const flush = () => {
    const location = toLocation(draft);
    if (location !== null) locations.push(location);
    draft = emptyDraft();
  };
  for (const part of parts) {
    const hasPlace = draft.city !== null || draft.unknownName !== null;
    const asRegion = hasPlace ? regionOf(part, strict) : null;
    const place = asRegion ?? (strict ? lookupPlaceInProse(part) : lookupPlace(part));
    if (place === null) {
      // Prose must name only places we know; a label may name a town we do not ("Springfield, IL").
      if (!strict && draft.parts.length === 0 && draft.unknownName === null && looksLikeName(part))
        draft.unknownName = part;
      else unknown++;
      continue;
    }
    if (!attach(draft, place, part)) {
      flush();
      attach(draft, place, part);
    }
  }
  if (draft.unknownName !== null && draft.city === null) unknown++;
  flush();
  return { locations, unknown };
}

function regionOf(part: string, strict: boolean): Place | null {
  if (strict && !/^\p{Lu}/u.test(part)) return null;
  return lookupRegionOfCountry(part);
}

/** Adds a place to the location being built; false when it starts a new one. */
function attach(draft: Draft, place: Place, written: string): boolean {
  const empty = draft.parts.length === 0 && draft.unknownName === null;
  if (place.kind === 'city') {
    if (draft.city === place.name) {
      // "Singapore, Singapore": the city and the country share a name.
      draft.parts.push(written);
      return true;
    }
    if (!empty) return false;
    draft.city = place.name;
    draft.region = place.region;
    draft.country = place.country;
    draft.parts.push(written);
    return true;
  }
  if (place.country === null) {
    // A wide region ("North America") stands alone.
    if (!empty) return false;
    draft.region = place.region;
    draft.parts.push(written);
    return true;
  }
  if (draft.unknownName !== null && draft.city === null) {
    draft.city = draft.unknownName;
    draft.parts.push(draft.unknownName);
    draft.unknownName = null;
    draft.region = null;
    draft.country = null;
  }
  if (draft.city !== null) {
    if (draft.country !== place.country) {
      // "Cambridge, MA": a city of that name in the other country, not the one we know.
      draft.region = place.kind === 'region' ? place.region : null;
      draft.country = place.country;
    } else if (place.kind === 'region') {
      draft.region = place.region;
    }
    draft.parts.push(written);
    return true;
  }
  if (empty) {
    draft.region = place.kind === 'region' ? place.region : null;
    draft.country = place.country;
    draft.parts.push(written);
    return true;
  }
  // "California, USA": a country after its own state.
  if (place.kind !== 'country' || draft.country !== place.country) return false;
  draft.parts.push(written);
  return true;
}

/** Words in header parts that are never in a town's name: "Data Engineer, CA" is a title, not a city. */
const NOT_IN_PLACE_NAMES =
  /\b(?:engineer|engineering|manager|developer|senior|junior|staff|lead|head|director|designer|analyst|scientist|intern|team|data|software|product|remote|hybrid|full|part|time|contract|role|job|office)\b/i;

function looksLikeName(part: string): boolean {
  return (
    /^\p{Lu}[\p{L}.'’ -]{1,40}$/u.test(part) && part.split(' ').length <= 4 && !NOT_IN_PLACE_NAMES.test(part)
  );
}

function toLocation(draft: Draft): Location | null {
  if (draft.city === null && draft.region === null && draft.country === null) return null;
  const raw = draft.parts.join(', ').trim();
  return {
    city: draft.city,
    region: draft.region,
    country: draft.country,
    raw: raw.length > 0 ? raw : (draft.city ?? draft.region ?? draft.country ?? ''),
  };
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
  /\b(?:based (?:in|out of)|located in|within|office in|relocate to|work(?:ing)? (?:from|out of)|remote|hybrid|on-?site|in-office)\b/gi;
/** Cues about where someone is: only the role's location counts, not the team's or the company's. */
const SUBJECT_CUES = /^(?:based|located|within|office|work)/i;
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

function cuedLocations(line: string): Location[] {
  const found: Location[] = [];
  for (const cue of line.matchAll(CUES)) {
    if (SUBJECT_CUES.test(cue[0]) && !aboutTheRole(line.slice(Math.max(0, cue.index - 80), cue.index)))
      continue;
    const span = placeSpan(line, cue.index + cue[0].length);
    if (span !== null) found.push(...parsePhrase(span, false).locations);
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
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (JOINING.has(token.text)) {
      afterComma = token.text === ',';
      i++;
      continue;
    }
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
): { place: Place; next: number } | null {
  for (let n = Math.min(MAX_PLACE_WORDS, tokens.length - at); n >= 1; n--) {
    const words = tokens.slice(at, at + n).map((t) => t.text);
    if (words.some((w) => JOINING.has(w))) continue;
    const name = words.join(' ');
    const place =
      (regionAllowed && /^\p{Lu}/u.test(name) ? lookupRegionOfCountry(name) : null) ??
      lookupPlaceInProse(name);
    if (place !== null) return { place, next: at + n };
  }
  return null;
}
