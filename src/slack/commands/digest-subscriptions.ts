import type { HomeSubscriptionRow } from '../../render/slack/home-view.ts';
import type { DigestStore, Subscription } from '../../storage/digest-store.ts';
import type { RolesSubcommandHandler } from '../listeners/commands/roles-subcommands.ts';
import type { DigestCommandDependencies } from './digest-command-dependencies.ts';
import { describeQuery, describeSchedule, replyPrivately } from './digest-reply.ts';

/** Subscriptions, optionally only one channel's or one person's, oldest first. */
export async function listSubscriptions(
  store: DigestStore,
  filter: { channelId?: string; createdBy?: string } = {},
): Promise<Subscription[]> {
  const { subscriptions } = await store.read();
  return subscriptions
    .filter((s) => filter.channelId === undefined || s.channelId === filter.channelId)
    .filter((s) => filter.createdBy === undefined || s.createdBy === filter.createdBy)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** For the App Home (`SlackDependencies.listSubscriptions`): the subscriptions the person set up. */
export function homeSubscriptions(store: DigestStore): (userId: string) => Promise<HomeSubscriptionRow[]> {
  return async (userId) =>
    (await listSubscriptions(store, { createdBy: userId })).map(({ id, channelId, query }) => ({
      id,
      channelId,
      query,
    }));
}

/** "• `sub-1a2b3c` new roles matching “rust”, added by <@U1> on 2026-11-23". */
export function subscriptionLines(subscriptions: readonly Subscription[]): string[] {
  return subscriptions.map(
    (s) =>
      `• \`${s.id}\` ${describeQuery(s.query)}, added by ${/^[UW][A-Z0-9]+$/.test(s.createdBy) ? `<@${s.createdBy}>` : 'someone'} on ${s.createdAt.slice(0, 10)}`,
  );
}

/** `/roles subscriptions`: what this channel's digest follows. */
export function digestSubscriptions(deps: DigestCommandDependencies): RolesSubcommandHandler {
  return async ({ command, respond }) => {
    const channelId = command.channel_id;
    const subscriptions = await listSubscriptions(deps.store, { channelId });
    const lines: string[] = [];
    if (deps.digestChannels.includes(channelId)) {
      lines.push('This is the digest channel: it gets every new role.');
    }
    if (subscriptions.length === 0) {
      lines.push('This channel has no digest subscriptions. Add one with `/roles subscribe [words]`.');
    } else {
      lines.push(`This channel’s digest (${describeSchedule(deps.cron, deps.timeZone)}) follows:`);
      lines.push(...subscriptionLines(subscriptions));
      lines.push('Remove one with `/roles unsubscribe <id>`.');
    }
    // Both kinds: the person's own alerts, wherever they ask.
    const mine = await listSubscriptions(deps.store, { channelId: command.user_id });
    if (mine.length > 0) {
      lines.push(`Your personal alerts (by DM, ${describeSchedule(deps.cron, deps.timeZone)}):`);
      lines.push(...subscriptionLines(mine));
    } else {
      lines.push('You have no personal alert; set one with `/roles alert <words>`.');
    }
    await replyPrivately(respond, lines.join('\n'));
  };
}
