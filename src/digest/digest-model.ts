import type { Posting } from '../model/posting.ts';
import { formatSalary } from '../render/slack/format-salary.ts';
import { formatDay } from '../render/slack/posted-age.ts';
import { locationSummary, WORKPLACE_LABELS } from '../render/slack/posting-card.ts';
import { nextSendInWords, scheduleInWords } from './schedule-in-words.ts';
import { wallClock } from './wall-clock.ts';

/**
 * One digest as plain data, before any format: the Block Kit message and the terminal preview are both
 * rendered from this, so what `roles digest --dry-run` prints cannot drift from what Slack gets.
 * Text here is plain (unescaped); each renderer escapes for its own medium.
 */
export interface DigestRoleLine {
  id: string;
  title: string;
  /** Team or place, when another role in the digest has the same title (and company). */
  tellApart: string | null;
  place: string | null;
  workplace: string | null;
  /** "$120,000–$150,000 a year" or "salary not stated". */
  pay: string;
  /** "posted 20 Nov 2026", or null when the posting states no date. */
  posted: string | null;
  url: string | null;
}

export interface DigestCompanyGroup {
  company: string;
  /** Every new role at the company, in order; `shown` are listed, the rest are behind "+N more". */
  roles: DigestRoleLine[];
  shown: DigestRoleLine[];
  more: DigestRoleLine[];
}

/** Who a digest is for: a channel, or one person by DM (a personal alert). */
export type DigestAudience = { kind: 'channel'; channelId: string } | { kind: 'person'; userId: string };

export interface DigestFooterInput {
  audience: DigestAudience;
  /** The cron schedule and its zone, to say when the next digest goes out. */
  cron?: string;
  /** Whether the audience has saved subscriptions the Unsubscribe button can remove (not DIGEST_CHANNEL). */
  unsubscribable: boolean;
}

export interface DigestModel {
  /** "Week of 23 Nov 2026". */
  week: string;
  /** Number of roles listed or behind "+N more" / "and k more". */
  total: number;
  groups: DigestCompanyGroup[];
  /** Saved searches; empty: every role. */
  queries: string[];
  /** First seen since the previous digest but stated as posted before the period: counted only. */
  older: number;
  /** The first day of the period older roles were posted before (ISO date). */
  periodStart: string;
  /** "Title at Company" for roles closed since the previous digest. */
  closed: string[];
  audience: DigestAudience | null;
  unsubscribable: boolean;
  /** "at 09:00, only on Monday (UTC)". */
  schedule: string | null;
  /** "Monday 7 Dec at 09:00 (UTC)". */
  nextSend: string | null;
  /** Groups after the message's size cut: set by the Block Kit layout, read by every renderer. */
  omitted: number;
}

export interface DigestModelInput {
  postings: readonly Posting[];
  now: Date;
  timeZone: string;
  queries?: readonly string[];
  /** Roles counted, not listed (see `selectDigestRoles`). */
  older?: readonly Posting[];
  closed?: readonly Posting[];
  /** Start of the period new roles were posted in (default: a week before now). */
  periodStart?: Date;
  footer?: DigestFooterInput;
}

/** A company shows this many roles, then "+k more" (a button that shows the rest). */
export const ROLES_PER_COMPANY = 5;
export const NO_COMPANY = 'Company not stated';

export function buildDigestModel(input: DigestModelInput): DigestModel {
  const lines = roleLines(input.postings);
  const groups = groupByCompany(input.postings).map(({ company, postings }) => {
    const roles = postings.map((p) => lines.get(p.id)!);
    return { company, roles, shown: roles.slice(0, ROLES_PER_COMPANY), more: roles.slice(ROLES_PER_COMPANY) };
  });
  const footer = input.footer;
  const schedule = footer?.cron === undefined ? null : footer.cron;
  const periodStart = input.periodStart ?? new Date(input.now.getTime() - 7 * 86_400_000);
  return {
    week: `Week of ${weekStartLabel(input.now, input.timeZone)}`,
    total: input.postings.length,
    groups,
    queries: [...(input.queries ?? [])],
    older: input.older?.length ?? 0,
    periodStart: periodStart.toISOString().slice(0, 10),
    closed: (input.closed ?? []).map((p) => roleName(p)),
    audience: footer?.audience ?? null,
    unsubscribable: footer?.unsubscribable ?? false,
    schedule: schedule === null ? null : scheduleInWords(schedule, input.timeZone),
    nextSend: schedule === null ? null : nextSendInWords(schedule, input.timeZone, input.now),
    omitted: 0,
  };
}

