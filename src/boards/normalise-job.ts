import { type Location, Posting, type Salary, type Workplace } from '../model/posting.ts';
import { normaliseText } from '../parse/clean/normalise-text.ts';
import { seniorityFromTitle } from '../parse/fields/seniority.ts';
import { htmlFragmentToText } from '../parse/read/html-to-text.ts';
import { readPostingText } from '../parse/read-posting-text.ts';
import { formatPay } from '../pay/format-pay.ts';
import { parseLocationPhrase } from '../places/locations.ts';
import { workplaceOfWords } from '../places/place-line.ts';
import type { BoardJob, StatedPay } from './board-job.ts';
import { type BoardRef, boardKey, boardOfSystem } from './board-ref.ts';
import { boardPostingId } from './job-posting-id.ts';

/**
 * A board's job as a Posting. What the API states is taken as stated (title, locations, team, workplace,
 * employment type, pay, dates, URL); the description is read by the parser's own pieces for the rest (sections,
 * skills, summary, and pay, places, workplace or type when the API gives none). Returns null (with the reason)
 * for a job that cannot make a valid posting, so one odd job never stops a board's sync.
 */
export function normaliseJob(
  ref: BoardRef,
  company: string | null,
  job: BoardJob,
  firstSeen: Date,
): { ok: true; posting: Posting } | { ok: false; reason: string } {
  const text = normaliseText(htmlFragmentToText(job.description));
  const reading = readPostingText(text, { modifiedAt: firstSeen, title: job.title });
  const context = job.country === null ? {} : { countryHints: [job.country] };
  const locations = statedLocations(job.locations, context);
  const workplace = job.workplace ?? workplaceOfPlaces(job.locations) ?? reading.workplace;
  const candidate: Posting = {
    id: boardPostingId(ref, job.jobId),
    title: job.title,
    company,
    team: job.team ?? reading.team,
    locations: locations.length > 0 ? locations : reading.locations,
    workplace,
    salary: job.pay === null ? reading.salary : statedSalary(job.pay),
    employmentType: job.employmentType ?? reading.employmentType,
    seniority: seniorityFromTitle(job.title) ?? reading.seniority,
    postedAt: isoDate(job.publishedAt) ?? isoDate(job.updatedAt) ?? reading.postedAt,
    ...(reading.validThrough === null ? {} : { validThrough: reading.validThrough }),
    closedAt: null,
    sections: reading.sections,
    skills: reading.skills,
    summary: reading.summary,
    text: reading.text,
    source: source(ref, job),
    sources: [source(ref, job)],
    truncated: false,
  };
  const parsed = Posting.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, posting: parsed.data };
}

function source(ref: BoardRef, job: BoardJob): Posting['source'] {
  const url = job.url !== null && URL.canParse(job.url) && /^https?:/i.test(job.url) ? job.url : undefined;
  const board = boardOfSystem(ref.system);
  return { path: `${boardKey(ref)}/${job.jobId}`, board, ...(url === undefined ? {} : { url }) };
}

/** Each stated location read by the gazetteer; a name it cannot place is kept as written, never guessed. */
function statedLocations(
  names: readonly string[],
  context: Parameters<typeof parseLocationPhrase>[1],
): Location[] {
  const found: Location[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const read = parseLocationPhrase(name, context);
    const places =
      read.length > 0
        ? read
        : workplaceOfWords(name) !== null
          ? []
          : [{ city: null, region: null, country: null, raw: name }];
    for (const place of places) {
      const key = `${place.city}|${place.region}|${place.country}|${place.raw}`;
      if (!seen.has(key)) {
        seen.add(key);
        found.push(place);
      }
    }
  }
  return found;
}

/** "Remote - US", "Hybrid (London)": boards without a workplace field often put it in the location. */
function workplaceOfPlaces(names: readonly string[]): Workplace | null {
  for (const name of names) {
    const match = /\b(remote|hybrid|on-?site)\b/i.exec(name);
    if (match !== null) return workplaceOfWords(match[1]!);
  }
  return null;
}

function statedSalary(pay: StatedPay): Salary | null {
  let { min, max } = pay;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const text = pay.summary ?? formatPay({ min, max, currency: pay.currency, period: pay.period });
  if (text.trim() === '') return null;
  const range = { min, max, currency: pay.currency, period: pay.period, text };
  return { ...range, ranges: [range] };
}

function isoDate(instant: string | null): string | null {
  if (instant === null) return null;
  const at = Date.parse(instant);
  return Number.isNaN(at) ? null : new Date(at).toISOString().slice(0, 10);
}
