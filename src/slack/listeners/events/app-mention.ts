import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDependencies } from '../../dependencies.ts';
import { requestLog } from '../../middleware/request-log.ts';
import { replyInConversation } from '../../reply-in-conversation.ts';
import { stripBotMention } from '../../strip-mention.ts';

/** `@roles what do ML roles pay?` in a channel: answered in a thread so the channel stays readable. */
export function appMention(deps: ListenerDependencies): Middleware<SlackEventMiddlewareArgs<'app_mention'>> {
  return async ({ event, client, context }) => {
    // Another bot mentioning us could start a loop of bots answering bots.
    if (event.bot_id !== undefined || event.subtype !== undefined) return;
    await replyInConversation({
      question: stripBotMention(event.text, context.botUserId),
      channel: event.channel,
      user: event.user,
      threadTs: event.thread_ts ?? event.ts,
      client,
      log: requestLog(context, deps.logger),
      deps,
    });
  };
}
