import type { EmploymentType, Location, Salary, Workplace } from '../../model/posting.ts';
import { payContextOf } from '../../pay/pay-context.ts';
import { salaryFromSchema } from '../../pay/schema-salary.ts';
import { parseLocationPhrase } from '../../places/locations.ts';
import { lookupPlace } from '../../places/places.ts';
import { employmentTypeFromLabel } from '../fields/employment-type.ts';
import { type DateContext, readClosingValue, readPostedValue } from '../fields/posted-date.ts';

/**
 * The fields of a schema.org JobPosting (from a .json file or an HTML page's JSON-LD) that state outright
 * what the text parser would otherwise have to infer.
 */

export type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  if (isObject(value)) return text(value.name ?? value.value ?? value['@value']);
  return null;
}

function isJobPosting(value: JsonObject): boolean {
  const type = value['@type'];
  const types = asArray(type).map((entry) => String(entry).toLowerCase());
  if (types.includes('jobposting')) return true;
  // Plain exports without schema.org typing still name their fields after it.
  return type === undefined && typeof value.title === 'string';
}

/** Every JobPosting in a JSON value: an object, an array of them, or a JSON-LD `@graph`. */
export function findJobPostings(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(findJobPostings);
  if (!isObject(value)) return [];
  if (isJobPosting(value)) return [value];
  return findJobPostings(value['@graph']);
}

function countryCode(value: unknown): string | null {
  const name = text(value);
  if (name === null) return null;
  if (/^[A-Za-z]{2}$/.test(name)) return name.toUpperCase() === 'UK' ? 'GB' : name.toUpperCase();
  const place = lookupPlace(name);
  return place?.country && /^[A-Z]{2}$/.test(place.country) ? place.country : null;
}

/**
 * The gazetteer's reading of an address the JSON-LD states in parts ("Vancouver", "BC", "CA"), when it
 * agrees with those parts: it spells the region out ("British Columbia") as search expects. Otherwise the
 * parts as stated.
 */
function gazetteerReading(stated: Location): Location {
  if (stated.city === null) return stated;
  const [found, ...others] = parseLocationPhrase(stated.raw);
  if (found === undefined || others.length > 0 || found.city?.toLowerCase() !== stated.city.toLowerCase())
    return stated;
  if (stated.country !== null && found.country !== stated.country) return stated;
  return { ...found, raw: stated.raw };
}

function locationOf(place: unknown): Location | null {
  if (typeof place === 'string') {
    return place.trim() === ''
      ? null
      : { city: null, region: null, country: countryCode(place), raw: place.trim() };
  }
  if (!isObject(place)) return null;
  // Some boards give an array of addresses for one place; the first is the street address.
  const address = asArray(place.address ?? place)[0];
  if (typeof address === 'string') return locationOf(address);
  if (!isObject(address)) return null;
  const city = text(address.addressLocality);
  const region = text(address.addressRegion);
  const country = countryCode(address.addressCountry);
  const raw = [city, region, text(address.addressCountry)].filter((part) => part !== null).join(', ');
  if (raw === '') {
    const name = text(place.name);
    return name ? { city: null, region: null, country: countryCode(name), raw: name } : null;
  }
  return gazetteerReading({ city, region, country, raw });
}

/** schema.org `baseSalary`, read by the pay subsystem in the money of the posting's country when it names none. */
function salaryOf(value: unknown, locations: readonly Location[]): Salary | null {
  return salaryFromSchema(value, payContextOf(locations));
}

/**
 * A schema.org date: ISO 8601 as the standard asks ("2026-03-17", "2026-03-17T09:00:00-07:00", whose
 * date is the one the board meant, whatever the offset), else the forms boards put there anyway.
 */
function dateOf(value: unknown, read: (value: string) => string | null): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (iso) {
    const date = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
    return date.toISOString().slice(0, 10) === iso[0] ? iso[0] : null;
  }
  return read(raw);
}

export interface JobPostingFields {
  title: string | null;
  company: string | null;
  /** Description, possibly HTML. */
  description: string;
  locations: Location[];
  workplace: Workplace | null;
  salary: Salary | null;
  employmentType: EmploymentType | null;
  postedAt: string | null;
  /** When applications close: schema.org `validThrough`. */
  validThrough: string | null;
  url: string | null;
}

/** The fields a JobPosting states; `dates` resolves a date written in words against the reference. */
export function readJobPosting(posting: JsonObject, dates: DateContext): JobPostingFields {
  const organisation = asArray(posting.hiringOrganization)[0];
  const remote = asArray(posting.jobLocationType).some(
    (type) => String(type).toUpperCase() === 'TELECOMMUTE',
  );
  const locations = asArray(posting.jobLocation)
    .map(locationOf)
    .filter((location): location is Location => location !== null);
  if (locations.length === 0 && remote) {
    for (const requirement of asArray(posting.applicantLocationRequirements)) {
      const location = locationOf(requirement);
      if (location) locations.push(location);
    }
  }
  const countries = new Set(locations.map((location) => location.country));
  const local = { ...dates, monthFirst: dates.monthFirst ?? (countries.size === 1 && countries.has('US')) };
  // "FULL_TIME", ["FULL_TIME", "CONTRACTOR"], or "Full-time, Permanent" in one string.
  const employmentType =
    asArray(posting.employmentType)
      .flatMap((type) => String(type).split(','))
      .map((type) => employmentTypeFromLabel(type))
      .find((type) => type !== null) ?? null;
  return {
    title: text(posting.title),
    company: isObject(organisation)
      ? (text(organisation.name) ?? text(organisation.legalName))
      : text(organisation),
    description: typeof posting.description === 'string' ? posting.description : '',
    locations,
    workplace: remote ? 'remote' : null,
    salary: salaryOf(posting.baseSalary, locations) ?? salaryOf(posting.estimatedSalary, locations),
    employmentType,
    postedAt: dateOf(posting.datePosted, (value) => readPostedValue(value, local)),
    validThrough: dateOf(posting.validThrough, (value) => readClosingValue(value, local)),
    url: text(posting.url),
  };
}
