import type { Logger } from 'pino';
import type { BoardFile, BoardStore } from '../storage/board-store.ts';
import { type BoardApis, fetchBoardName, fetchListing } from './board-apis.ts';
import { type BoardRef, boardKey, parseBoardRef } from './board-ref.ts';
import { describeFetchError, listingPostings } from './board-sync.ts';
import { closeAll, diffListing, isClosed } from './diff-listing.ts';

/**
 * Following and unfollowing a board. Following checks the board exists with one request for its jobs (the
 * result is kept as the board's first sync, so nothing is fetched twice); unfollowing closes its postings.
 */

export const MESSAGE_NOT_A_BOARD =
  'That is not a board I can follow. Paste its page, e.g. `https://boards.greenhouse.io/acme`, ' +
  '`https://jobs.lever.co/acme` or `https://jobs.ashbyhq.com/acme`, or write `greenhouse:acme`.';

export interface FollowDependencies {
  store: BoardStore;
  apis: BoardApis;
  logger: Logger;
  now: () => Date;
  onBoardSaved?: (file: BoardFile) => void | Promise<void>;
}

export type FollowOutcome =
  | { ok: true; file: BoardFile; open: number; already: boolean }
  | { ok: false; message: string };

export async function followBoard(
  input: string,
  by: string,
  deps: FollowDependencies,
): Promise<FollowOutcome> {
  const ref = parseBoardRef(input);
  if (ref === null) return { ok: false, message: MESSAGE_NOT_A_BOARD };
  const existing = await deps.store.read(ref);
  if (existing?.following) {
    return {
      ok: true,
      file: existing,
      open: existing.postings.filter((p) => !isClosed(p)).length,
      already: true,
    };
  }
  let listing: Awaited<ReturnType<typeof fetchListing>>;
  let name: string;
  try {
    listing = await fetchListing(ref, deps.apis);
    name = existing?.name ?? (await fetchBoardName(ref, deps.apis));
  } catch (error) {
    deps.logger.info(
      { board: boardKey(ref), err: error instanceof Error ? error.message : String(error) },
      'follow refused',
    );
    return { ok: false, message: `${describeFetchError(ref, error)}.` };
  }
  const now = deps.now();
  const { postings, jobHashes } = await listingPostings(
    listing,
    name,
    now,
    deps.logger,
    existing ?? undefined,
  );
  const diff = diffListing(existing?.postings ?? [], postings, now.toISOString().slice(0, 10));
  const file: BoardFile = {
    system: ref.system,
    board: ref.board,
    name,
    following: true,
    followedAt: now.toISOString(),
    followedBy: by,
    lastSync: { at: now.toISOString(), ok: true, error: null },
    lastGoodSyncAt: now.toISOString(),
    postings: diff.postings,
    jobHashes,
  };
  await deps.store.write(file);
  await deps.onBoardSaved?.(file);
  deps.logger.info({ board: boardKey(ref), open: postings.length, by }, 'board followed');
  return { ok: true, file, open: postings.length, already: false };
}

export type UnfollowOutcome = { ok: true; file: BoardFile; closed: number } | { ok: false; message: string };

/** By URL, `system:name`, board name or company name (any case). */
export async function unfollowBoard(input: string, deps: FollowDependencies): Promise<UnfollowOutcome> {
  const followed = (await deps.store.list()).filter((f) => f.following);
  const ref = parseBoardRef(input);
  const wanted = input.trim().toLowerCase();
  const matches = followed.filter((f) =>
    ref !== null ? sameRef(f, ref) : f.board === wanted || f.name.toLowerCase() === wanted,
  );
  if (matches.length !== 1) {
    return {
      ok: false,
      message:
        matches.length === 0
          ? 'I do not follow that board. `/roles following` lists the boards I follow.'
          : `Several boards are called that (${matches.map((f) => `\`${boardKey(f)}\``).join(', ')}): name one.`,
    };
  }
  const file = matches[0]!;
  const today = deps.now().toISOString().slice(0, 10);
  const open = file.postings.filter((p) => !isClosed(p)).length;
  const next: BoardFile = { ...file, following: false, postings: closeAll(file.postings, today) };
  await deps.store.write(next);
  await deps.onBoardSaved?.(next);
  deps.logger.info({ board: boardKey(file), closed: open }, 'board unfollowed');
  return { ok: true, file: next, closed: open };
}

/**
 * FOLLOW_BOARDS: boards from configuration never followed before are followed; each failure is one log line
 * (and the board is tried again at the next start).
 */
export async function followConfiguredBoards(
  urls: readonly string[],
  deps: FollowDependencies,
): Promise<void> {
  for (const url of urls) {
    const ref = parseBoardRef(url);
    if (ref === null) {
      deps.logger.warn({ board: url }, 'FOLLOW_BOARDS entry is not a board URL; skipped');
      continue;
    }
    // A board someone unfollowed stays unfollowed: a person's choice wins over a list read at every start.
    const existing = await deps.store.read(ref);
    if (existing !== null) continue;
    const outcome = await followBoard(url, 'config', deps);
    if (!outcome.ok)
      deps.logger.warn({ board: boardKey(ref), reason: outcome.message }, 'FOLLOW_BOARDS board not followed');
  }
}

function sameRef(a: BoardRef, b: BoardRef): boolean {
  return a.system === b.system && a.board === b.board;
}
