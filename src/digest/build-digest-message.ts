import type { ActionsBlock, ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import type { Posting, SalaryPeriod } from '../model/posting.ts';
import type { SlackMessage } from '../render/slack/answer-message.ts';
import { formatSalary } from '../render/slack/format-salary.ts';
import {
  BUTTON_VALUE_MAX,
  blocksTextLength,
  HEADER_TEXT_MAX,
  MESSAGE_BLOCKS_TEXT_MAX,
  MESSAGE_MAX_BLOCKS,
  MESSAGE_TEXT_MAX,
  SECTION_TEXT_MAX,
} from '../render/slack/limits.ts';
import { escapeMrkdwn, mrkdwnText, plainText, truncateMrkdwn } from '../render/slack/mrkdwn.ts';
import { escapeLine } from '../render/slack/posting-card.ts';
import { ACTION_IDS } from '../slack/action-ids.ts';
import {
  buildDigestModel,
  closedLine,
  type DigestCompanyGroup,
  type DigestFooterInput,
  type DigestModel,
  type DigestRoleLine,
  footerLine,
  olderLine,
  roleDetails,
  roleTitle,
} from './digest-model.ts';

export { weekStartLabel } from './digest-model.ts';

/** The Block Kit renderers' message shape: top-level fallback text plus blocks. */
export type DigestMessage = SlackMessage;

export type EmptyDigestPolicy = 'skip' | 'post';

export interface BuildDigestMessageInput {
  /** The new roles, in the order to show them within a company. */
  postings: readonly Posting[];
  now: Date;
  /** The zone the week is counted in (the digest schedule's). */
  timeZone: string;
  /** A week with nothing new: 'skip' (default) returns null, 'post' says so. */
  emptyPolicy?: EmptyDigestPolicy;
  /** The saved searches, shown so readers know why these roles; empty or absent: every role. */
  queries?: readonly string[];
  /** Roles first seen this period but posted before it: one line, not listed. */
  older?: readonly Posting[];
  /** Roles closed since the previous digest: one line. */
  closed?: readonly Posting[];
  /** Start of the period (for the "older" line). */
  periodStart?: Date;
  /** Who it is for, the schedule, and whether Unsubscribe applies. */
  footer?: DigestFooterInput;
}

export interface BuiltDigest {
  /** What every renderer shows, cut as the message is. */
  model: DigestModel;
  /** Null for an empty week unless `emptyPolicy` is 'post'. */
  message: DigestMessage | null;
}

/** Per-role budgets keep even 45 role blocks well inside what Slack accepts for one message. */
const ROLE_BUDGET = { title: 120, line: 200 } as const;
/** Room for the closing lines (and k more, older, closed, footer) and the Unsubscribe button. */
const TAIL_TEXT_RESERVE = 1400;
const TAIL_BLOCKS = 5;
/** The pay line stays one short paragraph however many currencies the week has. */
const PAY_LINE_MAX = 600;

/** The digest message alone (see `buildDigest`). */
export function buildDigestMessage(input: BuildDigestMessageInput): DigestMessage | null {
  return buildDigest(input).message;
}

/**
 * The digest: a header with the week and count, a pay line per currency and period, roles grouped by
 * company (largest first) with place, workplace, pay and posted date and a Details button, "+N more" buttons,
 * the older and closed lines, and a footer saying who it is for, when the next one comes and how to stop it.
 * Cut to Block Kit's limits with a closing "and k more: `/roles new`" line; the model is cut the same way.
 */
export function buildDigest(input: BuildDigestMessageInput): BuiltDigest {
  const model = buildDigestModel(input);
  const scope = scopeText(model.queries);
  const header: KnownBlock = {
    type: 'header',
    text: plainText(`New roles · ${model.week}`, HEADER_TEXT_MAX),
  };
  if (model.total === 0) {
    if (input.emptyPolicy !== 'post') return { model, message: null };
    const blocks: KnownBlock[] = [
      header,
      {
        type: 'section',
        text: mrkdwnText(
          `No new roles this week${scope}. Search every role with \`/roles <words>\`.`,
          SECTION_TEXT_MAX,
        ),
      },
      ...tailBlocks(model),
    ];
    return { model, message: { text: `No new roles this week (${lowerFirst(model.week)}).`, blocks } };
  }

  const count = `${model.total} new ${plural(model.total, 'role')}`;
  const blocks: KnownBlock[] = [
    header,
    {
      type: 'section',
      text: mrkdwnText(
        `*${count}* at ${model.groups.length} ${plural(model.groups.length, 'company', 'companies')}${scope}.`,
        SECTION_TEXT_MAX,
      ),
    },
    context(payLine(input.postings)),
    { type: 'divider' },
  ];

  // Slack refuses a message past 50 blocks, and (undocumented) past roughly 12,000 characters of block text.
  const blockRoom = MESSAGE_MAX_BLOCKS - blocks.length - TAIL_BLOCKS;
  const textRoom = MESSAGE_BLOCKS_TEXT_MAX - blocksTextLength(blocks) - TAIL_TEXT_RESERVE;
  let usedBlocks = 0;
  let usedText = 0;
  let omitted = 0;
  const shown: DigestCompanyGroup[] = [];
  for (const group of model.groups) {
    const groupBlocks = omitted > 0 ? [] : companyBlocks(group);
    const groupText = blocksTextLength(groupBlocks);
    if (omitted > 0 || usedBlocks + groupBlocks.length > blockRoom || usedText + groupText > textRoom) {
      omitted += group.roles.length;
      continue;
    }
    usedBlocks += groupBlocks.length;
    usedText += groupText;
    blocks.push(...groupBlocks);
    shown.push(group);
  }
  const cut: DigestModel = { ...model, groups: shown, omitted };
  if (omitted > 0) blocks.push(context(`_and ${omitted} more: \`/roles new\`_`));
  blocks.push(...tailBlocks(cut));
  return { model: cut, message: { text: fallbackText(count, model), blocks } };
}

/** The older and closed lines, then the footer and its Unsubscribe button. */
function tailBlocks(model: DigestModel): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const older = olderLine(model);
  if (older !== null) blocks.push(context(`_${escapeLine(older, 300)}_`));
  const closed = closedLine(model);
  if (closed !== null) blocks.push(context(escapeLine(closed, 1200)));
  const footer = footerLine(model);
  if (footer === null || model.audience === null) return blocks;
  blocks.push({ type: 'divider' });
  // Saved searches are user text: escaped, but the backticks around commands are ours.
  const footerText = footer
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `\`${part}\`` : escapeMrkdwn(part)))
    .join('');
  blocks.push(context(truncateMrkdwn(footerText, 1000)));
  if (model.unsubscribable) {
    const target = model.audience.kind === 'channel' ? model.audience.channelId : model.audience.userId;
    const actions: ActionsBlock = {
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: plainText('Unsubscribe', 75),
          action_id: ACTION_IDS.unsubscribe,
          value: target.slice(0, BUTTON_VALUE_MAX),
          confirm: {
            title: plainText('Unsubscribe?', 100),
            text: plainText(
              model.audience.kind === 'channel'
                ? 'This channel stops getting these digests. Subscribe again with /roles subscribe.'
                : 'You stop getting this personal alert. Set one again with /roles alert.',
              300,
            ),
            confirm: plainText('Unsubscribe', 30),
            deny: plainText('Keep it', 30),
          },
        },
      ],
    };
    blocks.push(actions);
  }
  return blocks;
}

