import type { Posting } from '../model/posting.ts';

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

/**
 * The roles a channel has not been told about: first seen after its previous digest and no later than now.
 * First-seen is keyed by the posting's stable id, so a file saved again, moved or re-parsed is not new again,
 * and a posting merged from two boards is one id, counted once. Newest first, then by title.
 */
export function selectNewPostings(input: SelectNewPostingsInput): Posting[] {
  const after = (input.since ?? new Date(input.now.getTime() - FIRST_DIGEST_WINDOW_MS)).getTime();
  const until = input.now.getTime();
  const seenAt = new Map<string, number>();
  const selected: Posting[] = [];
  for (const posting of input.postings) {
    if (seenAt.has(posting.id)) continue;
    const recorded = input.firstSeen.get(posting.id);
    if (recorded === undefined) continue;
    const at = Date.parse(recorded);
    if (!(at > after && at <= until)) continue;
    if (input.matches && !input.matches(posting)) continue;
    seenAt.set(posting.id, at);
    selected.push(posting);
  }
  return selected.sort(
    (a, b) => (seenAt.get(b.id) ?? 0) - (seenAt.get(a.id) ?? 0) || a.title.localeCompare(b.title, 'en'),
  );
}
