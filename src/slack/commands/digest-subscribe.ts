import { currentMatches } from '../../digest/channel-matcher.ts';
import { nextSendInWords } from '../../digest/schedule-in-words.ts';
import type { Posting } from '../../model/posting.ts';
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

/** A DM with the bot (`D…`): a subscription made there is the person's own alert. */
export function isDirectMessage(channelId: string): boolean {
  return channelId.startsWith('D');
}

/**
 * `/roles subscribe [words]`: this channel's digest gets new roles matching the words (no words: all).
 * In a DM with the bot, or as `/roles alert [words]` anywhere, it is a personal alert: stored under the
 * person's user id, and the same weekly digest comes to them by DM.
 */
export function digestSubscribe(
  deps: DigestCommandDependencies,
  options: { personal?: boolean } = {},
): RolesSubcommandHandler {
  return async ({ args, command, respond, client, log, catalog, now }) => {
    const query = normaliseQuery(args);
    if (query !== null && query.length > SUBSCRIPTION_QUERY_MAX) {
      await replyPrivately(respond, MESSAGE_QUERY_TOO_LONG);
      return;
    }
    const personal = options.personal === true || isDirectMessage(command.channel_id);
    const { subscription, created } = await deps.store.addSubscription({
      channelId: personal ? command.user_id : command.channel_id,
      query,
      createdBy: command.user_id,
      createdAt: now.toISOString(),
      ...(personal ? { personal: true } : {}),
    });
    if (personal) {
      log.info({ subscription: subscription.id, created }, 'personal alert');
      const next = nextSendInWords(deps.cron, deps.timeZone, now);
      const lines = [
        created
          ? `Saved your personal alert for ${describeQuery(query)} (\`${subscription.id}\`): I will send them to you by DM ${describeSchedule(deps.cron, deps.timeZone)}.${next === null ? '' : ` Next: ${next}.`}`
          : `You already have a personal alert for ${describeQuery(query)} (\`${subscription.id}\`).`,
      ];
      if (query !== null) lines.push(matchesLine(currentMatches(catalog, query, now)));
      lines.push(
        `See yours with \`/roles subscriptions\`; stop with \`/roles unsubscribe ${subscription.id}\` here or in our DM.`,
      );
      await replyPrivately(respond, lines.join('\n'));
      return;
    }
    log.info(
      { subscription: subscription.id, channelId: command.channel_id, created },
      'digest subscription',
    );
    const what = describeQuery(query);
    const lines: string[] = [];
    if (created) {
      lines.push(`Subscribed this channel to ${what} (\`${subscription.id}\`).`);
      const next = nextSendInWords(deps.cron, deps.timeZone, now);
      lines.push(
        `Digests go out ${describeSchedule(deps.cron, deps.timeZone)}.${next === null ? '' : ` Next: ${next}.`}`,
      );
    } else {
      lines.push(`This channel already follows ${what} (\`${subscription.id}\`).`);
    }
    if (query !== null) lines.push(matchesLine(currentMatches(catalog, query, now)));
    lines.push(
      `Preview the next digest with \`/roles digest\`; stop with \`/roles unsubscribe ${subscription.id}\`.`,
    );
    if (!(await botIsMember(client, command.channel_id, log))) lines.push(MESSAGE_INVITE_FOR_DIGEST);
    await replyPrivately(respond, lines.join('\n'));
  };
}

/** How many current roles the saved search matches (real matches only), naming up to three of them. */
export function matchesLine(matches: readonly Posting[]): string {
  if (matches.length === 0) return 'No current role matches; you will hear when one appears.';
  const named = matches
    .slice(0, MATCHES_NAMED)
    .map((posting) => `${posting.title}${posting.company === null ? '' : ` at ${posting.company}`}`)
    // Posting text never carries Slack markup or mentions into the reply.
    .map((name) =>
      name
        .replace(/[<>&*_~`]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  const more = matches.length - named.length;
  const list = `${named.join('; ')}${more > 0 ? ` and ${more} more` : ''}`;
  return `${matches.length} current ${matches.length === 1 ? 'role matches' : 'roles match'} (${list}); the digest brings only new ones.`;
}

const MATCHES_NAMED = 3;

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
