import type { MessageShortcut, Middleware, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { type DraftMessage, draftMessage, noticeMessage } from '../../../intake/add-posting-views.ts';
import { extractLink } from '../../../intake/extract-link.ts';
import { slackMessageToText } from '../../../intake/slack-message-text.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { requestLog } from '../../middleware/request-log.ts';
import { type DraftResult, draftViewOf, INTAKE_MESSAGES, type SlackFileRef } from '../../posting-intake.ts';
import { reportFailure } from '../../report-failure.ts';

/**
 * "Add to roles" on a message: its attached file, else the page it links to when it is only a link, else its
 * text becomes a draft, and the person privately sees what the bot understood, with Save and Edit.
 */
export function addToRoles(
  deps: ListenerDependencies,
): Middleware<SlackShortcutMiddlewareArgs<MessageShortcut>> {
  return async ({ ack, shortcut, respond, client, context }) => {
    await ack();
    const log = requestLog(context, deps.logger);
    const tell = (message: DraftMessage) =>
      respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
    try {
      const intake = deps.intake;
      if (intake === undefined) {
        await tell(noticeMessage(INTAKE_MESSAGES.notSetUp));
        return;
      }
      const userId = shortcut.user.id;
      const files = (shortcut.message.files ?? []) as (SlackFileRef & { id?: string })[];
      // Some payloads carry only the file's id (files shared from elsewhere): ask Slack for the rest.
      if (
        files[0] !== undefined &&
        files[0].url_private_download === undefined &&
        files[0].id !== undefined
      ) {
        const info = await client.files.info({ file: files[0].id });
        if (info.file !== undefined) files[0] = info.file as SlackFileRef;
      }
      const text = slackMessageToText(shortcut.message.text ?? '').trim();
      // A message that is only a link (the usual way a posting is shared) means the page behind it.
      const link = extractLink(shortcut.message.text ?? '');
      let drafted: DraftResult;
      if (files[0] !== undefined)
        drafted = await intake.draftFromSlackFile(files[0], context.botToken ?? '', userId);
      else if (link !== null) drafted = await intake.draftFromLink(link, userId);
      else if (text !== '')
        drafted = { ok: true, draft: intake.draftFromText({ text, sourceUrl: null, userId }) };
      else drafted = { ok: false, message: INTAKE_MESSAGES.noText };
      if (!drafted.ok) {
        log.info({ reason: drafted.message }, 'add to roles: nothing to read');
        await tell(draftMessage({ kind: 'not-posting', reason: drafted.message }));
        return;
      }
      const prepared = await intake.prepare(drafted.draft, deps.now());
      log.info(
        { outcome: prepared.kind, from: files[0] ? 'file' : link !== null ? 'link' : 'text' },
        'add to roles: draft read',
      );
      await tell(draftMessage(draftViewOf(prepared)));
    } catch (error) {
      await reportFailure({
        error,
        log,
        what: 'adding a message to roles',
        tell: (text) => respond({ response_type: 'ephemeral', text }),
      });
    }
  };
}
