import { renderPostingModal } from '../../../render/slack/posting-modal.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { MESSAGE_POSTING_GONE } from '../../user-messages.ts';
import { buttonAction } from './button-action.ts';

/** "Details": the whole posting in a modal. The trigger id expires in 3 s, so the modal opens first. */
export function showDetails(deps: ListenerDependencies) {
  return buttonAction(deps, 'opening details', async ({ action, body, client }, log, tell) => {
    const posting = deps.getCatalog().byId.get(action.value ?? '');
    if (posting === undefined) {
      log.info({ postingId: action.value }, 'details asked for a posting no longer in the catalog');
      await tell(MESSAGE_POSTING_GONE);
      return;
    }
    await client.views.open({ trigger_id: body.trigger_id, view: renderPostingModal(posting) });
    log.debug({ postingId: posting.id }, 'opened details');
  });
}
