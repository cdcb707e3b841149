import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { ADD_FORM, validateAddForm } from '../../../intake/add-form.ts';
import {
  addPostingForm,
  draftMessage,
  noticeMessage,
  readingLinkView,
  resultModal,
} from '../../../intake/add-posting-views.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { requestLog } from '../../middleware/request-log.ts';
import { draftViewOf, INTAKE_MESSAGES } from '../../posting-intake.ts';
import { reportFailure } from '../../report-failure.ts';

/**
 * The "Add a role" form was submitted. Typing problems, and text that is not a job posting, are shown under
 * the inputs. Pasted text is read at once; a link is fetched after the ack (it can take longer than Slack's
 * 3 s), behind a "Reading…" view that is then replaced by the result.
 */
export function addPostingSubmitted(
  deps: ListenerDependencies,
): Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>> {
  return async ({ ack, view, body, client, context }) => {
    const log = requestLog(context, deps.logger);
    const values = view.state.values;
    const input = validateAddForm({
      text: values[ADD_FORM.textBlock]?.[ADD_FORM.textAction]?.value ?? null,
      link: values[ADD_FORM.linkBlock]?.[ADD_FORM.linkAction]?.value ?? null,
    });
    if (!input.ok) {
      await ack({ response_action: 'errors', errors: input.errors });
      return;
    }
    const intake = deps.intake;
    if (intake === undefined) {
      await ack({ response_action: 'update', view: resultModal(noticeMessage(INTAKE_MESSAGES.notSetUp)) });
      return;
    }
    const userId = body.user.id;
    if (input.text !== '' || input.link === null) {
      const prepared = await intake.prepare(
        intake.draftFromText({ text: input.text, sourceUrl: input.link, userId }),
        deps.now(),
      );
      if (prepared.kind === 'not-posting') {
        await ack({
          response_action: 'errors',
          errors: { [ADD_FORM.textBlock]: capitalise(prepared.reason) },
        });
        return;
      }
      await ack({ response_action: 'update', view: resultModal(draftMessage(draftViewOf(prepared))) });
      log.info({ outcome: prepared.kind, from: 'modal text' }, 'add posting: draft read');
      return;
    }

    const link = input.link;
    await ack({ response_action: 'update', view: readingLinkView(link) });
    const show = (next: ModalView) => client.views.update({ view_id: view.id, view: next });
    try {
      const drafted = await intake.draftFromLink(link, userId);
      if (!drafted.ok) {
        log.info({ reason: drafted.message }, 'add posting: link not read');
        await show(addPostingForm({ link, notice: `I could not read that link: ${drafted.message}.` }));
        return;
      }
      const prepared = await intake.prepare(drafted.draft, deps.now());
      log.info({ outcome: prepared.kind, from: 'link' }, 'add posting: draft read');
      await show(
        prepared.kind === 'not-posting'
          ? addPostingForm({ link, notice: `I read the page, but ${prepared.reason}.` })
          : resultModal(draftMessage(draftViewOf(prepared))),
      );
    } catch (error) {
      await reportFailure({
        error,
        log,
        what: 'reading a link for a new posting',
        tell: (text) => show(resultModal(noticeMessage(text))),
      });
    }
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
