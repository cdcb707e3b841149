import type { Posting } from '../model/posting.ts';
import { isOpen } from './is-open.ts';

/**
 * The one definition of a "new" role, shared by digests, `/roles new` and "what's new …" questions:
 *
 * A role is new in a period when it is open and it appeared in that period: its stated posting date falls in
 * the period, or, when the posting states no date, the bot first saw it in the period. A digest adds one
 * rule of its own: it lists only roles first seen since that channel's (or person's) previous digest, so
 * nothing is sent twice. A role first seen this week but stated as posted months ago is not new: a digest
 * counts it in one line ("and 3 older roles …") and never lists it.
 */
export interface NewPeriod {
  /** Exclusive start instant. */
  from: Date;
  /** Inclusive end instant. */
  until: Date;
}

export type Newness =
  /** Appeared in the period: list it. */
  | 'new'
  /** Stated as posted before the period: count it, do not list it. */
  | 'older'
  /** Appeared after the period, not seen yet, or closed: not part of it at all. */
  | 'outside';

function isoDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/**
 * How a role stands against a period. Dates are whole UTC days, so a role posted on the period's first day
 * counts whatever the hour the period started. `firstSeenAt` is when the bot first saw it (ISO), if known.
 */
export function newness(
  posting: Pick<Posting, 'postedAt' | 'closedAt' | 'validThrough'>,
  firstSeenAt: string | undefined,
  period: NewPeriod,
): Newness {
  if (!isOpen(posting, period.until)) return 'outside';
  if (posting.postedAt !== null) {
    if (posting.postedAt > isoDay(period.until)) {
      // A date after the period's end: outside it, unless the bot already holds the role (a date read in a
      // zone ahead of UTC, or a misread year), which it cannot have seen before it was posted.
      return firstSeenAt !== undefined && Date.parse(firstSeenAt) <= period.until.getTime()
        ? 'new'
        : 'outside';
    }
    return posting.postedAt >= isoDay(period.from) ? 'new' : 'older';
  }
  if (firstSeenAt === undefined) return 'outside';
  const seen = Date.parse(firstSeenAt);
  return seen > period.from.getTime() && seen <= period.until.getTime() ? 'new' : 'outside';
}