function companyBlocks(group: DigestCompanyGroup): KnownBlock[] {
  const company = escapeLine(group.company, ROLE_BUDGET.title);
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwnText(
        `*${company}* · ${group.roles.length} new ${plural(group.roles.length, 'role')}`,
        SECTION_TEXT_MAX,
      ),
    },
  ];
  for (const role of group.shown) blocks.push(roleBlock(role));
  if (group.more.length > 0) blocks.push(moreBlock(group, company));
  return blocks;
}

/** "+k more at Big" with a button that shows them privately (the ids ride in the button's value). */
function moreBlock(group: DigestCompanyGroup, company: string): SectionBlock {
  const ids: string[] = [];
  let length = 0;
  for (const role of group.more) {
    if (length + role.id.length + 1 > BUTTON_VALUE_MAX) break;
    ids.push(role.id);
    length += role.id.length + 1;
  }
  return {
    type: 'section',
    text: mrkdwnText(`+${group.more.length} more at ${company}`, SECTION_TEXT_MAX),
    accessory: {
      type: 'button',
      text: plainText(`Show ${group.more.length} more`, 75),
      action_id: ACTION_IDS.digestMore,
      value: ids.join(','),
    },
  };
}

/** *Title*, then place · workplace · pay · posted date ("salary not stated" when the posting gives none). */
function roleBlock(role: DigestRoleLine): SectionBlock {
  return {
    type: 'section',
    text: mrkdwnText(
      `*${escapeLine(roleTitle(role), ROLE_BUDGET.title)}*\n${escapeLine(roleDetails(role), ROLE_BUDGET.line)}`,
      SECTION_TEXT_MAX,
    ),
    accessory: {
      type: 'button',
      text: plainText('Details', 75),
      action_id: ACTION_IDS.showDetails,
      value: role.id,
    },
  };
}

/** "Pay: $90,000–$250,000 a year (8) · £60,000–£85,000 a year (2) · 3 not stated". */
export function payLineText(postings: readonly Posting[]): string {
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
  return `Pay: ${parts.join(' · ')}`;
}

function payLine(postings: readonly Posting[]): string {
  return truncateMrkdwn(escapeMrkdwn(payLineText(postings)), PAY_LINE_MAX);
}

function context(mrkdwn: string): ContextBlock {
  return { type: 'context', elements: [mrkdwnText(mrkdwn, SECTION_TEXT_MAX)] };
}

function scopeText(queries: readonly string[]): string {
  if (queries.length === 0) return '';
  return ` matching ${queries.map((q) => `“${escapeLine(q, 100)}”`).join(' or ')}`;
}

/** The notification and screen-reader text: the count and the first companies, under Slack's limit. */
function fallbackText(count: string, model: DigestModel): string {
  const companies = model.groups.map((g) => `${g.company} (${g.roles.length})`).join(', ');
  return truncateMrkdwn(
    escapeMrkdwn(`${count} this week (${lowerFirst(model.week)}): ${companies}`),
    MESSAGE_TEXT_MAX,
  );
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
