import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';

/** "Open posting" is a link button: Slack opens the URL itself and still sends the click, which only needs an ack. */
export function openPosting() {
  return async ({ ack }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
  };
}
