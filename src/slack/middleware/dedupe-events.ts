import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { RecentIds } from '../recent-ids.ts';
import { requestLog } from './request-log.ts';

/**
 * Slack re-sends an event when our answer was slow or lost (`x-slack-retry-num`); the same `event_id`
 * must not produce a second reply in the thread.
 */
export function dedupeEvents(
  recent: RecentIds,
  nowMs: () => number,
  root: Logger,
): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && recent.seen(eventId, nowMs())) {
      requestLog(context, root).debug({ eventId, retryNum: context.retryNum }, 'ignored a repeated event');
      return;
    }
    await next();
  };
}
