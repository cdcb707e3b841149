import type { FollowDependencies } from '../../boards/follow-board.ts';
import type { RolesSubcommandHandler } from '../listeners/commands/roles-subcommands.ts';
import { boardFollow } from './board-follow.ts';
import { boardFollowing } from './board-following.ts';
import { boardUnfollow } from './board-unfollow.ts';

/** `/roles follow <url>`, `/roles following`, `/roles unfollow <url or name>`: merge into `subcommands`. */
export function boardSubcommands(deps: FollowDependencies): Map<string, RolesSubcommandHandler> {
  return new Map([
    ['follow', boardFollow(deps)],
    ['following', boardFollowing(deps)],
    ['unfollow', boardUnfollow(deps)],
  ]);
}
