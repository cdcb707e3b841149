import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGE_SLOW_DOWN } from '../../../../src/slack/user-messages.ts';
import { appMentionEvent, CHANNEL_ID, eventCallback, USER_ID } from '../../../support/slack-payloads.ts';
import { type HttpHarness, NOW, startHttpHarness, visibleText } from '../../harness.ts';

let harness: HttpHarness;
beforeAll(async () => {
  harness = await startHttpHarness();
});
beforeEach(() => harness.slack.reset());
afterAll(() => harness.close());

const mention = (event: Record<string, unknown>, eventId?: string, headers?: Record<string, string>) =>
  harness.post(JSON.stringify(eventCallback(event, eventId)), {
    contentType: 'json',
    ...(headers === undefined ? {} : { headers }),
  });

describe('@roles mentions', () => {
  it('answers in a thread under the mention, without the mention in the question', async () => {
    const event = appMentionEvent('<@UBOT> which roles are in London?');
    const response = await mention(event);
    expect(response.status).toBe(200);
    const [call] = harness.slack.calls('chat.postMessage');
    expect(call?.args).toMatchObject({ channel: CHANNEL_ID, thread_ts: event.ts });
    expect(visibleText(call?.args.blocks)).toContain('London');
    expect(visibleText(call?.args.blocks)).not.toContain('<@UBOT>');
  });

  it('answers inside the existing thread when mentioned in one', async () => {
    await mention(appMentionEvent('<@UBOT> remote roles', { thread_ts: '1699999999.000001' }));
    expect(harness.slack.calls('chat.postMessage')[0]?.args.thread_ts).toBe('1699999999.000001');
  });

  it('answers a retried event only once', async () => {
    const event = appMentionEvent('<@UBOT> data engineer roles');
    await mention(event, 'Ev-retried');
    const retry = await mention(event, 'Ev-retried', {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    expect(harness.slack.calls('chat.postMessage')).toHaveLength(1);
  });

  it('ignores mentions posted by bots', async () => {
    await mention(appMentionEvent('<@UBOT> hello', { bot_id: 'B0OTHER' }));
    expect(harness.slack.calls('chat.postMessage')).toHaveLength(0);
  });

  it('waits out a 429 with Retry-After and then posts the answer', async () => {
    harness.slack.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    await mention(appMentionEvent('<@UBOT> machine learning'));
    const calls = harness.slack.calls('chat.postMessage');
    expect(calls.map((call) => call.status)).toEqual([429, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it('retries a 500 from Slack and posts the answer', async () => {
    harness.slack.failNext('chat.postMessage', { status: 500 });
    await mention(appMentionEvent('<@UBOT> machine learning'));
    expect(harness.slack.calls('chat.postMessage').map((call) => call.status)).toEqual([500, 200]);
  });

  it('tells the asker privately when Slack keeps failing, and logs the error with the request id', async () => {
    harness.slack.failNext('chat.postMessage', { status: 500 });
    harness.slack.failNext('chat.postMessage', { status: 500 });
    await mention(appMentionEvent('<@UBOT> machine learning'));
    const [ephemeral] = harness.slack.calls('chat.postEphemeral');
    expect(ephemeral?.args).toMatchObject({ channel: CHANNEL_ID, user: USER_ID });
    const failure = harness.logLines().find((line) => line.msg === 'answering a question failed');
    expect(failure).toMatchObject({ slackError: 'http_500', kind: 'event', type: 'app_mention' });
    expect(typeof failure?.requestId).toBe('string');
  });

  it('asks the person to slow down when Slack rate-limits every try', async () => {
    harness.slack.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    harness.slack.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    await mention(appMentionEvent('<@UBOT> machine learning'));
    expect(harness.slack.calls('chat.postEphemeral')[0]?.args.text).toBe(MESSAGE_SLOW_DOWN);
  });
});

describe('@roles mentions across a restart', () => {
  it('answers a retried event once even when the bot restarted in between', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { createRootLogger } = await import('../../../../src/logging/logger.ts');
    const { createRecentIds } = await import('../../../../src/slack/recent-ids.ts');
    const { openSeenEventsFile } = await import('../../../../src/storage/seen-events-file.ts');
    const { memoryStream } = await import('../../../support/memory-stream.ts');
    const dataDir = await mkdtemp(path.join(tmpdir(), 'roles-restart-'));
    const logger = createRootLogger({ level: 'silent', destination: memoryStream().stream });
    const seenEvents = async () => {
      const file = await openSeenEventsFile({ dataDir, ttlMs: 600_000, nowMs: NOW.getTime(), logger });
      return {
        file,
        ids: createRecentIds({ capacity: 100, ttlMs: 600_000, initial: file.entries, onRecord: file.record }),
      };
    };
    const event = appMentionEvent('<@UBOT> data engineer roles');
    const body = JSON.stringify(eventCallback(event, 'Ev-restarted'));
    try {
      const before = await seenEvents();
      const first = await startHttpHarness({ seenEvents: before.ids });
      await first.post(body, { contentType: 'json' });
      expect(first.slack.calls('chat.postMessage')).toHaveLength(1);
      await before.file.flush();
      await first.close();

      const after = await seenEvents();
      const second = await startHttpHarness({ seenEvents: after.ids });
      const retry = await second.post(body, {
        contentType: 'json',
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      });
      expect(retry.status).toBe(200);
      expect(second.slack.calls('chat.postMessage')).toHaveLength(0);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
