/** A posting someone asked to add, before it is saved: its content, in the format it will be saved as. */

export const DRAFT_FORMATS = ['.txt', '.md', '.html', '.json'] as const;
export type DraftFormat = (typeof DRAFT_FORMATS)[number];

export interface PostingDraft {
  /** The posting as it will be saved, without the front-matter header. */
  content: string;
  format: DraftFormat;
  /** The link it came from or that the person gave; null when none. */
  sourceUrl: string | null;
  /** Who asked: only they can save it. */
  userId: string;
  /** What "Edit" puts back in the text box: the pasted text, or null for a page or file (edit the link instead). */
  editableText: string | null;
}

/** The draft format for a shared file's name (`posting.HTM` → `.html`), or null for a type we do not read. */
export function draftFormatOfFileName(name: string): DraftFormat | null {
  const extension = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';
  if (extension === '.htm') return '.html';
  if (extension === '.markdown') return '.md';
  return (DRAFT_FORMATS as readonly string[]).includes(extension) ? (extension as DraftFormat) : null;
}

/** The draft format for a fetched page's kind. */
export function draftFormatOfPageKind(kind: 'html' | 'text' | 'json'): DraftFormat {
  return kind === 'html' ? '.html' : kind === 'json' ? '.json' : '.txt';
}
