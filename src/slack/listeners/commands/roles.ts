import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { answerRolesCommand } from '../../../answer/roles-command.ts';
import { renderAnswerMessage, type SlackMessage } from '../../../render/slack/answer-message.ts';
import { ADMISSION_WAIT_MS } from '../../answer-queue.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { requestLog } from '../../middleware/request-log.ts';
import { friendlyMessage, reportFailure } from '../../report-failure.ts';
import { stillLoadingMessage } from '../../user-messages.ts';
import { splitSubcommand } from './roles-subcommands.ts';

type HelpMessage = SlackMessage | { text: string };
/** Help depends only on the catalog (it states the role count), so it is rendered once per catalog. */
const helpByCatalog = new WeakMap<object, HelpMessage>();

/** Texts whose answer is fixed help, cheap enough to send in the ack itself and spare a second request. */
export function isHelpText(text: string): boolean {
  const trimmed = text.trim().toLowerCase();
  return trimmed === '' || trimmed === 'help';
}

/**
 * `/roles <text>`. Help is sent in the ack. Anything that searches is acked at once (Slack allows 3 s) and
 * answered privately through the response URL once the answer queue gets to it, so a burst of slow searches
 * never delays the acks of the requests behind them.
 */
export function rolesCommand(deps: ListenerDependencies): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack, respond, client, context }) => {
    const lazyLog = () => requestLog(context, deps.logger);
    const { word, args } = splitSubcommand(command.text);
    const subcommand = deps.subcommands?.get(word);
    const loading = deps.loading?.() ?? null;
    if (loading !== null && subcommand === undefined) {
      await ack({ response_type: 'ephemeral', text: stillLoadingMessage(loading) });
      return;
    }

    if (subcommand === undefined && isHelpText(command.text)) {
      let message: HelpMessage;
      try {
        const catalog = deps.getCatalog();
        const cached = helpByCatalog.get(catalog);
        if (cached !== undefined) message = cached;
        else {
          const now = deps.now();
          message = renderAnswerMessage(answerRolesCommand('help', { catalog, now }), { now });
          helpByCatalog.set(catalog, message);
        }
      } catch (error) {
        lazyLog().error({ err: error }, 'answering /roles help failed');
        message = { text: friendlyMessage(null) };
      }
      await ack({ response_type: 'ephemeral', ...message });
      if (deps.logger.isLevelEnabled('debug'))
        lazyLog().debug({ answer: 'help' }, 'answered /roles in the ack');
      return;
    }

    // Back-pressure: while many answers wait, the ack waits a moment too (never past Slack's 3 seconds).
    await deps.answers.admit(ADMISSION_WAIT_MS);
    await ack();
    const log = lazyLog();
    const tell = (text: string) => respond({ response_type: 'ephemeral', text });
    try {
      if (subcommand !== undefined) {
        await subcommand({
          args,
          command,
          respond,
          client,
          log,
          catalog: deps.getCatalog(),
          now: deps.now(),
        });
        return;
      }
      const { answer, message } = await deps.answers.run(() => {
        const now = deps.now();
        const answer = answerRolesCommand(command.text, { catalog: deps.getCatalog(), now });
        return { answer, message: renderAnswerMessage(answer, { now }) };
      });
      await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
      log.debug({ answer: answer.kind, postings: answer.postings.length }, 'answered /roles');
    } catch (error) {
      await reportFailure({ error, log, what: 'answering /roles', tell });
    }
  };
}
