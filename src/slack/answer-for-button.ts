import type { BlockAction } from '@slack/bolt';
import { answerQuestion } from '../answer/answer.ts';
import { answerRolesCommand } from '../answer/roles-command.ts';
import type { Answer } from '../answer/types.ts';
import type { ListenerDependencies } from './dependencies.ts';

/**
 * Asks a button's question again. Buttons carry the question, not the answer, so no state is kept between
 * clicks. `/roles` answers are ephemeral and mention/DM answers are not, which tells the two grammars apart
 * without widening the button value.
 */
export function answerForButton(
  question: string,
  body: BlockAction,
  deps: ListenerDependencies,
  now: Date,
): Answer {
  const context = { catalog: deps.getCatalog(), now };
  const container = body.container as { is_ephemeral?: boolean } | undefined;
  return container?.is_ephemeral === true
    ? answerRolesCommand(question, context)
    : answerQuestion(question, context);
}
