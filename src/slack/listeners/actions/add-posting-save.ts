import {
  type DraftMessage,
  draftMessage,
  duplicateMessage,
  noticeMessage,
  resultModal,
  savedMessage,
} from '../../../intake/add-posting-views.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { INTAKE_MESSAGES, type SaveResult } from '../../posting-intake.ts';
import { type ButtonArgs, buttonAction } from './button-action.ts';

function messageFor(result: SaveResult): DraftMessage {
  switch (result.kind) {
    case 'saved':
      return savedMessage(result.posting);
    case 'duplicate':
      return duplicateMessage(result.existing);
    case 'not-posting':
      return draftMessage({ kind: 'not-posting', reason: result.reason });
    case 'expired':
      return noticeMessage(INTAKE_MESSAGES.expired);
    case 'not-yours':
      return noticeMessage(INTAKE_MESSAGES.notYourDraft);
  }
}

/** Shows an outcome where the draft was: in its modal, or in place of its private message. */
function showInPlace({ body, client, respond }: ButtonArgs) {
  return async (message: DraftMessage) => {
    if (body.view !== undefined)
      await client.views.update({ view_id: body.view.id, view: resultModal(message) });
    else
      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        text: message.text,
        blocks: message.blocks,
      });
  };
}

/** "Save" on a draft: writes the posting into the postings folder and replaces the draft with the outcome. */
export function addPostingSave(deps: ListenerDependencies) {
  return buttonAction(
    deps,
    'saving a posting',
    async (args, log, tell) => {
      if (deps.intake === undefined) {
        await tell(INTAKE_MESSAGES.notSetUp);
        return;
      }
      const result = await deps.intake.save(args.action.value ?? '', args.body.user.id, deps.now());
      if (result.kind === 'saved')
        log.info({ postingId: result.posting.id, path: result.path }, 'saved a posting');
      else log.info({ outcome: result.kind }, 'posting not saved');
      await showInPlace(args)(messageFor(result));
    },
    // A click inside a modal has no message to put a note under, so notes, failures included, replace the
    // draft as outcomes do.
    (args) => (text) => showInPlace(args)(noticeMessage(text)),
  );
}
