import { newness } from '../digest/is-new.ts';
import { isOpen } from '../digest/is-open.ts';
import type { DateFilter } from '../search/query-filters.ts';
import { describedRoles } from './described-roles.ts';
import { noMatchAnswer } from './no-match-answer.ts';
import type { AnswerContext, NewAnswer, NotFoundAnswer } from './types.ts';

/** "New" with no window named means the last week. */
export const DEFAULT_NEW_DAYS = 7;
const DAY_MS = 86_400_000;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How a window reads to a person: "in March 2026", "this week", "since 2026-11-20". */
function windowLabel(posted: DateFilter): string {
  const { from, to } = posted;
  if (from !== null && to !== null && from.endsWith('-01')) {
    const end = new Date(`${from.slice(0, 8)}01T00:00:00Z`);
    end.setUTCMonth(end.getUTCMonth() + 1, 0);
    if (isoDate(end) === to) return `in ${MONTH_NAMES[Number(from.slice(5, 7)) - 1]} ${from.slice(0, 4)}`;
  }
  const said = posted.text.replace(/^(posted|added|published|listed|opened)\s+/, '').trim();
  if (said.length > 0) return said;
  return from === null ? `until ${to}` : `since ${from}`;
}

/**
 * Roles posted in a window (newest first), among the roles the rest of the question describes: "what's new this
 * week?", "roles posted in March", "new ML roles in the last 10 days". The window is the one the query parser
 * read from the question, or the last week when it names none. Roles with no date are listed apart: they
 * cannot be placed in time, so they are neither in nor out.
 */
export function newAnswer(
  question: string,
  rest: string,
  context: AnswerContext,
): NewAnswer | NotFoundAnswer {
  const roles = describedRoles(rest, context.catalog, context.now, { dates: 'ignore' });
  const today = isoDate(context.now);
  const stated = roles.filters.posted;
  const window: DateFilter = stated ?? {
    from: isoDate(new Date(context.now.getTime() - DEFAULT_NEW_DAYS * DAY_MS)),
    to: null,
    text: `in the last ${DEFAULT_NEW_DAYS} days`,
  };
  const since = window.from ?? '0000-01-01';
  const until = window.to !== null && window.to < today ? window.to : today;
  const label = windowLabel(window);
  if (roles.nothingMatched) {
    return noMatchAnswer(question, roles.match, `new ${roles.understood} roles`, context.catalog);
  }
  // One definition of "new" with digests (`src/digest/is-new.ts`): open, and posted in the window.
  const period = { from: new Date(`${since}T00:00:00Z`), until: new Date(`${until}T23:59:59Z`) };
  const open = roles.postings.filter((posting) => isOpen(posting, context.now));
  const recent = open
    .filter((posting) => posting.postedAt !== null && newness(posting, undefined, period) === 'new')
    .sort((a, b) => (b.postedAt ?? '').localeCompare(a.postedAt ?? '') || a.title.localeCompare(b.title));
  const undated = open.filter((posting) => posting.postedAt === null);
  const notes = [...roles.notes];
  const scope = roles.understood === '' ? '' : ` matching “${roles.understood}”`;
  if (recent.length === 0) notes.push(`No role${scope} was posted ${label}.`);
  if (undated.length > 0) {
    notes.push(
      `${undated.length} role${undated.length === 1 ? ' has' : 's have'} no posting date, so cannot be placed in time.`,
    );
  }
  return {
    kind: 'new',
    question,
    postings: [...recent, ...undated],
    notes,
    understood: roles.understood,
    since: window.from ?? since,
    until,
    window: label,
    recent,
    undated,
  };
}
