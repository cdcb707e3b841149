import type { Location } from '../model/posting.ts';
import hintData from './data/context-hints.json' with { type: 'json' };
import { townById } from './gazetteer.ts';
import { normalisePlaceName } from './normalise-place.ts';
import { districtRegion, isCommonWord, isNeverPlace, type Reading, readingsOf } from './vocabulary.ts';

/**
 * Reads one written place ("York, North Yorkshire", "Perth", "Cleveland, Middlesbrough") by scoring every
 * reading of its name on named evidence: a region or country written beside it, the page's currency, the
 * posting's other places, the board's country, and last the population. The best reading wins; a name
 * with no reading that the evidence allows gives null.
 */

export interface PlaceContext {
  /** A currency symbol or code the page uses for pay ("£", "RM", "S$", "EUR"). */
  currencyHint?: string | null;
  /** Countries the posting's other places are in. */
  countryHints?: readonly string[];
  /** The board the page came from ("seek", "reed", "jobstreet"), as src/parse/fields/board.ts names it. */
  board?: string | null;
}

/**
 * How strict to be. `label`: the page says this is a place (a Location label, a location section, a
 * JSON address), so everyday words may be towns. `header`: a header part or a place after a cue ("based
 * in"): a lone everyday word or a small town with nothing beside it is not read as a place.
 */
export type PlaceMode = 'label' | 'header';

/** Country codes that stand alone in headers as places ("Remote | US", "London | UK"). */
const HEADER_CODES: ReadonlySet<string> = new Set(['us', 'uk']);
/** Below this size, a lone town must be written with its own accents to count. */
const ACCENT_FREE_POPULATION = 100_000;

function foldsOnlyAccents(name: string, written: string): boolean {
  return normalisePlaceName(name) === normalisePlaceName(written) && /[^\x20-\x7e]/.test(name);
}

/** Evidence weights, in the units of log10(population): a qualifier decides, the hints break ties. */
export const WEIGHTS = {
  /** Each region or country written beside the name that agrees with the reading. */
  qualifier: 50,
  /** The page's pay is in this country's currency. */
  currency: 4,
  /** The posting names other places in this country. */
  otherPlaces: 3,
  /** The board serves this country. */
  board: 3,
  /** A name people write for this very place ("LA", "Bangalore"), over a town of that spelling elsewhere. */
  alias: 0.5,
  /** The district reading of a town (Croydon, GB → London) over the town alone, when nothing contradicts it. */
  district: 0.25,
};

/** A town this small, alone in a header with no evidence for its country, is more likely a word or a name. */
export const MIN_LONE_POPULATION = 5_000;

interface Hints {
  currency: ReadonlySet<string>;
  other: ReadonlySet<string>;
  board: ReadonlySet<string>;
}

const HINTS = hintData as { currencies: Record<string, string[]>; boards: Record<string, string[]> };

const hintCache = new WeakMap<PlaceContext, Hints>();

function hintsOf(context: PlaceContext): Hints {
  const cached = hintCache.get(context);
  if (cached !== undefined) return cached;
  const hints = buildHints(context);
  hintCache.set(context, hints);
  return hints;
}

function buildHints(context: PlaceContext): Hints {
  const currency = context.currencyHint ? (HINTS.currencies[context.currencyHint] ?? []) : [];
  const board = context.board ? (HINTS.boards[context.board.toLowerCase()] ?? []) : [];
  return { currency: new Set(currency), other: new Set(context.countryHints ?? []), board: new Set(board) };
}

/** Whether `qualifier` (a region, county, country or area) can be written beside `reading`. */
function agrees(reading: Reading, qualifier: Reading): boolean {
  if (qualifier.kind === 'area') {
    return reading.country !== null && (qualifier.countries ?? []).includes(reading.country);
  }
  if (qualifier.country !== reading.country) return false;
  if (qualifier.kind === 'country') return reading.kind !== 'country';
  if (qualifier.kind === 'city') {
    // "Singapore, Singapore", "Kuala Lumpur, Kuala Lumpur": the city named twice.
    return reading.kind === 'city' && qualifier.city === reading.city;
  }
  // A region: the town must lie in it. A UK county is known only by its nation, and a district by the
  // region it lies in ("Croydon, Greater London" yes, "Richmond, North Yorkshire" is not the London one).
  if (reading.kind !== 'city') return false;
  if (qualifier.via === 'county') {
    const districtIn = districtRegion(reading);
    if (districtIn !== null && districtIn !== qualifier.region && reading.via === 'district') return false;
    return reading.admin1 === qualifier.admin1;
  }
  if (reading.via === 'district' && reading.region === null) return true;
  return reading.admin1 === qualifier.admin1;
}

