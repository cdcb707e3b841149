import { randomBytes } from 'node:crypto';
import { type FetchPageOptions, type FetchPageResult, fetchPage } from '../fetch/fetch-page.ts';
import type { DraftView } from '../intake/add-posting-views.ts';
import { createDraftStore } from '../intake/draft-store.ts';
import { findDuplicate } from '../intake/find-duplicate.ts';
import {
  type DraftFormat,
  draftFormatOfFileName,
  draftFormatOfPageKind,
  type PostingDraft,
} from '../intake/posting-draft.ts';
import { postingFileName } from '../intake/posting-file-name.ts';
import { type ParseFile, readDraft } from '../intake/read-draft.ts';
import { mayRemove } from '../intake/remove-permission.ts';
import type { Posting } from '../model/posting.ts';
import type { Catalog } from '../search/catalog.ts';
import { removePostingFile, writeNewPostingFile } from '../storage/saved-postings.ts';

/**
 * Adding and removing postings from Slack: turns messages, files and links into drafts, saves confirmed
 * drafts as files in the postings folder and refreshes the catalog. Listeners call this and render the result.
 */

export interface PostingIntakeOptions {
  postingsDir: string;
  adminUserIds: readonly string[];
  getCatalog(): Catalog;
  /** The live catalog's refresh(): a saved posting is searchable as soon as this resolves. */
  refreshCatalog(): Promise<void>;
  /** FETCH_ALLOW_PRIVATE_ADDRESSES. */
  allowPrivateAddresses: boolean;
  /** Origins Slack serves files from; the bot token is only ever sent to these. */
  slackFileOrigins: readonly string[];
  fetchOptions?: Pick<FetchPageOptions, 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'resolveHost'>;
  /** How long a draft waits for "Save". */
  draftTtlMs?: number;
  /** Milliseconds since the epoch, for draft expiry. */
  clock: () => number;
  /**
   * Where drafts are parsed: the bot passes its parse pool (a page of 180,000 nested tags must not stall
   * everyone). By default, in this thread, for tools and tests.
   */
  parse?: ParseFile;
}

/** Parses in this thread, loading the parser on first use. */
const parseHere: ParseFile = async (file) =>
  (await import('../parse/parse-posting.ts')).parsePostingFile(file);

export type DraftResult = { ok: true; draft: PostingDraft } | { ok: false; message: string };

export type Prepared =
  | { kind: 'ready'; draftId: string; draft: PostingDraft; posting: Posting; others: number }
  | { kind: 'duplicate'; draft: PostingDraft; posting: Posting; existing: Posting }
  | { kind: 'not-posting'; draft: PostingDraft; reason: string };

export type SaveResult =
  | { kind: 'expired' }
  | { kind: 'not-yours' }
  | { kind: 'not-posting'; reason: string }
  | { kind: 'duplicate'; posting: Posting; existing: Posting }
  | { kind: 'saved'; posting: Posting; path: string };

export type RemoveResult =
  | { kind: 'not-found' }
  | { kind: 'hand-placed'; posting: Posting }
  | { kind: 'not-yours'; posting: Posting }
  | { kind: 'removed'; posting: Posting };

