import { describe, expect, it } from 'vitest';
import { friendlyMessage } from '../../src/slack/report-failure.ts';
import { slackErrorCode } from '../../src/slack/slack-error-code.ts';
import {
  MESSAGE_INVITE_ME,
  MESSAGE_SLOW_DOWN,
  MESSAGE_SOMETHING_WENT_WRONG,
} from '../../src/slack/user-messages.ts';

const coded = (code: string, extra: object = {}) => Object.assign(new Error(code), { code, ...extra });

describe('slackErrorCode', () => {
  it("reads Slack's error from a platform error", () => {
    expect(slackErrorCode(coded('slack_webapi_platform_error', { data: { error: 'not_in_channel' } }))).toBe(
      'not_in_channel',
    );
  });

  it('names HTTP failures by status and rate limits as ratelimited', () => {
    expect(slackErrorCode(coded('slack_webapi_http_error', { statusCode: 503 }))).toBe('http_503');
    expect(slackErrorCode(coded('slack_webapi_rate_limited_error'))).toBe('ratelimited');
    const gaveUp = coded('slack_webapi_request_error', {
      original: new Error('A rate limit was exceeded (url: x)'),
    });
    expect(slackErrorCode(gaveUp)).toBe('ratelimited');
  });

  it('returns null for failures that did not come from Slack', () => {
    expect(slackErrorCode(new TypeError('x is undefined'))).toBeNull();
    expect(slackErrorCode('a string')).toBeNull();
  });
});

describe('friendlyMessage', () => {
  it('asks to invite the bot when it cannot post in the channel', () => {
    expect(friendlyMessage('not_in_channel')).toBe(MESSAGE_INVITE_ME);
    expect(friendlyMessage('channel_not_found')).toBe(MESSAGE_INVITE_ME);
  });

  it('asks to wait when rate-limited, and apologises otherwise', () => {
    expect(friendlyMessage('ratelimited')).toBe(MESSAGE_SLOW_DOWN);
    expect(friendlyMessage('http_500')).toBe(MESSAGE_SOMETHING_WENT_WRONG);
    expect(friendlyMessage(null)).toBe(MESSAGE_SOMETHING_WENT_WRONG);
  });
});
