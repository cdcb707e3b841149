import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

async function compute(): Promise<string> {
  const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  for (const folder of ['boards', 'model', 'parse', 'places', 'pay']) {
    let names: string[];
    try {
      names = (await readdir(path.join(srcRoot, folder), { recursive: true })).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.(ts|js)$/.test(name)) continue;
      hash.update(name);
      hash.update(await readFile(path.join(srcRoot, folder, name)));
    }
  }
  return hash.digest('base64url');
}
