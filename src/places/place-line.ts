import type { Location, Workplace } from '../model/posting.ts';
import { metroOf } from './metro.ts';
import { type PlaceContext, type PlaceMode, resolveGroup, type Scored, toLocation } from './resolve-place.ts';

/**
 * A line that states where a role is: a Location label's value, a header part, a location section's line.
 * "New York, NY (Remote) 2 weeks ago · 6 applicants" gives New York, NY, US and remote; "London | Dublin"
 * two places; "Remote (US or Canada)" two countries and remote. The workplace words and the board's tail
 * (posting age, applicant counts) are taken off before the places are read, so the places stay clean.
 */

export interface PlaceLine {
  locations: Location[];
  /** A workplace the line states beside its places ("(Remote)", "Hybrid", "Remote-first"). */
  workplace: Workplace | null;
}

/** A line longer than this is prose, not a place line; cutting it keeps every step linear and cheap. */
const MAX_LINE = 300;

const LABEL =
  /^(?:(?:job |office |work |primary )?locations?\s?(?:\(s\))?|offices?|where|based in)\s?[:–—-]\s?/i;

/** Where a board's tail starts: the posting's age, applicant counts, promotion notes. */
const TAIL =
  /(?:\b(?:re)?posted\b|\b\d+\+?\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?)\s+ago\b|\b(?:over\s+)?\d+\+?\s+(?:applicants?|applications?|people clicked apply)\b|\bbe (?:an )?(?:among the first|early applicant)\b|\bpromoted(?: by)?\b|\bactively (?:recruiting|hiring)\b|\beasy apply\b|\bjust now\b|\b(?:last|this) (?:week|month)\b|\byesterday\b|\btoday\b|\bno longer accepting\b|\bresponses managed\b)/i;

const WORKPLACE_WORDS: [Workplace, RegExp][] = [
  ['hybrid', /^(?:hybrid|flexible hybrid|partly remote|partially remote)$/],
  [
    'remote',
    /^(?:(?:fully |100% |full[- ])?remote(?:[- ](?:first|friendly|only|ok))?|work from home|wfh|home[- ]based|telecommute|anywhere)$/,
  ],
  ['onsite', /^(?:on[- ]?site|in[- ]office|office[- ]based|in[- ]person)$/],
];

const WORKPLACE =
  /\((?:fully |100% )?(?:remote|hybrid|on-?site|in[- ]office)\b[^()]*\)|\b(?:(?:fully |100% |full[- ])?remote(?:[- ](?:first|friendly|only|ok))?|flexible hybrid|hybrid|partly remote|partially remote|on[- ]?site|in[- ]office|office[- ]based|in[- ]person|work from home|wfh|home[- ]based|telecommute)\b(?:\s*\([^()]*\b(?:days?|week|office|flexib\w*|optional)\b[^()]*\))?/gi;

