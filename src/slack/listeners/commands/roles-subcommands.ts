import type { AllMiddlewareArgs, RespondFn, SlashCommand } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Catalog } from '../../../search/catalog.ts';

/** Everything a `/roles <word> …` handler gets. It has already been acked. */
export interface RolesSubcommandContext {
  /** The text after the subcommand word, trimmed (`subscribe ml remote` → `ml remote`). */
  args: string;
  /** Slack's slash-command payload: `user_id`, `channel_id`, `team_id`, `response_url`, … */
  command: SlashCommand;
  /** Answers the person (ephemeral unless `response_type: 'in_channel'`). */
  respond: RespondFn;
  client: AllMiddlewareArgs['client'];
  /** The request's logger, tagged with its request id. */
  log: Logger;
  catalog: Catalog;
  now: Date;
}

export type RolesSubcommandHandler = (ctx: RolesSubcommandContext) => Promise<void>;

/** Subcommand word (lower case) → handler. Words here win over the built-in answers. */
export type RolesSubcommands = ReadonlyMap<string, RolesSubcommandHandler>;

/** The word a `/roles` text starts with, lower-cased, and the rest. */
export function splitSubcommand(text: string): { word: string; args: string } {
  const trimmed = text.trim();
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  return { word: (match?.[1] ?? '').toLowerCase(), args: (match?.[2] ?? '').trim() };
}
