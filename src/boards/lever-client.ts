import { z } from 'zod';
import type { EmploymentType, SalaryPeriod, Workplace } from '../model/posting.ts';
import { employmentTypeFromLabel } from '../parse/fields/employment-type.ts';
import { type FetchPolicy, fetchBoardJson } from './board-fetch.ts';
import type { BoardJob, BoardListing, StatedPay } from './board-job.ts';
import type { BoardRef } from './board-ref.ts';
import { malformed } from './malformed.ts';

/**
 * Lever Postings API: `GET postings/{site}?mode=json`, a bare list of postings. Lever states the commitment
 * (employment type), workplace type, country, every location and, when the company publishes it, a salary range.
 * Its description comes in parts: the opening text, titled lists (responsibilities, requirements) and a closing.
 */

export const DEFAULT_LEVER_API_URL = 'https://api.lever.co/v0/';
/** Boards hosted in Lever's EU instance (jobs.eu.lever.co) answer here, with the same paths and shapes. */
export const DEFAULT_LEVER_EU_API_URL = 'https://api.eu.lever.co/v0/';

const LeverPosting = z
  .object({
    id: z.string().min(1),
    text: z.string().min(1),
    categories: z
      .object({
        commitment: z.string().nullish(),
        department: z.string().nullish(),
        location: z.string().nullish(),
        team: z.string().nullish(),
        allLocations: z.array(z.string()).nullish(),
      })
      .passthrough()
      .nullish(),
    country: z.string().nullish(),
    workplaceType: z.string().nullish(),
    description: z.string().nullish(),
    descriptionPlain: z.string().nullish(),
    lists: z
      .array(z.object({ text: z.string().nullish(), content: z.string().nullish() }).passthrough())
      .nullish(),
    additional: z.string().nullish(),
    hostedUrl: z.string().nullish(),
    createdAt: z.number().nullish(),
    updatedAt: z.number().nullish(),
    salaryRange: z
      .object({
        currency: z.string().nullish(),
        interval: z.string().nullish(),
        min: z.number().nullish(),
        max: z.number().nullish(),
      })
      .passthrough()
      .nullish(),
    salaryDescriptionPlain: z.string().nullish(),
  })
  .passthrough();

export async function fetchLeverJobs(
  ref: BoardRef,
  baseUrl: string,
  policy?: FetchPolicy,
): Promise<BoardListing & { skipped: number }> {
  const body = await fetchBoardJson(`${baseUrl}postings/${encodeURIComponent(ref.board)}?mode=json`, policy);
  if (!Array.isArray(body)) throw malformed(ref, 'not a list of postings');
  const jobs: BoardJob[] = [];
  let skipped = 0;
  for (const raw of body) {
    const posting = LeverPosting.safeParse(raw);
    if (!posting.success) {
      skipped++;
      continue;
    }
    jobs.push(toBoardJob(posting.data));
  }
  return { ref, jobs, skipped };
}

const WORKPLACES: Record<string, Workplace> = {
  'on-site': 'onsite',
  onsite: 'onsite',
  remote: 'remote',
  hybrid: 'hybrid',
};

/** Lever's intervals: `per-year-salary`, `per-month-salary`, `per-week-salary`, `per-day-wage`, `per-hour-wage`. */
function periodOf(interval: string | null | undefined): SalaryPeriod | null {
  const match = /per-(year|month|week|day|hour)/.exec(interval ?? '');
  return (match?.[1] as SalaryPeriod | undefined) ?? null;
}

function payOf(posting: z.infer<typeof LeverPosting>): StatedPay | null {
  const range = posting.salaryRange;
  const period = periodOf(range?.interval);
  const currency = range?.currency?.toUpperCase() ?? '';
  if (!range || period === null || !/^[A-Z]{3}$/.test(currency)) return null;
  const min = range.min ?? null;
  const max = range.max ?? null;
  if (min === null && max === null) return null;
  return { min, max, currency, period, summary: posting.salaryDescriptionPlain?.trim() || null };
}

function toBoardJob(posting: z.infer<typeof LeverPosting>): BoardJob {
  const categories = posting.categories ?? {};
  const primary = categories.location?.trim() ?? '';
  const all = (categories.allLocations ?? []).map((l) => l.trim()).filter((l) => l !== '');
  const locations = [...new Set([...(primary === '' ? [] : [primary]), ...all])];
  const employmentType: EmploymentType | null = categories.commitment
    ? employmentTypeFromLabel(categories.commitment)
    : null;
  const country = posting.country?.toUpperCase() ?? '';
  // The HTML parts, in the order the hosted page shows them, so headings stay with their lists.
  const lists = (posting.lists ?? [])
    .map((list) => `<h3>${list.text ?? ''}</h3><ul>${list.content ?? ''}</ul>`)
    .join('\n');
  const description =
    posting.description || lists || posting.additional
      ? [posting.description ?? '', lists, posting.additional ?? ''].join('\n')
      : (posting.descriptionPlain ?? '');
  return {
    jobId: posting.id,
    title: posting.text.trim(),
    url: posting.hostedUrl ?? null,
    locations,
    country: /^[A-Z]{2}$/.test(country) ? country : null,
    team: categories.team?.trim() || categories.department?.trim() || null,
    workplace: WORKPLACES[posting.workplaceType?.toLowerCase() ?? ''] ?? null,
    employmentType,
    pay: payOf(posting),
    publishedAt: typeof posting.createdAt === 'number' ? new Date(posting.createdAt).toISOString() : null,
    updatedAt: typeof posting.updatedAt === 'number' ? new Date(posting.updatedAt).toISOString() : null,
    description,
  };
}
