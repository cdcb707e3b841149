import type { ActionsBlock, Button, ContextBlock, HeaderBlock, KnownBlock, SectionBlock } from '@slack/types';
import { tellApart } from '../../answer/tell-apart.ts';
import type {
  Answer,
  ClarifyAnswer,
  CompareAnswer,
  DetailsAnswer,
  ExistsAnswer,
  ExtremeAnswer,
  GreetingAnswer,
  HelpAnswer,
  LocationsAnswer,
  NewAnswer,
  NotFoundAnswer,
  RequirementsAnswer,
  SalaryAnswer,
  SearchAnswer,
  StatsAnswer,
  WorkplaceAnswer,
} from '../../answer/types.ts';
import type { Posting } from '../../model/posting.ts';
import { ACTION_IDS } from '../../slack/action-ids.ts';
import { PERIOD_WORDS, plural } from '../format-posting.ts';
import { formatMoney, formatSalary } from './format-salary.ts';
import {
  BUTTON_TEXT_MAX,
  blocksTextLength,
  CONTEXT_ELEMENTS_MAX,
  HEADER_TEXT_MAX,
  MESSAGE_BLOCKS_TEXT_MAX,
  MESSAGE_MAX_BLOCKS,
  MESSAGE_TEXT_MAX,
  SECTION_FIELD_TEXT_MAX,
  SECTION_FIELDS_MAX,
  SECTION_TEXT_MAX,
} from './limits.ts';
import { lineSections } from './line-sections.ts';
import { encodeMoreValue } from './more-value.ts';
import { escapeMrkdwn, mrkdwnText, plainText, truncateMrkdwn, truncateText } from './mrkdwn.ts';
import {
  escapeLine,
  locationSummary,
  renderPostingCard,
  renderPostingCardBlocks,
  salarySummary,
  titleLine,
  WORKPLACE_LABELS,
} from './posting-card.ts';

export interface SlackMessage {
  /** The notification and accessibility fallback: a summary naming the postings used. */
  text: string;
  blocks: KnownBlock[];
}

export interface AnswerMessageOptions {
  /** 1-based page of a search to show; out-of-range pages are clamped. */
  page?: number;
  /** For "posted 6 days ago"; without it cards show the date. */
  now?: Date;
  /** Set on the public copy posted by "Share in channel". */
  shared?: { byUserId: string };
}

export const CARDS_PER_PAGE = 5;
/** Longest list a message shows before "…and N more": past this a message is a wall, not an answer. */
const MAX_LIST_ROWS = 25;
/** Notes past this are counted, not shown: a context block is a footnote, not a second answer. */
const MAX_NOTES = 5;
/** Buttons carry the question to ask again; a question longer than this is cut in the value. */
const QUESTION_IN_BUTTON_MAX = 500;
/** Blocks kept for the header, notes, shared line and buttons around any body. */
const FRAME_BLOCKS = 4;
const BODY_MAX_BLOCKS = MESSAGE_MAX_BLOCKS - FRAME_BLOCKS;
/** Slack user ids as they arrive in payloads; anything else is not mentioned. */
const USER_ID = /^[UW][A-Z0-9]+$/;

interface Parts {
  header: string;
  body: KnownBlock[];
  /** Plain sentence for the fallback, before the posting names are added. */
  summary: string;
  notes: string[];
  actions: Button[];
}

function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ').trim()}”`;
}

function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: mrkdwnText(mrkdwn, SECTION_TEXT_MAX) };
}

/** "*Title* — Company", escaped: the way lists name a role. */
function roleName(posting: Posting): string {
  const company = posting.company === null ? '' : ` — ${escapeLine(posting.company, 120)}`;
  return `*${titleLine(posting, 200)}*${company}`;
}

/** A role's name with what tells it apart from a same-named role in the same answer: "… — Acme (London)". */
function roleNameApart(posting: Posting, apart: ReadonlyMap<string, string>): string {
  const label = apart.get(posting.id);
  return `${roleName(posting)}${label === undefined ? '' : ` (${escapeLine(label, 120)})`}`;
}