/** "Remote", "Hybrid (3 days in office)", "On-site": the workplace a phrase names. */
export function workplaceOfWords(words: string): Workplace | null {
  const key = words
    .toLowerCase()
    .replace(/^\(/, '')
    .replace(/\s*[,(].*$|\)$/, '')
    .trim();
  for (const [workplace, pattern] of WORKPLACE_WORDS) if (pattern.test(key)) return workplace;
  return null;
}

// Canadian postcodes ("L8P 1A1"), UK postcodes (whole or outward part: "SW1A 1AA", "EC2A"), US ZIP codes and other figures say nothing we keep.
const POSTCODE = /\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?\b|\d+/g;

interface Group {
  /** The parts the place is read from: its name and the regions or countries that agree with it. */
  parts: string[];
  /** Every part as the page wrote it, descriptors included, for the Location's raw text. */
  written: string[];
  scored: Scored | null;
}

/** Marks a part the page wrote in brackets: "Pittsburgh (Lawrenceville)", "Mumbai (All Areas)". */
const ASIDE = '\uE000';

const group = (part: string, context: PlaceContext, mode: PlaceMode): Group => ({
  parts: [part],
  written: [part],
  scored: resolveGroup([part], context, mode),
});

/** A leading or middle part that could be a suburb or sub-region's name ("Winnellie", "Attica"). */
const NAME_LIKE = /^\p{Lu}[\p{L}\p{M}.'’ -]{1,40}$/u;

/** Reads a place line. `mode` says how sure the page is that this is a place (see PlaceMode). */
export function readPlaceLine(
  line: string,
  context: PlaceContext = {},
  mode: PlaceMode = 'label',
): PlaceLine {
  let text = line.slice(0, MAX_LINE).replace(LABEL, '');
  const tail = TAIL.exec(text);
  if (tail !== null) text = text.slice(0, tail.index);
  let workplace: Workplace | null = null;
  text = text.replace(WORKPLACE, (match) => {
    workplace ??= workplaceOfWords(match);
    return ',';
  });
  const cleaned = text
    .replace(/[([]([^()[\]]*)[)\]]/g, `,${ASIDE}$1,`)
    .replace(/[()[\]]/g, ',')
    .replace(/\s[-–—]\s|\s[-–—]$|^[-–—]\s|^-|-$|(?<=\p{L})-(?=,)|(?<=,)-(?=\p{L})/gu, ',')
    .replace(POSTCODE, ' ');
  // In a header, "&" and "and" join a company's name ("Marlow & Tate Bakers") as often as two places.
  // (groupParts splits a label's "NYC & SF" once it knows the part is not a descriptor of the place before it).
  const segments = cleaned.split(/[;|/•·\n]|\s(?:or|oder|ou)\s/i);
  const groups: Group[] = [];
  for (const segment of segments) groups.push(...groupParts(splitParts(segment), context, mode));
  // A second reading with the line's other places as evidence: "Cleveland, Middlesbrough" on a page with no
  // currency is the Teesside county once Middlesbrough has said the line is in the UK.
  const countries = groups.map((g) => g.scored?.reading.country ?? null);
  const resolved =
    groups.length > 1 && countries.some((c) => c !== null)
      ? groups.map((g, i) => {
          const others = countries.filter((c, j): c is string => c !== null && j !== i);
          if (others.length === 0) return g;
          const hinted = { ...context, countryHints: [...(context.countryHints ?? []), ...others] };
          return { ...g, scored: resolveGroup(g.parts, hinted, mode) };
        })
      : groups;
  const withHints: PlaceContext = {
    ...context,
    countryHints: [...(context.countryHints ?? []), ...countries.filter((c): c is string => c !== null)],
  };
  const merged = mergeSuburbIntoCity(mergeRegionIntoCity(resolved, withHints, mode));
  // A header part is a place line only when every part of it is a place: "Java 17, Spring Boot" is not.
  if (mode === 'header' && merged.some((g) => g.scored === null)) return { locations: [], workplace };
  const locations = merged.flatMap((g) =>
    g.scored === null ? [] : [toLocation(g.scored, g.written.join(', '))],
  );
  const unique = dedupe(locations);
  // One place without a city: the line's own words say what it means ("Remote - US", "Remote (Canada)").
  if (unique.length === 1 && unique[0]!.city === null && workplace !== null) {
    const written = line.slice(0, MAX_LINE).replace(LABEL, '');
    const own = (tail === null ? written : written.slice(0, tail.index)).trim().replace(/[\s·•|,-]+$/, '');
    if (own.length > 0 && own.length <= 100) unique[0]!.raw = own;
  }
  return { locations: unique, workplace };
}

function splitParts(segment: string): string[] {
  return segment
    .split(',')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => /\p{L}/u.test(part.replace(ASIDE, '')));
}

/**
 * Parts of one segment into places: a part that agrees as a region or country with the place being built
 * joins it ("York, North Yorkshire, UK"); a descriptor ending in such a region is kept with it ("Cairns,
 * Cairns & Far North QLD"); a sub-region we do not know is kept when a later part agrees ("Athens, Attica,
 * Greece"); any other part starts the next place ("London, Dublin").
 */
function groupParts(parts: readonly string[], context: PlaceContext, mode: PlaceMode): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  const tryJoin = (target: Group, qualifier: string): Scored | null =>
    resolveGroup([...target.parts, qualifier], context, mode);
  outer: for (let i = 0; i < parts.length; i++) {
    const aside = parts[i]!.startsWith(ASIDE);
    const part = aside ? parts[i]!.slice(ASIDE.length).trim() : parts[i]!;
    if (part.length === 0) continue;
    if (current !== null) {
      const joined = tryJoin(current, part);
      if (joined !== null) {
        current.parts.push(part);
        current.written.push(part);
        current.scored = joined;
        continue;
      }
      // A part that is a town of its own is the next place, not a descriptor of this one.
      const ownTown = resolveGroup([part], context, mode)?.reading.kind === 'city';
      if (current.scored !== null && !ownTown) {
        const words = part.split(' ');
        for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
          const tail = words.slice(words.length - n).join(' ');
          const withTail = tryJoin(current, tail);
          if (withTail !== null) {
            current.parts.push(tail);
            current.written.push(part);
            current.scored = withTail;
            continue outer;
          }
        }
      }
      if (current.scored !== null && NAME_LIKE.test(part)) {
        // "Athens, Attica, Greece": Greece agrees with Athens and not with Attica, Indiana.
        for (let j = i + 1; j < Math.min(parts.length, i + 3); j++) {
          const later = tryJoin(current, parts[j]!);
          const alone = later === null ? null : resolveGroup([part, parts[j]!], context, mode);
          // …unless the middle part is a known town of that country itself ("London, Dublin, Ireland").
          if (later !== null && (alone === null || alone.reading.townId === null)) {
            current.parts.push(parts[j]!);
            current.written.push(...parts.slice(i, j + 1));
            current.scored = later;
            i = j;
            continue outer;
          }
        }
      }
    }
    // In brackets after a place: a neighbourhood ("Pittsburgh (Lawrenceville)") or a note ("(All Areas)").
    if (aside) {
      const own = resolveGroup([part], context, mode);
      if (own === null || (own.reading.kind === 'city' && current?.scored != null)) continue;
    }
    // "NYC & SF": in a label, "&" and "and" join two places; a header part keeps them ("Marlow & Tate").
    const pieces = mode === 'label' ? part.split(/\s(?:&|and|und|et)\s/i) : [part];
    for (const piece of pieces) {
      current = group(piece, context, mode);
      groups.push(current);
    }
  }
  return groups;
}

