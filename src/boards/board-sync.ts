import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Posting } from '../model/posting.ts';
import type { BoardFile, BoardStore } from '../storage/board-store.ts';
import { type BoardApis, fetchListing } from './board-apis.ts';
import { BoardFetchError, wait } from './board-fetch.ts';
import type { BoardJob, BoardListing } from './board-job.ts';
import { type BoardRef, boardKey, SYSTEM_NAMES } from './board-ref.ts';
import { diffListing, isClosed } from './diff-listing.ts';
import { boardPostingId } from './job-posting-id.ts';
import { readerFingerprint } from './reader-fingerprint.ts';

/**
 * Syncs followed boards: one request per board, boards one after another with a pause between them. A board
 * that fails keeps its last good postings (only its `lastSync` records the failure) and is tried again next
 * time; nothing already synced is lost. Roles gone from a board are closed.
 */

export interface SyncDependencies {
  store: BoardStore;
  apis: BoardApis;
  logger: Logger;
  now: () => Date;
  /** Pause between two boards, to be polite to the APIs. */
  delayMs?: number;
  /** Compute and report, write nothing. */
  dryRun?: boolean;
  /** Called after a board's file is written, with its postings (the catalog hook). */
  onBoardSaved?: (file: BoardFile) => void | Promise<void>;
}

export const DEFAULT_BOARD_DELAY_MS = 1_000;

export interface BoardSyncResult {
  key: string;
  name: string;
  ok: boolean;
  /** Why it failed, for people: "No Greenhouse board called acme", "timed out" … */
  error: string | null;
  open: number;
  added: Pick<Posting, 'id' | 'title'>[];
  changed: Pick<Posting, 'id' | 'title'>[];
  closed: Pick<Posting, 'id' | 'title'>[];
  /** Jobs the API listed that could not become postings. */
  skipped: number;
}

/** "No Greenhouse board called acme", or what went wrong in a sentence. */
export function describeFetchError(ref: BoardRef, error: unknown): string {
  const system = SYSTEM_NAMES[ref.system];
  if (error instanceof BoardFetchError) {
    switch (error.problem) {
      case 'not-found':
        return `No ${system} board called ${ref.board}`;
      case 'timeout':
        return `${system} did not answer in time for ${ref.board}`;
      case 'malformed':
        return `${system} sent something unexpected for ${ref.board}`;
      case 'network':
        return `${system} could not be reached`;
      case 'http':
        return `${system} answered ${error.status ?? 'an error'} for ${ref.board}`;
    }
  }
  return `${system} board ${ref.board} could not be read`;
}

/** Jobs normalised between two turns of the event loop: each takes about a millisecond of parsing. */
const JOBS_PER_TURN = 10;

/**
 * A job exactly as its API stated it, the company name it is filed under and the code that reads it
 * (`readerFingerprint`): all unchanged means its posting is re-used.
 */
export function jobFingerprint(job: BoardJob, company: string, reader: string): string {
  return createHash('sha256')
    .update(reader)
    .update('\0')
    .update(company)
    .update('\0')
    .update(JSON.stringify(job))
    .digest('base64url');
}

/**
 * Fetched jobs as postings. A job whose API fields are exactly as at the last sync keeps its posting without
 * being read again; the others are read with the parser's pieces, a few at a time so the bot keeps answering.
 * Jobs that cannot make a posting are counted, and logged once per board.
 */
