import countryToCurrency from 'country-to-currency';
import areasData from './data/areas.json' with { type: 'json' };
import aliasData from './data/city-aliases.json' with { type: 'json' };
import wordData from './data/common-words.json' with { type: 'json' };
import countryData from './data/countries.json' with { type: 'json' };
import districtData from './data/districts.json' with { type: 'json' };
import regionData from './data/regions.json' with { type: 'json' };
import countyData from './data/uk-counties.json' with { type: 'json' };
import { isTownName, type Town, townsNamed } from './gazetteer.ts';
import { normalisePlaceName } from './normalise-place.ts';

/**
 * Every reading a written name can have: a town of the gazetteer (under its English label, or as the city a
 * district belongs to), a first-level region, a UK county, a country, or a wide area. The tables are the JSON
 * files in `data/`; this module only indexes them by normalised name.
 */

export type PlaceKind = 'city' | 'region' | 'country' | 'area';

export interface Reading {
  kind: PlaceKind;
  /** The city a person would search for ("London" for Croydon, "Singapore" for Jurong East). */
  city: string | null;
  /** The region as a Location carries it: a state code ("NY"), a name ("Selangor", "North Yorkshire"), an area. */
  region: string | null;
  country: string | null;
  /** An area's countries (EMEA, APAC); null otherwise. */
  countries: readonly string[] | null;
  /** GeoNames admin1 code of the city or region, for checking a region written beside a town. */
  admin1: string | null;
  /** People, for choosing between readings with no other evidence; nominal for regions and countries. */
  population: number;
  /** The gazetteer town this reading stands on, when it is a town. */
  townId: number | null;
  /** Where the reading came from. */
  via: 'town' | 'alias' | 'district' | 'region' | 'county' | 'country' | 'area';
  /** An abbreviation ("LA", "KL", "NY"): in running text it counts only in capitals. */
  short: boolean;
  /** The district's own name when the city is the district's city ("Croydon"). */
  district: string | null;
}

/** Nominal sizes so a region, county, country or area competes with towns of the same name on population alone. */
export const NOMINAL_POPULATION = {
  region: 200_000,
  county: 150_000,
  country: 3_000_000,
  /** A bare ISO code ("CA", "IN", "DE") is less often the country than a state of that code. */
  countryCode: 100_000,
  area: 3_000_000,
};

interface RegionEntry {
  name: string;
  code?: string;
  aliases?: string[];
}

const REGIONS = regionData as unknown as Record<string, Record<string, RegionEntry> | string>;

interface CountryEntry {
  label?: string;
  names?: string[];
  cityState?: string;
}
const COUNTRIES = (countryData as { countries: Record<string, CountryEntry> }).countries;

let displayNames: Intl.DisplayNames | null = null;

/** The English name of a country code ("GB" → "United Kingdom"), or null for an unknown code. */
export function countryName(code: string): string | null {
  const upper = code.toUpperCase();
  const label = COUNTRIES[upper]?.label;
  if (label) return label;
  if (!/^[A-Z]{2}$/.test(upper)) return null;
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    const name = displayNames.of(upper);
    return name === undefined || name === upper ? null : name;
  } catch {
    return null;
  }
}

/** The region a Location carries for a town's admin1 code: "NY", "ON", "England", "Selangor"; null if unlisted. */
export function regionOfAdmin1(country: string, admin1: string): string | null {
  if (COUNTRIES[country]?.cityState) return null;
  const table = REGIONS[country];
  if (table === undefined || typeof table === 'string') return null;
  const entry = table[admin1];
  return entry === undefined ? null : (entry.code ?? entry.name);
}

/** The full name of a region as a Location carries it ("NY" → "New York"), for search keys. */
export function regionFullName(country: string, region: string): string | null {
  const table = REGIONS[country];
  if (table === undefined || typeof table === 'string') return null;
  for (const entry of Object.values(table)) if ((entry.code ?? entry.name) === region) return entry.name;
  return null;
}

export interface County {
  name: string;
  /** The nation's admin1 code: ENG, SCT, WLS, NIR. */
  nation: string;
}

const COMMON = wordData as { words: string[]; never: string[]; roleWords: string[] };
const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON.words.map(normalisePlaceName));
const NEVER: ReadonlySet<string> = new Set(COMMON.never.map(normalisePlaceName));
const ROLE_WORDS: ReadonlySet<string> = new Set(COMMON.roleWords.map(normalisePlaceName));

/** A town name that is also an everyday word: a place only with a region or country beside it. */
export function isCommonWord(normalised: string): boolean {
  return COMMON_WORDS.has(normalised);
}

