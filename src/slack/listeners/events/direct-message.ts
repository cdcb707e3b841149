import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDependencies } from '../../dependencies.ts';
import { requestLog } from '../../middleware/request-log.ts';
import { replyInConversation } from '../../reply-in-conversation.ts';
import { stripBotMention } from '../../strip-mention.ts';

/**
 * A message in the bot's DM: answered in the conversation (or in the thread it came from).
 * Edits, deletions, bot posts and our own replies arrive as `message` events too and are ignored.
 */
export function directMessage(deps: ListenerDependencies): Middleware<SlackEventMiddlewareArgs<'message'>> {
  return async ({ event, client, context }) => {
    if (event.channel_type !== 'im' || event.subtype !== undefined) return;
    if (event.bot_id !== undefined || event.user === context.botUserId) return;
    await replyInConversation({
      question: stripBotMention(event.text ?? '', context.botUserId),
      channel: event.channel,
      user: event.user,
      threadTs: event.thread_ts,
      client,
      log: requestLog(context, deps.logger),
      deps,
    });
  };
}
