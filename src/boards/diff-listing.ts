import type { Posting } from '../model/posting.ts';

/**
 * What a sync changed on a board: roles new since the last good sync, roles whose stated fields or text changed,
 * and roles gone from the board (closed: `closedAt` set to `today`, kept for history). A closed role that comes
 * back is open again and counts as changed. Pure: the sync engine supplies both lists and the day.
 */
export interface ListingDiff {
  /** Every posting the board file keeps: the open ones as fetched, then the closed ones. */
  postings: Posting[];
  added: Posting[];
  changed: Posting[];
  closed: Posting[];
}

export function diffListing(
  previous: readonly Posting[],
  fetched: readonly Posting[],
  today: string,
): ListingDiff {
  const before = new Map(previous.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const added: Posting[] = [];
  const changed: Posting[] = [];
  const open: Posting[] = [];
  for (const posting of fetched) {
    if (seen.has(posting.id)) continue;
    seen.add(posting.id);
    const old = before.get(posting.id);
    if (old === undefined) added.push(posting);
    else if (!samePosting(old, posting)) changed.push(posting);
    open.push(posting);
  }
  const closed: Posting[] = [];
  const history: Posting[] = [];
  for (const posting of previous) {
    if (seen.has(posting.id)) continue;
    if (posting.closedAt === null || posting.closedAt === undefined) {
      const done = { ...posting, closedAt: today };
      closed.push(done);
      history.push(done);
    } else history.push(posting);
  }
  return { postings: [...open, ...history], added, changed, closed };
}

/** Closes every open posting: the board was unfollowed. */
export function closeAll(postings: readonly Posting[], today: string): Posting[] {
  return postings.map((p) =>
    p.closedAt === null || p.closedAt === undefined ? { ...p, closedAt: today } : p,
  );
}

export function isClosed(posting: Posting): boolean {
  return posting.closedAt !== null && posting.closedAt !== undefined;
}

function samePosting(a: Posting, b: Posting): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
