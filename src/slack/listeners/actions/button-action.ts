import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  Middleware,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import type { Logger } from 'pino';
import type { ListenerDependencies } from '../../dependencies.ts';
import { requestLog } from '../../middleware/request-log.ts';
import { reportFailure } from '../../report-failure.ts';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Sends the person who clicked a short note. */
export type Tell = (text: string) => Promise<unknown>;

/** A private note under the clicked message, which stays as it was. */
const noteBelow =
  ({ respond }: ButtonArgs): Tell =>
  (text) =>
    respond({ response_type: 'ephemeral', replace_original: false, text });

/**
 * A button listener: `handle` does the button's own work; around it, the click is acked first (Slack
 * allows 3 s, and the work may take longer), and a failure is logged under the request id and told to the
 * person, so no click ends in silence or in an unhandled rejection.
 */
export function buttonAction(
  deps: ListenerDependencies,
  /** What the button does, for the failure log ("opening details"). */
  what: string,
  handle: (args: ButtonArgs, log: Logger, tell: Tell) => Promise<void>,
  /** How to tell the person; a private note under the message unless the button says otherwise. */
  tellFor: (args: ButtonArgs) => Tell = noteBelow,
): Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>> {
  return async (args) => {
    await args.ack();
    const log = requestLog(args.context, deps.logger);
    const tell = tellFor(args);
    try {
      await handle(args, log, tell);
    } catch (error) {
      await reportFailure({ error, log, what, tell });
    }
  };
}