function payLine(posting: Posting): string {
  return posting.salary === null ? 'pay not stated' : escapeMrkdwn(formatSalary(posting.salary));
}

/** Up to `max` role names, then how many more: for roles listed in passing, not shown in full. */
function roleNames(postings: readonly Posting[], max = 10): string {
  const names = postings.slice(0, max).map(roleName);
  return `${names.join('; ')}${postings.length > max ? ` and ${postings.length - max} more` : ''}`;
}

/** Posting cards (with **Open posting** when the link is known) and a divider between each two. */
function cards(postings: readonly Posting[], now: Date | null): KnownBlock[] {
  return postings.flatMap((posting, i): KnownBlock[] => {
    const card = renderPostingCardBlocks(posting, { now, detailsButton: true });
    return i === 0 ? card : [{ type: 'divider' }, ...card];
  });
}

function button(text: string, actionId: string, value: string): Button {
  return { type: 'button', text: plainText(text, BUTTON_TEXT_MAX), action_id: actionId, value };
}

function searchParts(answer: SearchAnswer, page: number, now: Date | null, shared: boolean): Parts {
  const total = answer.hits.length;
  const understood = answer.understood.trim() || answer.question.trim();
  if (total === 0) {
    const tips = [
      'Try fewer or broader words (`ml` rather than `machine learning platform infra`).',
      'Try a wider place (`us` or `remote` rather than a city).',
      'See the newest roles with `/roles new`, or everything I know with `/roles help`.',
    ];
    return {
      header: truncateText(`No roles match ${quote(understood)}`, HEADER_TEXT_MAX),
      body: [
        section(
          `I found no roles for ${escapeLine(quote(understood), 500)}.\n${tips.map((t) => `• ${t}`).join('\n')}`,
        ),
      ],
      summary: `No roles match ${quote(understood)}.`,
      notes: answer.hint === null ? answer.notes : [...answer.notes, answer.hint],
      actions: [],
    };
  }
  const pages = Math.ceil(total / CARDS_PER_PAGE);
  const shown = Math.min(Math.max(1, Math.floor(page)), pages);
  const first = (shown - 1) * CARDS_PER_PAGE;
  const hits = answer.hits.slice(first, first + CARDS_PER_PAGE);
  const body = cards(
    hits.map((hit) => hit.posting),
    now,
  );
  // Near misses follow the cards on the first page, under what they miss, as plain lines: never counted.
  if (shown === 1) {
    for (const group of answer.nearMisses ?? []) {
      const lines = group.postings.map(
        (posting) =>
          `• ${escapeLine(`${posting.title}${posting.company ? ` — ${posting.company}` : ''}`, 200)}`,
      );
      body.push(
        { type: 'divider' },
        section(`*${escapeLine(group.heading, 150)}* (not counted)\n${lines.join('\n')}`),
      );
    }
  }
  const range = total <= CARDS_PER_PAGE ? '' : ` (showing ${first + 1}–${first + hits.length})`;
  const notes = [`Understood as: ${understood}${range}`, ...answer.notes];
  if (answer.hint !== null) notes.push(answer.hint);
  const actions: Button[] = [];
  const q = Array.from(answer.question).slice(0, QUESTION_IN_BUTTON_MAX).join('');
  if (!shared) {
    if (shown < pages) {
      actions.push(button('More', ACTION_IDS.showMore, encodeMoreValue({ q, p: shown + 1 })));
    }
    actions.push(button('Share in channel', ACTION_IDS.share, encodeMoreValue({ q, p: shown })));
  }
  return {
    header: truncateText(`${plural(total, 'role')} for ${quote(understood)}`, HEADER_TEXT_MAX),
    body,
    summary: `${plural(total, 'role')} for ${quote(understood)}${range}.`,
    notes,
    actions,
  };
}

