import type { Posting } from '../model/posting.ts';
import { newness } from './is-new.ts';
import { closedOn } from './is-open.ts';

/** How far back a channel's first digest looks, when it has never had one. */
export const FIRST_DIGEST_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface SelectNewPostingsInput {
  postings: readonly Posting[];
  /** Posting id -> ISO time the bot first saw it. */
  firstSeen: ReadonlyMap<string, string>;
  /** The channel's previous digest; null for a channel that never had one (looks back one week). */
  since: Date | null;
  now: Date;
  /** The channel's saved searches; absent means every role. */
  matches?: (posting: Posting) => boolean;
}

export interface DigestSelection {
  /** Roles to list: new by `newness` and not told before. Newest first, then by title. */
  fresh: Posting[];
  /** Roles first seen since the previous digest but stated as posted before the period: counted, not listed. */
  older: Posting[];
  /** Roles the audience could have been told about that closed since the previous digest. */
  closed: Posting[];
}

/**
 * Which roles a digest lists. A role qualifies when it was first seen after the audience's previous digest
 * (so nothing is sent twice; a file saved again, moved or re-parsed keeps its id and is not new again) and it
 * is new by the one definition in `is-new.ts`: open, and posted within the period when it states a date.
 * The posted-date period is at least a week, whatever the slot spacing: a role posted yesterday that the bot
 * saw only after an hourly digest is still new.
 */
export function selectDigestRoles(input: SelectNewPostingsInput): DigestSelection {
  const windowStart = input.since ?? new Date(input.now.getTime() - FIRST_DIGEST_WINDOW_MS);
  const after = windowStart.getTime();
  const until = input.now.getTime();
  const period = {
    from: new Date(Math.min(after, until - FIRST_DIGEST_WINDOW_MS)),
    until: input.now,
  };
  const seenAt = new Map<string, number>();
  const fresh: Posting[] = [];
  const older: Posting[] = [];
  const closed: Posting[] = [];
  const done = new Set<string>();
  for (const posting of input.postings) {
    if (done.has(posting.id)) continue;
    done.add(posting.id);
    const recorded = input.firstSeen.get(posting.id);
    if (recorded === undefined) continue;
    const at = Date.parse(recorded);
    const closedDay = closedOn(posting, input.now);
    if (closedDay !== null) {
      // Told about before (seen before the previous digest) and closed since: worth one line.
      const closedAt = Date.parse(`${closedDay}T00:00:00Z`);
      if (input.since !== null && at <= after && closedAt > after - 86_400_000 && closedAt <= until) {
        if (!input.matches || input.matches(posting)) closed.push(posting);
      }
      continue;
    }
    if (!(at > after && at <= until)) continue;
    if (input.matches && !input.matches(posting)) continue;
    const verdict = newness(posting, recorded, period);
    if (verdict === 'older') older.push(posting);
    if (verdict !== 'new') continue;
    seenAt.set(posting.id, at);
    fresh.push(posting);
  }
  fresh.sort(
    (a, b) =>
      (b.postedAt ?? '').localeCompare(a.postedAt ?? '') ||
      (seenAt.get(b.id) ?? 0) - (seenAt.get(a.id) ?? 0) ||
      a.title.localeCompare(b.title, 'en'),
  );
  closed.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return { fresh, older, closed };
}

/** The roles a digest lists (see `selectDigestRoles`). */
export function selectNewPostings(input: SelectNewPostingsInput): Posting[] {
  return selectDigestRoles(input).fresh;
}
