import {
  buildDigestMessage,
  type DigestMessage,
  type EmptyDigestPolicy,
} from '../digest/build-digest-message.ts';
import { firstSeenTimes, planDigests } from '../digest/plan-digests.ts';
import { selectNewPostings } from '../digest/select-new-postings.ts';
import type { Posting } from '../model/posting.ts';
import type { Catalog } from '../search/catalog.ts';
import type { DigestStore } from '../storage/digest-store.ts';

export interface PreviewDigestOptions {
  /** Only read: a preview must be possible from a store it may not write (the CLI's dry run). */
  store: Pick<DigestStore, 'read'>;
  catalog: Catalog;
  /** One channel; absent: every channel the next run would post to. */
  channelId?: string;
  /** Count from here instead of each channel's previous digest. */
  since?: Date;
  now: Date;
  /** DIGEST_CHANNEL, when configured: it gets every new role. */
  channels?: readonly string[];
  timeZone?: string;
  emptyPolicy?: EmptyDigestPolicy;
}

export interface DigestPreview {
  /** Null when no channel would get a digest: then it shows every new role. */
  channelId: string | null;
  postings: Posting[];
  /** What would be posted; null when nothing would be. */
  message: DigestMessage | null;
}

/**
 * What the next digest would post, per channel, computed exactly as a run would; it posts and records
 * NOTHING. Roles the bot has not recorded yet count as first seen now, as the next run would record them.
 */
export async function previewDigest(options: PreviewDigestOptions): Promise<DigestPreview[]> {
  const state = await options.store.read();
  const channels = options.channels ?? [];
  const plans = planDigests({
    state,
    catalog: options.catalog,
    channels,
    now: options.now,
    unseenAt: options.now,
    ...(options.channelId === undefined ? {} : { onlyChannel: options.channelId }),
    ...(options.since === undefined ? {} : { since: options.since }),
  });
  const previews: DigestPreview[] = plans.map((plan) => ({
    channelId: plan.channelId,
    postings: plan.postings,
    message: render(options, plan.postings, plan.queries),
  }));
  if (previews.length > 0) return previews;
  const postings = selectNewPostings({
    postings: options.catalog.postings,
    firstSeen: firstSeenTimes(state, options.catalog, options.now),
    since: options.since ?? null,
    now: options.now,
  });
  return [{ channelId: null, postings, message: render(options, postings, []) }];
}

function render(options: PreviewDigestOptions, postings: Posting[], queries: string[]): DigestMessage | null {
  return buildDigestMessage({
    postings,
    now: options.now,
    timeZone: options.timeZone ?? 'UTC',
    emptyPolicy: options.emptyPolicy ?? 'skip',
    queries,
  });
}
