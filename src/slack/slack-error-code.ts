/**
 * The Slack error behind a failure, in Slack's own words (`channel_not_found`, `not_in_channel`,
 * `ratelimited`, `http_500`), or null when the failure did not come from Slack.
 * Reads the `code` and `data` the Web API client puts on its errors, so no Slack package is imported here.
 */
export function slackErrorCode(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const coded = error as Error & { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  switch (coded.code) {
    case 'slack_webapi_platform_error':
      return typeof coded.data?.error === 'string' ? coded.data.error : 'platform_error';
    case 'slack_webapi_rate_limited_error':
      return 'ratelimited';
    case 'slack_webapi_http_error':
      return `http_${String(coded.statusCode)}`;
    case 'slack_webapi_request_error':
      // The client gives up on a run of 429s by wrapping its own "rate limit" Error in a request error.
      return isRateLimitMessage((coded as { original?: unknown }).original)
        ? 'ratelimited'
        : 'request_failed';
    case 'slack_bolt_respond_error':
      return 'respond_failed';
    default:
      return isRateLimitMessage(error) ? 'ratelimited' : null;
  }
}

function isRateLimitMessage(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('A rate limit was exceeded');
}

/** Slack says the bot cannot post where it was asked to. */
export function isNotInChannel(code: string | null): boolean {
  return code === 'not_in_channel' || code === 'channel_not_found' || code === 'is_archived';
}
