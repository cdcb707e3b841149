import type { RespondFn } from '@slack/bolt';
import { scheduleInWords } from '../../digest/schedule-in-words.ts';
import { MESSAGE_TEXT_MAX, SECTION_TEXT_MAX } from '../../render/slack/limits.ts';
import { escapeMrkdwn, mrkdwnText, truncateMrkdwn } from '../../render/slack/mrkdwn.ts';

/** Longest saved search we accept: a digest names it, and a button value or header must hold it. */
export const SUBSCRIPTION_QUERY_MAX = 200;

/** A private answer: mrkdwn in a verbatim section (so @here in a query stays inert), and the same as fallback. */
export function replyPrivately(respond: RespondFn, mrkdwn: string): Promise<unknown> {
  return respond({
    response_type: 'ephemeral',
    text: truncateMrkdwn(mrkdwn, MESSAGE_TEXT_MAX),
    blocks: [{ type: 'section', text: mrkdwnText(mrkdwn, SECTION_TEXT_MAX) }],
  });
}

/** “rust remote”, escaped; or “every new role” for a subscription without a query. */
export function describeQuery(query: string | null): string {
  return query === null ? 'every new role' : `new roles matching “${escapeMrkdwn(query)}”`;
}

/** "at 09:00, only on Monday (UTC)": the schedule in words (cronstrue), never the raw cron string. */
export function describeSchedule(cron: string, timeZone: string): string {
  return escapeMrkdwn(scheduleInWords(cron, timeZone));
}

/** Whitespace collapsed; empty means "no query". */
export function normaliseQuery(args: string): string | null {
  const query = args.replace(/\s+/g, ' ').trim();
  return query === '' ? null : query;
}
