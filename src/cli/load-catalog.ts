import { buildCatalog, type Catalog } from '../search/catalog.ts';
import { loadPostingsDir } from '../storage/posting-files.ts';
import type { CliIo } from './cli-io.ts';

/**
 * One-shot commands read the folder directly: a CLI run should reflect the files as they are now, and
 * parsing the default seeds takes milliseconds. Skipped files are reported on stderr, never fatal.
 */
export async function loadCatalogForCli(postingsDir: string, io: CliIo): Promise<Catalog> {
  const { postings, failures } = await loadPostingsDir(postingsDir);
  for (const failure of failures) io.stderr(`${failure.path}: ${failure.reason}\n`);
  return buildCatalog(postings);
}