function salaryParts(answer: SalaryAnswer): Parts {
  const subject = answer.understood.trim() === '' ? 'all roles' : quote(answer.understood);
  const body: KnownBlock[] = [];
  const fields = answer.groups.slice(0, SECTION_FIELDS_MAX).map((group) => {
    const money = (n: number) => formatMoney(n, group.currency);
    const per = formatSalary(group);
    const text = `*${escapeMrkdwn(group.currency)} ${PERIOD_WORDS[group.period]} · ${plural(group.count, 'role')}*\n${escapeMrkdwn(per)}\nmedian ${escapeMrkdwn(money(group.median))} · mean ${escapeMrkdwn(money(group.mean))}`;
    return mrkdwnText(text, SECTION_FIELD_TEXT_MAX);
  });
  if (fields.length > 0) body.push({ type: 'section', fields });
  const notes = [...answer.notes];
  if (answer.groups.length > SECTION_FIELDS_MAX) {
    notes.push(`${answer.groups.length - SECTION_FIELDS_MAX} more currency groups are not shown.`);
  }
  const stated = answer.rows.filter((row) => row.salary !== null);
  const apart = tellApart(answer.postings);
  const lines = stated.slice(0, MAX_LIST_ROWS).map((row) => {
    const salary = row.salary;
    if (salary === null) return '';
    const extra = salary.ranges.length > 1 ? ` (${plural(salary.ranges.length, 'range')}, by location)` : '';
    return `• ${roleNameApart(row.posting, apart)}: ${escapeMrkdwn(formatSalary(salary))}${extra}`;
  });
  if (stated.length > MAX_LIST_ROWS)
    lines.push(`_…and ${stated.length - MAX_LIST_ROWS} more roles with a salary_`);
  if (answer.notStated.length > 0) lines.push(`*Salary not stated:* ${roleNames(answer.notStated)}`);
  if (answer.rows.length === 0) lines.push(`I know no roles for ${escapeLine(subject, 300)}.`);
  body.push(...lineSections(lines, BODY_MAX_BLOCKS - body.length, 'more roles'));
  return {
    header: truncateText(`Salaries for ${subject}`, HEADER_TEXT_MAX),
    body,
    summary: `Salaries for ${subject}: ${stated.length} of ${plural(answer.rows.length, 'role')} state one.`,
    notes,
    actions: [],
  };
}

function locationsParts(answer: LocationsAnswer): Parts {
  const header = answer.place === null ? 'Where the roles are based' : `Roles in ${answer.place}`;
  const lines = answer.rows.slice(0, MAX_LIST_ROWS).map((row) => {
    const { locations, workplace } = row.posting;
    const places = [...new Set(locations.map((l) => l.raw))].slice(0, 5).join('; ') || 'place not stated';
    const mode = workplace === null ? '' : ` · ${WORKPLACE_LABELS[workplace]}`;
    return `• ${roleName(row.posting)}: ${escapeLine(places, 400)}${mode}`;
  });
  if (answer.rows.length > MAX_LIST_ROWS)
    lines.push(`_…and ${answer.rows.length - MAX_LIST_ROWS} more roles_`);
  if (lines.length === 0) lines.push('No roles found there.');
  return {
    header: truncateText(header, HEADER_TEXT_MAX),
    body: lineSections(lines, BODY_MAX_BLOCKS, 'more roles'),
    summary: `${header}: ${plural(answer.rows.length, 'role')}.`,
    notes: answer.notes,
    actions: [],
  };
}

