import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import { type RequestFields, requestLogger } from '../../logging/request-logger.ts';

const CONTEXT_KEY = 'requestLog';

/**
 * Gives every incoming request a child logger with a request id, kept on Bolt's context. Built on first use:
 * a request that logs nothing costs nothing.
 */
export function attachRequestLogger(root: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    let log: Logger | undefined;
    context[CONTEXT_KEY] = () => {
      log ??= requestLogger(root, describeRequest(body as unknown as Record<string, unknown>));
      return log;
    };
    await next();
  };
}

/** The request's logger, or `fallback` when the middleware did not run (it always does in the app). */
export function requestLog(context: Context, fallback: Logger): Logger {
  const make = context[CONTEXT_KEY] as (() => Logger) | undefined;
  return make === undefined ? fallback : make();
}

function describeRequest(body: Record<string, unknown>): RequestFields {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const record = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (typeof body.command === 'string') {
    return { kind: 'command', name: body.command, user: text(body.user_id), channel: text(body.channel_id) };
  }
  if (body.type === 'event_callback') {
    const event = record(body.event);
    return {
      kind: 'event',
      name: text(event.type) ?? 'unknown',
      user: text(event.user),
      channel: text(event.channel),
    };
  }
  if (body.type === 'block_actions') {
    const actions = Array.isArray(body.actions) ? body.actions : [];
    return {
      kind: 'action',
      name: text(record(actions[0]).action_id) ?? 'unknown',
      user: text(record(body.user).id),
      channel: text(record(body.channel).id),
    };
  }
  return { kind: text(body.type) ?? 'unknown', name: text(body.type) ?? 'unknown' };
}
