import type { Posting } from '../model/posting.ts';

export type RemoveDecision = { ok: true } | { ok: false; reason: 'hand-placed' | 'not-yours' };

/**
 * Whether a person may remove a posting: only postings added from Slack, and only by whoever added them or
 * an admin. Files placed in the folder by hand belong to whoever put them there, so the bot never deletes them.
 */
export function mayRemove(posting: Posting, userId: string, adminUserIds: readonly string[]): RemoveDecision {
  if (posting.addedBy === undefined) return { ok: false, reason: 'hand-placed' };
  if (posting.addedBy.userId === userId || adminUserIds.includes(userId)) return { ok: true };
  return { ok: false, reason: 'not-yours' };
}
