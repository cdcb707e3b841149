import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderPostingModal } from '../../../render/slack/posting-modal.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { requestLog } from '../../middleware/request-log.ts';
import { reportFailure } from '../../report-failure.ts';
import { MESSAGE_POSTING_GONE } from '../../user-messages.ts';

/** "Details": the whole posting in a modal. The trigger id expires in 3 s, so the modal opens first. */
export function showDetails(
  deps: ListenerDependencies,
): Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>> {
  return async ({ ack, action, body, respond, client, context }) => {
    await ack();
    const log = requestLog(context, deps.logger);
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    try {
      const posting = deps.getCatalog().byId.get(action.value ?? '');
      if (posting === undefined) {
        log.info({ postingId: action.value }, 'details asked for a posting no longer in the catalog');
        await tell(MESSAGE_POSTING_GONE);
        return;
      }
      await client.views.open({ trigger_id: body.trigger_id, view: renderPostingModal(posting) });
      log.info({ postingId: posting.id }, 'opened details');
    } catch (error) {
      await reportFailure({ error, log, what: 'opening details', tell });
    }
  };
}
