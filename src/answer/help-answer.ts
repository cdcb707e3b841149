import type { Catalog } from '../search/catalog.ts';
import { EXAMPLE_QUESTIONS } from './suggestions.ts';
import type { HelpAnswer, RolesCommandHelp } from './types.ts';

/** Every `/roles` subcommand a person can type, across search, digests and adding postings. */
export const ROLES_COMMANDS: readonly RolesCommandHelp[] = [
  { usage: '/roles <words>', does: 'search: title, level, place, remote, -exclude, over 150k' },
  { usage: '/roles salary <words>', does: 'pay of the matching roles, with min, median and max' },
  { usage: '/roles new', does: 'open roles posted in the last 7 days' },
  { usage: '/roles <id>', does: 'one role in full' },
  { usage: '/roles subscribe [words]', does: 'a weekly digest of new roles in this channel' },
  { usage: '/roles unsubscribe [words or id]', does: "stop one of this channel's digests" },
  { usage: '/roles subscriptions', does: "this channel's digests and your own alerts" },
  { usage: '/roles alert [words]', does: 'your own weekly digest of new roles, by DM' },
  { usage: '/roles digest', does: "preview this channel's next digest" },
  { usage: '/roles add [link]', does: 'add a posting by pasting it or giving its link' },
  { usage: '/roles remove <id>', does: 'remove a posting you added from Slack' },
  { usage: '/roles follow <board URL>', does: "follow a company's Greenhouse, Lever or Ashby job board" },
  { usage: '/roles following', does: 'the job boards followed, with their last sync' },
  { usage: '/roles unfollow <URL or name>', does: 'stop following a job board' },
];

export function helpAnswer(question: string, reason: HelpAnswer['reason'], catalog: Catalog): HelpAnswer {
  return {
    kind: 'help',
    question,
    postings: [],
    notes: reason === 'unknown' ? ['That command was not recognised.'] : [],
    reason,
    examples: [...EXAMPLE_QUESTIONS],
    commands: ROLES_COMMANDS,
    total: catalog.postings.length,
  };
}