/** Everything a name could be, filtered by how the page wrote it. */
function readingsAllowed(written: string, mode: PlaceMode, alone: boolean): Reading[] {
  const key = normalisePlaceName(written);
  if (key.length === 0 || isNeverPlace(key)) return [];
  const capitals = written === written.toUpperCase() && /\p{Lu}/u.test(written);
  const lowerCase = written === written.toLowerCase();
  // "remote (us)": a hamlet written in lower case is a word ("us", "la"), not the French village.
  const readings = readingsOf(key).filter(
    (r) =>
      (!r.short || capitals) &&
      !(alone && lowerCase && r.via === 'town' && r.population < MIN_LONE_POPULATION),
  );
  if (!alone || mode !== 'header') return readings;
  return readings.filter((r) => {
    // "Reading", "Mobile", "Nice": a town only with a region or country beside it, or after a location label.
    if (isCommonWord(key) && (r.via === 'town' || r.via === 'district')) return false;
    // "IT /", "HR", "QA": a bare state or country code alone in a header is a department or a word.
    if (
      r.short &&
      (r.kind === 'region' || (r.kind === 'country' && key.length <= 2 && !HEADER_CODES.has(key)))
    ) {
      return false;
    }
    // "Save" is not Savé: a small town written without its accents, alone, is a word that happens to match.
    if (r.via === 'town' && r.population < ACCENT_FREE_POPULATION) {
      const name = r.townId === null ? null : townById(r.townId).name;
      if (
        name !== null &&
        name.toLowerCase() !== written.trim().toLowerCase() &&
        foldsOnlyAccents(name, written)
      ) {
        return false;
      }
    }
    return true;
  });
}

export interface Scored {
  reading: Reading;
  score: number;
  /** The qualifiers that agreed, so the Location can carry the region the page wrote. */
  agreed: Reading[];
  evidence: string[];
}

function score(reading: Reading, qualifiers: readonly Reading[][], hints: Hints): Scored {
  let total = Math.log10(Math.max(reading.population, 10));
  const evidence = [`population ${reading.population}`];
  const agreed: Reading[] = [];
  for (const options of qualifiers) {
    const match = options.find((q) => agrees(reading, q));
    if (match !== undefined) {
      total += WEIGHTS.qualifier;
      agreed.push(match);
      evidence.push(`beside ${match.region ?? match.country}`);
    }
  }
  const country = reading.country;
  const inCountry = (set: ReadonlySet<string>) =>
    country !== null ? set.has(country) : (reading.countries ?? []).some((c) => set.has(c));
  if (inCountry(hints.currency)) {
    total += WEIGHTS.currency;
    evidence.push('currency');
  }
  if (inCountry(hints.other)) {
    total += WEIGHTS.otherPlaces;
    evidence.push('other places');
  }
  if (inCountry(hints.board)) {
    total += WEIGHTS.board;
    evidence.push('board');
  }
  if (reading.via === 'alias') total += WEIGHTS.alias;
  if (reading.via === 'district') total += WEIGHTS.district;
  return { reading, score: total, agreed, evidence };
}

const CENTRE_WORDS = /\s+(?:central|cbd|city cent(?:re|er)|town cent(?:re|er)|cent(?:re|er)|downtown|city)$/i;

/**
 * "Sydney NSW", "Kuala Lumpur Malaysia", "Austin TX": a region or country written after the name with no
 * comma. Split only when the whole is no place and the tail is a region or country.
 */
function splitTrailingQualifier(parts: readonly string[]): readonly string[] {
  let first = parts[0];
  if (first === undefined || readingsOf(normalisePlaceName(first)).length > 0) return parts;
  // "Hamilton Central", "Sydney CBD", "Leeds City Centre": the centre of a town is that town.
  const centre = first.replace(CENTRE_WORDS, '');
  if (centre !== first && centre.length > 0 && readingsOf(normalisePlaceName(centre)).length > 0) {
    return [centre, ...parts.slice(1)];
  }
  first = centre.length > 0 ? centre : first;
  const words = first.split(' ');
  for (let tail = Math.min(3, words.length - 1); tail >= 1; tail--) {
    const head = words.slice(0, words.length - tail).join(' ');
    const end = words.slice(words.length - tail).join(' ');
    const qualifies = readingsAllowed(end, 'label', false).some((r) => r.kind !== 'city');
    if (qualifies && readingsOf(normalisePlaceName(head)).length > 0) return [head, end, ...parts.slice(1)];
  }
  return parts;
}

