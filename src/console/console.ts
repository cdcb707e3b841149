import { createInterface } from 'node:readline';
import { renderTerminal } from '../render/terminal.ts';
import type { Catalog } from '../search/catalog.ts';
import { CONSOLE_MESSAGES, consoleReply } from './console-reply.ts';

export interface ConsoleOptions {
  /** Called for every line, so a live catalog's reloads show up at once. */
  getCatalog: () => Catalog;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  now?: () => Date;
  promptText?: string;
}

export const CONSOLE_EXAMPLES = [
  '/roles ml manager new york',
  '/roles salary ml',
  "what's the salary range for senior ML engineers?",
] as const;

export function consoleBanner(postingCount: number): string {
  const roles = postingCount === 1 ? '1 posting' : `${postingCount} postings`;
  return [
    'roles: local console (no Slack credentials set, so nothing is sent to Slack).',
    `Loaded ${roles}. Type what you would type in Slack, for example:`,
    ...CONSOLE_EXAMPLES.map((example) => `  ${example}`),
    '`help` lists everything I understand, `exit` (or Ctrl-D) leaves.',
    '',
  ].join('\n');
}

function errorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 200) || 'unknown error';
}

/**
 * An interactive prompt that answers exactly as the Slack app does, rendered for a terminal. Resolves when
 * the input ends or the person types `exit` or `quit`. A line that fails prints a short error and the
 * console carries on.
 */
export async function startConsole(options: ConsoleOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const write = (text: string) => {
    options.output.write(text.endsWith('\n') ? text : `${text}\n`);
  };
  // Line editing and history only when a person is at a real terminal; streams in tests get plain lines.
  const isTty = (stream: object) => (stream as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({
    input: options.input,
    output: options.output,
    terminal: isTty(options.input) && isTty(options.output),
  });
  rl.setPrompt(options.promptText ?? 'roles> ');
  write(consoleBanner(options.getCatalog().postings.length));
  rl.prompt();

  // The terminal renderer shows every hit at once, so `more` has only to say so.
  let lastSearchHits: number | null = null;

  for await (const line of rl) {
    try {
      if (line.trim().toLowerCase() === 'more') {
        write(
          lastSearchHits === null ? CONSOLE_MESSAGES.nothingMore : CONSOLE_MESSAGES.allShown(lastSearchHits),
        );
      } else {
        const reply = consoleReply(line, { catalog: options.getCatalog(), now: now() });
        if (reply.kind === 'exit') break;
        if (reply.kind === 'nothing') {
          rl.prompt();
          continue;
        }
        if (reply.kind === 'text') write(reply.text);
        if (reply.kind === 'answer') {
          if (reply.answer.kind === 'search') lastSearchHits = reply.answer.hits.length;
          write(renderTerminal(reply.answer));
        }
      }
    } catch (error) {
      write(CONSOLE_MESSAGES.failed(errorReason(error)));
    }
    write('');
    rl.prompt();
  }
  rl.close();
}