function workplaceParts(answer: WorkplaceAnswer): Parts {
  const label = WORKPLACE_LABELS[answer.workplace];
  const lines = answer.matching.slice(0, MAX_LIST_ROWS).map((p) => {
    const where = locationSummary(p);
    return `• ${roleName(p)}${where === null ? '' : `: ${escapeLine(where, 300)}`}`;
  });
  if (answer.matching.length > MAX_LIST_ROWS)
    lines.push(`_…and ${answer.matching.length - MAX_LIST_ROWS} more_`);
  if (answer.matching.length === 0) lines.push(`No roles say they are ${label.toLowerCase()}.`);
  if (answer.unknown.length > 0) lines.push(`*Not stated (not counted):* ${roleNames(answer.unknown)}`);
  return {
    header: `${label} roles: ${answer.matching.length}`,
    body: lineSections(lines, BODY_MAX_BLOCKS, 'more'),
    summary: `${plural(answer.matching.length, `${label.toLowerCase()} role`)}; ${answer.unknown.length} do not say.`,
    notes: answer.notes,
    actions: [],
  };
}

function requirementsParts(answer: RequirementsAnswer): Parts {
  const header =
    answer.mode === 'skill' && answer.skill !== null
      ? `Roles that ask for ${answer.skill}`
      : 'What the roles require';
  const body: KnownBlock[] = [];
  const rows = answer.rows.slice(0, 15);
  for (const row of rows) {
    if (answer.mode === 'skill') break;
    const bullets = row.qualifications.slice(0, 12).map((q) => `• ${escapeLine(q, 300)}`);
    if (row.qualifications.length > 12) bullets.push(`_…and ${row.qualifications.length - 12} more_`);
    const skills =
      row.skills.length > 0 ? `\n*Skills:* ${escapeLine(row.skills.slice(0, 30).join(', '), 600)}` : '';
    const list = bullets.length > 0 ? bullets.join('\n') : '_No qualifications listed._';
    body.push(section(`${roleName(row.posting)}\n${list}${skills}`));
  }
  if (answer.mode === 'skill') {
    const lines = answer.rows.slice(0, MAX_LIST_ROWS).map((row) => `• ${roleName(row.posting)}`);
    if (answer.rows.length > MAX_LIST_ROWS) lines.push(`_…and ${answer.rows.length - MAX_LIST_ROWS} more_`);
    body.push(...lineSections(lines, BODY_MAX_BLOCKS));
  } else if (answer.rows.length > rows.length) {
    body.push(section(`_…and ${answer.rows.length - rows.length} more roles_`));
  }
  if (answer.rows.length === 0) body.push(section('No roles found.'));
  return {
    header: truncateText(header, HEADER_TEXT_MAX),
    body: body.slice(0, BODY_MAX_BLOCKS),
    summary: `${header}: ${plural(answer.rows.length, 'role')}.`,
    notes: answer.notes,
    actions: [],
  };
}

function statsParts(answer: StatsAnswer): Parts {
  const table = (title: string, rows: StatsAnswer['byCompany']) => {
    const lines = rows.slice(0, 15).map((r) => `${escapeLine(r.label, 80)}: ${r.count}`);
    if (rows.length > 15) lines.push(`_…and ${rows.length - 15} more_`);
    return mrkdwnText(`*${title}*\n${lines.join('\n') || '—'}`, SECTION_FIELD_TEXT_MAX);
  };
  const fields = [
    table('By company', answer.byCompany),
    table('By workplace', answer.byWorkplace),
    table('By seniority', answer.bySeniority),
    table('By country', answer.byCountry),
  ];
  const counted =
    answer.understood.trim() === ''
      ? plural(answer.total, 'role')
      : `${plural(answer.total, 'role')} ${answer.total === 1 ? 'matches' : 'match'} ${quote(answer.understood)}`;
  return {
    header: truncateText(
      answer.understood.trim() === '' ? `What I know: ${plural(answer.total, 'role')}` : `${counted}`,
      HEADER_TEXT_MAX,
    ),
    body: [
      section(`${escapeLine(counted, 400)}, ${answer.withSalary} with a stated salary.`),
      ...(answer.total > 0 ? [{ type: 'section', fields } satisfies SectionBlock] : []),
    ],
    summary: `${counted}, ${answer.withSalary} with a stated salary.`,
    notes: answer.notes,
    actions: [],
  };
}

