import { z } from 'zod';
import type { EmploymentType, SalaryPeriod, Workplace } from '../model/posting.ts';
import { type FetchPolicy, fetchBoardJson } from './board-fetch.ts';
import type { BoardJob, BoardListing, StatedPay } from './board-job.ts';
import type { BoardRef } from './board-ref.ts';
import { malformed } from './malformed.ts';

/**
 * Ashby Posting API: `GET posting-api/job-board/{board}?includeCompensation=true`. Ashby states employment type,
 * workplace type and remoteness, a primary and secondary locations (with a postal address), and compensation as
 * summary components (salary, equity, bonus …; only the salary is pay here). Unlisted jobs are left out.
 */

export const DEFAULT_ASHBY_API_URL = 'https://api.ashbyhq.com/';

const PostalAddress = z
  .object({
    addressLocality: z.string().nullish(),
    addressRegion: z.string().nullish(),
    addressCountry: z.string().nullish(),
  })
  .passthrough();

const AshbyJob = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    department: z.string().nullish(),
    team: z.string().nullish(),
    employmentType: z.string().nullish(),
    location: z.string().nullish(),
    secondaryLocations: z.array(z.object({ location: z.string().nullish() }).passthrough()).nullish(),
    address: z.object({ postalAddress: PostalAddress.nullish() }).passthrough().nullish(),
    isRemote: z.boolean().nullish(),
    workplaceType: z.string().nullish(),
    publishedAt: z.string().nullish(),
    isListed: z.boolean().nullish(),
    jobUrl: z.string().nullish(),
    descriptionHtml: z.string().nullish(),
    descriptionPlain: z.string().nullish(),
    compensation: z
      .object({
        compensationTierSummary: z.string().nullish(),
        summaryComponents: z
          .array(
            z
              .object({
                compensationType: z.string().nullish(),
                interval: z.string().nullish(),
                currencyCode: z.string().nullish(),
                minValue: z.number().nullish(),
                maxValue: z.number().nullish(),
              })
              .passthrough(),
          )
          .nullish(),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough();

const AshbyBoard = z.object({ jobs: z.array(z.unknown()) }).passthrough();

export async function fetchAshbyJobs(
  ref: BoardRef,
  baseUrl: string,
  policy?: FetchPolicy,
): Promise<BoardListing & { skipped: number }> {
  const body = await fetchBoardJson(
    `${baseUrl}posting-api/job-board/${encodeURIComponent(ref.board)}?includeCompensation=true`,
    policy,
  );
  const parsed = AshbyBoard.safeParse(body);
  if (!parsed.success) throw malformed(ref, 'no jobs list');
  const jobs: BoardJob[] = [];
  let skipped = 0;
  for (const raw of parsed.data.jobs) {
    const job = AshbyJob.safeParse(raw);
    if (!job.success) {
      skipped++;
      continue;
    }
    if (job.data.isListed === false) continue;
    jobs.push(toBoardJob(job.data));
  }
  return { ref, jobs, skipped };
}

const TYPES: Record<string, EmploymentType> = {
  fulltime: 'full-time',
  parttime: 'part-time',
  contract: 'contract',
  intern: 'internship',
  temporary: 'temporary',
};

const WORKPLACES: Record<string, Workplace> = { onsite: 'onsite', remote: 'remote', hybrid: 'hybrid' };

/** Ashby's intervals: `1 YEAR`, `1 MONTH`, `1 WEEK`, `1 DAY`, `1 HOUR`; anything else is not a pay period. */
function periodOf(interval: string | null | undefined): SalaryPeriod | null {
  const match = /^1\s+(YEAR|MONTH|WEEK|DAY|HOUR)$/i.exec(interval?.trim() ?? '');
  return (match?.[1]?.toLowerCase() as SalaryPeriod | undefined) ?? null;
}

function payOf(job: z.infer<typeof AshbyJob>): StatedPay | null {
  for (const component of job.compensation?.summaryComponents ?? []) {
    if (component.compensationType?.toLowerCase() !== 'salary') continue;
    const period = periodOf(component.interval);
    const currency = component.currencyCode?.toUpperCase() ?? '';
    const min = component.minValue ?? null;
    const max = component.maxValue ?? null;
    if (period === null || !/^[A-Z]{3}$/.test(currency) || (min === null && max === null)) continue;
    return { min, max, currency, period, summary: job.compensation?.compensationTierSummary?.trim() || null };
  }
  return null;
}

function toBoardJob(job: z.infer<typeof AshbyJob>): BoardJob {
  const postal = job.address?.postalAddress;
  const address = [postal?.addressLocality, postal?.addressRegion, postal?.addressCountry]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(', ');
  const primary = job.location?.trim() ?? '';
  const secondary = (job.secondaryLocations ?? [])
    .map((l) => l.location?.trim() ?? '')
    .filter((l) => l !== '');
  // The postal address spells the primary place out ("San Francisco, California, United States") where the
  // location name may be a short or internal one ("SF HQ"); without a town in it, the name is kept.
  const spelled = postal?.addressLocality?.trim() ? address : primary;
  const locations = [...new Set([spelled || primary, ...secondary].filter((l) => l !== ''))];
  const workplace =
    WORKPLACES[job.workplaceType?.toLowerCase().replace(/[^a-z]/g, '') ?? ''] ??
    (job.isRemote === true ? 'remote' : null);
  return {
    jobId: job.id,
    title: job.title.trim(),
    url: job.jobUrl ?? null,
    locations,
    country: null,
    team: job.team?.trim() || job.department?.trim() || null,
    workplace,
    employmentType: TYPES[job.employmentType?.toLowerCase().replace(/[^a-z]/g, '') ?? ''] ?? null,
    pay: payOf(job),
    publishedAt: job.publishedAt ?? null,
    updatedAt: null,
    description: job.descriptionHtml || job.descriptionPlain || '',
  };
}
