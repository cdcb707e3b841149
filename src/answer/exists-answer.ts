import { describedRoles } from './described-roles.ts';
import { hasThreshold } from './query-filters.ts';
import type { AnswerContext, ExistsAnswer } from './types.ts';

/**
 * "Is there a role paying more than 250k?", "anything over £50k?": yes with the roles, or a plain no. A no is
 * an answer, not a failure: it says what was looked for, and which part no posting has, if any. Null when the
 * question states no pay threshold, so it is answered as the question it otherwise is.
 */
export function existsAnswer(question: string, rest: string, context: AnswerContext): ExistsAnswer | null {
  const roles = describedRoles(rest, context.catalog, context.now);
  if (!hasThreshold(roles.filters.pay)) return null;
  // Search's notes already say which part found nothing ("No role states pay at least 400k.").
  const notes = [...roles.notes];
  return {
    kind: 'exists',
    question,
    postings: roles.postings,
    notes,
    understood: roles.understood,
    matches: roles.postings,
  };
}