function newParts(answer: NewAnswer, now: Date | null): Parts {
  const maxCards = 10;
  const body = cards(answer.recent.slice(0, maxCards), now);
  if (answer.recent.length > maxCards) {
    const rest = answer.recent.slice(maxCards).map((p) => `• ${roleName(p)}`);
    body.push(...lineSections(rest, 3));
  }
  if (answer.recent.length === 0) body.push(section(`No new roles ${escapeLine(answer.window, 200)}.`));
  const notes = [...answer.notes];
  if (answer.undated.length > 0) {
    notes.push(`${plural(answer.undated.length, 'role')} with no posting date could not be placed in time.`);
  }
  return {
    header: truncateText(
      `New roles ${answer.window}${answer.understood.trim() === '' ? '' : ` for ${quote(answer.understood)}`}: ${answer.recent.length}`,
      HEADER_TEXT_MAX,
    ),
    body,
    summary: `${plural(answer.recent.length, 'new role')} ${answer.window} (${answer.since} to ${answer.until}).`,
    notes,
    actions: [],
  };
}

function detailsParts(answer: DetailsAnswer, now: Date | null): Parts {
  const posting = answer.posting;
  const body: KnownBlock[] = [renderPostingCard(posting, { now, detailsButton: true })];
  const ranges = posting.salary?.ranges ?? [];
  if (ranges.length > 1) {
    const lines = ranges
      .slice(0, 10)
      .map((r) => `• ${escapeMrkdwn(formatSalary(r))}: ${escapeLine(r.text, 200)}`);
    body.push(section(`*Salary ranges*\n${lines.join('\n')}`));
  }
  const about = posting.sections.about.trim();
  if (about !== '') body.push(section(escapeLine(about, 1500)));
  return {
    header: truncateText(posting.title.replace(/\s+/g, ' '), HEADER_TEXT_MAX),
    body,
    summary: `${posting.title}: ${salarySummary(posting)}.`,
    notes: answer.notes,
    actions: [],
  };
}

function helpParts(answer: HelpAnswer): Parts {
  const opening =
    answer.reason === 'unknown'
      ? `I did not recognise ${escapeLine(quote(answer.question), 300)}. Here is what I can do.`
      : `I know ${plural(answer.total, 'role')}. Ask me in plain words or with \`/roles\`.`;
  const examples = answer.examples.slice(0, 20).map((e) => `• \`${escapeLine(e.replace(/`/g, "'"), 200)}\``);
  const commands = answer.commands
    .slice(0, 20)
    .map((c) => `\`${escapeLine(c.usage.replace(/`/g, "'"), 100)}\` ${escapeLine(c.does, 200)}`);
  return {
    header: 'How to use roles',
    body: [section(opening), ...lineSections(examples, 3), ...lineSections(['*Commands*', ...commands], 3)],
    summary: `Help: I know ${plural(answer.total, 'role')}. Try ${answer.examples.slice(0, 3).join(', ')}.`,
    notes: answer.notes,
    actions: [],
  };
}

/** "No role matches “LPM”.", "No role is in Tokyo.": one sentence per part of the question nothing has. */
function missingSentences(parts: readonly string[]): string[] {
  return parts.map((part) => (part.startsWith('“') ? `No role matches ${part}.` : `No role is ${part}.`));
}

function notFoundParts(answer: NotFoundAnswer): Parts {
  const tips = answer.suggestions.slice(0, 10).map((s) => `• \`${escapeLine(s.replace(/`/g, "'"), 200)}\``);
  const missing = missingSentences(answer.missing ?? []);
  const opening = missing.length > 0 ? missing.join(' ') : `I could not find ${answer.subject}.`;
  const near = (answer.didYouMean ?? [])
    .slice(0, 3)
    .map((s) => `\`${escapeLine(s.replace(/`/g, "'"), 200)}\``);
  const text = `${escapeLine(opening, 600)}${near.length > 0 ? `\nDid you mean: ${near.join(' or ')}` : ''}${tips.length > 0 ? `\nTry:\n${tips.join('\n')}` : ''}`;
  return {
    header: truncateText(
      missing.length > 0 ? (missing[0] ?? 'Nothing found') : 'Nothing found',
      HEADER_TEXT_MAX,
    ),
    body: [section(text)],
    summary: opening,
    notes: answer.notes,
    actions: [],
  };
}

