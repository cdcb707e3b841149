import { namePosting } from '../../../intake/add-posting-views.ts';
import { escapeMrkdwn } from '../../../render/slack/mrkdwn.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { INTAKE_MESSAGES, type RemoveResult } from '../../posting-intake.ts';
import type { RolesSubcommandHandler } from './roles-subcommands.ts';

export const ROLES_REMOVE_USAGE =
  'Say which role to remove by its id, e.g. `/roles remove a1b2c3d4`. The id is in the role’s details.';

/** The reply for each outcome; mrkdwn, with everything from the posting escaped. */
export function removeReply(result: RemoveResult, id: string): string {
  switch (result.kind) {
    case 'not-found':
      return `I know no role with the id \`${escapeMrkdwn(id)}\`. Search with \`/roles <words>\`; a role’s details show its id.`;
    case 'hand-placed':
      return `${namePosting(result.posting)} was placed in the postings folder by hand (\`${escapeMrkdwn(result.posting.source.path)}\`), so I never remove it. Ask whoever looks after that folder to delete the file.`;
    case 'not-yours':
      return `Only <@${result.posting.addedBy?.userId ?? ''}>, who added ${namePosting(result.posting)}, or an admin can remove it.`;
    case 'removed':
      return `Removed ${namePosting(result.posting)}. It no longer shows up in \`/roles\`.`;
  }
}

/** `/roles remove <id>`: removes a posting saved from Slack, when asked by whoever added it or an admin. */
export function rolesRemove(deps: ListenerDependencies): RolesSubcommandHandler {
  return async ({ args, command, respond, log }) => {
    const tell = (text: string) => respond({ response_type: 'ephemeral', text });
    if (deps.intake === undefined) {
      await tell(INTAKE_MESSAGES.notSetUp);
      return;
    }
    const id = args.split(/\s+/)[0]?.replace(/^`|`$/g, '') ?? '';
    if (id === '') {
      await tell(ROLES_REMOVE_USAGE);
      return;
    }
    const result = await deps.intake.remove(id, command.user_id);
    log.info({ postingId: id, outcome: result.kind }, '/roles remove');
    await tell(removeReply(result, id));
  };
}