/** "Cleveland, Middlesbrough": a region written before its town is that town's region. */
function mergeRegionIntoCity(groups: readonly Group[], context: PlaceContext, mode: PlaceMode): Group[] {
  const out: Group[] = [];
  for (let i = 0; i < groups.length; i++) {
    const here = groups[i]!;
    const next = groups[i + 1];
    if (here.scored?.reading.kind === 'region' && next?.scored?.reading.kind === 'city') {
      const joined = resolveGroup([...next.parts, ...here.parts], context, mode);
      if (joined !== null && joined.reading.country === here.scored.reading.country) {
        out.push({
          parts: [...next.parts, ...here.parts],
          written: [...here.written, ...next.written],
          scored: joined,
        });
        i++;
        continue;
      }
    }
    out.push(here);
  }
  return out;
}

/**
 * "Subiaco, Perth WA", "Box Hill, Melbourne VIC": a suburb written before the city it lies in is that
 * city, as a person searching would name it.
 */
function mergeSuburbIntoCity(groups: readonly Group[]): Group[] {
  const out: Group[] = [];
  for (let i = 0; i < groups.length; i++) {
    const here = groups[i]!;
    const next = groups[i + 1];
    const suburb = here.scored?.reading;
    const city = next?.scored?.reading;
    if (next !== undefined && city?.kind === 'city' && city.city !== null) {
      // A suburb the gazetteer lacks ("Winnellie, Darwin NT"), or a town of the city's metro ("Subiaco").
      const unknown = here.scored === null && here.parts.length === 1 && NAME_LIKE.test(here.parts[0]!);
      const inMetro =
        suburb?.kind === 'city' &&
        suburb.country === city.country &&
        suburb.city !== null &&
        metroOf(suburb.city, suburb.country) === city.city;
      if (unknown || inMetro) {
        out.push({ parts: next.parts, written: [...here.written, ...next.written], scored: next.scored });
        i++;
        continue;
      }
    }
    out.push(here);
  }
  return out;
}

function dedupe(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const key = `${l.city}|${l.region}|${l.country}`;
    const loose = `${l.city}|${l.country}`;
    if (seen.has(key) || (l.city !== null && seen.has(loose))) return false;
    seen.add(key);
    seen.add(loose);
    return true;
  });
}
