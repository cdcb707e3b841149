import { detailsAnswer, detailsByName } from './details-answer.ts';
import { detectIntent, type Intent } from './detect-intent.ts';
import { helpAnswer } from './help-answer.ts';
import { locationsAnswer } from './locations-answer.ts';
import { newAnswer } from './new-answer.ts';
import { requirementsAnswer } from './requirements-answer.ts';
import { salaryAnswer } from './salary-answer.ts';
import { searchAnswer } from './search-answer.ts';
import { statsAnswer } from './stats-answer.ts';
import type { Answer, AnswerContext } from './types.ts';
import { workplaceAnswer } from './workplace-answer.ts';

export type { AnswerContext } from './types.ts';

/** The intents answered from the words left once the ones that chose the intent are gone. */
const FROM_REST = {
  'details-by-name': detailsByName,
  new: newAnswer,
  salary: salaryAnswer,
  stats: statsAnswer,
  locations: locationsAnswer,
  workplace: workplaceAnswer,
} satisfies Partial<
  Record<Intent['kind'], (question: string, rest: string, context: AnswerContext) => Answer>
>;

/** Answers a plain-language question about the postings. Never throws; unrecognised text is searched. */
export function answerQuestion(text: string, context: AnswerContext): Answer {
  const intent = detectIntent(text, context.catalog);
  switch (intent.kind) {
    case 'help':
      return helpAnswer(text, intent.reason, context.catalog);
    case 'details': {
      const posting = context.catalog.byId.get(intent.id);
      return posting === undefined ? searchAnswer(text, intent.id, context) : detailsAnswer(text, posting);
    }
    case 'requirements':
      return requirementsAnswer(text, intent.rest, intent.mode, context);
    case 'search':
      return searchAnswer(text, intent.rest, context, { hint: intent.questionLike });
    default:
      return FROM_REST[intent.kind](text, intent.rest, context);
  }
}
