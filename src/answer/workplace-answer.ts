import type { Workplace } from '../model/posting.ts';
import { parseQuery } from '../search/parse-query.ts';
import { describedRoles } from './described-roles.ts';
import { noMatchAnswer } from './no-match-answer.ts';
import { notFoundAnswer } from './not-found-answer.ts';
import type { AnswerContext, NotFoundAnswer, WorkplaceAnswer } from './types.ts';

/** "Which roles are remote?", "is the payments role hybrid?". */
export function workplaceAnswer(
  question: string,
  rest: string,
  context: AnswerContext,
): WorkplaceAnswer | NotFoundAnswer {
  const workplace: Workplace =
    parseQuery(rest, context.catalog, { now: context.now }).workplaces[0] ?? 'remote';
  // Search on everything but the workplace, so roles that do not say how they work can be listed as unknown.
  const scope = describedRoles(
    rest.replace(/\b(remote|remotely|hybrid|on-?site|in[- ]office|wfh)\b/g, ' '),
    context.catalog,
    context.now,
  );
  if (scope.nothingMatched)
    return noMatchAnswer(question, scope.match, `${workplace} ${scope.understood}`, context.catalog);
  const matching = scope.postings.filter((posting) => posting.workplace === workplace);
  const unknown = scope.postings.filter((posting) => posting.workplace === null);
  if (matching.length === 0) {
    return notFoundAnswer(
      question,
      `${workplace} roles${scope.understood ? ` matching ${scope.understood}` : ''}`,
      context.catalog,
      unknown.length > 0
        ? [
            `${unknown.length} role${unknown.length === 1 ? ' does' : 's do'} not say whether ${unknown.length === 1 ? 'it is' : 'they are'} ${workplace}.`,
          ]
        : [],
    );
  }
  return {
    kind: 'workplace',
    question,
    postings: [...matching, ...unknown],
    notes: scope.notes,
    workplace,
    matching,
    unknown,
  };
}
