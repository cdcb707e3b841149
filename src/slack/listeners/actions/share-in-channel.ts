import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderAnswerMessage } from '../../../render/slack/answer-message.ts';
import { decodeMoreValue } from '../../../render/slack/more-value.ts';
import { answerForButton } from '../../answer-for-button.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { requestLog } from '../../middleware/request-log.ts';
import { reportFailure } from '../../report-failure.ts';
import { MESSAGE_STALE_BUTTON } from '../../user-messages.ts';

/**
 * "Share in channel": an ephemeral message can never become public, so the same page is posted anew in
 * the channel, naming who shared it. Slack refuses when the bot is not in a private channel; the person is
 * told to invite it.
 */
export function shareInChannel(
  deps: ListenerDependencies,
): Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>> {
  return async ({ ack, action, body, respond, client, context }) => {
    await ack();
    const log = requestLog(context, deps.logger);
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const value = decodeMoreValue(action.value ?? '');
    const channel = body.channel?.id;
    if (value === null || channel === undefined) {
      await reportFailure({
        error: new Error('unreadable share button'),
        log,
        what: 'sharing',
        tell: () => tell(MESSAGE_STALE_BUTTON),
      });
      return;
    }
    try {
      const message = await deps.answers.run(() => {
        const now = deps.now();
        const answer = answerForButton(value.q, body, deps, now);
        return renderAnswerMessage(answer, { page: value.p, now, shared: { byUserId: body.user.id } });
      });
      await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
      log.info({ page: value.p }, 'shared in channel');
    } catch (error) {
      await reportFailure({ error, log, what: 'sharing in channel', tell });
    }
  };
}
