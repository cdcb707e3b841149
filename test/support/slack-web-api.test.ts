import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type SlackWebApiStandIn, startSlackWebApi } from './slack-web-api.ts';

let slack: SlackWebApiStandIn;

async function call(method: string, body: URLSearchParams | object, token: string | null = slack.botToken) {
  const isForm = body instanceof URLSearchParams;
  const response = await fetch(`${slack.url}${method}`, {
    method: 'POST',
    headers: {
      'content-type': isForm ? 'application/x-www-form-urlencoded' : 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: isForm ? body.toString() : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

beforeEach(async () => {
  slack ??= await startSlackWebApi();
  slack.reset();
});
afterAll(() => slack.close());

describe('the Slack Web API stand-in', () => {
  it('answers auth.test like Slack, with the bot identity', async () => {
    const { body } = await call('auth.test', new URLSearchParams());
    expect(body).toMatchObject({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0TEAM' });
  });

  it('refuses calls without the bot token', async () => {
    expect((await call('auth.test', new URLSearchParams(), null)).body.error).toBe('not_authed');
    expect((await call('auth.test', new URLSearchParams(), 'xoxb-wrong')).body.error).toBe('invalid_auth');
  });

  it('decodes JSON-encoded blocks inside a form body and records the call', async () => {
    const blocks = [section('hello')];
    const form = new URLSearchParams({ channel: 'C1', text: 'hi', blocks: JSON.stringify(blocks) });
    const { body } = await call('chat.postMessage', form);
    expect(body).toMatchObject({ ok: true, channel: 'C1' });
    expect(typeof body.ts).toBe('string');
    expect(slack.calls('chat.postMessage')[0]?.args).toEqual({ channel: 'C1', text: 'hi', blocks });
  });

  it('fails the next call as programmed, then answers normally', async () => {
    slack.failNext('chat.postMessage', { error: 'channel_not_found' });
    expect((await call('chat.postMessage', { channel: 'C1', text: 'a' })).body.error).toBe(
      'channel_not_found',
    );
    expect((await call('chat.postMessage', { channel: 'C1', text: 'a' })).body.ok).toBe(true);
  });

  it('answers a programmed 429 with Retry-After and a programmed 500', async () => {
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 2 });
    slack.failNext('chat.postMessage', { status: 500 });
    const limited = await call('chat.postMessage', { channel: 'C1', text: 'a' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await call('chat.postMessage', { channel: 'C1', text: 'a' })).status).toBe(500);
  });

  it.each([
    ['51 blocks in a message', { blocks: Array.from({ length: 51 }, () => section('x')) }],
    ['a section over 3000 chars', { blocks: [section('x'.repeat(3001))] }],
    [
      'a header over 150 chars',
      { blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }] },
    ],
    ['a top-level text over 4000 chars', { text: 't'.repeat(4001) }],
    [
      'a button text over 75 chars',
      {
        blocks: [
          {
            type: 'actions',
            elements: [
              { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b'.repeat(76) } },
            ],
          },
        ],
      },
    ],
    [
      'a button value over 2000 chars',
      {
        blocks: [
          {
            type: 'actions',
            elements: [
              {
                type: 'button',
                action_id: 'a',
                value: 'v'.repeat(2001),
                text: { type: 'plain_text', text: 'ok' },
              },
            ],
          },
        ],
      },
    ],
    ['a block_id over 255 chars', { blocks: [{ ...section('x'), block_id: 'b'.repeat(256) }] }],
    [
      '11 context elements',
      {
        blocks: [
          { type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'c' })) },
        ],
      },
    ],
    [
      '11 section fields',
      {
        blocks: [
          { type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) },
        ],
      },
    ],
  ])('rejects a message with %s as invalid_blocks', async (_name, message) => {
    const { body } = await call('chat.postMessage', { channel: 'C1', text: 'fallback', ...message });
    expect(body.error).toBe('invalid_blocks');
  });

  it('rejects a modal whose title is over 24 chars and accepts 100 blocks in a Home tab', async () => {
    const modal = {
      type: 'modal',
      title: { type: 'plain_text', text: 'm'.repeat(25) },
      blocks: [section('x')],
    };
    expect((await call('views.open', { trigger_id: 't', view: modal })).body.error).toBe('invalid_blocks');
    const home = { type: 'home', blocks: Array.from({ length: 100 }, () => section('x')) };
    expect((await call('views.publish', { user_id: 'U1', view: home })).body.ok).toBe(true);
    const tooBig = { type: 'home', blocks: Array.from({ length: 101 }, () => section('x')) };
    expect((await call('views.publish', { user_id: 'U1', view: tooBig })).body.error).toBe('invalid_blocks');
  });

  it('records posts to a response_url and stops after five uses', async () => {
    const url = slack.responseUrl('abc');
    const post = (body: object) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (let i = 0; i < 5; i += 1) expect((await post({ text: `answer ${i}` })).status).toBe(200);
    expect((await post({ text: 'sixth' })).status).toBe(404);
    expect(slack.responses('abc').map((r) => r.body.text)).toContain('answer 4');
    expect(
      (
        await fetch(slack.responseUrl('big'), {
          method: 'POST',
          body: JSON.stringify({ blocks: [section('x'.repeat(3001))] }),
        })
      ).status,
    ).toBe(400);
  });

  it('hands out the Socket Mode URL to the app token only', async () => {
    slack.setSocketModeUrl('ws://127.0.0.1:1/socket');
    expect((await call('apps.connections.open', {}, slack.appToken)).body).toEqual({
      ok: true,
      url: 'ws://127.0.0.1:1/socket',
    });
    expect((await call('apps.connections.open', {})).body.error).toBe('invalid_auth');
  });
});
