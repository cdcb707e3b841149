import { DEFAULT_ASHBY_API_URL, fetchAshbyJobs } from './ashby-client.ts';
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from './board-fetch.ts';
import type { BoardListing } from './board-job.ts';
import { type BoardRef, nameFromBoard } from './board-ref.ts';
import { DEFAULT_GREENHOUSE_API_URL, fetchGreenhouseJobs, fetchGreenhouseName } from './greenhouse-client.ts';
import { DEFAULT_LEVER_API_URL, DEFAULT_LEVER_EU_API_URL, fetchLeverJobs } from './lever-client.ts';

/** Where each system's API is (GREENHOUSE_API_URL, LEVER_API_URL, LEVER_EU_API_URL, ASHBY_API_URL) and how to call it. */
export interface BoardApis {
  greenhouse: string;
  lever: string;
  leverEu: string;
  ashby: string;
  policy: FetchPolicy;
}

export function boardApis(overrides: Partial<BoardApis> = {}): BoardApis {
  return {
    greenhouse: overrides.greenhouse ?? DEFAULT_GREENHOUSE_API_URL,
    lever: overrides.lever ?? DEFAULT_LEVER_API_URL,
    leverEu: overrides.leverEu ?? DEFAULT_LEVER_EU_API_URL,
    ashby: overrides.ashby ?? DEFAULT_ASHBY_API_URL,
    policy: overrides.policy ?? DEFAULT_FETCH_POLICY,
  };
}

/** One request: every job on the board, with how many the client could not read. */
export function fetchListing(ref: BoardRef, apis: BoardApis): Promise<BoardListing & { skipped: number }> {
  switch (ref.system) {
    case 'greenhouse':
      return fetchGreenhouseJobs(ref, apis.greenhouse, apis.policy);
    case 'lever':
      return fetchLeverJobs(ref, apis.lever, apis.policy);
    case 'lever-eu':
      return fetchLeverJobs(ref, apis.leverEu, apis.policy);
    case 'ashby':
      return fetchAshbyJobs(ref, apis.ashby, apis.policy);
  }
}

/**
 * The company's name for a board: Greenhouse publishes one (a second request, made once, when following);
 * Lever's and Ashby's posting APIs do not, so their board name is written as words ("acme-robotics" → "Acme
 * Robotics").
 */
export async function fetchBoardName(ref: BoardRef, apis: BoardApis): Promise<string> {
  if (ref.system === 'greenhouse') return fetchGreenhouseName(ref, apis.greenhouse, apis.policy);
  return nameFromBoard(ref.board);
}
