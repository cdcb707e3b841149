import type { ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import type { Posting, SalaryPeriod } from '../model/posting.ts';
import type { SlackMessage } from '../render/slack/answer-message.ts';
import { formatSalary } from '../render/slack/format-salary.ts';
import {
  blocksTextLength,
  HEADER_TEXT_MAX,
  MESSAGE_BLOCKS_TEXT_MAX,
  MESSAGE_MAX_BLOCKS,
  MESSAGE_TEXT_MAX,
  SECTION_TEXT_MAX,
} from '../render/slack/limits.ts';
import { escapeMrkdwn, mrkdwnText, plainText, truncateMrkdwn } from '../render/slack/mrkdwn.ts';
import {
  escapeLine,
  locationSummary,
  salarySummary,
  WORKPLACE_LABELS,
} from '../render/slack/posting-card.ts';
import { ACTION_IDS } from '../slack/action-ids.ts';
import { wallClock } from './wall-clock.ts';

/** The Block Kit renderers' message shape: top-level fallback text plus blocks. */
export type DigestMessage = SlackMessage;

export type EmptyDigestPolicy = 'skip' | 'post';

export interface BuildDigestMessageInput {
  /** The channel's new roles, in the order to show them within a company. */
  postings: readonly Posting[];
  now: Date;
  /** The zone the week is counted in (the digest schedule's). */
  timeZone: string;
  /** A week with nothing new: 'skip' (default) returns null, 'post' says so. */
  emptyPolicy?: EmptyDigestPolicy;
  /** The channel's saved searches, shown so readers know why these roles; empty or absent: every role. */
  queries?: readonly string[];
}

/** A company shows this many roles, then "+k more". */
const ROLES_PER_COMPANY = 5;
const NO_COMPANY = 'Company not stated';
/** Per-role budgets keep even 45 role blocks well inside what Slack accepts for one message. */
const ROLE_BUDGET = { title: 120, line: 200 } as const;
/** Header, summary, pay line and divider. */
const FIXED_BLOCKS = 4;
/** Room for the closing "and k more" line. */
const TAIL_TEXT_RESERVE = 80;
/** The pay line stays one short paragraph however many currencies the week has. */
const PAY_LINE_MAX = 600;

/**
 * The weekly digest message: a header with the week and count, a pay line per currency and period, then roles
 * grouped by company (largest first), each with a Details button. It is cut to Block Kit's limits with a
 * closing "and k more: `/roles new`" line. Null for an empty week unless `emptyPolicy` is 'post'.
 */
export function buildDigestMessage(input: BuildDigestMessageInput): DigestMessage | null {
  const { postings } = input;
  const week = `Week of ${weekStartLabel(input.now, input.timeZone)}`;
  const scope = scopeText(input.queries ?? []);
  if (postings.length === 0) {
    if (input.emptyPolicy !== 'post') return null;
    return {
      text: `No new roles this week (${lowerFirst(week)}).`,
      blocks: [
        { type: 'header', text: plainText(`New roles · ${week}`, HEADER_TEXT_MAX) },
        {
          type: 'section',
          text: mrkdwnText(
            `No new roles this week${scope}. Search every role with \`/roles <words>\`.`,
            SECTION_TEXT_MAX,
          ),
        },
      ],
    };
  }

  const groups = groupByCompany(postings);
  const count = `${postings.length} new ${plural(postings.length, 'role')}`;
  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText(`New roles · ${week}`, HEADER_TEXT_MAX) },
    {
      type: 'section',
      text: mrkdwnText(
        `*${count}* at ${groups.length} ${plural(groups.length, 'company', 'companies')}${scope}.`,
        SECTION_TEXT_MAX,
      ),
    },
    context(payLine(postings)),
    { type: 'divider' },
  ];

  // Slack refuses a message past 50 blocks, and (undocumented) past roughly 12,000 characters of block text.
  const blockRoom = MESSAGE_MAX_BLOCKS - FIXED_BLOCKS - 1;
  const textRoom = MESSAGE_BLOCKS_TEXT_MAX - blocksTextLength(blocks) - TAIL_TEXT_RESERVE;
  let usedBlocks = 0;
  let usedText = 0;
  let omitted = 0;
  for (const group of groups) {
    const groupBlocks = omitted > 0 ? [] : companyBlocks(group);
    const groupText = blocksTextLength(groupBlocks);
    if (omitted > 0 || usedBlocks + groupBlocks.length > blockRoom || usedText + groupText > textRoom) {
      omitted += group.postings.length;
      continue;
    }
    usedBlocks += groupBlocks.length;
    usedText += groupText;
    blocks.push(...groupBlocks);
  }
  if (omitted > 0) blocks.push(context(`_and ${omitted} more: \`/roles new\`_`));

  return { text: fallbackText(count, week, groups), blocks };
}

interface CompanyGroup {
  company: string;
  postings: Posting[];
}

