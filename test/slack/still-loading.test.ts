import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../src/logging/logger.ts';
import { buildCatalog } from '../../src/search/catalog.ts';
import { createSlackApp, EVENTS_PATH, HEALTH_PATH, type SlackApp } from '../../src/slack/create-app.ts';
import { memoryStream } from '../support/memory-stream.ts';
import {
  appMentionEvent,
  directMessageEvent,
  eventCallback,
  slashCommand,
  toForm,
} from '../support/slack-payloads.ts';
import { slackRequestHeaders } from '../support/slack-signature.ts';
import { type SlackWebApiStandIn, startSlackWebApi } from '../support/slack-web-api.ts';
import { NOW, SIGNING_SECRET, TEST_RETRY_POLICY } from './harness.ts';

// A cold start: 120 of 800 files read, nothing searchable yet.
let progress: { loaded: number; total: number } | null = { loaded: 120, total: 800 };
let slack: SlackWebApiStandIn;
let slackApp: SlackApp;
let baseUrl: string;

beforeAll(async () => {
  slack = await startSlackWebApi();
  slackApp = createSlackApp(
    {
      mode: 'http',
      botToken: slack.botToken,
      signingSecret: SIGNING_SECRET,
      apiUrl: slack.url,
      retryConfig: TEST_RETRY_POLICY,
      processBeforeResponse: true,
    },
    {
      getCatalog: () => buildCatalog([]),
      loading: () => progress,
      logger: createRootLogger({ level: 'debug', destination: memoryStream().stream }),
      now: () => NOW,
    },
  );
  const { port } = await slackApp.start(0);
  baseUrl = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await slackApp.stop();
  await slack.close();
});

const post = (body: string, contentType: 'form' | 'json') =>
  fetch(`${baseUrl}${EVENTS_PATH}`, {
    method: 'POST',
    headers: slackRequestHeaders(body, SIGNING_SECRET, { contentType }),
    body,
  });

describe('while the postings are still loading', () => {
  it('answers /healthz at once with how far loading has got', async () => {
    const response = await fetch(`${baseUrl}${HEALTH_PATH}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, postings: 0, loading: { loaded: 120, total: 800 } });
  });

  it('tells /roles to try again in a moment instead of answering from a partial catalog', async () => {
    const response = await post(toForm(slashCommand('data engineer', slack.responseUrl('loading'))), 'form');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      response_type: 'ephemeral',
      text: 'Still loading postings (120 of 800), try again in a moment.',
    });
  });

  it('says the same in the thread of a mention and in a DM', async () => {
    slack.reset();
    const mention = appMentionEvent('<@UBOT> remote roles?');
    await post(JSON.stringify(eventCallback(mention, 'Ev-loading-1')), 'json');
    await post(JSON.stringify(eventCallback(directMessageEvent('any data roles?'), 'Ev-loading-2')), 'json');
    const calls = await slack.waitForCalls('chat.postMessage', 2);
    expect(calls.map((call) => call.args.text)).toEqual([
      'Still loading postings (120 of 800), try again in a moment.',
      'Still loading postings (120 of 800), try again in a moment.',
    ]);
    expect(calls[0]?.args.thread_ts).toBe(mention.ts);
  });

  it('answers normally once loading is done', async () => {
    progress = null;
    const response = await fetch(`${baseUrl}${HEALTH_PATH}`);
    expect(await response.json()).toEqual({ ok: true, postings: 0, loading: null });
  });
});
