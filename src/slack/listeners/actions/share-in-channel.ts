import { renderAnswerMessage } from '../../../render/slack/answer-message.ts';
import { decodeMoreValue } from '../../../render/slack/more-value.ts';
import { answerForButton } from '../../answer-for-button.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { MESSAGE_STALE_BUTTON } from '../../user-messages.ts';
import { buttonAction } from './button-action.ts';

/**
 * "Share in channel": an ephemeral message can never become public, so the same page is posted anew in
 * the channel, naming who shared it. Slack refuses when the bot is not in a private channel; the person is
 * told to invite it.
 */
export function shareInChannel(deps: ListenerDependencies) {
  return buttonAction(deps, 'sharing in channel', async ({ action, body, client }, log, tell) => {
    const value = decodeMoreValue(action.value ?? '');
    const channel = body.channel?.id;
    if (value === null || channel === undefined) {
      log.info({ value: action.value, channel }, 'share button unreadable');
      await tell(MESSAGE_STALE_BUTTON);
      return;
    }
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
  });
}
