import { describedRoles } from './described-roles.ts';
import { noMatchAnswer } from './no-match-answer.ts';
import type { AnswerContext, NotFoundAnswer, RequirementsAnswer } from './types.ts';

/** At most this many roles' requirements in one answer: each brings a list of bullets. */
export const MAX_REQUIREMENT_ROLES = 5;

/**
 * 'role': what the roles the words describe ask for ("what does the LLM serving role require?");
 * 'skill': which roles ask for a skill ("which roles need Scala?").
 */
export function requirementsAnswer(
  question: string,
  rest: string,
  mode: 'role' | 'skill',
  context: AnswerContext,
): RequirementsAnswer | NotFoundAnswer {
  const roles = describedRoles(rest, context.catalog, context.now);
  const skill = mode === 'skill' ? roles.understood || null : null;
  if (roles.nothingMatched || (mode === 'role' && roles.understood === '')) {
    const subject =
      mode === 'skill' ? `roles that need ${skill ?? rest}` : `requirements for ${rest || 'that role'}`;
    return noMatchAnswer(question, roles.match, subject, context.catalog);
  }
  const shown = mode === 'role' ? roles.postings.slice(0, MAX_REQUIREMENT_ROLES) : roles.postings;
  const notes = [...roles.notes];
  if (shown.length < roles.postings.length) {
    notes.push(`Showing the first ${shown.length} of ${roles.postings.length} matching roles.`);
  }
  return {
    kind: 'requirements',
    question,
    postings: shown,
    notes,
    mode,
    skill,
    rows: shown.map((posting) => ({
      posting,
      qualifications: posting.sections.qualifications,
      skills: posting.skills,
    })),
  };
}
