import type { EmploymentType, SalaryPeriod, Workplace } from '../model/posting.ts';
import type { BoardRef } from './board-ref.ts';

/**
 * One job as a board's API states it, before it becomes a Posting: each system's client fills in what its API
 * says outright, and leaves null what it does not; `normaliseJob` reads the description for the rest.
 */
export interface BoardJob {
  /** The system's own id for the job: stable across edits of the text. */
  jobId: string;
  title: string;
  /** The public page of the job (Greenhouse absolute_url, Lever hostedUrl, Ashby jobUrl). */
  url: string | null;
  /** Location names as the board wrote them, the primary one first. */
  locations: string[];
  /** ISO 3166-1 alpha-2 code the board states for the role, used as evidence for ambiguous place names. */
  country: string | null;
  team: string | null;
  workplace: Workplace | null;
  employmentType: EmploymentType | null;
  /** Pay the board states in structured fields; null leaves it to the description. */
  pay: StatedPay | null;
  /** ISO instants. */
  publishedAt: string | null;
  updatedAt: string | null;
  /** The description: HTML (possibly HTML-escaped, as Greenhouse sends it) or plain text. */
  description: string;
}

export interface StatedPay {
  min: number | null;
  max: number | null;
  currency: string;
  period: SalaryPeriod;
  /** The board's own words for it, when it gives some. */
  summary: string | null;
}

/** What one request to a board gave. */
export interface BoardListing {
  ref: BoardRef;
  jobs: BoardJob[];
}
