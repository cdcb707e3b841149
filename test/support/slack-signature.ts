import { createHmac } from 'node:crypto';

/** Signs a request body exactly as Slack does, so tests exercise Bolt's real verification. */
export function signSlackRequest(body: string, secret: string, timestamp: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The headers Slack sends with a signed request; `timestamp` is in seconds. */
export function slackRequestHeaders(
  body: string,
  secret: string,
  options: { timestamp?: number; contentType?: 'form' | 'json' } = {},
): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    'content-type': options.contentType === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signSlackRequest(body, secret, timestamp),
  };
}
