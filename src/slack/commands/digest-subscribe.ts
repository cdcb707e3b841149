import { channelMatcher } from '../../digest/channel-matcher.ts';
import type {
  RolesSubcommandContext,
  RolesSubcommandHandler,
} from '../listeners/commands/roles-subcommands.ts';
import type { DigestCommandDependencies } from './digest-command-dependencies.ts';
import {
  describeQuery,
  describeSchedule,
  normaliseQuery,
  replyPrivately,
  SUBSCRIPTION_QUERY_MAX,
} from './digest-reply.ts';

export const MESSAGE_QUERY_TOO_LONG = `Please keep a saved search under ${SUBSCRIPTION_QUERY_MAX} characters.`;
export const MESSAGE_INVITE_FOR_DIGEST =
  'I’m not in this channel yet: invite me with `/invite @roles` so I can post the digest here.';

/** `/roles subscribe [words]`: this channel's digest gets new roles matching the words (no words: all). */
export function digestSubscribe(deps: DigestCommandDependencies): RolesSubcommandHandler {
  return async ({ args, command, respond, client, log, catalog, now }) => {
    const query = normaliseQuery(args);
    if (query !== null && query.length > SUBSCRIPTION_QUERY_MAX) {
      await replyPrivately(respond, MESSAGE_QUERY_TOO_LONG);
      return;
    }
    const { subscription, created } = await deps.store.addSubscription({
      channelId: command.channel_id,
      query,
      createdBy: command.user_id,
      createdAt: now.toISOString(),
    });
    log.info(
      { subscription: subscription.id, channelId: command.channel_id, created },
      'digest subscription',
    );
    const what = describeQuery(query);
    const lines: string[] = [];
    if (created) {
      lines.push(`Subscribed this channel to ${what} (\`${subscription.id}\`).`);
      lines.push(`Digests go out ${describeSchedule(deps.cron, deps.timeZone)}.`);
    } else {
      lines.push(`This channel already follows ${what} (\`${subscription.id}\`).`);
    }
    if (query !== null) {
      const matches = catalog.postings.filter(channelMatcher(catalog, [query])).length;
      lines.push(
        matches === 0
          ? 'No current role matches; you will hear when one appears.'
          : `${matches} current ${matches === 1 ? 'role matches' : 'roles match'}; the digest brings only new ones.`,
      );
    }
    lines.push(
      `Preview the next digest with \`/roles digest\`; stop with \`/roles unsubscribe ${subscription.id}\`.`,
    );
    if (!(await botIsMember(client, command.channel_id, log))) lines.push(MESSAGE_INVITE_FOR_DIGEST);
    await replyPrivately(respond, lines.join('\n'));
  };
}

/** True unless Slack says the bot is not a member; a failed check (DM, missing scope) is not a reason to warn. */
async function botIsMember(
  client: RolesSubcommandContext['client'],
  channel: string,
  log: RolesSubcommandContext['log'],
): Promise<boolean> {
  try {
    const info = await client.conversations.info({ channel });
    return info.channel?.is_member !== false;
  } catch (error) {
    log.debug({ err: error, channel }, 'could not check channel membership');
    return true;
  }
}
