import {
  type EmploymentType,
  type Location,
  Salary,
  SalaryPeriod,
  type Workplace,
} from '../../model/posting.ts';
import { lookupPlace } from '../../places/places.ts';
import { employmentTypeFromLabel } from '../fields/employment-type.ts';

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

function locationOf(place: unknown): Location | null {
  if (typeof place === 'string') {
    return place.trim() === ''
      ? null
      : { city: null, region: null, country: countryCode(place), raw: place.trim() };
  }
  if (!isObject(place)) return null;
  const address = place.address ?? place;
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
  return { city, region, country, raw };
}

function numberOf(value: unknown): number | null {
  const parsed = typeof value === 'string' ? Number(value.replace(/[,\s]/g, '')) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) && parsed >= 0 ? parsed : null;
}

function salaryOf(value: unknown): Salary | null {
  if (!isObject(value)) return null;
  const currency = text(value.currency)?.toUpperCase() ?? null;
  const amount = value.value;
  const quantity = isObject(amount) ? amount : { value: amount };
  const exact = numberOf(quantity.value);
  const min = numberOf(quantity.minValue) ?? exact;
  const max = numberOf(quantity.maxValue) ?? exact;
  // schema.org writes the period as `HOUR` … `YEAR`: our periods in capitals. Anything else reads as yearly.
  const unit = (text(quantity.unitText) ?? text(value.unitText) ?? 'year').toLowerCase();
  const period = SalaryPeriod.safeParse(unit).data ?? 'year';
  if (currency === null) return null;
  const figures = min !== null && max !== null && min !== max ? `${min}-${max}` : String(min ?? max);
  const statement = `${currency} ${figures} per ${period}`;
  const range = { min, max, currency, period, text: statement };
  const parsed = Salary.safeParse({ ...range, ranges: [range] });
  return parsed.success ? parsed.data : null;
}

function dateOf(value: unknown): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(raw);
  if (iso) return iso[1]!;
  const parsed = new Date(raw);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
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
  url: string | null;
}

export function readJobPosting(posting: JsonObject): JobPostingFields {
  const organisation = posting.hiringOrganization;
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
  const employmentType =
    asArray(posting.employmentType)
      .map((type) => employmentTypeFromLabel(String(type)))
      .find((type) => type !== null) ?? null;
  return {
    title: text(posting.title),
    company: isObject(organisation) ? text(organisation.name) : text(organisation),
    description: typeof posting.description === 'string' ? posting.description : '',
    locations,
    workplace: remote ? 'remote' : null,
    salary: salaryOf(posting.baseSalary) ?? salaryOf(posting.estimatedSalary),
    employmentType,
    postedAt: dateOf(posting.datePosted),
    url: text(posting.url),
  };
}
