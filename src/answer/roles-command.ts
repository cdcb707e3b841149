import { answerQuestion } from './answer.ts';
import { detailsAnswer } from './details-answer.ts';
import { cleanQuestion } from './detect-intent.ts';
import { helpAnswer } from './help-answer.ts';
import { newAnswer } from './new-answer.ts';
import { readQuestionForm } from './question-form.ts';
import { salaryAnswer } from './salary-answer.ts';
import { searchAnswer } from './search-answer.ts';
import { statsAnswer } from './stats-answer.ts';
import type { Answer, AnswerContext } from './types.ts';

/**
 * Answers the text after `/roles`: `help`, `new [window]`, `salary <roles>`, `stats`, a posting id, a question
 * form (a greeting, "highest paying …", "is there … over 200k", "compare …"), else a search.
 * Empty text is help; anything else, even if it looks like an unknown subcommand, is searched.
 */
export function answerRolesCommand(text: string, context: AnswerContext): Answer {
  const command = cleanQuestion(text);
  if (!/[\p{L}\p{N}]/u.test(command)) return helpAnswer(text, 'empty', context.catalog);
  const [first = '', ...others] = command.split(' ');
  const rest = others.join(' ');
  switch (first) {
    case 'help':
    case '?':
      return helpAnswer(text, 'asked', context.catalog);
    case 'new':
      return newAnswer(text, rest, context);
    case 'salary':
    case 'salaries':
    case 'pay':
      return salaryAnswer(text, rest, context);
    case 'stats':
      return statsAnswer(text, rest, context);
  }
  const posting = others.length === 0 ? context.catalog.byId.get(first) : undefined;
  if (posting !== undefined) return detailsAnswer(text, posting);
  // "/roles highest paying role", "/roles compare A and B", "/roles hi": a question's form, not search words.
  if (readQuestionForm(command) !== null) return answerQuestion(text, context);
  return searchAnswer(text, command, context);
}
