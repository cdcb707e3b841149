import { describedRoles } from './described-roles.ts';
import { cleanQuestion } from './detect-intent.ts';
import { notFoundAnswer } from './not-found-answer.ts';
import type { AnswerContext, NewAnswer, NotFoundAnswer } from './types.ts';

/** "New" with no window named means the last week. */
export const DEFAULT_NEW_DAYS = 7;
const DAY_MS = 86_400_000;

export interface NewWindow {
  /** ISO date, inclusive. */
  since: string;
  /** How it reads to a person. */
  label: string;
  /** The words that named the window, to remove before reading the rest as a role description. */
  words: RegExp | null;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysBefore(now: Date, days: number): string {
  return isoDate(new Date(now.getTime() - days * DAY_MS));
}

/** Reads the time window of a "what's new" question; days are UTC days, weeks start on Monday. */
export function readNewWindow(question: string, now: Date): NewWindow {
  const since = /\bsince (\d{4}-\d{2}-\d{2})\b/.exec(question);
  if (since?.[1] !== undefined && !Number.isNaN(Date.parse(since[1]))) {
    return { since: since[1], label: `since ${since[1]}`, words: /\bsince \d{4}-\d{2}-\d{2}\b/ };
  }
  const lastDays = /\b(?:in the |over the )?(?:last|past) (\d{1,3}) days?\b/.exec(question);
  if (lastDays?.[1] !== undefined) {
    const days = Number(lastDays[1]);
    return {
      since: daysBefore(now, days),
      label: `in the last ${days} day${days === 1 ? '' : 's'}`,
      words: lastDays[0] ? new RegExp(lastDays[0]) : null,
    };
  }
  if (/\btoday\b/.test(question)) return { since: isoDate(now), label: 'today', words: /\btoday\b/ };
  if (/\byesterday\b/.test(question))
    return { since: daysBefore(now, 1), label: 'since yesterday', words: /\byesterday\b/ };
  if (/\bthis week\b/.test(question)) {
    const sinceMonday = (now.getUTCDay() + 6) % 7;
    return { since: daysBefore(now, sinceMonday), label: 'this week', words: /\bthis week\b/ };
  }
  if (/\bthis month\b/.test(question)) {
    return { since: `${isoDate(now).slice(0, 8)}01`, label: 'this month', words: /\bthis month\b/ };
  }
  if (/\b(last|past) week\b/.test(question)) {
    return {
      since: daysBefore(now, 7),
      label: 'in the last 7 days',
      words: /\b(in the )?(last|past) week\b/,
    };
  }
  if (/\b(last|past) month\b/.test(question)) {
    return {
      since: daysBefore(now, 30),
      label: 'in the last 30 days',
      words: /\b(in the )?(last|past) month\b/,
    };
  }
  return {
    since: daysBefore(now, DEFAULT_NEW_DAYS),
    label: `in the last ${DEFAULT_NEW_DAYS} days`,
    words: null,
  };
}

/** Roles posted in the window (newest first), among the roles the rest of the question describes. */
export function newAnswer(
  question: string,
  rest: string,
  context: AnswerContext,
): NewAnswer | NotFoundAnswer {
  const window = readNewWindow(cleanQuestion(question), context.now);
  const description = (window.words === null ? rest : rest.replace(window.words, ' '))
    .replace(/\b(since|today|yesterday|this|week|month|in the|last|past|days?)\b/g, ' ')
    .trim();
  const roles = describedRoles(description, context.catalog);
  if (roles.nothingMatched)
    return notFoundAnswer(question, `new ${roles.understood} roles`, context.catalog, roles.notes);
  const until = isoDate(context.now);
  const recent = roles.postings
    .filter(
      (posting) => posting.postedAt !== null && posting.postedAt >= window.since && posting.postedAt <= until,
    )
    .sort((a, b) => (b.postedAt ?? '').localeCompare(a.postedAt ?? '') || a.title.localeCompare(b.title));
  const undated = roles.postings.filter((posting) => posting.postedAt === null);
  const notes = [...roles.notes];
  if (recent.length === 0) notes.push(`No role was posted ${window.label}.`);
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
    since: window.since,
    until,
    window: window.label,
    recent,
    undated,
  };
}
