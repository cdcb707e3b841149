import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePostingFile } from '../../src/parse/parse-posting.ts';
import { type CorpusExpectation, CorpusExpectations, type CorpusPage } from './corpus-report.ts';

/**
 * The world-like corpus read as the bot reads files: every page of test/fixtures/corpus/ parsed with its
 * expectation, relative dates counted from the day the page was saved. Shared by the accuracy test, the
 * `npm run corpus` report and the relevance tests over the corpus.
 */
export const CORPUS_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'corpus');
const NOT_PAGES = new Set(['expected.json', 'floors.json']);

/** Every page file below the corpus folder, as paths relative to it, sorted. */
export function corpusPageFiles(dir = CORPUS_DIR, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return corpusPageFiles(path.join(dir, entry.name), relative);
      return NOT_PAGES.has(relative) ? [] : [relative];
    })
    .sort();
}

export function readCorpusExpectations(): Record<string, CorpusExpectation> {
  return CorpusExpectations.parse(JSON.parse(readFileSync(path.join(CORPUS_DIR, 'expected.json'), 'utf8')));
}

/** Each listed page that has an expectation, parsed. */
export function parseCorpusPages(
  files: readonly string[],
  expectations: Readonly<Record<string, CorpusExpectation>>,
): CorpusPage[] {
  return files.flatMap((file) => {
    const expected = expectations[file];
    if (!expected) return [];
    const content = readFileSync(path.join(CORPUS_DIR, file), 'utf8');
    const outcome = parsePostingFile({
      path: file,
      content,
      modifiedAt: new Date(`${expected.savedAt}T12:00:00Z`),
    });
    return [{ path: file, expected, outcome }];
  });
}