function groupByCompany(postings: readonly Posting[]): CompanyGroup[] {
  const byCompany = new Map<string, Posting[]>();
  for (const posting of postings) {
    const company = posting.company?.replace(/\s+/g, ' ').trim() || NO_COMPANY;
    const list = byCompany.get(company) ?? [];
    list.push(posting);
    byCompany.set(company, list);
  }
  return [...byCompany]
    .map(([company, list]) => ({ company, postings: list }))
    .sort(
      (a, b) =>
        Number(a.company === NO_COMPANY) - Number(b.company === NO_COMPANY) ||
        b.postings.length - a.postings.length ||
        a.company.localeCompare(b.company, 'en'),
    );
}

function companyBlocks(group: CompanyGroup): KnownBlock[] {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwnText(
        `*${escapeLine(group.company, ROLE_BUDGET.title)}* · ${group.postings.length} new ${plural(group.postings.length, 'role')}`,
        SECTION_TEXT_MAX,
      ),
    },
  ];
  for (const posting of group.postings.slice(0, ROLES_PER_COMPANY)) blocks.push(roleBlock(posting));
  const more = group.postings.length - ROLES_PER_COMPANY;
  if (more > 0) blocks.push(context(`+${more} more at ${escapeLine(group.company, ROLE_BUDGET.title)}`));
  return blocks;
}

/** *Title*, then location · workplace · pay ("not stated" when the posting gives none). */
function roleBlock(posting: Posting): SectionBlock {
  const where = [locationSummary(posting), posting.workplace && WORKPLACE_LABELS[posting.workplace]].filter(
    (part): part is string => typeof part === 'string',
  );
  const pay = posting.salary === null ? 'salary not stated' : salarySummary(posting);
  const details = [...where, pay].join(' · ');
  return {
    type: 'section',
    text: mrkdwnText(
      `*${escapeLine(posting.title, ROLE_BUDGET.title)}*\n${escapeLine(details, ROLE_BUDGET.line)}`,
      SECTION_TEXT_MAX,
    ),
    accessory: {
      type: 'button',
      text: plainText('Details', 75),
      action_id: ACTION_IDS.showDetails,
      value: posting.id,
    },
  };
}

/** "Pay: $90,000–$250,000 a year (8) · £60,000–£85,000 a year (2) · 3 not stated". */
function payLine(postings: readonly Posting[]): string {
  const spans = new Map<
    string,
    { min: number; max: number; currency: string; period: SalaryPeriod; count: number }
  >();
  let unstated = 0;
  for (const posting of postings) {
    const salary = posting.salary;
    if (salary === null) {
      unstated += 1;
      continue;
    }
    const low = salary.min ?? salary.max;
    const high = salary.max ?? salary.min;
    if (low === null || high === null) continue;
    const key = `${salary.currency} ${salary.period}`;
    const span = spans.get(key);
    if (span) {
      span.min = Math.min(span.min, low);
      span.max = Math.max(span.max, high);
      span.count += 1;
    } else {
      spans.set(key, { min: low, max: high, currency: salary.currency, period: salary.period, count: 1 });
    }
  }
  const parts = [...spans.values()]
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency))
    .map((span) => `${formatSalary(span)} (${span.count})`);
  if (unstated > 0) parts.push(`${unstated} not stated`);
  return truncateMrkdwn(escapeMrkdwn(`Pay: ${parts.join(' · ')}`), PAY_LINE_MAX);
}

function context(mrkdwn: string): ContextBlock {
  return { type: 'context', elements: [mrkdwnText(mrkdwn, SECTION_TEXT_MAX)] };
}

function scopeText(queries: readonly string[]): string {
  if (queries.length === 0) return '';
  return ` matching ${queries.map((q) => `“${escapeLine(q, 100)}”`).join(' or ')}`;
}

/** The notification and screen-reader text: the count and the first companies, under Slack's limit. */
function fallbackText(count: string, week: string, groups: readonly CompanyGroup[]): string {
  const companies = groups.map((g) => `${g.company} (${g.postings.length})`).join(', ');
  return truncateMrkdwn(
    escapeMrkdwn(`${count} this week (${lowerFirst(week)}): ${companies}`),
    MESSAGE_TEXT_MAX,
  );
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

// Fixed names: ICU's en-GB short month for September changed from "Sep" to "Sept" between versions.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "23 Nov 2026": the Monday starting the week that holds `now`, in the zone. */
export function weekStartLabel(now: Date, timeZone: string): string {
  const { year, month, day } = wallClock(now.getTime(), timeZone);
  const today = new Date(Date.UTC(year, month - 1, day));
  const daysSinceMonday = (today.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(year, month - 1, day - daysSinceMonday));
  return `${monday.getUTCDate()} ${MONTHS[monday.getUTCMonth()]} ${monday.getUTCFullYear()}`;
}
