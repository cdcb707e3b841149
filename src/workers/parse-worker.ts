import { parsePostingFile } from '../parse/parse-posting.ts';
import type { FileOutcome } from '../storage/posting-files.ts';
import { decodePostingBytes } from '../storage/posting-files.ts';

/** One file for the parse pool: its bytes (transferred, not copied) and the instant relative dates count from. */
export interface ParseTask {
  path: string;
  bytes: Uint8Array;
  /** When the bot first read this content (epoch ms): "6 days ago" counts back from here. */
  modifiedAtMs: number;
}

/** Runs in a worker thread of the parse pool: decoding and parsing never touch the bot's event loop. */
export default function parseInWorker(task: ParseTask): FileOutcome {
  const decoded = decodePostingBytes(task.bytes);
  if (!decoded.ok) return decoded;
  return parsePostingFile({
    path: task.path,
    content: decoded.text,
    modifiedAt: new Date(task.modifiedAtMs),
  });
}
