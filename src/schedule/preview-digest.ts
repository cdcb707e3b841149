import type { DigestMessage, EmptyDigestPolicy } from '../digest/build-digest-message.ts';
import { digestForPlan } from '../digest/digest-for-plan.ts';
import type { DigestModel } from '../digest/digest-model.ts';
import { type ChannelDigestPlan, firstSeenTimes, planDigests } from '../digest/plan-digests.ts';
import { selectDigestRoles } from '../digest/select-new-postings.ts';
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
  /** DIGEST_CRON, so the preview's footer names the next send as the real digest does. */
  cron?: string;
}

export interface DigestPreview {
  /** Null when no channel would get a digest: then it shows every new role. */
  channelId: string | null;
  /** A person's own alert (sent by DM), not a channel's. */
  personal: boolean;
  postings: Posting[];
  /** What every renderer shows (the terminal preview prints this). */
  model: DigestModel;
  /** What would be posted; null when nothing would be. */
  message: DigestMessage | null;
}

/**
 * What the next digest would post, per channel or person, computed exactly as a run would; it posts and
 * records NOTHING. Roles the bot has not recorded yet count as first seen now, as the next run would record them.
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
  const previews = plans.map((plan) => render(options, plan, plan.channelId));
  if (previews.length > 0) return previews;
  const since = options.since ?? null;
  const selection = selectDigestRoles({
    postings: options.catalog.postings,
    firstSeen: firstSeenTimes(state, options.catalog, options.now),
    since,
    now: options.now,
  });
  const everything: ChannelDigestPlan = {
    channelId: '',
    since,
    queries: [],
    postings: selection.fresh,
    older: selection.older,
    closed: selection.closed,
    subscribed: false,
    personal: false,
  };
  return [render(options, everything, null)];
}

function render(
  options: PreviewDigestOptions,
  plan: ChannelDigestPlan,
  channelId: string | null,
): DigestPreview {
  const built = digestForPlan(plan, {
    now: options.now,
    timeZone: options.timeZone ?? 'UTC',
    emptyPolicy: options.emptyPolicy ?? 'skip',
    ...(options.cron === undefined ? {} : { cron: options.cron }),
  });
  const model: DigestModel = channelId === null ? { ...built.model, audience: null } : built.model;
  return { channelId, personal: plan.personal, postings: plan.postings, model, message: built.message };
}
