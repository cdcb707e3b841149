import { describeQuery } from '../search/describe-query.ts';
import { searchPostings } from '../search/search-postings.ts';
import { notFoundAnswer } from './not-found-answer.ts';
import type { AnswerContext, NotFoundAnswer, SearchAnswer } from './types.ts';

export const SEARCH_HINT =
  'I read that as a search. Ask about salaries, locations, remote work, requirements or what is new, or say "help".';

/** The default answer: ranked postings, or a plain "nothing matched" with things to try. */
export function searchAnswer(
  question: string,
  query: string,
  context: AnswerContext,
  options: { hint?: boolean } = {},
): SearchAnswer | NotFoundAnswer {
  const result = searchPostings(context.catalog, query);
  const understood = describeQuery(result.query);
  if (result.hits.length === 0) {
    return notFoundAnswer(
      question,
      understood.length > 0 ? understood : query,
      context.catalog,
      result.notes,
    );
  }
  return {
    kind: 'search',
    question,
    postings: result.hits.map((hit) => hit.posting),
    notes:
      result.total > result.hits.length
        ? [...result.notes, `Showing the best ${result.hits.length} of ${result.total} matching roles.`]
        : result.notes,
    understood,
    hits: result.hits,
    hint: options.hint === true ? SEARCH_HINT : null,
  };
}
