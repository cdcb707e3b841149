import {
  addPostingForm,
  type DraftMessage,
  draftMessage,
  noticeMessage,
} from '../../../intake/add-posting-views.ts';
import { extractLink, looksLikeLink } from '../../../intake/extract-link.ts';
import { slackMessageToText } from '../../../intake/slack-message-text.ts';
import { escapeMrkdwn } from '../../../render/slack/mrkdwn.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { draftViewOf, INTAKE_MESSAGES } from '../../posting-intake.ts';
import type { RolesSubcommandHandler } from './roles-subcommands.ts';

export const ROLES_ADD_MESSAGES = {
  notHttp: 'I can only read links that start with http:// or https://.',
  /** Shown at once while the page is read; the answer replaces it. */
  fetching: 'Fetching',
} as const;

/**
 * `/roles add` opens the "Add a role" form; `/roles add <link>` reads the page at the link; `/roles add
 * <text>` reads the text. Either way the person privately sees what the bot understood, with Save and Edit.
 */
export function rolesAdd(deps: ListenerDependencies): RolesSubcommandHandler {
  return async ({ args, command, respond, client, log, now }) => {
    // After a "Fetching …" note, the answer replaces it, so the person sees one message that changes.
    let fetchingShown = false;
    const tell = (message: DraftMessage) =>
      respond({
        response_type: 'ephemeral',
        text: message.text,
        blocks: message.blocks,
        ...(fetchingShown ? { replace_original: true } : {}),
      });
    const intake = deps.intake;
    if (intake === undefined) {
      await tell(noticeMessage(INTAKE_MESSAGES.notSetUp));
      return;
    }
    if (args === '') {
      await client.views.open({ trigger_id: command.trigger_id, view: addPostingForm() });
      log.info('opened the add-a-role form');
      return;
    }
    const link = extractLink(args);
    if (link === null && looksLikeLink(args)) {
      await tell(noticeMessage(ROLES_ADD_MESSAGES.notHttp));
      return;
    }
    if (link !== null) {
      // Reading a page can take up to the fetch timeout (10 s): say so at once rather than stay silent.
      await respond({
        response_type: 'ephemeral',
        text: `${ROLES_ADD_MESSAGES.fetching} ${escapeMrkdwn(link)} …`,
      });
      fetchingShown = true;
    }
    const drafted =
      link === null
        ? {
            ok: true as const,
            draft: intake.draftFromText({
              text: slackMessageToText(args),
              sourceUrl: null,
              userId: command.user_id,
            }),
          }
        : await intake.draftFromLink(link, command.user_id);
    if (!drafted.ok) {
      log.info({ reason: drafted.message }, '/roles add: link not read');
      await tell(
        draftMessage({ kind: 'not-posting', reason: `I could not read that link: ${drafted.message}` }),
      );
      return;
    }
    const prepared = await intake.prepare(drafted.draft, now);
    log.info({ outcome: prepared.kind, from: link === null ? 'text' : 'link' }, '/roles add: draft read');
    await tell(draftMessage(draftViewOf(prepared)));
  };
}
