import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import {
  type DraftMessage,
  draftMessage,
  duplicateMessage,
  noticeMessage,
  resultModal,
  savedMessage,
} from '../../../intake/add-posting-views.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { requestLog } from '../../middleware/request-log.ts';
import { INTAKE_MESSAGES, type SaveResult } from '../../posting-intake.ts';
import { reportFailure } from '../../report-failure.ts';

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

/** "Save" on a draft: writes the posting into the postings folder and replaces the draft with the outcome. */
export function addPostingSave(
  deps: ListenerDependencies,
): Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>> {
  return async ({ ack, action, body, respond, client, context }) => {
    await ack();
    const log = requestLog(context, deps.logger);
    const show = async (message: DraftMessage) => {
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
    try {
      if (deps.intake === undefined) {
        await show(noticeMessage(INTAKE_MESSAGES.notSetUp));
        return;
      }
      const result = await deps.intake.save(action.value ?? '', body.user.id, deps.now());
      if (result.kind === 'saved')
        log.info({ postingId: result.posting.id, path: result.path }, 'saved a posting');
      else log.info({ outcome: result.kind }, 'posting not saved');
      await show(messageFor(result));
    } catch (error) {
      await reportFailure({
        error,
        log,
        what: 'saving a posting',
        tell: (text) => show(noticeMessage(text)),
      });
    }
  };
}
