import { describedRoles } from './described-roles.ts';
import { noMatchAnswer } from './no-match-answer.ts';
import type { AnswerContext, LocationsAnswer, NotFoundAnswer } from './types.ts';

/** "Which roles are in London?" (a place) or "where is the LPM role based?" (a role). */
export function locationsAnswer(
  question: string,
  rest: string,
  context: AnswerContext,
): LocationsAnswer | NotFoundAnswer {
  const roles = describedRoles(rest, context.catalog, context.now);
  const places = roles.query.places;
  const place = places.length > 0 ? places.map((known) => known.name).join(' or ') : null;
  const placeDropped = place !== null && roles.notes.some((note) => note.startsWith('No role is in'));
  if (roles.nothingMatched || placeDropped || roles.postings.length === 0) {
    const asksWhere = /\bwhere\b/i.test(question);
    const described = roles.understood || 'those roles';
    const subject =
      place !== null
        ? `roles in ${place}`
        : asksWhere
          ? `where ${described} is based`
          : `roles in ${described}`;
    return noMatchAnswer(question, roles.match, subject, context.catalog);
  }
  return {
    kind: 'locations',
    question,
    postings: roles.postings,
    notes: roles.notes,
    place,
    rows: roles.postings.map((posting) => ({ posting })),
  };
}
