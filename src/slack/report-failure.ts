import type { Logger } from 'pino';
import { isNotInChannel, slackErrorCode } from './slack-error-code.ts';
import { MESSAGE_INVITE_ME, MESSAGE_SLOW_DOWN, MESSAGE_SOMETHING_WENT_WRONG } from './user-messages.ts';

/** The short message a person sees for a failure, chosen from its code. */
export function friendlyMessage(code: string | null): string {
  if (isNotInChannel(code)) return MESSAGE_INVITE_ME;
  if (code === 'ratelimited') return MESSAGE_SLOW_DOWN;
  return MESSAGE_SOMETHING_WENT_WRONG;
}

/**
 * Logs a failed step with its Slack error code and tells the person in a short message.
 * Never throws: a failure to tell them is logged too, so no listener ends in an unhandled rejection.
 */
export async function reportFailure(input: {
  error: unknown;
  log: Logger;
  /** What was being done, for the log ("posting the answer"). */
  what: string;
  tell: (text: string) => Promise<unknown>;
}): Promise<void> {
  const code = slackErrorCode(input.error);
  input.log.error({ err: input.error, slackError: code }, `${input.what} failed`);
  try {
    await input.tell(friendlyMessage(code));
  } catch (tellError) {
    input.log.warn(
      { err: tellError, slackError: slackErrorCode(tellError) },
      'could not tell the person about it',
    );
  }
}
