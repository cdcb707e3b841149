import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../../src/slack/action-ids.ts';
import { MESSAGE_POSTING_GONE, MESSAGE_SOMETHING_WENT_WRONG } from '../../../../src/slack/user-messages.ts';
import { fixturePosting } from '../../../fixtures/catalog/fixture-catalog.ts';
import { blockAction, toInteractiveForm } from '../../../support/slack-payloads.ts';
import { type HttpHarness, startHttpHarness, visibleText } from '../../harness.ts';

let harness: HttpHarness;
beforeAll(async () => {
  harness = await startHttpHarness();
});
beforeEach(() => harness.slack.reset());
afterAll(() => harness.close());

async function clickDetails(postingId: string) {
  const url = harness.slack.responseUrl();
  const body = blockAction({ actionId: ACTION_IDS.showDetails, value: postingId, responseUrl: url });
  const response = await harness.post(toInteractiveForm(body));
  return { response, body, posts: harness.slack.responses(url.split('/').pop()) };
}

describe('Details', () => {
  it('opens the posting in a modal with the trigger id of the click', async () => {
    const posting = fixturePosting('Senior Data Scientist');
    const { response, body } = await clickDetails(posting.id);
    expect(response.status).toBe(200);
    const [call] = harness.slack.calls('views.open');
    expect(call?.response).toMatchObject({ ok: true });
    expect(call?.args.trigger_id).toBe(body.trigger_id);
    expect(call?.args.view).toMatchObject({ type: 'modal' });
    expect(visibleText(call?.args.view)).toContain('Senior Data Scientist');
  });

  it('says the role is gone when its posting left the catalog', async () => {
    const { posts } = await clickDetails('zzzzzzzz');
    expect(harness.slack.calls('views.open')).toHaveLength(0);
    expect(posts[0]?.body).toMatchObject({ text: MESSAGE_POSTING_GONE, response_type: 'ephemeral' });
  });

  it('apologises and logs the Slack error when the modal cannot open', async () => {
    harness.slack.failNext('views.open', { error: 'expired_trigger_id' });
    const { posts } = await clickDetails(fixturePosting('Senior Data Scientist').id);
    expect(posts[0]?.body.text).toBe(MESSAGE_SOMETHING_WENT_WRONG);
    expect(harness.logLines().find((line) => line.msg === 'opening details failed')).toMatchObject({
      slackError: 'expired_trigger_id',
      kind: 'action',
      type: ACTION_IDS.showDetails,
    });
  });
});
