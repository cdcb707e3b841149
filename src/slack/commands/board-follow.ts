import { boardPageUrl, SYSTEM_NAMES } from '../../boards/board-ref.ts';
import { type FollowDependencies, followBoard, MESSAGE_NOT_A_BOARD } from '../../boards/follow-board.ts';
import { escapeMrkdwn } from '../../render/slack/mrkdwn.ts';
import type { RolesSubcommandHandler } from '../listeners/commands/roles-subcommands.ts';
import { replyPrivately } from './digest-reply.ts';

export function roleCount(n: number): string {
  return n === 1 ? '1 open role' : `${n} open roles`;
}

/** `/roles follow <board URL>`: checks the board exists and says how many open roles it has. */
export function boardFollow(deps: FollowDependencies): RolesSubcommandHandler {
  return async ({ args, command, respond, log }) => {
    if (args === '') {
      await replyPrivately(respond, MESSAGE_NOT_A_BOARD);
      return;
    }
    const outcome = await followBoard(args, command.user_id, { ...deps, logger: log });
    if (!outcome.ok) {
      // Our own words: the board name in them passed the board-name check, so they hold no markup.
      await replyPrivately(respond, outcome.message);
      return;
    }
    const { file, open, already } = outcome;
    const system = SYSTEM_NAMES[file.system];
    const where = `<${boardPageUrl(file)}|${escapeMrkdwn(file.name)} on ${system}>`;
    await replyPrivately(
      respond,
      already
        ? `I already follow ${where}: ${roleCount(open)}.`
        : `Following ${where}: ${roleCount(open)} now. New roles from it will show up in search and in digests.`,
    );
  };
}
