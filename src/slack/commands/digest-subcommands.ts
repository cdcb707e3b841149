import type { RolesSubcommandHandler } from '../listeners/commands/roles-subcommands.ts';
import type { DigestCommandDependencies } from './digest-command-dependencies.ts';
import { digestPreview } from './digest-preview.ts';
import { replyPrivately } from './digest-reply.ts';
import { digestSubscribe } from './digest-subscribe.ts';
import { digestSubscriptions } from './digest-subscriptions.ts';
import { digestUnsubscribe } from './digest-unsubscribe.ts';

/** The `/roles` words the digest answers to; the paused stand-ins cover the same list. */
const DIGEST_WORDS = ['subscribe', 'alert', 'unsubscribe', 'subscriptions', 'digest'] as const;
type DigestWord = (typeof DIGEST_WORDS)[number];

/** The digest words for `/roles`, to pass as `SlackDependencies.subcommands` (merged with any others). */
export function digestSubcommands(deps: DigestCommandDependencies): Map<string, RolesSubcommandHandler> {
  const handlers: Record<DigestWord, RolesSubcommandHandler> = {
    subscribe: digestSubscribe(deps),
    // A personal alert from anywhere: the person's own weekly digest, by DM.
    alert: digestSubscribe(deps, { personal: true }),
    unsubscribe: digestUnsubscribe(deps),
    subscriptions: digestSubscriptions(deps),
    digest: digestPreview(deps),
  };
  return new Map(Object.entries(handlers));
}

export const MESSAGE_DIGESTS_PAUSED =
  'Digests are paused: I could not read my digest records. Whoever runs me will find what to do in my log.';

/** Stands in for the digest words while the store is unreadable, so they answer instead of searching. */
export function pausedDigestSubcommands(): Map<string, RolesSubcommandHandler> {
  const paused: RolesSubcommandHandler = async ({ respond }) => {
    await replyPrivately(respond, MESSAGE_DIGESTS_PAUSED);
  };
  return new Map(DIGEST_WORDS.map((word) => [word, paused]));
}