/** A word that never names a place, even after a location label ("Home", "Remote", "Various"). */
export function isNeverPlace(normalised: string): boolean {
  return NEVER.has(normalised);
}

/** A query word better read as a role or field than as a town. */
export function isRoleWord(normalised: string): boolean {
  return ROLE_WORDS.has(normalised);
}

// ---- The index of names from the data files ----

interface DataIndex {
  /** Normalised name → readings that are not plain gazetteer towns. */
  names: Map<string, Reading[]>;
  /** Gazetteer town id → its English label. */
  labels: Map<number, string>;
  /** `${country}|normalised district` → the district's city reading and the region it lies in. */
  districts: Map<string, { city: Reading; region: string | null }>;
  counties: Map<string, County>;
  areas: Map<string, readonly string[]>;
}

let index: DataIndex | null = null;

function townFor(name: string, country: string, admin1: string): Town | null {
  const towns = townsNamed(normalisePlaceName(name)).filter((t) => t.country === country);
  return towns.find((t) => t.admin1 === admin1) ?? towns[0] ?? null;
}

function push(map: Map<string, Reading[]>, name: string, reading: Reading): void {
  const key = normalisePlaceName(name);
  if (key.length === 0) return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [reading]);
  else if (!list.some((r) => sameReading(r, reading))) list.push(reading);
}

function sameReading(a: Reading, b: Reading): boolean {
  return a.kind === b.kind && a.city === b.city && a.region === b.region && a.country === b.country;
}

function build(): DataIndex {
  const names = new Map<string, Reading[]>();
  const labels = new Map<number, string>();
  const districts = new Map<string, { city: Reading; region: string | null }>();
  const counties = new Map<string, County>();
  const areas = new Map<string, readonly string[]>();
  const aliases = (
    aliasData as {
      cities: {
        town: string;
        country: string;
        admin1: string;
        label?: string;
        names: string[];
        short?: string[];
      }[];
    }
  ).cities;
  for (const alias of aliases) {
    const town = townFor(alias.town, alias.country, alias.admin1);
    if (town === null) continue;
    const label = alias.label ?? town.name;
    labels.set(town.id, label);
    const short = new Set((alias.short ?? []).map(normalisePlaceName));
    for (const name of [label, ...alias.names]) {
      push(names, name, {
        ...townReading(town, label),
        via: 'alias',
        short: short.has(normalisePlaceName(name)),
      });
    }
  }
  for (const group of (
    districtData as {
      groups: { town: string; country: string; admin1: string; region?: string; districts: string[] }[];
    }
  ).groups) {
    const town = townFor(group.town, group.country, group.admin1);
    if (town === null) continue;
    const city = townReading(town, labels.get(town.id) ?? town.name);
    for (const district of group.districts) {
      const key = normalisePlaceName(district);
      districts.set(`${group.country}|${key}`, { city, region: group.region ?? null });
      // A district the gazetteer lacks is still a reading of its own name ("Jurong East", "Jakarta Selatan").
      if (!isTownName(key)) {
        push(names, district, {
          ...city,
          via: 'district',
          district,
          population: Math.min(city.population, 100_000),
        });
      }
    }
  }
  for (const [country, table] of Object.entries(REGIONS)) {
    if (typeof table === 'string') continue;
    for (const [admin1, entry] of Object.entries(table)) {
      const region = entry.code ?? entry.name;
      const reading: Reading = {
        kind: 'region',
        city: null,
        region,
        country,
        countries: null,
        admin1,
        population: NOMINAL_POPULATION.region,
        townId: null,
        via: 'region',
        short: false,
        district: null,
      };
      push(names, entry.name, reading);
      for (const alias of entry.aliases ?? []) push(names, alias, reading);
      // Two- and three-letter codes ("NY", "ON", "NSW") are abbreviations; the US codes are the admin1 codes.
      if (entry.code !== undefined) push(names, entry.code, { ...reading, short: true });
    }
  }
  for (const [name, nation, ...aliasNames] of (countyData as { counties: string[][] }).counties) {
    const county: County = { name: name!, nation: nation! };
    const reading: Reading = {
      kind: 'region',
      city: null,
      region: name!,
      country: 'GB',
      countries: null,
      admin1: nation!,
      population: NOMINAL_POPULATION.county,
      townId: null,
      via: 'county',
      short: false,
      district: null,
    };
    for (const written of [name!, ...aliasNames]) {
      counties.set(normalisePlaceName(written), county);
      push(names, written, reading);
    }
  }
  for (const code of allCountryCodes()) {
    const name = countryName(code);
    if (name === null) continue;
    const reading: Reading = {
      kind: 'country',
      city: null,
      region: null,
      country: code,
      countries: null,
      admin1: null,
      population: NOMINAL_POPULATION.country,
      townId: null,
      via: 'country',
      short: false,
      district: null,
    };
    push(names, name, reading);
    // The bare ISO code ("DE", "IN", "MY") is an abbreviation: a word in prose unless written in capitals.
    push(names, code, { ...reading, short: true, population: NOMINAL_POPULATION.countryCode });
    for (const alias of COUNTRIES[code]?.names ?? []) {
      const key = normalisePlaceName(alias);
      push(names, alias, { ...reading, short: key.length <= 3 });
    }
  }
  for (const area of (areasData as { areas: { label: string; names: string[]; countries: string[] }[] })
    .areas) {
    const reading: Reading = {
      kind: 'area',
      city: null,
      region: area.label,
      country: null,
      countries: area.countries,
      admin1: null,
      population: NOMINAL_POPULATION.area,
      townId: null,
      via: 'area',
      short: false,
      district: null,
    };
    for (const name of [area.label, ...area.names]) {
      areas.set(normalisePlaceName(name), area.countries);
      const key = normalisePlaceName(name);
      push(names, name, { ...reading, short: key.length <= 4 && name === name.toLowerCase() });
    }
  }
  return { names, labels, districts, counties, areas };
}

