import type { Posting } from '../model/posting.ts';
import type { Catalog } from '../search/catalog.ts';
import type { DigestState } from '../storage/digest-store.ts';
import { channelMatcher } from './channel-matcher.ts';
import { FIRST_DIGEST_WINDOW_MS, selectDigestRoles } from './select-new-postings.ts';

export interface ChannelDigestPlan {
  channelId: string;
  /** Roles first seen after this are included; null: the channel's first digest (looks back a week). */
  since: Date | null;
  /** The channel's saved searches; empty when it gets every new role. */
  queries: string[];
  postings: Posting[];
  /** First seen since the previous digest, but posted before the period: counted in one line, not listed. */
  older: Posting[];
  /** Known before and closed since the previous digest: one line. */
  closed: Posting[];
  /** The audience has saved searches (not only DIGEST_CHANNEL), so the digest's Unsubscribe applies. */
  subscribed: boolean;
  /** A person's own alert (delivered by DM), not a channel's. */
  personal: boolean;
}

export interface PlanDigestsInput {
  state: Pick<DigestState, 'firstSeen' | 'subscriptions' | 'channels' | 'digests'>;
  catalog: Catalog;
  /** Channels that get every new role (DIGEST_CHANNEL). */
  channels: readonly string[];
  now: Date;
  /** Only this channel, even if it has no subscription (a preview). */
  onlyChannel?: string;
  /** Count from here instead of each channel's previous digest (a preview). */
  since?: Date | null;
  /** First-seen for postings not recorded yet (a preview, which records nothing); absent: they are skipped. */
  unseenAt?: Date;
}

/**
 * What each target channel's next digest holds: DIGEST_CHANNEL and every channel with a subscription; a channel
 * gets the roles matching ANY of its saved searches, or every role when one subscription has no query.
 */
export function planDigests(input: PlanDigestsInput): ChannelDigestPlan[] {
  const { state, catalog, now } = input;
  const firstSeen = firstSeenTimes(state, catalog, input.unseenAt);
  const targets =
    input.onlyChannel !== undefined
      ? [input.onlyChannel]
      : [...new Set([...input.channels, ...state.subscriptions.map((s) => s.channelId)])];
  return targets.map((channelId) => {
    const subscriptions = state.subscriptions.filter((s) => s.channelId === channelId);
    const all =
      input.channels.includes(channelId) ||
      subscriptions.length === 0 ||
      subscriptions.some((s) => s.query === null);
    const queries = all ? [] : subscriptions.flatMap((s) => (s.query === null ? [] : [s.query]));
    const since = input.since !== undefined ? input.since : channelSince(state, channelId, now);
    // Roles in a digest still being posted (or whose post is being settled) are that digest's: counting them
    // again here is how a crash between "Slack accepted" and "we recorded it" turned into a second post.
    const inFlight = new Set(
      state.digests
        .filter((d) => d.channelId === channelId && d.status === 'sending')
        .flatMap((d) => d.postingIds),
    );
    const selection = selectDigestRoles({
      postings: inFlight.size === 0 ? catalog.postings : catalog.postings.filter((p) => !inFlight.has(p.id)),
      firstSeen,
      since,
      now,
      ...(all ? {} : { matches: channelMatcher(catalog, queries, now) }),
    });
    return {
      channelId,
      since,
      queries,
      postings: selection.fresh,
      older: selection.older,
      closed: selection.closed,
      subscribed: subscriptions.length > 0 && !input.channels.includes(channelId),
      personal: subscriptions.some((s) => s.personal === true),
    };
  });
}

/** Posting id -> ISO first-seen time, from the store; postings it has not recorded count as `unseenAt`, if given. */
export function firstSeenTimes(
  state: Pick<DigestState, 'firstSeen'>,
  catalog: Catalog,
  unseenAt?: Date,
): Map<string, string> {
  const firstSeen = new Map(Object.entries(state.firstSeen));
  if (unseenAt !== undefined) {
    for (const posting of catalog.postings) {
      if (!firstSeen.has(posting.id)) firstSeen.set(posting.id, unseenAt.toISOString());
    }
  }
  return firstSeen;
}

/**
 * The channel's previous digest. A channel that never had one starts from null (a week back) unless earlier
 * attempts failed, in which case it reaches back far enough to carry the roles those would have sent.
 */
export function channelSince(state: PlanDigestsInput['state'], channelId: string, now: Date): Date | null {
  const lastDigestAt = state.channels[channelId]?.lastDigestAt;
  if (lastDigestAt !== undefined) return new Date(lastDigestAt);
  const failedStarts = state.digests
    .filter((d) => d.channelId === channelId && d.status === 'failed' && d.windowStart !== undefined)
    .map((d) => Date.parse(d.windowStart!));
  if (failedStarts.length === 0) return null;
  return new Date(Math.min(now.getTime() - FIRST_DIGEST_WINDOW_MS, ...failedStarts));
}
