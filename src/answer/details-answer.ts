import type { Posting } from '../model/posting.ts';
import { describedRoles } from './described-roles.ts';
import { noMatchAnswer } from './no-match-answer.ts';
import { tellApart } from './tell-apart.ts';
import type { AnswerContext, DetailsAnswer, NotFoundAnswer } from './types.ts';

export function detailsAnswer(question: string, posting: Posting): DetailsAnswer {
  return { kind: 'details', question, postings: [posting], notes: [], posting };
}

/** "Tell me about the LPM role": the best match, naming the others that matched as well. */
export function detailsByName(
  question: string,
  rest: string,
  context: AnswerContext,
): DetailsAnswer | NotFoundAnswer {
  const roles = describedRoles(rest, context.catalog, context.now);
  const [best, ...others] = roles.postings;
  if (roles.match.everyRole || best === undefined) {
    return noMatchAnswer(
      question,
      roles.match,
      rest.length > 0 ? `a role matching “${rest}”` : 'that role',
      context.catalog,
    );
  }
  const answer = detailsAnswer(question, best);
  answer.notes.push(...roles.notes);
  if (others.length > 0) {
    const apart = tellApart(roles.postings);
    const named = others.slice(0, 3).map((posting) => {
      const label = apart.get(posting.id);
      return `${posting.title}${label === undefined ? '' : `, ${label}`} (${posting.id})`;
    });
    answer.notes.push(
      `Also matching: ${named.join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''}.`,
    );
  }
  return answer;
}