function data(): DataIndex {
  index ??= build();
  return index;
}

/** ISO 3166-1 codes: the keys of the maintained country → currency table, less the withdrawn ones. */
function allCountryCodes(): string[] {
  return Object.keys(countryToCurrency).filter((code) => code !== 'AN' && countryName(code) !== null);
}

function townReading(town: Town, label: string): Reading {
  const cityState = COUNTRIES[town.country]?.cityState;
  return {
    kind: 'city',
    city: cityState ?? label,
    region: regionOfAdmin1(town.country, town.admin1),
    country: town.country,
    countries: null,
    admin1: town.admin1,
    population: town.population,
    townId: town.id,
    via: 'town',
    short: false,
    district: cityState && cityState !== label ? label : null,
  };
}

/**
 * A gazetteer town as readings: under its English label, and first as the city of its district when it is
 * one (Croydon, GB → London), so a region written beside it can still pick the town itself.
 */
export function readingsOfTown(town: Town): Reading[] {
  const { labels, districts } = data();
  const own = townReading(town, labels.get(town.id) ?? town.name);
  const district = districts.get(`${town.country}|${normalisePlaceName(town.name)}`);
  if (district !== undefined && district.city.townId !== town.id) {
    return [{ ...district.city, population: town.population, via: 'district', district: town.name }, own];
  }
  return [own];
}

/** The region a district lies in ("Greater London" for Croydon), to check against a region written beside it. */
export function districtRegion(reading: Reading): string | null {
  if (reading.district === null || reading.country === null) return null;
  return data().districts.get(`${reading.country}|${normalisePlaceName(reading.district)}`)?.region ?? null;
}

/** Readings already built, by name: a page reads the same few names many times. Bounded by clearing. */
const readingCache = new Map<string, readonly Reading[]>();
const READING_CACHE_SIZE = 20_000;

/** Every reading of a normalised name: data readings first, then the gazetteer's towns, most populous first. */
export function readingsOf(normalised: string): readonly Reading[] {
  const cached = readingCache.get(normalised);
  if (cached !== undefined) return cached;
  if (readingCache.size >= READING_CACHE_SIZE) readingCache.clear();
  const readings = Object.freeze(buildReadings(normalised));
  readingCache.set(normalised, readings);
  return readings;
}

function buildReadings(normalised: string): Reading[] {
  const fromData = data().names.get(normalised) ?? [];
  const towns = townsNamed(normalised).flatMap(readingsOfTown);
  const out = [...fromData];
  for (const town of towns) {
    // A town that an alias already names under its label ("New York City" → "New York") is one reading.
    if (!out.some((r) => r.townId === town.townId && r.city === town.city && r.via !== 'district'))
      out.push(town);
  }
  return out;
}

let areasByCountry: Map<string, string[]> | null = null;

/** The wide areas a country lies in, by label ("DE" → Europe, EMEA, DACH). */
export function areasOfCountry(code: string): readonly string[] {
  if (areasByCountry === null) {
    areasByCountry = new Map();
    for (const area of (areasData as { areas: { label: string; countries: string[] }[] }).areas) {
      for (const country of area.countries) {
        const list = areasByCountry.get(country) ?? [];
        list.push(area.label);
        areasByCountry.set(country, list);
      }
    }
  }
  return areasByCountry.get(code) ?? [];
}
