import { BoardFetchError } from './board-fetch.ts';
import { type BoardRef, boardKey } from './board-ref.ts';

/** A board answered, but not with the shape its API documents. */
export function malformed(ref: BoardRef, what: string): BoardFetchError {
  return new BoardFetchError('malformed', `${boardKey(ref)} answered with an unexpected shape (${what})`);
}
