import { z } from 'zod';
import { employmentTypeFromLabel } from '../parse/fields/employment-type.ts';
import { workplaceFromLabel } from '../parse/fields/workplace.ts';
import { type FetchPolicy, fetchBoardJson } from './board-fetch.ts';
import type { BoardJob, BoardListing } from './board-job.ts';
import type { BoardRef } from './board-ref.ts';
import { malformed } from './malformed.ts';

/**
 * Greenhouse Job Board API: `GET boards/{board}` (the board's name) and `GET boards/{board}/jobs?content=true`
 * (every job with its description, which Greenhouse sends HTML-escaped). Greenhouse has no fields for workplace,
 * type or pay; custom metadata fields named for them are read, else the location name and the description.
 */

export const DEFAULT_GREENHOUSE_API_URL = 'https://boards-api.greenhouse.io/v1/';

const Named = z.object({ name: z.string().nullish() }).passthrough();

const GreenhouseJob = z
  .object({
    id: z.union([z.number(), z.string()]),
    title: z.string().min(1),
    updated_at: z.string().nullish(),
    first_published: z.string().nullish(),
    absolute_url: z.string().nullish(),
    location: Named.nullish(),
    content: z.string().nullish(),
    departments: z.array(Named).nullish(),
    offices: z.array(Named).nullish(),
    /** Custom fields the company set up: `{ name, value, value_type }`; some state the type or workplace. */
    metadata: z.array(z.object({ name: z.string().nullish(), value: z.unknown() }).passthrough()).nullish(),
  })
  .passthrough();

const GreenhouseJobs = z.object({ jobs: z.array(z.unknown()) }).passthrough();
const GreenhouseBoard = z.object({ name: z.string().min(1) }).passthrough();

export async function fetchGreenhouseName(
  ref: BoardRef,
  baseUrl: string,
  policy?: FetchPolicy,
): Promise<string> {
  const body = await fetchBoardJson(`${baseUrl}boards/${encodeURIComponent(ref.board)}`, policy);
  const parsed = GreenhouseBoard.safeParse(body);
  if (!parsed.success) throw malformed(ref, 'the board has no name');
  return parsed.data.name;
}

export async function fetchGreenhouseJobs(
  ref: BoardRef,
  baseUrl: string,
  policy?: FetchPolicy,
): Promise<BoardListing & { skipped: number }> {
  const body = await fetchBoardJson(
    `${baseUrl}boards/${encodeURIComponent(ref.board)}/jobs?content=true`,
    policy,
  );
  const parsed = GreenhouseJobs.safeParse(body);
  if (!parsed.success) throw malformed(ref, 'no jobs list');
  const jobs: BoardJob[] = [];
  let skipped = 0;
  for (const raw of parsed.data.jobs) {
    const job = GreenhouseJob.safeParse(raw);
    if (!job.success) {
      skipped++;
      continue;
    }
    jobs.push(toBoardJob(job.data));
  }
  return { ref, jobs, skipped };
}

function toBoardJob(job: z.infer<typeof GreenhouseJob>): BoardJob {
  const location = job.location?.name?.trim() ?? '';
  // Offices are where the company sits; the location name is what the role states. Offices fill in only when
  // the location is blank.
  const offices = (job.offices ?? []).map((o) => o.name?.trim() ?? '').filter((n) => n !== '');
  const departments = (job.departments ?? []).map((d) => d.name?.trim() ?? '').filter((n) => n !== '');
  return {
    jobId: String(job.id),
    title: job.title.trim(),
    url: job.absolute_url ?? null,
    locations: location !== '' ? [location] : offices,
    country: null,
    team: departments[0] ?? null,
    workplace: fromMetadata(
      job.metadata,
      /workplace|remote|location type|work (?:type|model|arrangement)/i,
      workplaceFromLabel,
    ),
    employmentType: fromMetadata(
      job.metadata,
      /employment|job type|commitment|contract type/i,
      employmentTypeFromLabel,
    ),
    pay: null,
    publishedAt: job.first_published ?? null,
    updatedAt: job.updated_at ?? null,
    description: job.content ?? '',
  };
}

/** A custom field whose name says what it holds ("Employment Type", "Workplace Type"), read as a label. */
function fromMetadata<T>(
  metadata: z.infer<typeof GreenhouseJob>['metadata'],
  name: RegExp,
  read: (value: string) => T | null,
): T | null {
  for (const field of metadata ?? []) {
    if (!name.test(field.name ?? '')) continue;
    const values = Array.isArray(field.value) ? field.value : [field.value];
    for (const value of values) {
      if (typeof value !== 'string') continue;
      const found = read(value);
      if (found !== null) return found;
    }
  }
  return null;
}
