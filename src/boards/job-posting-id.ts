import { createHash } from 'node:crypto';
import { type BoardRef, boardKey } from './board-ref.ts';

/**
 * A synced posting's id: from the system, board and the system's own job id only, so it stays the same across
 * syncs and edits of the text, and in the 8-character form every posting id has.
 */
export function boardPostingId(ref: BoardRef, jobId: string): string {
  const digest = createHash('sha256')
    .update(`${boardKey(ref)}/${jobId}`)
    .digest();
  return (digest.readUIntBE(0, 5) % 36 ** 8).toString(36).padStart(8, '0');
}