function greetingParts(answer: GreetingAnswer): Parts {
  const opening =
    answer.mood === 'thanks'
      ? 'You’re welcome! Anything else? For example:'
      : `Hi! I know ${plural(answer.total, 'saved role')}. Ask me, for example:`;
  const examples = answer.examples.slice(0, 3).map((e) => `• \`${escapeLine(e.replace(/`/g, "'"), 200)}\``);
  return {
    header: answer.mood === 'thanks' ? 'You’re welcome!' : 'Hi!',
    body: [section(`${opening}\n${examples.join('\n')}`)],
    summary: `${opening} ${answer.examples.slice(0, 3).join(', ')}`,
    notes: answer.notes,
    actions: [],
  };
}

/** Past this many currency and period groups, a superlative lists the rest by name only. */
const MAX_EXTREME_GROUPS = 5;

function extremeParts(answer: ExtremeAnswer): Parts {
  const word = answer.direction === 'highest' ? 'Best paid' : 'Lowest paid';
  const subject = answer.understood.trim() === '' ? '' : ` ${quote(answer.understood)}`;
  const apart = tellApart(answer.postings);
  const shown = answer.groups.slice(0, MAX_EXTREME_GROUPS);
  const lines = shown.map((group) => {
    const roles = group.postings.slice(0, 5).map((p) => `• ${roleAndPlace(p, apart)}: ${payLine(p)}`);
    return `*Paid in ${escapeMrkdwn(group.currency)} ${PERIOD_WORDS[group.period]}* (of ${plural(group.count, 'role')})\n${roles.join('\n')}`;
  });
  const rest = answer.groups.slice(MAX_EXTREME_GROUPS);
  if (rest.length > 0) {
    lines.push(
      `_Also paid in ${rest.map((g) => `${escapeMrkdwn(g.currency)} ${PERIOD_WORDS[g.period]}`).join(', ')}: ask for one, e.g. \`which role pays the most in ${escapeMrkdwn(rest[0]?.currency ?? 'EUR')} ${PERIOD_WORDS[rest[0]?.period ?? 'year']}?\`_`,
    );
  }
  if (answer.groups.length === 0) lines.push('No matching role states its pay.');
  const top = shown[0]?.postings[0];
  return {
    header: truncateText(`${word}${subject}`, HEADER_TEXT_MAX),
    body: lineSections(lines, BODY_MAX_BLOCKS, 'more'),
    summary:
      top === undefined
        ? `${word}${subject}: no matching role states its pay.`
        : `${word}${subject}: ${top.title}${top.company === null ? '' : ` at ${top.company}`}, ${top.salary === null ? '' : formatSalary(top.salary)}.`,
    notes: answer.notes,
    actions: [],
  };
}

function placeSuffix(posting: Posting): string {
  const where = locationSummary(posting, 2);
  return where === null ? '' : `, ${escapeLine(where, 200)}`;
}

/** A role's name and place; a same-named role's label is added only when its place does not already say it. */
function roleAndPlace(posting: Posting, apart: ReadonlyMap<string, string>): string {
  const where = placeSuffix(posting);
  const label = apart.get(posting.id);
  return label !== undefined && !where.includes(label)
    ? `${roleNameApart(posting, apart)}${where}`
    : `${roleName(posting)}${where}`;
}