/** True for text that could be a town's name we do not know ("Little Snoring"): capitalised words only. */
function looksLikeName(text: string): boolean {
  return (
    /^\p{Lu}[\p{L}\p{M}.'’ -]{1,40}$/u.test(text) &&
    text.split(' ').length <= 4 &&
    !NOT_IN_PLACE_NAMES.test(text)
  );
}

/** Words in header parts that are never in a town's name: "Data Engineer, CA" is a title, not a town. */
const NOT_IN_PLACE_NAMES =
  /\b(?:engineer|engineering|manager|developer|senior|junior|staff|lead|head|director|designer|analyst|scientist|intern|team|data|software|product|remote|hybrid|full|part|time|contract|role|job|jobs|office|locations?|areas?|branch|department|sales|marketing|support|services?)\b/i;

/**
 * The best reading of one comma group ("York, North Yorkshire, UK"): the first part is the place, the
 * others must be regions or countries that agree with it. Null when nothing fits.
 */
export function resolveGroup(
  written: readonly string[],
  context: PlaceContext,
  mode: PlaceMode,
): Scored | null {
  const parts = splitTrailingQualifier(written);
  const [first, ...rest] = parts;
  if (first === undefined) return null;
  const hints = hintsOf(context);
  const qualifiers = rest.map((part) =>
    readingsAllowed(part, 'label', false).filter((r) => r.kind !== 'city' || r.townId !== null),
  );
  const candidates = readingsAllowed(first, mode, rest.length === 0);
  let best: Scored | null = null;
  for (const reading of candidates) {
    const scored = score(reading, qualifiers, hints);
    // Every qualifier the page wrote must agree: "Cambridge, MA" is not Cambridge, England.
    if (scored.agreed.length < rest.length) continue;
    if (best === null || scored.score > best.score) best = scored;
  }
  if (best !== null && rest.length === 0 && mode === 'header') {
    const r = best.reading;
    const supported = best.evidence.length > 1;
    if (r.via === 'town' && r.population < MIN_LONE_POPULATION && !supported) return null;
  }
  if (best !== null) return best;
  // A town the gazetteer lacks, named with its region or country: "Little Snoring, Norfolk".
  const regional = qualifiers.map((q) => q.filter((r) => r.kind !== 'city'));
  if (
    candidates.length === 0 &&
    rest.length > 0 &&
    looksLikeName(first) &&
    regional.every((q) => q.length > 0)
  ) {
    const region = regional.flat().find((q) => q.kind === 'region');
    const country = regional.flat().find((q) => q.country !== null);
    if (country === undefined) return null;
    const reading: Reading = {
      kind: 'city',
      city: first,
      region: region?.region ?? null,
      country: country.country,
      countries: null,
      admin1: region?.admin1 ?? null,
      population: 0,
      townId: null,
      via: 'town',
      short: false,
      district: null,
    };
    return {
      reading,
      score: 0,
      agreed: regional.map((q) => q[0]!),
      evidence: ['unknown town with its region'],
    };
  }
  return null;
}

/** The Location a scored reading gives, carrying the region the page wrote (a county) when it wrote one. */
export function toLocation(scored: Scored, raw: string): Location {
  const { reading, agreed } = scored;
  const county = agreed.find((q) => q.via === 'county' && reading.kind === 'city');
  const region =
    county !== undefined && reading.via !== 'district'
      ? county.region
      : reading.kind === 'city' && reading.region === null
        ? (agreed.find((q) => q.kind === 'region')?.region ?? null)
        : reading.region;
  return {
    city: reading.city,
    region: reading.kind === 'country' ? null : region,
    country: reading.country,
    raw: raw.length > 0 ? raw : (reading.city ?? reading.region ?? reading.country ?? 'unknown'),
  };
}

/**
 * One written place in context: `resolvePlace("Perth", { currencyHint: "£" })` is Perth, Scotland;
 * `resolvePlace("York, North Yorkshire")` is York, North Yorkshire, GB. Null when the text is no place.
 */
export function resolvePlace(
  text: string,
  context: PlaceContext = {},
  mode: PlaceMode = 'label',
): Location | null {
  const parts = text
    .slice(0, 200)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const scored = resolveGroup(parts, context, mode);
  return scored === null ? null : toLocation(scored, parts.join(', '));
}
