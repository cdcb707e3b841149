import type { HomeView, KnownBlock, SectionBlock } from '@slack/types';
import { isOpen } from '../../digest/is-open.ts';
import type { Posting } from '../../model/posting.ts';
import { plural } from '../format-posting.ts';
import { SECTION_TEXT_MAX, VIEW_MAX_BLOCKS } from './limits.ts';
import { lineSections } from './line-sections.ts';
import { escapeMrkdwn, mrkdwnText, plainText } from './mrkdwn.ts';
import { escapeLine, renderPostingCardBlocks } from './posting-card.ts';

/** A channel digest subscription as the Home tab lists it. */
export interface HomeSubscriptionRow {
  id?: string;
  channelId: string;
  /** Null: every new role. */
  query: string | null;
}

export interface HomeViewInput {
  /** What the bot knows; a search `Catalog` fits. */
  catalog: { readonly postings: readonly Posting[]; readonly companies?: readonly string[] };
  now: Date;
  /** Null or absent: the app keeps no subscriptions (or could not read them), so only how-to is shown. */
  subscriptions?: readonly HomeSubscriptionRow[] | null;
}

export const HOME_NEWEST_COUNT = 5;
const HOME_MAX_COMPANIES = 15;
/** Channel ids as Slack sends them; anything else is shown as text, never as a link. */
const CHANNEL_ID = /^[CG][A-Z0-9]+$/;

export const HOW_TO_ASK = [
  '`/roles ml manager new york`: search, five roles at a time',
  '`/roles salary senior ml engineer`: pay ranges, by currency',
  '`/roles new`: roles posted this week',
  '`/roles <id>`: one role in full (ids are on every card)',
  '`/roles help`: everything else',
  'Or mention me in a channel, or write to me here: _“which roles are remote?”_, _“what does the ML manager role require?”_',
];

function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: mrkdwnText(mrkdwn, SECTION_TEXT_MAX) };
}

function header(text: string): KnownBlock {
  return { type: 'header', text: plainText(text, 150) };
}

/** Newest first by posting date; undated roles last, so they never crowd out known-new ones. */
export function newestPostings(postings: readonly Posting[], count: number): Posting[] {
  return [...postings]
    .sort((a, b) => {
      if (a.postedAt === b.postedAt) return a.title.localeCompare(b.title);
      if (a.postedAt === null) return 1;
      if (b.postedAt === null) return -1;
      return a.postedAt < b.postedAt ? 1 : -1;
    })
    .slice(0, count);
}

function companiesOf(input: HomeViewInput): string[] {
  const given = input.catalog.companies;
  if (given !== undefined) return [...given];
  const names = input.catalog.postings.map((p) => p.company).filter((c): c is string => c !== null);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}

function summaryText(input: HomeViewInput): string {
  const count = input.catalog.postings.length;
  if (count === 0) {
    return 'I know no roles yet. Save posting pages into the postings folder and I will pick them up.';
  }
  const companies = companiesOf(input);
  const shown = companies.slice(0, HOME_MAX_COMPANIES).map((c) => escapeLine(c, 80));
  const more = companies.length > shown.length ? `, and ${companies.length - shown.length} more` : '';
  const from =
    companies.length === 0
      ? ''
      : ` from ${plural(companies.length, 'company', 'companies')}: ${shown.join(', ')}${more}`;
  return `I know *${plural(count, 'role')}*${from}.`;
}

function subscriptionLines(rows: readonly HomeSubscriptionRow[]): string[] {
  return rows.map((row) => {
    // A personal alert is stored under the person's user id: it comes to them by DM.
    const channel = /^[UW][A-Z0-9]+$/.test(row.channelId)
      ? 'Your personal alert (by DM)'
      : CHANNEL_ID.test(row.channelId)
        ? `<#${row.channelId}>`
        : escapeLine(row.channelId, 80);
    const query =
      row.query === null ? 'every new role' : `\`${escapeLine(row.query.replace(/`/g, "'"), 200)}\``;
    return `• ${channel}: ${query}`;
  });
}

const HOW_TO_SUBSCRIBE =
  'In a channel, type `/roles subscribe <query>` (for example `/roles subscribe ml new york`) and I will post new matching roles there every week; for yourself only, type `/roles alert <query>` and I will send them to you by DM.';

/** The Home tab: what the bot knows, how to ask, the newest roles, and channel digests. */
export function renderHomeView(input: HomeViewInput): HomeView {
  const blocks: KnownBlock[] = [header('Roles: job postings, searchable'), section(summaryText(input))];
  blocks.push(
    { type: 'divider' },
    header('How to ask'),
    section(HOW_TO_ASK.map((line) => `• ${escapeMrkdwn(line)}`).join('\n')),
  );

  // Closed roles stay in history but are not "newest roles" to apply for.
  const newest = newestPostings(
    input.catalog.postings.filter((p) => isOpen(p, input.now)),
    HOME_NEWEST_COUNT,
  );
  if (newest.length > 0) {
    blocks.push({ type: 'divider' }, header('Newest roles'));
    for (const posting of newest)
      blocks.push(...renderPostingCardBlocks(posting, { now: input.now, detailsButton: true }));
  }

  blocks.push({ type: 'divider' }, header('Digests and alerts'));
  const subscriptions = input.subscriptions ?? [];
  if (subscriptions.length === 0) {
    const none =
      input.subscriptions === undefined || input.subscriptions === null ? '' : 'No channel digests yet. ';
    blocks.push(section(`${none}${escapeMrkdwn(HOW_TO_SUBSCRIBE)}`));
  } else {
    const room = VIEW_MAX_BLOCKS - blocks.length - 1;
    blocks.push(...lineSections(subscriptionLines(subscriptions), Math.min(room, 10), 'more subscriptions'));
    blocks.push({
      type: 'context',
      elements: [mrkdwnText(escapeMrkdwn('Add one with `/roles subscribe <query>` in a channel.'), 200)],
    });
  }
  return { type: 'home', blocks: blocks.slice(0, VIEW_MAX_BLOCKS) };
}
