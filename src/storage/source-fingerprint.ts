import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The `src/` folder: this module runs from src/storage/ under tsx, or from the compiled dist/ beside src/. */
const SRC_ROOT = import.meta.url.endsWith('.ts') ? path.resolve(HERE, '..') : path.resolve(HERE, '..', 'src');

/**
 * A hash of the source files in the given `src/` folders. Results made by other code (a catalog snapshot, a
 * board job read by an older parser) must not be trusted, so the code that made them is part of their
 * fingerprint. Hashing a few hundred KB of source costs milliseconds.
 */
export async function sourceFingerprint(folders: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of folders) {
    let names: string[];
    try {
      names = (await readdir(path.join(SRC_ROOT, folder), { recursive: true })).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.(ts|js)$/.test(name)) continue;
      hash.update(name);
      hash.update(await readFile(path.join(SRC_ROOT, folder, name)));
    }
  }
  return hash.digest('hex');
}
