import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

export interface RequestFields {
  /** What Slack sent: `command`, `event`, `action`, or Slack's own payload type (`view_submission`, …). */
  kind: string;
  /** The command, event type or action id (logged as `type`: pino's `name` is the logger's own). */
  name: string;
  user?: string | undefined;
  channel?: string | undefined;
}

/**
 * A child logger for one Slack request, so every line about it (including Web API failures) shares a
 * `requestId` a person can grep for. Ids are short: they are read by people, not used as keys.
 */
export function requestLogger(
  logger: Logger,
  fields: RequestFields,
  newId: () => string = () => randomUUID().slice(0, 8),
): Logger {
  const bindings: Record<string, string> = { requestId: newId(), kind: fields.kind, type: fields.name };
  if (fields.user !== undefined) bindings.user = fields.user;
  if (fields.channel !== undefined) bindings.channel = fields.channel;
  return logger.child(bindings);
}
