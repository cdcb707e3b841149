import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../../src/slack/action-ids.ts';
import type { RolesSubcommandContext } from '../../../../src/slack/listeners/commands/roles-subcommands.ts';
import { MESSAGE_SOMETHING_WENT_WRONG } from '../../../../src/slack/user-messages.ts';
import { slashCommand, toForm } from '../../../support/slack-payloads.ts';
import { buttons, type HttpHarness, startHttpHarness, visibleText } from '../../harness.ts';

let harness: HttpHarness;
const subcommandCalls: RolesSubcommandContext[] = [];

beforeAll(async () => {
  harness = await startHttpHarness({
    subcommands: new Map([
      [
        'subscribe',
        async (ctx: RolesSubcommandContext) => {
          subcommandCalls.push(ctx);
          await ctx.respond({ response_type: 'ephemeral', text: `Subscribed to ${ctx.args}` });
        },
      ],
      [
        'digest',
        async () => {
          throw new Error('digest store unreadable');
        },
      ],
    ]),
  });
});
beforeEach(() => harness.slack.reset());
afterAll(() => harness.close());

async function roles(text: string) {
  const url = harness.slack.responseUrl();
  const id = url.split('/').pop() ?? '';
  const response = await harness.post(toForm(slashCommand(text, url)));
  return { response, posts: harness.slack.responses(id) };
}

describe('/roles', () => {
  it('acks with an empty 200 and answers a search privately with role cards', async () => {
    const { response, posts } = await roles('machine learning');
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    expect(posts).toHaveLength(1);
    const body = posts[0]?.body ?? {};
    expect(posts[0]?.status).toBe(200);
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toContain('Machine Learning');
    expect(visibleText(body.blocks)).toContain('Machine Learning Engineer');
  });

  it('offers More, Details and Share buttons on a long result, with the query in the More value', async () => {
    const { posts } = await roles('machine learning');
    const found = buttons(posts[0]?.body.blocks);
    const more = found.find((b) => b.actionId === ACTION_IDS.showMore);
    expect(more).toBeDefined();
    expect(JSON.parse(more?.value ?? '{}')).toEqual({ q: 'machine learning', p: 2 });
    expect(found.some((b) => b.actionId === ACTION_IDS.showDetails)).toBe(true);
    expect(found.some((b) => b.actionId === ACTION_IDS.share)).toBe(true);
  });

  it.each(['', 'help'])('answers %j with help right in the ack, with no second request', async (text) => {
    const { response, posts } = await roles(text);
    expect(response.status).toBe(200);
    const body = JSON.parse(response.text) as Record<string, unknown>;
    expect(body.response_type).toBe('ephemeral');
    expect(visibleText(body.blocks)).toContain('/roles');
    expect(posts).toHaveLength(0);
  });

  it('hands a registered subcommand its arguments and the Slack context', async () => {
    subcommandCalls.length = 0;
    const { posts } = await roles('Subscribe  ml remote');
    expect(subcommandCalls).toHaveLength(1);
    expect(subcommandCalls[0]?.args).toBe('ml remote');
    expect(subcommandCalls[0]?.command.channel_id).toBe('C0JOBS');
    expect(subcommandCalls[0]?.catalog.postings.length).toBeGreaterThan(0);
    expect(posts[0]?.body.text).toBe('Subscribed to ml remote');
  });

  it('apologises when a subcommand fails, and keeps serving', async () => {
    const { response, posts } = await roles('digest');
    expect(response.status).toBe(200);
    expect(posts[0]?.body).toMatchObject({ response_type: 'ephemeral', text: MESSAGE_SOMETHING_WENT_WRONG });
    expect((await roles('data engineer')).posts).toHaveLength(1);
  });

  it('tells the person something went wrong when the answer cannot be delivered', async () => {
    // The stand-in refuses a response_url after five posts, as Slack does.
    const url = harness.slack.responseUrl('used-up');
    for (let i = 0; i < 5; i += 1) {
      await fetch(url, { method: 'POST', body: JSON.stringify({ text: 'earlier' }) });
    }
    const response = await harness.post(toForm(slashCommand('machine learning', url)));
    expect(response.status).toBe(200);
    const failureLog = harness
      .logLines()
      .filter((line) => line.msg === 'answering /roles failed')
      .at(-1);
    expect(failureLog).toMatchObject({ kind: 'command', type: '/roles', slackError: 'respond_failed' });
    expect(typeof failureLog?.requestId).toBe('string');
  });

  it('logs every request with a request id and never the bot token', async () => {
    await roles('data engineer');
    const lines = harness.logLines();
    expect(lines.some((line) => line.msg === 'answered /roles' && typeof line.requestId === 'string')).toBe(
      true,
    );
    expect(JSON.stringify(lines)).not.toContain(harness.slack.botToken);
  });
});