export interface SlackFileRef {
  name?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

export interface PostingIntake {
  draftFromText(input: { text: string; sourceUrl: string | null; userId: string }): PostingDraft;
  draftFromLink(url: string, userId: string): Promise<DraftResult>;
  draftFromSlackFile(file: SlackFileRef, botToken: string, userId: string): Promise<DraftResult>;
  prepare(draft: PostingDraft, now: Date): Promise<Prepared>;
  draft(draftId: string): PostingDraft | null;
  save(draftId: string, userId: string, now: Date): Promise<SaveResult>;
  remove(postingId: string, userId: string): Promise<RemoveResult>;
}

/** Larger than any real posting, small enough that parsing it never stalls the bot. */
export const MAX_DRAFT_BYTES = 2 * 1024 * 1024;
const DEFAULT_DRAFT_TTL_MS = 30 * 60_000;
const DRAFT_CAPACITY = 500;
const NAME_ATTEMPTS = 3;

export const INTAKE_MESSAGES = {
  unsupportedFile:
    'I can read .txt, .md, .html and .json files. Save the posting in one of those and share it again.',
  fileTooLarge: `That file is over ${MAX_DRAFT_BYTES / (1024 * 1024)} MB, too big to be one job posting.`,
  fileUnavailable: 'I could not download that file from Slack.',
  noText: 'That message has no text or file for me to read.',
  notSetUp: 'Adding postings from Slack is not set up for this bot.',
  expired: 'That draft has expired (drafts wait 30 minutes). Add the posting again.',
  notYourDraft: 'Only the person who started this draft can save it.',
} as const;

/** How a prepared draft is shown. */
export function draftViewOf(prepared: Prepared): DraftView {
  if (prepared.kind === 'ready')
    return {
      kind: 'ready',
      draftId: prepared.draftId,
      posting: prepared.posting,
      others: prepared.others,
      sourceUrl: prepared.draft.sourceUrl,
    };
  if (prepared.kind === 'duplicate') return { kind: 'duplicate', existing: prepared.existing };
  return { kind: 'not-posting', reason: prepared.reason };
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export function createPostingIntake(options: PostingIntakeOptions): PostingIntake {
  const drafts = createDraftStore<PostingDraft>({
    ttlMs: options.draftTtlMs ?? DEFAULT_DRAFT_TTL_MS,
    capacity: DRAFT_CAPACITY,
    now: options.clock,
    newId: () => hex(8),
  });

  const read = (
    draft: PostingDraft,
    now: Date,
    path = postingFileName({
      addedAt: now,
      company: null,
      title: 'draft',
      suffix: '0',
      format: draft.format,
    }),
  ) => readDraft(draft, { addedAt: now, path }, options.parse ?? parseHere);

  /** The draft's first posting, unless the draft holds none or the catalog already knows it. */
  const firstNewPosting = async (
    draft: PostingDraft,
    now: Date,
  ): Promise<
    | { kind: 'new'; posting: Posting; others: number }
    | { kind: 'not-posting'; reason: string }
    | { kind: 'duplicate'; posting: Posting; existing: Posting }
  > => {
    const reading = await read(draft, now);
    if (!reading.ok) return { kind: 'not-posting', reason: reading.reason };
    const [posting, ...others] = reading.postings;
    if (posting === undefined) return { kind: 'not-posting', reason: 'no job posting found' };
    const existing = findDuplicate(posting, options.getCatalog().postings);
    if (existing !== null) return { kind: 'duplicate', posting, existing };
    return { kind: 'new', posting, others: others.length };
  };

  const fromFetched = (result: FetchPageResult, userId: string, format?: DraftFormat): DraftResult => {
    if (!result.ok) return { ok: false, message: result.message };
    if (result.body.trim() === '') return { ok: false, message: 'the page has no text to read' };
    return {
      ok: true,
      draft: {
        content: result.body,
        format: format ?? draftFormatOfPageKind(result.kind),
        sourceUrl: format === undefined ? result.url : null,
        userId,
        // A shared text file can be corrected in the form; a page is better fixed by giving another link.
        editableText: format === '.txt' || format === '.md' ? result.body : null,
      },
    };
  };

  return {
    draftFromText: ({ text, sourceUrl, userId }) => ({
      content: text,
      format: '.txt',
      sourceUrl,
      userId,
      editableText: text,
    }),

    async draftFromLink(url, userId) {
      const result = await fetchPage(url, {
        ...options.fetchOptions,
        allowPrivateAddresses: options.allowPrivateAddresses,
      });
      return fromFetched(result, userId);
    },

    async draftFromSlackFile(file, botToken, userId) {
      const format = draftFormatOfFileName(file.name ?? '');
      if (format === null) return { ok: false, message: INTAKE_MESSAGES.unsupportedFile };
      if ((file.size ?? 0) > MAX_DRAFT_BYTES) return { ok: false, message: INTAKE_MESSAGES.fileTooLarge };
      const url = file.url_private_download ?? file.url_private;
      let origin: string | null = null;
      try {
        origin = url === undefined ? null : new URL(url).origin;
      } catch {
        origin = null;
      }
      if (url === undefined || origin === null || !options.slackFileOrigins.includes(origin))
        return { ok: false, message: INTAKE_MESSAGES.fileUnavailable };
      const result = await fetchPage(url, {
        ...options.fetchOptions,
        maxBytes: MAX_DRAFT_BYTES,
        // Slack's own file host, not a link someone typed: the address check guards against the latter.
        allowPrivateAddresses: true,
        anyContentType: true,
        headers: { authorization: `Bearer ${botToken}` },
      });
      if (!result.ok) return { ok: false, message: `${INTAKE_MESSAGES.fileUnavailable} (${result.message})` };
      return fromFetched(result, userId, format);
    },

    async prepare(draft, now) {
      const first = await firstNewPosting(draft, now);
      if (first.kind !== 'new') return { ...first, draft };
      return {
        kind: 'ready',
        draftId: drafts.put(draft),
        draft,
        posting: first.posting,
        others: first.others,
      };
    },

    draft: (draftId) => drafts.get(draftId),

    async save(draftId, userId, now) {
      const draft = drafts.get(draftId);
      if (draft === null) return { kind: 'expired' };
      if (draft.userId !== userId) return { kind: 'not-yours' };
      // Checked again: someone may have added the same role since the draft was shown.
      const checked = await firstNewPosting(draft, now);
      if (checked.kind !== 'new') return checked;
      const first = checked.posting;
      for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
        const path = postingFileName({
          addedAt: now,
          company: first.company,
          title: first.title,
          suffix: hex(2),
          format: draft.format,
        });
        const reading = await read(draft, now, path);
        if (!reading.ok) return { kind: 'not-posting', reason: reading.reason };
        if (
          await writeNewPostingFile({
            postingsDir: options.postingsDir,
            relativePath: path,
            content: reading.fileContent,
          })
        ) {
          drafts.delete(draftId);
          await options.refreshCatalog();
          const saved = options.getCatalog().postings.find((p) => p.sources.some((s) => s.path === path));
          return { kind: 'saved', posting: saved ?? reading.postings[0] ?? first, path };
        }
      }
      throw new Error(
        `roles: could not find a free file name for ${first.title} after ${NAME_ATTEMPTS} tries`,
      );
    },

    async remove(postingId, userId) {
      const posting = options.getCatalog().byId.get(postingId.trim().toLowerCase());
      if (posting === undefined) return { kind: 'not-found' };
      const decision = mayRemove(posting, userId, options.adminUserIds);
      if (!decision.ok) return { kind: decision.reason, posting };
      await removePostingFile({ postingsDir: options.postingsDir, relativePath: posting.source.path });
      await options.refreshCatalog();
      return { kind: 'removed', posting };
    },
  };
}
