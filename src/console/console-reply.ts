import { answerQuestion } from '../answer/answer.ts';
import { answerRolesCommand } from '../answer/roles-command.ts';
import type { Answer, AnswerContext } from '../answer/types.ts';

export type ConsoleReply =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'text'; text: string }
  | { kind: 'exit' }
  | { kind: 'nothing' };

export const CONSOLE_MESSAGES = {
  nothingMore: 'Nothing more to show. Search first, e.g. `/roles ml manager new york`.',
  allShown: (count: number) =>
    `All ${count === 1 ? '1 role' : `${count} roles`} of the last search are shown above. Narrow it to see fewer.`,
  unknownCommand: (command: string) =>
    `Unknown command ${command}. Try \`/roles help\`, or just ask a question in plain words.`,
  failed: (reason: string) => `Sorry, that failed: ${reason}`,
  slackOnly: (subcommand: string) =>
    `\`/roles ${subcommand}\` works in Slack, where there are channels and people. Here, preview the next digest with \`npx roles digest --dry-run\`, and add postings by saving files into the postings folder.`,
} as const;

/** Subcommands about channels, people or saving: they need Slack, and must not fall through to a search. */
const SLACK_ONLY_SUBCOMMANDS = new Set([
  'subscribe',
  'unsubscribe',
  'subscriptions',
  'digest',
  'add',
  'remove',
]);

const EXIT_WORDS = new Set(['exit', 'quit', '/exit', '/quit']);

/**
 * Reads one typed line the way the Slack app reads its inputs: `/roles …` is the slash command, anything
 * else is a question as if @-mentioned. Pure apart from calling the answer functions.
 */
export function consoleReply(line: string, context: AnswerContext): ConsoleReply {
  const text = line.trim();
  if (text === '') return { kind: 'nothing' };
  const lower = text.toLowerCase();
  if (EXIT_WORDS.has(lower)) return { kind: 'exit' };
  if (lower === 'help') return { kind: 'answer', answer: answerRolesCommand('help', context) };
  const command = /^\/(\S+)\s*([\s\S]*)$/.exec(text);
  if (command !== null) {
    const [, name = '', rest = ''] = command;
    if (name.toLowerCase() !== 'roles')
      return { kind: 'text', text: CONSOLE_MESSAGES.unknownCommand(`/${name}`) };
    const subcommand = rest.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (SLACK_ONLY_SUBCOMMANDS.has(subcommand))
      return { kind: 'text', text: CONSOLE_MESSAGES.slackOnly(subcommand) };
    return { kind: 'answer', answer: answerRolesCommand(rest, context) };
  }
  return { kind: 'answer', answer: answerQuestion(text, context) };
}
