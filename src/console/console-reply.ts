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
} as const;

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
    return { kind: 'answer', answer: answerRolesCommand(rest, context) };
  }
  return { kind: 'answer', answer: answerQuestion(text, context) };
}
