import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../../src/slack/action-ids.ts';
import { MESSAGE_INVITE_ME } from '../../../../src/slack/user-messages.ts';
import { blockAction, CHANNEL_ID, toInteractiveForm, USER_ID } from '../../../support/slack-payloads.ts';
import { buttons, type HttpHarness, startHttpHarness, visibleText } from '../../harness.ts';

let harness: HttpHarness;
beforeAll(async () => {
  harness = await startHttpHarness();
});
beforeEach(() => harness.slack.reset());
afterAll(() => harness.close());

async function share(query: string, page = 1) {
  const url = harness.slack.responseUrl();
  const value = JSON.stringify({ q: query, p: page });
  await harness.post(toInteractiveForm(blockAction({ actionId: ACTION_IDS.share, value, responseUrl: url })));
  return harness.slack.responses(url.split('/').pop());
}

describe('Share in channel', () => {
  it('posts the page publicly in the channel, naming who shared it', async () => {
    await share('machine learning');
    const [call] = harness.slack.calls('chat.postMessage');
    expect(call?.response).toMatchObject({ ok: true });
    expect(call?.args.channel).toBe(CHANNEL_ID);
    expect(visibleText(call?.args.blocks)).toContain(`<@${USER_ID}>`);
    expect(visibleText(call?.args.blocks)).toContain('Machine Learning Engineer');
    // The public copy has no More or Share buttons: those would act on everyone's message.
    const actionIds = buttons(call?.args.blocks).map((b) => b.actionId);
    expect(actionIds).not.toContain(ACTION_IDS.showMore);
    expect(actionIds).not.toContain(ACTION_IDS.share);
  });

  it.each(['not_in_channel', 'channel_not_found'])(
    'asks the person to invite the bot on %s',
    async (error) => {
      harness.slack.failNext('chat.postMessage', { error });
      const posts = await share('data engineer');
      expect(posts[0]?.body).toMatchObject({ text: MESSAGE_INVITE_ME, response_type: 'ephemeral' });
      expect(
        harness
          .logLines()
          .some((line) => line.msg === 'sharing in channel failed' && line.slackError === error),
      ).toBe(true);
    },
  );
});
