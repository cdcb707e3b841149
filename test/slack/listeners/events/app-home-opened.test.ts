import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventCallback, USER_ID } from '../../../support/slack-payloads.ts';
import { type HttpHarness, startHttpHarness, visibleText } from '../../harness.ts';

let harness: HttpHarness;
const asked: string[] = [];
beforeAll(async () => {
  harness = await startHttpHarness({
    listSubscriptions: async (userId) => {
      asked.push(userId);
      return [{ channelId: 'C0JOBS', query: 'machine learning' }];
    },
  });
});
beforeEach(() => harness.slack.reset());
afterAll(() => harness.close());

const open = (tab: 'home' | 'messages') =>
  harness.post(
    JSON.stringify(
      eventCallback({ type: 'app_home_opened', user: USER_ID, channel: 'D0ALICE', tab, event_ts: '1.2' }),
    ),
    { contentType: 'json' },
  );

describe('the Home tab', () => {
  it('publishes what the bot knows and the person’s subscriptions', async () => {
    await open('home');
    const [call] = harness.slack.calls('views.publish');
    expect(call?.response).toMatchObject({ ok: true });
    expect(call?.args.user_id).toBe(USER_ID);
    expect(call?.args.view).toMatchObject({ type: 'home' });
    const text = visibleText(call?.args.view);
    expect(text).toContain('30');
    expect(text).toContain('machine learning');
    expect(asked).toContain(USER_ID);
  });

  it('does nothing when the Messages tab is opened', async () => {
    await open('messages');
    expect(harness.slack.calls('views.publish')).toHaveLength(0);
  });

  it('logs a failed publish without crashing', async () => {
    harness.slack.failNext('views.publish', { error: 'invalid_arguments' });
    expect((await open('home')).status).toBe(200);
    expect(harness.logLines().some((line) => line.slackError === 'invalid_arguments')).toBe(true);
  });
});