export async function listingPostings(
  listing: BoardListing & { skipped: number },
  company: string,
  firstSeen: Date,
  logger: Logger,
  previous: Pick<BoardFile, 'postings' | 'jobHashes'> = { postings: [] },
): Promise<{ postings: Posting[]; skipped: number; jobHashes: Record<string, string> }> {
  const before = new Map(previous.postings.map((p) => [p.id, p]));
  const hashes = previous.jobHashes ?? {};
  const reader = await readerFingerprint();
  const postings: Posting[] = [];
  const jobHashes: Record<string, string> = {};
  let skipped = listing.skipped;
  let read = 0;
  const reasons: string[] = [];
  for (const job of listing.jobs) {
    const id = boardPostingId(listing.ref, job.jobId);
    const fingerprint = jobFingerprint(job, company, reader);
    const kept = before.get(id);
    if (kept !== undefined && hashes[id] === fingerprint) {
      postings.push(
        kept.closedAt === null || kept.closedAt === undefined ? kept : { ...kept, closedAt: null },
      );
      jobHashes[id] = fingerprint;
      continue;
    }
    if (++read % JOBS_PER_TURN === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    // The parser is loaded when a job first needs reading, not with the bot: most starts read none.
    const { normaliseJob } = await import('./normalise-job.ts');
    const made = normaliseJob(listing.ref, company, job, firstSeen);
    if (made.ok) {
      postings.push(made.posting);
      jobHashes[id] = fingerprint;
    } else {
      skipped++;
      if (reasons.length < 3) reasons.push(`${job.jobId}: ${made.reason}`);
    }
  }
  if (skipped > 0) {
    logger.warn(
      { board: boardKey(listing.ref), skipped, reasons },
      'board jobs skipped: not readable as postings',
    );
  }
  return { postings, skipped, jobHashes };
}

export async function syncBoard(file: BoardFile, deps: SyncDependencies): Promise<BoardSyncResult> {
  const ref: BoardRef = { system: file.system, board: file.board };
  const key = boardKey(ref);
  const now = deps.now();
  const base = { key, name: file.name };
  let listing: BoardListing & { skipped: number };
  try {
    listing = await fetchListing(ref, deps.apis);
  } catch (error) {
    const reason = describeFetchError(ref, error);
    deps.logger.warn(
      { board: key, err: error instanceof Error ? error.message : String(error) },
      'board sync failed; keeping its last good postings until the next sync',
    );
    if (!deps.dryRun) {
      await deps.store.write({ ...file, lastSync: { at: now.toISOString(), ok: false, error: reason } });
    }
    const open = file.postings.filter((p) => !isClosed(p)).length;
    return { ...base, ok: false, error: reason, open, added: [], changed: [], closed: [], skipped: 0 };
  }
  const { postings, skipped, jobHashes } = await listingPostings(listing, file.name, now, deps.logger, file);
  const diff = diffListing(file.postings, postings, now.toISOString().slice(0, 10));
  const next: BoardFile = {
    ...file,
    lastSync: { at: now.toISOString(), ok: true, error: null },
    lastGoodSyncAt: now.toISOString(),
    postings: diff.postings,
    jobHashes,
  };
  if (!deps.dryRun) {
    await deps.store.write(next);
    await deps.onBoardSaved?.(next);
  }
  const brief = (p: Posting) => ({ id: p.id, title: p.title });
  return {
    ...base,
    ok: true,
    error: null,
    open: postings.length,
    added: diff.added.map(brief),
    changed: diff.changed.map(brief),
    closed: diff.closed.map(brief),
    skipped,
  };
}

/** Syncs every followed board in turn; one failing board never stops the others. */
export async function syncBoards(deps: SyncDependencies): Promise<BoardSyncResult[]> {
  const files = (await deps.store.list()).filter((f) => f.following);
  const results: BoardSyncResult[] = [];
  for (const [i, file] of files.entries()) {
    if (i > 0) await wait(deps.delayMs ?? DEFAULT_BOARD_DELAY_MS);
    try {
      results.push(await syncBoard(file, deps));
    } catch (error) {
      // A write that failed (a full disk): the file on disk is still the last good one.
      deps.logger.error({ board: boardKey(file), err: error }, 'board sync could not be saved');
      const open = file.postings.filter((p) => !isClosed(p)).length;
      results.push({
        key: boardKey(file),
        name: file.name,
        ok: false,
        error: 'could not be saved',
        open,
        added: [],
        changed: [],
        closed: [],
        skipped: 0,
      });
    }
  }
  return results;
}
