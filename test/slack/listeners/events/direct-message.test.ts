import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { directMessageEvent, eventCallback } from '../../../support/slack-payloads.ts';
import { type HttpHarness, startHttpHarness, visibleText } from '../../harness.ts';

let harness: HttpHarness;
beforeAll(async () => {
  harness = await startHttpHarness();
});
beforeEach(() => harness.slack.reset());
afterAll(() => harness.close());

const send = (event: Record<string, unknown>) =>
  harness.post(JSON.stringify(eventCallback(event)), { contentType: 'json' });

describe('direct messages', () => {
  it('answers a question in the DM', async () => {
    await send(directMessageEvent('what roles are in Berlin?'));
    const [call] = harness.slack.calls('chat.postMessage');
    expect(call?.args.channel).toBe('D0ALICE');
    expect(call?.args.thread_ts).toBeUndefined();
    expect(visibleText(call?.args.blocks)).toContain('Berlin');
  });

  it.each([
    ['a bot message', { bot_id: 'B0OTHER' }],
    ['its own reply', { user: 'UBOT' }],
    ['an edit', { subtype: 'message_changed' }],
    ['a deletion', { subtype: 'message_deleted' }],
    ['a bot_message subtype', { subtype: 'bot_message' }],
  ])('ignores %s', async (_name, extra) => {
    await send(directMessageEvent('machine learning', extra));
    expect(harness.slack.calls('chat.postMessage')).toHaveLength(0);
  });

  it('ignores messages in channels: those reach it only as mentions', async () => {
    await send(directMessageEvent('machine learning', { channel_type: 'channel', channel: 'C0JOBS' }));
    expect(harness.slack.calls('chat.postMessage')).toHaveLength(0);
  });
});
