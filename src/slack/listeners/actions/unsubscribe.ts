import type { ListenerDependencies } from '../../dependencies.ts';
import { buttonAction } from './button-action.ts';

export const MESSAGE_UNSUBSCRIBE_OFF =
  'Digests are not set up on this bot, so there is nothing to unsubscribe from.';
export const MESSAGE_UNSUBSCRIBE_ELSEWHERE =
  'This button stops the digest where it was posted: use it in that channel (or in your DM with me for a personal alert).';

/**
 * A digest's Unsubscribe: removes every saved search of the channel the digest was posted in, or the
 * person's own alerts when it is their DM digest. The value names the target, and it must be where the
 * click came from (the channel, or the person who clicked), so a forwarded or forged value stops nothing else.
 */
export function unsubscribe(deps: ListenerDependencies) {
  return buttonAction(deps, 'unsubscribing', async ({ action, body }, log, tell) => {
    if (deps.unsubscribe === undefined) {
      await tell(MESSAGE_UNSUBSCRIBE_OFF);
      return;
    }
    const target = action.value ?? '';
    const fromChannel = body.channel?.id;
    const personal = target === body.user.id;
    if (!personal && target !== fromChannel) {
      log.warn({ target, fromChannel }, 'unsubscribe clicked for another channel; refused');
      await tell(MESSAGE_UNSUBSCRIBE_ELSEWHERE);
      return;
    }
    const removed = await deps.unsubscribe(target);
    log.info({ target, removed: removed.length, by: body.user.id }, 'unsubscribed from a digest');
    if (removed.length === 0) {
      await tell(
        personal ? 'You have no personal alert to stop.' : 'This channel had no digest subscription left.',
      );
      return;
    }
    const what = removed
      .map((s) => (s.query === null ? 'every new role' : `“${s.query.replace(/[<>&*_~`]/g, ' ')}”`))
      .join(', ');
    await tell(
      personal
        ? `Stopped your personal alert (${what}). Set one again with \`/roles alert <words>\`.`
        : `<@${body.user.id}> unsubscribed this channel from its digest (${what}). Subscribe again with \`/roles subscribe <words>\`.`,
    );
  });
}
