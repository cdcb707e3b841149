import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MESSAGE_DIGESTS_PAUSED,
  pausedDigestSubcommands,
} from '../../src/slack/commands/digest-subcommands.ts';
import { slashCommand, toForm } from '../support/slack-payloads.ts';
import { type HttpHarness, startHttpHarness } from './harness.ts';

let harness: HttpHarness;

beforeAll(async () => {
  harness = await startHttpHarness({ subcommands: pausedDigestSubcommands() });
});

afterAll(() => harness.close());

describe('digest subcommands while digests are paused', () => {
  it.each(['subscribe rust', 'unsubscribe', 'subscriptions', 'digest'])(
    '"/roles %s" says digests are paused',
    async (text) => {
      const url = harness.slack.responseUrl();
      await harness.post(toForm(slashCommand(text, url)));
      const [post] = harness.slack.responses(url.split('/').pop());
      expect(post?.body).toMatchObject({ response_type: 'ephemeral', text: MESSAGE_DIGESTS_PAUSED });
    },
  );
});
