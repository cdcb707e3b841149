import type { ActionsBlock, KnownBlock, ModalView, MrkdwnElement, SectionBlock } from '@slack/types';
import type { Posting } from '../model/posting.ts';
import { SECTION_FIELD_TEXT_MAX, SECTION_TEXT_MAX } from '../render/slack/limits.ts';
import { escapeMrkdwn, mrkdwnText, plainText } from '../render/slack/mrkdwn.ts';
import {
  employmentLabel,
  escapeLine,
  locationSummary,
  salarySummary,
  WORKPLACE_LABELS,
} from '../render/slack/posting-card.ts';
import { ACTION_IDS, VIEW_CALLBACK_IDS } from '../slack/action-ids.ts';
import { ADD_FORM, ADD_FORM_TEXT_MAX } from './add-form.ts';

/** The Block Kit for adding a posting: the modal form, the "here is what I understood" check, and outcomes. */

export const ADD_MODAL_TITLE = 'Add a role';
export const TEXT_TOO_LONG_TO_EDIT = `That posting is longer than this box holds (${ADD_FORM_TEXT_MAX.toLocaleString('en-US')} characters). Edit the message or file it came from and use “Add to roles” again, or give a link.`;

/** What a draft's check shows, in the order the listeners hand it over. */
export type DraftView =
  | { kind: 'ready'; draftId: string; posting: Posting; others: number; sourceUrl: string | null }
  | { kind: 'duplicate'; existing: Posting }
  | { kind: 'not-posting'; reason: string };

export interface DraftMessage {
  text: string;
  blocks: KnownBlock[];
}

function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: mrkdwnText(mrkdwn, SECTION_TEXT_MAX) };
}

function field(label: string, value: string | null): MrkdwnElement {
  return mrkdwnText(`*${label}*\n${value === null ? '—' : escapeLine(value, 300)}`, SECTION_FIELD_TEXT_MAX);
}

/** Reasons come from several places, some ending in a full stop and some not; shown, each is one sentence. */
function asSentence(reason: string): string {
  const trimmed = reason.trim().replace(/\.+$/, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
}

/** "*Staff Data Engineer* at Acme (`a1b2c3d4`)": how a known posting is named in replies. */
export function namePosting(posting: Posting): string {
  const company = posting.company === null ? '' : ` at ${escapeLine(posting.company, 200)}`;
  return `*${escapeLine(posting.title, 200)}*${company} (\`${posting.id}\`)`;
}

/** The "Add a role" form, optionally pre-filled (Edit) and with a note above it (a link that failed). */
export function addPostingForm(
  input: { text?: string | null; link?: string | null; notice?: string | null } = {},
): ModalView {
  const text = input.text ?? '';
  const notice =
    input.notice ??
    // Slack refuses a longer initial value, so the box starts empty rather than cut without a word.
    (text.length > ADD_FORM_TEXT_MAX ? TEXT_TOO_LONG_TO_EDIT : null);
  const blocks: KnownBlock[] = [];
  if (notice) blocks.push(section(`:warning: ${escapeMrkdwn(notice)}`));
  blocks.push(
    {
      type: 'input',
      block_id: ADD_FORM.textBlock,
      optional: true,
      label: plainText('Job posting', 100),
      hint: plainText('Paste the whole posting: title, company, location, pay and description.', 150),
      element: {
        type: 'plain_text_input',
        action_id: ADD_FORM.textAction,
        multiline: true,
        ...(text !== '' && text.length <= ADD_FORM_TEXT_MAX ? { initial_value: text } : {}),
      },
    },
    {
      type: 'input',
      block_id: ADD_FORM.linkBlock,
      optional: true,
      label: plainText('Link to the posting', 100),
      hint: plainText('Leave the box above empty and I will read the page at this link.', 150),
      element: {
        type: 'plain_text_input',
        action_id: ADD_FORM.linkAction,
        ...(input.link ? { initial_value: input.link } : {}),
      },
    },
  );
  return {
    type: 'modal',
    callback_id: VIEW_CALLBACK_IDS.addPosting,
    title: plainText(ADD_MODAL_TITLE, 24),
    submit: plainText('Read it', 24),
    close: plainText('Cancel', 24),
    blocks,
  };
}

/** Shown while a link is fetched, which can take longer than Slack waits for an answer. */
export function readingLinkView(link: string): ModalView {
  return resultModal({
    text: '',
    blocks: [section(`:hourglass_flowing_sand: Reading ${escapeMrkdwn(link)} …`)],
  });
}

/** A modal that only shows a message, such as a draft's check or the saved posting. */
export function resultModal(message: DraftMessage): ModalView {
  return {
    type: 'modal',
    title: plainText(ADD_MODAL_TITLE, 24),
    close: plainText('Done', 24),
    blocks: message.blocks,
  };
}

/** What the bot understood from a draft, with Save and Edit; or why it cannot be saved. */
export function draftMessage(view: DraftView): DraftMessage {
  if (view.kind === 'not-posting') {
    const reason = asSentence(view.reason);
    return {
      text: `${reason} Nothing was saved.`,
      blocks: [section(`:x: ${escapeMrkdwn(reason)} Nothing was saved.`)],
    };
  }
  if (view.kind === 'duplicate') return duplicateMessage(view.existing);
  const { posting } = view;
  const place = [locationSummary(posting), posting.workplace && WORKPLACE_LABELS[posting.workplace]]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' · ');
  const blocks: KnownBlock[] = [
    section('Here is what I understood. Save it to the roles everyone can search?'),
    {
      type: 'section',
      fields: [
        field('Title', posting.title),
        field('Company', posting.company),
        field('Location', place === '' ? null : place),
        field('Salary', posting.salary === null ? null : salarySummary(posting)),
        field('Type', employmentLabel(posting)),
      ],
    },
  ];
  const notes: string[] = [];
  if (view.sourceUrl !== null) notes.push(`From ${escapeMrkdwn(view.sourceUrl)}`);
  if (view.others > 0)
    notes.push(`The page holds ${view.others} more posting${view.others === 1 ? '' : 's'}; all are saved.`);
  if (notes.length > 0) blocks.push({ type: 'context', elements: [mrkdwnText(notes.join('\n'), 2000)] });
  const actions: ActionsBlock = {
    type: 'actions',
    block_id: 'add_posting_actions',
    elements: [
      {
        type: 'button',
        action_id: ACTION_IDS.addSave,
        text: plainText('Save', 75),
        style: 'primary',
        value: view.draftId,
      },
      { type: 'button', action_id: ACTION_IDS.addEdit, text: plainText('Edit', 75), value: view.draftId },
    ],
  };
  blocks.push(actions);
  return { text: `Save ${posting.title}? Here is what I understood.`, blocks };
}

export function duplicateMessage(existing: Posting): DraftMessage {
  const name = namePosting(existing);
  return {
    text: `I already know this role: ${existing.title} (${existing.id}).`,
    blocks: [
      section(
        `:information_source: I already know this role: ${name}. See it with \`/roles ${existing.id}\`. Nothing was saved.`,
      ),
    ],
  };
}

export function savedMessage(posting: Posting): DraftMessage {
  return {
    text: `Saved ${posting.title} (${posting.id}).`,
    blocks: [
      section(
        `:white_check_mark: Saved ${namePosting(posting)}. Everyone can find it now, e.g. with \`/roles ${posting.id}\`.`,
      ),
    ],
  };
}

/** A one-line outcome (expired draft, someone else's draft, a failure). */
export function noticeMessage(text: string): DraftMessage {
  return { text, blocks: [section(escapeMrkdwn(text))] };
}
