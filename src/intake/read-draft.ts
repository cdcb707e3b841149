import type { Posting } from '../model/posting.ts';
import type { ParseOutcome, PostingFile } from '../parse/parse-posting.ts';
import { formatFrontMatter } from '../parse/read/front-matter.ts';
import type { PostingDraft } from './posting-draft.ts';

/** Parses one posting file: in the bot, a worker of the parse pool, so a hostile page never stalls it. */
export type ParseFile = (file: PostingFile) => Promise<ParseOutcome>;

export type DraftReading =
  | { ok: true; postings: Posting[]; fileContent: string }
  | { ok: false; reason: string };

export const NOT_A_POSTING = 'it does not look like a job posting';

/**
 * What the bot understood from a draft, read exactly as the live catalog will read the saved file (header
 * included), so what the person confirms is what gets indexed.
 */
export async function readDraft(
  draft: PostingDraft,
  input: { addedAt: Date; path: string },
  parse: ParseFile,
): Promise<DraftReading> {
  const fileContent = `${formatFrontMatter({
    addedBy: draft.userId,
    addedAt: input.addedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sourceUrl: draft.sourceUrl,
  })}${draft.content}`;
  const outcome = await parse({ path: input.path, content: fileContent, modifiedAt: input.addedAt });
  if (!outcome.ok) return { ok: false, reason: `${NOT_A_POSTING}: ${outcome.reason}` };
  return { ok: true, postings: outcome.postings, fileContent };
}
