import type { Posting } from '../model/posting.ts';
import { describeQuery } from '../search/describe-query.ts';
import { searchPostings } from '../search/search-postings.ts';
import type { NearMissGroup } from '../search/search-result.ts';
import { notFoundAnswer } from './not-found-answer.ts';
import type { AnswerContext, NotFoundAnswer, SearchAnswer } from './types.ts';

export const SEARCH_HINT =
  'I read that as a search. Ask about salaries, locations, remote work, requirements or what is new, or say "help".';

/** "Senior Data Scientist (London)": a near miss named in one line. */
function nearMissName(posting: Posting): string {
  const place = posting.locations.map((location) => location.city ?? location.region ?? location.country);
  const where = place.filter((name) => name !== null).join(', ');
  return where.length > 0 ? `${posting.title} (${where})` : posting.title;
}

/** One note per near-miss group, for answers that list no cards: "Also in other places: A (London), B." */
export function nearMissNotes(groups: readonly NearMissGroup[]): string[] {
  return groups.map((group) => {
    const more = group.total - group.postings.length;
    return `${group.heading}: ${group.postings.map(nearMissName).join('; ')}${more > 0 ? ` and ${more} more` : ''}.`;
  });
}

/**
 * The default answer: the roles that match every part of the query, best first, with near misses apart; or,
 * when none match, which part found nothing and what the catalog has instead.
 */
export function searchAnswer(
  question: string,
  query: string,
  context: AnswerContext,
  options: { hint?: boolean } = {},
): SearchAnswer | NotFoundAnswer {
  const result = searchPostings(context.catalog, query, { now: context.now });
  const understood = describeQuery(result.query);
  if (result.hits.length === 0) {
    const missing = result.unmatched;
    const notes =
      missing.length > 0
        ? result.notes.filter((note) => !/^No role (mentions|is|states|was)\b/.test(note))
        : result.notes;
    const answer = notFoundAnswer(question, understood.length > 0 ? understood : query, context.catalog, [
      ...notes,
      ...nearMissNotes(result.nearMisses),
    ]);
    if (missing.length > 0) answer.missing = missing;
    if (result.didYouMean.length > 0) answer.didYouMean = result.didYouMean;
    return answer;
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
    total: result.total,
    nearMisses: result.nearMisses,
  };
}
