import { renderAnswerMessage } from '../../../render/slack/answer-message.ts';
import { decodeMoreValue } from '../../../render/slack/more-value.ts';
import { answerForButton } from '../../answer-for-button.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { MESSAGE_STALE_BUTTON } from '../../user-messages.ts';
import { buttonAction } from './button-action.ts';

/** "More": the same message, replaced in place with the next page. */
export function showMore(deps: ListenerDependencies) {
  return buttonAction(deps, 'showing more', async ({ action, body, respond }, log, tell) => {
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
    log.debug({ page: value.p }, 'showed more');
  });
}
