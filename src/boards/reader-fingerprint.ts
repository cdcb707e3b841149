import { sourceFingerprint } from '../storage/source-fingerprint.ts';

/**
 * A fingerprint of the code that turns a board's job into a posting (the parser's pieces, places, pay, the
 * posting schema and `src/boards/`). It is part of each job's fingerprint, so after an upgrade every job is read
 * again once, and a job unchanged on its board is re-used only while the reading code is the same. Computed once
 * per process; hashing a few hundred KB of source takes milliseconds.
 */
let computed: Promise<string> | null = null;

export function readerFingerprint(): Promise<string> {
  computed ??= compute();
  return computed;
}

function compute(): Promise<string> {
  return sourceFingerprint(['boards', 'model', 'parse', 'places', 'pay']);
}
