import type { RolesSubcommandHandler } from '../listeners/commands/roles-subcommands.ts';
import type { DigestCommandDependencies } from './digest-command-dependencies.ts';
import { digestPreview } from './digest-preview.ts';
import { replyPrivately } from './digest-reply.ts';
import { digestSubscribe } from './digest-subscribe.ts';
import { digestSubscriptions } from './digest-subscriptions.ts';
import { digestUnsubscribe } from './digest-unsubscribe.ts';

/** The digest words for `/roles`, to pass as `SlackDependencies.subcommands` (merged with any others). */
export function digestSubcommands(deps: DigestCommandDependencies): Map<string, RolesSubcommandHandler> {
  return new Map([
    ['subscribe', digestSubscribe(deps)],
    ['unsubscribe', digestUnsubscribe(deps)],
    ['subscriptions', digestSubscriptions(deps)],
    ['digest', digestPreview(deps)],
  ]);
}

export const MESSAGE_DIGESTS_PAUSED =
  'Digests are paused: I could not read my digest records. Whoever runs me will find what to do in my log.';

/** Stands in for the digest words while the store is unreadable, so they answer instead of searching. */
export function pausedDigestSubcommands(): Map<string, RolesSubcommandHandler> {
  const paused: RolesSubcommandHandler = async ({ respond }) => {
    await replyPrivately(respond, MESSAGE_DIGESTS_PAUSED);
  };
  return new Map(['subscribe', 'unsubscribe', 'subscriptions', 'digest'].map((word) => [word, paused]));
}
