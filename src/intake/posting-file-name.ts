import type { DraftFormat } from './posting-draft.ts';

/** Saved postings live in their own subfolder, so people can tell them from files they placed by hand. */
export const SAVED_POSTINGS_FOLDER = 'slack';
const SLUG_MAX = 60;

function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= SLUG_MAX) return words;
  const cut = words.slice(0, SLUG_MAX);
  const dash = cut.lastIndexOf('-');
  return dash > SLUG_MAX / 2 ? cut.slice(0, dash) : cut;
}

/**
 * `slack/2026-11-25T101503Z-acme-staff-data-engineer-7f3a.txt`: sorts by when it was added, says what it
 * is, and the random suffix keeps two people adding the same role in the same second apart.
 */
export function postingFileName(input: {
  addedAt: Date;
  company: string | null;
  title: string;
  /** A few random hex digits. */
  suffix: string;
  format: DraftFormat;
}): string {
  const stamp = input.addedAt
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
    .replace(/^(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
  const words = slug([input.company ?? '', input.title].join(' ')) || 'posting';
  const suffix = input.suffix.toLowerCase().replace(/[^a-z0-9]/g, '') || '0';
  return `${SAVED_POSTINGS_FOLDER}/${stamp}-${words}-${suffix}${input.format}`;
}
