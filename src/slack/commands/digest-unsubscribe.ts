import type { RolesSubcommandHandler } from '../listeners/commands/roles-subcommands.ts';
import type { DigestCommandDependencies } from './digest-command-dependencies.ts';
import { describeQuery, normaliseQuery, replyPrivately } from './digest-reply.ts';
import { isDirectMessage } from './digest-subscribe.ts';
import { subscriptionLines } from './digest-subscriptions.ts';

/** `/roles unsubscribe [words or id]`: no words removes the "every new role" subscription. */
export function digestUnsubscribe(deps: DigestCommandDependencies): RolesSubcommandHandler {
  return async ({ args, command, respond, log }) => {
    const target = normaliseQuery(args);
    // In a DM it stops the person's own alerts; elsewhere, the channel's, or one of the person's by its id.
    let removed = await deps.store.removeSubscriptions(
      isDirectMessage(command.channel_id) ? command.user_id : command.channel_id,
      target,
    );
    if (removed.length === 0 && target !== null && !isDirectMessage(command.channel_id)) {
      removed = await deps.store.removeSubscriptions(command.user_id, target);
    }
    log.info({ channelId: command.channel_id, removed: removed.map((s) => s.id) }, 'digest unsubscribe');
    const left = (await deps.store.read()).subscriptions.filter((s) => s.channelId === command.channel_id);
    const lines: string[] = [];
    if (removed.length > 0) {
      lines.push(
        `Unsubscribed this channel from ${removed.map((s) => describeQuery(s.query)).join(' and ')}.`,
      );
      lines.push(left.length === 0 ? 'This channel has no digest subscriptions left.' : 'Still following:');
    } else {
      lines.push(
        `This channel has no subscription to ${target === null ? 'every new role' : describeQuery(target)}.`,
      );
      lines.push(
        left.length === 0
          ? 'It has no digest subscriptions.'
          : 'It follows these (unsubscribe with `/roles unsubscribe <id>`):',
      );
    }
    lines.push(...subscriptionLines(left));
    await replyPrivately(respond, lines.join('\n'));
  };
}
