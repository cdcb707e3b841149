import { compareAnswer } from './compare-answer.ts';
import { detailsAnswer, detailsByName } from './details-answer.ts';
import { cleanQuestion, detectIntent, type Intent } from './detect-intent.ts';
import { existsAnswer } from './exists-answer.ts';
import { extremeAnswer } from './extreme-answer.ts';
import { greetingAnswer } from './greeting-answer.ts';
import { helpAnswer } from './help-answer.ts';
import { locationsAnswer } from './locations-answer.ts';
import { newAnswer } from './new-answer.ts';
import { readQuestionForm, withoutGreeting } from './question-form.ts';
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

/**
 * Answers a plain-language question about the postings. Never throws; unrecognised text is searched.
 * The form of the question (a greeting, "which pays the most", "is there…", "compare…") is read first; then
 * its kind from its wording; the rest of the words always go to the search query parser as one description.
 */
export function answerQuestion(text: string, context: AnswerContext): Answer {
  const cleaned = cleanQuestion(text);
  const form = readQuestionForm(cleaned);
  if (form !== null) {
    switch (form.kind) {
      case 'greeting':
        return greetingAnswer(text, form.mood, context.catalog);
      case 'compare':
        return compareAnswer(text, form, context);
      case 'extreme':
        return extremeAnswer(text, form.direction, form.rest, context);
      case 'exists': {
        const answer = existsAnswer(text, form.rest, context);
        // "Any roles over 100k?" asks about pay; without a pay threshold it is an ordinary question.
        if (answer !== null) return answer;
        break;
      }
    }
  }
  const question = withoutGreeting(cleaned);
  const intent = detectIntent(question, context.catalog);
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
