import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderAnswerMessage } from '../../../render/slack/answer-message.ts';
import { decodeMoreValue } from '../../../render/slack/more-value.ts';
import { answerForButton } from '../../answer-for-button.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { requestLog } from '../../middleware/request-log.ts';
import { reportFailure } from '../../report-failure.ts';
import { MESSAGE_STALE_BUTTON } from '../../user-messages.ts';

/** "More": the same message, replaced in place with the next page. */
export function showMore(
  deps: ListenerDependencies,
): Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>> {
  return async ({ ack, action, body, respond, context }) => {
    await ack();
    const log = requestLog(context, deps.logger);
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    try {
      const value = decodeMoreValue(action.value ?? '');
      if (value === null) {
        await tell(MESSAGE_STALE_BUTTON);
        return;
      }
      const message = await deps.answers.run(() => {
        const now = deps.now();
        return renderAnswerMessage(answerForButton(value.q, body, deps, now), { page: value.p, now });
      });
      await respond({ replace_original: true, text: message.text, blocks: message.blocks });
      log.info({ page: value.p }, 'showed more');
    } catch (error) {
      await reportFailure({ error, log, what: 'showing more', tell });
    }
  };
}
