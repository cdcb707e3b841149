import { buildCatalog, type Catalog } from '../search/catalog.ts';
import { checkPostingsDir, loadPostingsDir, PostingsDirError } from '../storage/posting-files.ts';
import { type CliIo, UsageError } from './cli-io.ts';

/**
 * One-shot commands read the folder directly: a CLI run should reflect the files as they are now, and
 * parsing the default seeds takes milliseconds. Skipped files are reported on stderr, never fatal.
 */
export async function loadCatalogForCli(postingsDir: string, io: CliIo): Promise<Catalog> {
  try {
    await checkPostingsDir(postingsDir);
  } catch (error) {
    // A wrong --postings is a wrong command (exit 2), not a file that failed to parse.
    if (error instanceof PostingsDirError) throw new UsageError(error.message);
    throw error;
  }
  const { postings, failures } = await loadPostingsDir(postingsDir);
  for (const failure of failures) io.stderr(`${failure.path}: ${failure.reason}\n`);
  return buildCatalog(postings);
}