function existsParts(answer: ExistsAnswer): Parts {
  const subject = answer.understood.trim() === '' ? 'that' : quote(answer.understood);
  const apart = tellApart(answer.matches);
  if (answer.matches.length === 0) {
    return {
      header: truncateText(`No: no role matches ${subject}`, HEADER_TEXT_MAX),
      body: [section(`No: no role matches ${escapeLine(subject, 400)}.`)],
      summary: `No: no role matches ${subject}.`,
      notes: answer.notes,
      actions: [],
    };
  }
  const lines = answer.matches
    .slice(0, MAX_LIST_ROWS)
    .map((p) => `• ${roleAndPlace(p, apart)}: ${payLine(p)}`);
  if (answer.matches.length > MAX_LIST_ROWS)
    lines.push(`_…and ${answer.matches.length - MAX_LIST_ROWS} more_`);
  const yes = `Yes: ${plural(answer.matches.length, 'role')} for ${subject}`;
  return {
    header: truncateText(yes, HEADER_TEXT_MAX),
    body: lineSections(lines, BODY_MAX_BLOCKS, 'more roles'),
    summary: `${yes}.`,
    notes: answer.notes,
    actions: [],
  };
}

function compareParts(answer: CompareAnswer): Parts {
  const fields = answer.rows.slice(0, SECTION_FIELDS_MAX).map((row) => {
    const p = row.posting;
    const lines = [
      `${roleName(p)}`,
      `*Place:* ${escapeLine(locationSummary(p, 3) ?? 'not stated', 300)}`,
      ...(p.team === null ? [] : [`*Team:* ${escapeLine(p.team, 120)}`]),
      `*Pay:* ${payLine(p)}`,
      `*Level:* ${p.seniority ?? 'not stated'}`,
      `*Workplace:* ${p.workplace === null ? 'not stated' : WORKPLACE_LABELS[p.workplace]}`,
      `*Posted:* ${p.postedAt ?? 'not stated'}`,
      `*Needs:* ${row.keyRequirements.length > 0 ? escapeLine(row.keyRequirements.join('; '), 600) : 'not listed'}`,
      `_${p.id}_`,
    ];
    return mrkdwnText(lines.join('\n'), SECTION_FIELD_TEXT_MAX);
  });
  const title = `Comparing ${plural(answer.rows.length, 'role')}`;
  return {
    header: truncateText(title, HEADER_TEXT_MAX),
    body: [{ type: 'section', fields }],
    summary: `${title}: ${answer.rows.map((row) => row.posting.title).join(' vs ')}.`,
    notes:
      answer.understood.trim() === ''
        ? answer.notes
        : [`Understood as: ${answer.understood}`, ...answer.notes],
    actions: [],
  };
}

function clarifyParts(answer: ClarifyAnswer): Parts {
  const apart = tellApart(answer.candidates);
  const lines = answer.candidates.map((p) => `• ${roleAndPlace(p, apart)} · \`${p.id}\``);
  const example = answer.candidates
    .slice(0, 2)
    .map((p) => p.id)
    .join(' and ');
  const opening = `${quote(answer.subject)} could be any of ${plural(answer.candidates.length, 'role')}. Which do you mean?`;
  return {
    header: 'Which role do you mean?',
    body: [
      section(escapeLine(opening, 500)),
      ...lineSections(lines, BODY_MAX_BLOCKS - 2, 'more roles'),
      section(`Ask again naming each role by its id or place, e.g. \`${answer.purpose} ${example}\`.`),
    ],
    summary: opening,
    notes: answer.notes,
    actions: [],
  };
}

function partsOf(answer: Answer, page: number, now: Date | null, shared: boolean): Parts {
  switch (answer.kind) {
    case 'search':
      return searchParts(answer, page, now, shared);
    case 'salary':
      return salaryParts(answer);
    case 'locations':
      return locationsParts(answer);
    case 'workplace':
      return workplaceParts(answer);
    case 'requirements':
      return requirementsParts(answer);
    case 'stats':
      return statsParts(answer);
    case 'new':
      return newParts(answer, now);
    case 'details':
      return detailsParts(answer, now);
    case 'help':
      return helpParts(answer);
    case 'not-found':
      return notFoundParts(answer);
    case 'greeting':
      return greetingParts(answer);
    case 'extreme':
      return extremeParts(answer);
    case 'exists':
      return existsParts(answer);
    case 'compare':
      return compareParts(answer);
    case 'clarify':
      return clarifyParts(answer);
  }
}

