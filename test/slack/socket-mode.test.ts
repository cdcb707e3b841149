import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../src/logging/logger.ts';
import { createSlackApp, type SlackApp } from '../../src/slack/create-app.ts';
import { fixtureCatalog } from '../fixtures/catalog/fixture-catalog.ts';
import { memoryStream } from '../support/memory-stream.ts';
import { appMentionEvent, CHANNEL_ID, eventCallback, slashCommand } from '../support/slack-payloads.ts';
import { type SocketModeStandIn, startSocketModeServer } from '../support/slack-socket-mode.ts';
import { type SlackWebApiStandIn, startSlackWebApi } from '../support/slack-web-api.ts';
import { NOW, TEST_RETRY_POLICY } from './harness.ts';

let slack: SlackWebApiStandIn;
let socket: SocketModeStandIn;
let slackApp: SlackApp;

beforeAll(async () => {
  slack = await startSlackWebApi();
  socket = await startSocketModeServer();
  slack.setSocketModeUrl(socket.url);
  const catalog = fixtureCatalog();
  slackApp = createSlackApp(
    {
      mode: 'socket',
      botToken: slack.botToken,
      appToken: slack.appToken,
      apiUrl: slack.url,
      retryConfig: TEST_RETRY_POLICY,
    },
    {
      getCatalog: () => catalog,
      logger: createRootLogger({ level: 'debug', destination: memoryStream().stream }),
      now: () => NOW,
    },
  );
  await slackApp.start();
  await socket.waitForConnection();
});
afterAll(async () => {
  await slackApp.stop();
  await socket.close();
  await slack.close();
});

describe('Socket Mode', () => {
  it('opens the connection with the app-level token', () => {
    expect(slack.calls('apps.connections.open')[0]?.token).toBe(slack.appToken);
  });

  it('acks a slash command envelope and answers through its response_url', async () => {
    const url = slack.responseUrl('socket-roles');
    const envelopeId = socket.send('slash_commands', slashCommand('machine learning', url));
    const ack = await socket.waitForAck(envelopeId);
    expect(ack.envelope_id).toBe(envelopeId);
    const [post] = await slack.waitForResponses('socket-roles');
    expect(post?.body.response_type).toBe('ephemeral');
    expect(String(post?.body.text)).toContain('Machine Learning');
  });

  it('sends help in the ack payload itself', async () => {
    const envelopeId = socket.send('slash_commands', slashCommand('help', slack.responseUrl('socket-help')));
    const ack = await socket.waitForAck(envelopeId);
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(ack.payload)).toContain('/roles');
    expect(slack.responses('socket-help')).toHaveLength(0);
  });

  it('acks an events_api envelope and answers the mention in its thread', async () => {
    const event = appMentionEvent('<@UBOT> roles in London');
    const envelopeId = socket.send('events_api', eventCallback(event));
    await socket.waitForAck(envelopeId);
    const [call] = await slack.waitForCalls('chat.postMessage');
    expect(call?.args).toMatchObject({ channel: CHANNEL_ID, thread_ts: event.ts });
  });
});