function roleName(posting: Posting): string {
  const title = posting.title.replace(/\s+/g, ' ').trim();
  return posting.company === null ? title : `${title} at ${posting.company.replace(/\s+/g, ' ').trim()}`;
}

function roleLines(postings: readonly Posting[]): Map<string, DigestRoleLine> {
  const labels = sameTitleLabels(postings);
  const lines = new Map<string, DigestRoleLine>();
  for (const posting of postings) {
    lines.set(posting.id, {
      id: posting.id,
      title: posting.title.replace(/\s+/g, ' ').trim() || 'Untitled role',
      tellApart: labels.get(posting.id) ?? null,
      place: locationSummary(posting),
      workplace: posting.workplace === null ? null : WORKPLACE_LABELS[posting.workplace],
      pay: posting.salary === null ? 'salary not stated' : formatSalary(posting.salary),
      posted: posting.postedAt === null ? null : `posted ${formatDay(posting.postedAt)}`,
      url: posting.source.url ?? posting.sources.find((s) => s.url !== undefined)?.url ?? null,
    });
  }
  return lines;
}

/**
 * Roles at one company with the same title read the same in a list: name the team when they differ by team,
 * else the place (the line shows the place too, but the title is what people scan).
 */
function sameTitleLabels(postings: readonly Posting[]): Map<string, string> {
  const byName = new Map<string, Posting[]>();
  for (const posting of postings) {
    const key = `${posting.title.toLowerCase().replace(/\s+/g, ' ').trim()}\u0000${(posting.company ?? '').toLowerCase()}`;
    byName.set(key, [...(byName.get(key) ?? []), posting]);
  }
  const labels = new Map<string, string>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    const distinct = (values: (string | null)[]) =>
      values.every((v) => v !== null) && new Set(values).size === values.length;
    const teams = same.map((p) => p.team);
    const places = same.map((p) => locationSummary(p, 1));
    const by = distinct(teams) ? teams.map((t) => `${t} team`) : distinct(places) ? places : null;
    for (const [i, posting] of same.entries()) {
      const label = by?.[i] ?? [places[i], posting.team && `${posting.team} team`].filter(Boolean).join(', ');
      if (label) labels.set(posting.id, label);
    }
  }
  return labels;
}

function groupByCompany(postings: readonly Posting[]): { company: string; postings: Posting[] }[] {
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

/** "Role · place · workplace · pay · posted …": one line's details, in the order every renderer shows them. */
export function roleDetails(role: DigestRoleLine): string {
  return [role.place, role.workplace, role.pay, role.posted]
    .filter((p): p is string => p !== null)
    .join(' · ');
}

/** "Senior ML Engineer (Personalization team)". */
export function roleTitle(role: DigestRoleLine): string {
  return role.tellApart === null ? role.title : `${role.title} (${role.tellApart})`;
}

/** "12 older roles, posted before 24 Nov 2026, were seen for the first time: not listed as new." */
export function olderLine(model: DigestModel): string | null {
  if (model.older === 0) return null;
  const roles = model.older === 1 ? '1 older role' : `${model.older} older roles`;
  return `and ${roles} the bot saw for the first time, posted before ${formatDay(model.periodStart)}: not listed as new`;
}

/** "Closed since the last digest: A at X; B at Y." */
export function closedLine(model: DigestModel, max = 10): string | null {
  if (model.closed.length === 0) return null;
  const named = model.closed.slice(0, max).join('; ');
  const rest = model.closed.length - max;
  return `Closed since the last digest: ${named}${rest > 0 ? ` and ${rest} more` : ''}`;
}

/** "For this channel, following “rust” or “ml manager”. Next: Monday 7 Dec at 09:00 (UTC), sent at 09:00, only on Monday." */
export function footerLine(model: DigestModel): string | null {
  if (model.audience === null) return null;
  const who = model.audience.kind === 'channel' ? 'For this channel' : 'Your personal alert';
  const what =
    model.queries.length === 0
      ? 'every new role'
      : `new roles matching ${model.queries.map((q) => `“${q}”`).join(' or ')}`;
  const next =
    model.nextSend === null
      ? ''
      : ` Next: ${model.nextSend}${model.schedule === null ? '' : `; sent ${model.schedule.replace(/ \([^)]*\)$/, '')}`}.`;
  const change =
    model.audience.kind === 'channel'
      ? ' Change it with `/roles subscribe <words>` or `/roles unsubscribe`.'
      : ' Change it with `/roles alert <words>` or `/roles unsubscribe` in this DM.';
  return `${who}: ${what}.${next}${change}`;
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
