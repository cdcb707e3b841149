import type { Posting } from '../model/posting.ts';

/** The UTC day of an instant, as an ISO date. */
function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Whether a role still takes applications on `now`'s (UTC) day: not marked closed (`closedAt`, set when it is
 * gone from its board) and not past its stated closing date (`validThrough` is the last day to apply, so a
 * role is open through that whole day). A posting that states neither is open: silence is not a closing date.
 * Closed roles leave digests and default search, and stay in history (Details, `/roles … closed`).
 */
export function isOpen(posting: Pick<Posting, 'closedAt' | 'validThrough'>, now: Date): boolean {
  return isOpenOnDay(posting, isoDay(now));
}

/** `isOpen` for a day given as an ISO date: for checking many postings against one day. */
export function isOpenOnDay(posting: Pick<Posting, 'closedAt' | 'validThrough'>, today: string): boolean {
  if (posting.closedAt !== undefined && posting.closedAt !== null && posting.closedAt <= today) return false;
  if (posting.validThrough !== undefined && posting.validThrough !== null && posting.validThrough < today) {
    return false;
  }
  return true;
}

/** The day a closed role closed (its `closedAt`, or the day after its last day to apply); null while open. */
export function closedOn(posting: Pick<Posting, 'closedAt' | 'validThrough'>, now: Date): string | null {
  if (isOpen(posting, now)) return null;
  const marked = posting.closedAt ?? null;
  if (marked !== null && marked <= isoDay(now)) return marked;
  const last = posting.validThrough ?? null;
  if (last === null) return null;
  return isoDay(new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000));
}
