import { extractLink } from './extract-link.ts';

/** Block and action ids of the "Add a role" modal: the view listener reads the values back by these. */
export const ADD_FORM = {
  textBlock: 'posting',
  textAction: 'text',
  linkBlock: 'link',
  linkAction: 'url',
} as const;

/** Slack's plain-text input holds at most 3,000 characters; longer postings come by link, file or message. */
export const ADD_FORM_TEXT_MAX = 3000;

export const FORM_ERRORS = {
  empty: 'Paste the job posting here, or give its link below.',
  tooLong: `That is more than ${ADD_FORM_TEXT_MAX.toLocaleString('en-US')} characters, more than this box holds. Give the posting’s link instead, or share it as a file and use “Add to roles” on that message.`,
  badLink: 'Give a web address starting with http:// or https://.',
} as const;

export type AddFormInput =
  | { ok: true; text: string; link: string | null }
  | { ok: false; errors: Record<string, string> };

/** Checks what was typed into the modal; errors are keyed by block id, as Slack shows them under each input. */
export function validateAddForm(values: { text: string | null; link: string | null }): AddFormInput {
  const text = (values.text ?? '').trim();
  const rawLink = (values.link ?? '').trim();
  const errors: Record<string, string> = {};
  let link: string | null = null;
  if (rawLink !== '') {
    link = extractLink(rawLink);
    if (link === null) errors[ADD_FORM.linkBlock] = FORM_ERRORS.badLink;
  }
  if (text === '' && rawLink === '') errors[ADD_FORM.textBlock] = FORM_ERRORS.empty;
  if (text.length > ADD_FORM_TEXT_MAX) errors[ADD_FORM.textBlock] = FORM_ERRORS.tooLong;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, text, link };
}
