import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../../src/slack/action-ids.ts';
import { MESSAGE_STALE_BUTTON } from '../../../../src/slack/user-messages.ts';
import { blockAction, slashCommand, toForm, toInteractiveForm } from '../../../support/slack-payloads.ts';
import { buttons, type HttpHarness, startHttpHarness, visibleText } from '../../harness.ts';

let harness: HttpHarness;
beforeAll(async () => {
  harness = await startHttpHarness();
});
beforeEach(() => harness.slack.reset());
afterAll(() => harness.close());

async function firstPage(query: string) {
  const url = harness.slack.responseUrl();
  await harness.post(toForm(slashCommand(query, url)));
  const [post] = harness.slack.responses(url.split('/').pop());
  return post?.body ?? {};
}

async function click(actionId: string, value: string, ephemeral = true) {
  const url = harness.slack.responseUrl();
  const response = await harness.post(
    toInteractiveForm(blockAction({ actionId, value, responseUrl: url, ephemeral })),
  );
  return { response, posts: harness.slack.responses(url.split('/').pop()) };
}

describe('More', () => {
  it('replaces the message with the next page of the same search', async () => {
    const page1 = await firstPage('machine learning');
    const more = buttons(page1.blocks).find((b) => b.actionId === ACTION_IDS.showMore);
    expect(more).toBeDefined();
    const { response, posts } = await click(ACTION_IDS.showMore, more?.value ?? '');
    expect(response.status).toBe(200);
    expect(posts).toHaveLength(1);
    const page2 = posts[0]?.body ?? {};
    expect(page2.replace_original).toBe(true);
    const detailIds = (blocks: unknown) =>
      buttons(blocks)
        .filter((b) => b.actionId === ACTION_IDS.showDetails)
        .map((b) => b.value);
    expect(detailIds(page2.blocks).length).toBeGreaterThan(0);
    // A new page shows different roles, not the first five again.
    for (const id of detailIds(page2.blocks)) expect(detailIds(page1.blocks)).not.toContain(id);
  });

  it('tells the person when a button value is not one it can read', async () => {
    const { posts } = await click(ACTION_IDS.showMore, 'not json');
    expect(posts[0]?.body).toMatchObject({ text: MESSAGE_STALE_BUTTON, replace_original: false });
  });

  it('asks a mention answer again in plain language, not as a command', async () => {
    const { posts } = await click(
      ACTION_IDS.showMore,
      JSON.stringify({ q: 'which roles are remote?', p: 1 }),
      false,
    );
    expect(posts[0]?.body.replace_original).toBe(true);
    expect(visibleText(posts[0]?.body.blocks).toLowerCase()).toContain('remote');
  });
});
