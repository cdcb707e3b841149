import type { ActionsBlock, KnownBlock, SectionBlock } from '@slack/types';
import type { Posting, Workplace } from '../../model/posting.ts';
import { ACTION_IDS } from '../../slack/action-ids.ts';
import { formatSalary } from './format-salary.ts';
import { BUTTON_URL_MAX, BUTTON_VALUE_MAX, SECTION_TEXT_MAX } from './limits.ts';
import { escapeMrkdwn, mrkdwnText, plainText, truncateMrkdwn } from './mrkdwn.ts';
import { formatDay, formatPostedAge } from './posted-age.ts';

export const WORKPLACE_LABELS: Record<Workplace, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
};

/** How many locations a card names before "+N more": cards stay two lines tall. */
const CARD_MAX_LOCATIONS = 3;

/**
 * Budgets per line, in mrkdwn characters after escaping. Their sum stays far below a section's 3000, so a
 * card can never break the limit however long the posting's fields are.
 */
const BUDGET = { title: 200, line: 200, summary: 300 } as const;

/** Untrusted text, flattened to one line, escaped, and cut to a budget. */
export function escapeLine(text: string, budget: number): string {
  return truncateMrkdwn(escapeMrkdwn(text.replace(/\s+/g, ' ').trim()), budget);
}

/** The title escaped for a bold span; a blank title (only whitespace) would otherwise show as `**`. */
export function titleLine(posting: Posting, budget: number): string {
  return escapeLine(posting.title, budget) || 'Untitled role';
}

/** Each place the posting names, once, as written (whitespace flattened). */
export function placeNames(posting: Posting): string[] {
  return [...new Set(posting.locations.map((l) => l.raw.replace(/\s+/g, ' ').trim()))];
}

/** "New York, NY; Boston, MA +2 more", or null when the posting names no place. */
export function locationSummary(posting: Posting, max = CARD_MAX_LOCATIONS): string | null {
  const names = placeNames(posting);
  if (names.length === 0) return null;
  const shown = names.slice(0, max).join('; ');
  return names.length > max ? `${shown} +${names.length - max} more` : shown;
}

/** "$176,166–$251,666 a year", or "salary not stated". */
export function salarySummary(posting: Posting): string {
  return posting.salary === null ? 'salary not stated' : formatSalary(posting.salary);
}

const EMPLOYMENT_LABELS: Record<NonNullable<Posting['employmentType']>, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
};

export function employmentLabel(posting: Posting): string | null {
  return posting.employmentType === null ? null : EMPLOYMENT_LABELS[posting.employmentType];
}

/** The age when the caller knows the time; otherwise the date, which is never wrong. */
function postedText(postedAt: string | null, now: Date | null): string | null {
  if (postedAt === null) return null;
  return now === null ? `posted ${formatDay(postedAt)}` : formatPostedAge(postedAt, now);
}

/**
 * The card's mrkdwn: *title*; company · team; locations · workplace; salary · type · age; summary.
 * Every part from the posting is escaped; the result is at most `SECTION_TEXT_MAX` characters.
 */
export function postingCardText(posting: Posting, now: Date | null): string {
  const lines: string[] = [`*${titleLine(posting, BUDGET.title)}*`];
  const who = [posting.company, posting.team].filter((part): part is string => part !== null);
  if (who.length > 0) lines.push(escapeLine(who.join(' · '), BUDGET.line));
  const where = [locationSummary(posting), posting.workplace && WORKPLACE_LABELS[posting.workplace]].filter(
    (part): part is string => typeof part === 'string',
  );
  if (where.length > 0) lines.push(escapeLine(where.join(' · '), BUDGET.line));
  const facts = [salarySummary(posting), employmentLabel(posting), postedText(posting.postedAt, now)].filter(
    (part): part is string => part !== null,
  );
  lines.push(escapeLine(facts.join(' · '), BUDGET.line));
  const summary = posting.summary.trim();
  if (summary !== '') lines.push(`_${escapeLine(summary, BUDGET.summary)}_`);
  return truncateMrkdwn(lines.join('\n'), SECTION_TEXT_MAX);
}

export interface PostingCardOptions {
  /** Null when the caller has no clock to hand: the card then shows the date instead of the age. */
  now: Date | null;
  /** Adds the "Details" button that opens the posting's modal. On by default. */
  detailsButton?: boolean;
}

/** Where a role came from, for people: the board and the day it was saved, never a file name. */
export function sourceText(posting: Posting): string | null {
  const board = posting.source.board ?? posting.sources.find((s) => s.board !== undefined)?.board;
  const saved = posting.addedBy?.at.slice(0, 10);
  const day = saved !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(saved) ? formatDay(saved) : null;
  if (board === undefined && day === null) return null;
  return [board === undefined ? 'Saved' : `From ${board}`, day === null ? null : `saved ${day}`]
    .filter((part) => part !== null)
    .join(' · ');
}

/** The posting's own page, when any source knows it. */
export function postingUrl(posting: Posting): string | null {
  return posting.source.url ?? posting.sources.find((s) => s.url !== undefined)?.url ?? null;
}

/**
 * A card people act on: the card section, then, when the posting's URL is known, an **Open posting** link
 * button beside Details. Without a URL the card says which board it came from and when it was saved.
 */
export function renderPostingCardBlocks(posting: Posting, options: PostingCardOptions): KnownBlock[] {
  const url = postingUrl(posting);
  const card = renderPostingCard(posting, {
    ...options,
    detailsButton: url === null && options.detailsButton !== false,
  });
  if (url === null) {
    const from = sourceText(posting);
    if (from !== null && card.text)
      card.text = mrkdwnText(
        truncateMrkdwn(`${card.text.text}\n${escapeLine(from, 120)}`, SECTION_TEXT_MAX),
        SECTION_TEXT_MAX,
      );
    return [card];
  }
  const actions: ActionsBlock = {
    type: 'actions',
    elements: [
      {
        type: 'button',
        text: plainText('Open posting', 75),
        action_id: ACTION_IDS.openPosting,
        url: url.slice(0, BUTTON_URL_MAX),
        value: posting.id,
      },
      ...(options.detailsButton === false
        ? []
        : [
            {
              type: 'button' as const,
              text: plainText('Details', 75),
              action_id: ACTION_IDS.showDetails,
              value: posting.id.slice(0, BUTTON_VALUE_MAX),
            },
          ]),
    ],
  };
  return [card, actions];
}

/** One role as a single section block, so a page of five costs only five blocks. */
export function renderPostingCard(posting: Posting, options: PostingCardOptions): SectionBlock {
  const block: SectionBlock = {
    type: 'section',
    text: mrkdwnText(postingCardText(posting, options.now), SECTION_TEXT_MAX),
  };
  if (options.detailsButton !== false) {
    block.accessory = {
      type: 'button',
      text: plainText('Details', 75),
      action_id: ACTION_IDS.showDetails,
      value: posting.id.slice(0, BUTTON_VALUE_MAX),
    };
  }
  return block;
}
