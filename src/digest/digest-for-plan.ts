import { type BuiltDigest, buildDigest, type EmptyDigestPolicy } from './build-digest-message.ts';
import type { ChannelDigestPlan } from './plan-digests.ts';
import { FIRST_DIGEST_WINDOW_MS } from './select-new-postings.ts';

export interface DigestForPlanOptions {
  now: Date;
  timeZone: string;
  emptyPolicy: EmptyDigestPolicy;
  /** DIGEST_CRON, for "Next: …"; absent: the footer names no time. */
  cron?: string;
}

/** One plan's digest, built the same way for the run, the Slack preview and the terminal preview. */
export function digestForPlan(plan: ChannelDigestPlan, options: DigestForPlanOptions): BuiltDigest {
  const { now } = options;
  const windowStart = plan.since ?? new Date(now.getTime() - FIRST_DIGEST_WINDOW_MS);
  return buildDigest({
    postings: plan.postings,
    now,
    timeZone: options.timeZone,
    emptyPolicy: options.emptyPolicy,
    queries: plan.queries,
    older: plan.older,
    closed: plan.closed,
    periodStart: new Date(Math.min(windowStart.getTime(), now.getTime() - FIRST_DIGEST_WINDOW_MS)),
    // No audience (a preview with no channel subscribed): no footer to tell it how to change.
    ...(plan.channelId === ''
      ? {}
      : {
          footer: {
            audience: plan.personal
              ? { kind: 'person', userId: plan.channelId }
              : { kind: 'channel', channelId: plan.channelId },
            unsubscribable: plan.subscribed,
            ...(options.cron === undefined ? {} : { cron: options.cron }),
          },
        }),
  });
}
