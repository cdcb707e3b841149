import { addPostingForm, noticeMessage, resultModal } from '../../../intake/add-posting-views.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { INTAKE_MESSAGES } from '../../posting-intake.ts';
import { buttonAction } from './button-action.ts';

/** "Edit" on a draft: the "Add a role" form again, with the draft's text and link filled in. */
export function addPostingEdit(deps: ListenerDependencies) {
  return buttonAction(deps, 'opening a draft for editing', async ({ action, body, client }, log) => {
    const draft = deps.intake?.draft(action.value ?? '') ?? null;
    const view =
      draft === null
        ? resultModal(noticeMessage(deps.intake ? INTAKE_MESSAGES.expired : INTAKE_MESSAGES.notSetUp))
        : addPostingForm({ text: draft.editableText, link: draft.sourceUrl });
    // Inside the modal the form replaces the check; from a message it opens a new modal (the trigger id
    // expires in 3 s, so this comes first).
    if (body.view !== undefined) await client.views.update({ view_id: body.view.id, view });
    else await client.views.open({ trigger_id: body.trigger_id, view });
    log.info({ found: draft !== null }, 'opened a draft for editing');
  });
}
