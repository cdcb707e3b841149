import { SYSTEM_NAMES } from '../../boards/board-ref.ts';
import { type FollowDependencies, unfollowBoard } from '../../boards/follow-board.ts';
import { escapeMrkdwn } from '../../render/slack/mrkdwn.ts';
import type { RolesSubcommandHandler } from '../listeners/commands/roles-subcommands.ts';
import { replyPrivately } from './digest-reply.ts';

/** `/roles unfollow <url or name>`: stops syncing; its roles close (they stay in history). */
export function boardUnfollow(deps: FollowDependencies): RolesSubcommandHandler {
  return async ({ args, respond, log }) => {
    if (args === '') {
      await replyPrivately(
        respond,
        'Which board? `/roles unfollow <board URL or name>`; `/roles following` lists them.',
      );
      return;
    }
    const outcome = await unfollowBoard(args, { ...deps, logger: log });
    if (!outcome.ok) {
      await replyPrivately(respond, outcome.message);
      return;
    }
    const { file, closed } = outcome;
    await replyPrivately(
      respond,
      `Stopped following ${escapeMrkdwn(file.name)} on ${SYSTEM_NAMES[file.system]}. ` +
        `Its ${closed === 1 ? 'open role is' : `${closed} open roles are`} now closed: out of digests and search, kept in history.`,
    );
  };
}
