import { boardKey, boardPageUrl, SYSTEM_NAMES } from '../../boards/board-ref.ts';
import { isClosed } from '../../boards/diff-listing.ts';
import type { FollowDependencies } from '../../boards/follow-board.ts';
import { escapeMrkdwn } from '../../render/slack/mrkdwn.ts';
import type { BoardFile } from '../../storage/board-store.ts';
import type { RolesSubcommandHandler } from '../listeners/commands/roles-subcommands.ts';
import { roleCount } from './board-follow.ts';
import { replyPrivately } from './digest-reply.ts';

/** One line per followed board: name, system, open roles, and how its last sync went. */
export function followingLine(file: BoardFile, now: Date): string {
  const open = file.postings.filter((p) => !isClosed(p)).length;
  const closed = file.postings.length - open;
  const name = `<${boardPageUrl(file)}|${escapeMrkdwn(file.name)}> (${SYSTEM_NAMES[file.system]}, \`${boardKey(file)}\`)`;
  const counts = `${roleCount(open)}${closed > 0 ? `, ${closed} closed` : ''}`;
  const sync = file.lastSync;
  const when = sync === null ? 'never synced' : `synced ${ago(Date.parse(sync.at), now.getTime())}`;
  const failed =
    sync !== null && !sync.ok ? ` — last sync failed: ${escapeMrkdwn(sync.error ?? 'unknown')}` : '';
  return `• ${name}: ${counts}; ${when}${failed}`;
}

function ago(at: number, now: number): string {
  const minutes = Math.max(0, Math.round((now - at) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

/** `/roles following`: the boards I follow. */
export function boardFollowing(deps: FollowDependencies): RolesSubcommandHandler {
  return async ({ respond, now }) => {
    const followed = (await deps.store.list()).filter((f) => f.following);
    await replyPrivately(
      respond,
      followed.length === 0
        ? 'I follow no job boards yet. Follow one with `/roles follow https://boards.greenhouse.io/<company>`.'
        : [
            `I follow ${followed.length === 1 ? '1 board' : `${followed.length} boards`}:`,
            ...followed.map((f) => followingLine(f, now)),
          ].join('\n'),
    );
  };
}