function notesBlock(notes: readonly string[]): ContextBlock | null {
  const clean = notes.map((n) => n.trim()).filter((n) => n !== '');
  if (clean.length === 0) return null;
  const shown = clean.slice(0, Math.min(MAX_NOTES, CONTEXT_ELEMENTS_MAX - 1));
  const elements = shown.map((n) => mrkdwnText(escapeLine(n, 300), 300));
  if (clean.length > shown.length)
    elements.push(mrkdwnText(`…and ${clean.length - shown.length} more notes`, 100));
  return { type: 'context', elements };
}

/**
 * The fallback text: a sentence, then the postings used by title and id, cut to fit. Slack reads it as
 * mrkdwn for notifications, so it is escaped like everything else.
 */
function fallbackText(summary: string, postings: readonly Posting[]): string {
  const names = postings.map((p) => `${p.title.replace(/\s+/g, ' ').trim()} (${p.id})`);
  let text = escapeMrkdwn(summary);
  const budget = MESSAGE_TEXT_MAX - 60;
  for (let i = 0; i < names.length; i += 1) {
    const piece = `${i === 0 ? ' Roles: ' : '; '}${escapeMrkdwn(truncateText(names[i] ?? '', 300))}`;
    if (text.length + piece.length > budget) {
      text += ` and ${names.length - i} more.`;
      return truncateMrkdwn(text, MESSAGE_TEXT_MAX);
    }
    text += piece;
  }
  return truncateMrkdwn(text, MESSAGE_TEXT_MAX);
}

const CUT_SHORT = '_…and more than fits in one message: ask something narrower to see the rest._';

/**
 * Drops blocks from the end of a body until it fits in `budget` characters of text and the block limit,
 * saying so, because Slack refuses a message whose blocks carry too much text in total.
 */
function fitBody(body: readonly KnownBlock[], budget: number): KnownBlock[] {
  const room = budget - CUT_SHORT.length - 20;
  let kept = body.slice(0, BODY_MAX_BLOCKS);
  if (kept.length === body.length && blocksTextLength(kept) <= budget) return kept;
  while (kept.length > 0 && blocksTextLength(kept) > room) kept = kept.slice(0, -1);
  while (kept.length > 0 && kept[kept.length - 1]?.type === 'divider') kept = kept.slice(0, -1);
  return [...kept.slice(0, BODY_MAX_BLOCKS - 1), section(CUT_SHORT)];
}

/** The Block Kit message for any answer, within Slack's limits by construction. */
export function renderAnswerMessage(answer: Answer, options: AnswerMessageOptions = {}): SlackMessage {
  const sharedBy = options.shared?.byUserId;
  const isShared = options.shared !== undefined;
  const parts = partsOf(answer, options.page ?? 1, options.now ?? null, isShared);
  const header: HeaderBlock = { type: 'header', text: plainText(parts.header, HEADER_TEXT_MAX) };
  const top: KnownBlock[] = [header];
  const notes = notesBlock(parts.notes);
  if (notes !== null) top.push(notes);
  const bottom: KnownBlock[] = [];
  if (isShared) {
    const who =
      sharedBy !== undefined && USER_ID.test(sharedBy) ? `Shared by <@${sharedBy}>` : 'Shared from /roles';
    bottom.push({ type: 'context', elements: [mrkdwnText(who, 300)] });
  }
  if (parts.actions.length > 0) {
    const actions: ActionsBlock = { type: 'actions', elements: parts.actions };
    bottom.push(actions);
  }
  const body = fitBody(parts.body, MESSAGE_BLOCKS_TEXT_MAX - blocksTextLength([...top, ...bottom]));
  return { text: fallbackText(parts.summary, answer.postings), blocks: [...top, ...body, ...bottom] };
}
