import { answerQuestion } from '../answer/answer.ts';
import { renderAnswerMessage } from '../render/slack/answer-message.ts';
import { renderTerminal } from '../render/terminal.ts';
import { type CliIo, EXIT_OK, UsageError } from './cli-io.ts';
import { loadCatalogForCli } from './load-catalog.ts';

export interface AskCommandOptions {
  question: string | null;
  json: boolean;
  postingsDir: string;
}

/** `roles ask "<question>" [--json]`: the bot's answer as text, or as the Slack message it would send. */
export async function runAskCommand(options: AskCommandOptions, io: CliIo): Promise<number> {
  if (options.question === null) {
    throw new UsageError('ask needs a question, e.g. `roles ask "which roles are in London?"`');
  }
  const catalog = await loadCatalogForCli(options.postingsDir, io);
  const now = io.now();
  const answer = answerQuestion(options.question, { catalog, now });
  if (options.json) {
    io.stdout(`${JSON.stringify(renderAnswerMessage(answer, { now }), null, 2)}\n`);
  } else {
    io.stdout(`${renderTerminal(answer).trimEnd()}\n`);
  }
  return EXIT_OK;
}
