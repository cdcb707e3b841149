import { z } from 'zod';

/**
 * The one record every part of the product works from: a job posting, parsed and cleaned.
 * Modelled on schema.org JobPosting; the TypeScript type is inferred from the schema so the two never drift.
 */

/** ISO 3166-1 alpha-2, upper case (`GB`, not `UK`). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code');

export const Location = z.object({
  city: z.string().min(1).nullable(),
  /** State, province or a wider area such as "North America" when no city is given. */
  region: z.string().min(1).nullable(),
  country: CountryCode.nullable(),
  /** The words the posting used, for showing and for search. */
  raw: z.string().min(1),
});
export type Location = z.infer<typeof Location>;

export const Workplace = z.enum(['onsite', 'hybrid', 'remote']);
export type Workplace = z.infer<typeof Workplace>;

export const SalaryPeriod = z.enum(['hour', 'day', 'week', 'month', 'year']);
export type SalaryPeriod = z.infer<typeof SalaryPeriod>;

/** ISO 4217, upper case. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code');

export const SalaryRange = z
  .object({
    /** Null for "up to X". */
    min: z.number().nonnegative().nullable(),
    /** Null for "from X" / "starting at X". */
    max: z.number().nonnegative().nullable(),
    currency: CurrencyCode,
    period: SalaryPeriod,
    /** The sentence the figures came from, so a person can check them. */
    text: z.string().min(1),
  })
  .refine((r) => r.min !== null || r.max !== null, 'a salary needs at least one bound')
  .refine((r) => r.min === null || r.max === null || r.min <= r.max, 'salary min is above max');
export type SalaryRange = z.infer<typeof SalaryRange>;

/**
 * The overall range, plus every range the posting stated (several when pay differs by location).
 * With one range, `ranges` holds just that one.
 */
export const Salary = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: CurrencyCode,
  period: SalaryPeriod,
  text: z.string().min(1),
  ranges: z.array(SalaryRange).min(1),
});
export type Salary = z.infer<typeof Salary>;

export const EmploymentType = z.enum(['full-time', 'part-time', 'contract', 'internship', 'temporary']);
export type EmploymentType = z.infer<typeof EmploymentType>;

export const Seniority = z.enum([
  'intern',
  'junior',
  'mid',
  'senior',
  'staff',
  'principal',
  'manager',
  'director',
]);
export type Seniority = z.infer<typeof Seniority>;

export const Sections = z.object({
  /** Prose about the team, company and role. */
  about: z.string(),
  responsibilities: z.array(z.string()),
  qualifications: z.array(z.string()),
  benefits: z.array(z.string()),
});
export type Sections = z.infer<typeof Sections>;

export const PostingSource = z.object({
  /** Path of the file the posting came from, as given to the loader (relative to the postings folder). */
  path: z.string().min(1),
  /** Job board or ATS, lower case: `linkedin`, `greenhouse`, `lever`, `indeed`, `workday`, `ashby`, … */
  board: z.string().min(1).optional(),
  url: z.string().url().optional(),
});
export type PostingSource = z.infer<typeof PostingSource>;

export const Posting = z.object({
  /** Stable: the same posting gives the same id on every run and machine. */
  id: z.string().regex(/^[a-z0-9]{8}$/),
  title: z.string().min(1),
  company: z.string().min(1).nullable(),
  team: z.string().min(1).nullable(),
  locations: z.array(Location),
  workplace: Workplace.nullable(),
  salary: Salary.nullable(),
  employmentType: EmploymentType.nullable(),
  seniority: Seniority.nullable(),
  /** ISO date (YYYY-MM-DD). */
  postedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /**
   * ISO date (YYYY-MM-DD) after which applications close (JSON-LD `validThrough`, "Closing date",
   * "Apply by"); absent when the posting does not say.
   */
  validThrough: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /**
   * ISO date (YYYY-MM-DD) the posting was found closed: gone from its board, or marked filled. Set by whatever
   * follows the board (issue 13, `src/boards/`); absent or null while open. `isOpen` in `src/digest/is-open.ts`
   * reads it with `validThrough`, so closed roles leave digests and default search but stay in history.
   */
  closedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .optional(),
  sections: Sections,
  skills: z.array(z.string()),
  /** One or two sentences for a card. */
  summary: z.string(),
  /** The posting's own text with page noise removed: what search reads beyond the fields. */
  text: z.string(),
  /** Where it came from first; `sources` lists every file, when the same posting was saved from several boards. */
  source: PostingSource,
  sources: z.array(PostingSource).min(1),
  /** The saved text stops mid-posting ("… full job details …", a sentence cut short). */
  truncated: z.boolean(),
  /** Who saved it from Slack and when (ISO instant); absent for files placed in the folder by hand. */
  addedBy: z.object({ userId: z.string(), at: z.string() }).optional(),
});
export type Posting = z.infer<typeof Posting>;
