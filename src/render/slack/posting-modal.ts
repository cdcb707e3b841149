import type { KnownBlock, ModalView, MrkdwnElement, SectionBlock } from '@slack/types';
import type { Posting } from '../../model/posting.ts';
import { formatSalary } from './format-salary.ts';
import { HEADER_TEXT_MAX, SECTION_FIELD_TEXT_MAX, SECTION_TEXT_MAX, VIEW_MAX_BLOCKS } from './limits.ts';
import { lineSections, splitMrkdwn } from './line-sections.ts';
import { escapeMrkdwn, mrkdwnText, plainText, safeLink } from './mrkdwn.ts';
import { formatDay } from './posted-age.ts';
import { employmentLabel, escapeLine, placeNames, salarySummary, WORKPLACE_LABELS } from './posting-card.ts';

export const MODAL_TITLE = 'Role details';
export const MORE_IN_SOURCE = '_…and more in the source._';

/**
 * Our own cap on the prose a modal carries. Slack documents no total for views, but a view near 100 full
 * sections is both slow to open and unreadable; a real posting's sections are far shorter.
 */
const MODAL_PROSE_MAX = 40_000;
/** Blocks kept back for the sources and the closing note, whatever the sections take. */
const TAIL_BLOCKS = 5;

const SENIORITY_LABELS: Record<NonNullable<Posting['seniority']>, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  manager: 'Manager',
  director: 'Director',
};

function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: mrkdwnText(mrkdwn, SECTION_TEXT_MAX) };
}

function field(label: string, value: string | null): MrkdwnElement | null {
  if (value === null || value.trim() === '') return null;
  const text = `*${label}*\n${escapeLine(value, SECTION_FIELD_TEXT_MAX - label.length - 10)}`;
  return mrkdwnText(text, SECTION_FIELD_TEXT_MAX);
}

function factsBlock(posting: Posting): SectionBlock {
  const fields = [
    field('Company', posting.company),
    field('Team', posting.team),
    field('Workplace', posting.workplace === null ? 'not stated' : WORKPLACE_LABELS[posting.workplace]),
    field('Employment', employmentLabel(posting) ?? 'not stated'),
    field('Seniority', posting.seniority === null ? 'not stated' : SENIORITY_LABELS[posting.seniority]),
    field('Posted', posting.postedAt === null ? 'not stated' : formatDay(posting.postedAt)),
    field('Id', posting.id),
  ].filter((f) => f !== null);
  return { type: 'section', fields };
}

/** The posting's prose as escaped mrkdwn: about as paragraphs, lists as bullets. */
function proseParts(posting: Posting): { title: string; body: string }[] {
  const bullets = (items: readonly string[]) =>
    items.map((item) => `• ${escapeMrkdwn(item.replace(/\s+/g, ' ').trim())}`).join('\n');
  const parts = [
    { title: 'About', body: escapeMrkdwn(posting.sections.about.trim()) },
    { title: 'Responsibilities', body: bullets(posting.sections.responsibilities) },
    { title: 'Qualifications', body: bullets(posting.sections.qualifications) },
    { title: 'Benefits', body: bullets(posting.sections.benefits) },
  ];
  return parts.filter((part) => part.body.trim() !== '');
}

function sourceLines(posting: Posting): string[] {
  return posting.sources.map((source) => {
    const board = source.board === undefined ? 'saved page' : escapeLine(source.board, 60);
    const link = source.url === undefined ? null : safeLink(source.url, 'open posting');
    // The file name (`003_a6222ce20b1f1211.txt`) means nothing in Slack: the board, the link, and when it was saved.
    const saved = posting.addedBy?.at.slice(0, 10);
    const day =
      saved !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(saved) ? ` · saved ${formatDay(saved)}` : '';
    return `• ${board}${link === null ? '' : ` · ${link}`}${day}`;
  });
}

/**
 * The whole posting in a modal: facts, places, every salary range, skills, each section (split into
 * 3000-character sections), and where it came from. At most 100 blocks; what does not fit is cut with a
 * note pointing to the source.
 */
export function renderPostingModal(posting: Posting): ModalView {
  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText(posting.title, HEADER_TEXT_MAX) },
    factsBlock(posting),
  ];

  const places = placeNames(posting);
  blocks.push(
    section(`*Locations*\n${places.length === 0 ? 'not stated' : escapeLine(places.join('; '), 2800)}`),
  );

  const salaryLines = [`*Salary:* ${escapeMrkdwn(salarySummary(posting))}`];
  const ranges = posting.salary?.ranges ?? [];
  if (ranges.length > 1) {
    for (const range of ranges)
      salaryLines.push(`• ${escapeMrkdwn(formatSalary(range))}: ${escapeLine(range.text, 300)}`);
  } else if (posting.salary !== null) {
    salaryLines.push(`_${escapeLine(posting.salary.text, 500)}_`);
  }
  blocks.push(...lineSections(salaryLines, 3, 'more ranges'));

  if (posting.skills.length > 0)
    blocks.push(section(`*Skills*\n${escapeLine(posting.skills.join(', '), 2800)}`));

  const room = VIEW_MAX_BLOCKS - TAIL_BLOCKS;
  let prose = 0;
  let cut = false;
  for (const part of proseParts(posting)) {
    const pieces = splitMrkdwn(`*${part.title}*\n${part.body}`, SECTION_TEXT_MAX);
    for (const piece of pieces) {
      if (blocks.length >= room || prose + piece.length > MODAL_PROSE_MAX) {
        cut = true;
        break;
      }
      blocks.push(section(piece));
      prose += piece.length;
    }
    if (cut) break;
  }

  blocks.push({ type: 'divider' });
  if (cut || posting.truncated) {
    const why = posting.truncated
      ? '_The saved page stops mid-posting; the source has the rest._'
      : MORE_IN_SOURCE;
    blocks.push({ type: 'context', elements: [mrkdwnText(why, 300)] });
  }
  const sources = sourceLines(posting);
  blocks.push(...lineSections([`*Source${sources.length > 1 ? 's' : ''}*`, ...sources], 2, 'more sources'));

  return {
    type: 'modal',
    title: plainText(MODAL_TITLE, 24),
    close: plainText('Close', 24),
    blocks: blocks.slice(0, VIEW_MAX_BLOCKS),
  };
}
