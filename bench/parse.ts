import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePostingFile } from '../src/parse/parse-posting.ts';
import { isPostingFileName } from '../src/storage/posting-files.ts';
import { generatePostingTexts } from './generate-postings.ts';
import { alignedTable } from './table.ts';

/**
 * Parse throughput: `npx tsx bench/parse.ts` (or `npm run bench -- parse`).
 * Each corpus is parsed whole RUNS times after one warm-up pass; the table shows the median run.
 */

const RUNS = 5;
/** A slow parser still gets a table within about a minute: later runs are dropped, and the table says so. */
const BUDGET_MS_PER_CORPUS = 40_000;
const WARM_UP_FILES = 1_000;
const GENERATED_COUNT = 10_000;
const GENERATED_SEED = 1;
const MODIFIED_AT = new Date('2026-11-20T12:00:00Z');
const ROOT = path.join(import.meta.dirname, '..');

interface RawFile {
  path: string;
  content: string;
}

function readFolder(folder: string): RawFile[] {
  const dir = path.join(ROOT, folder);
  return readdirSync(dir)
    .filter((name) => isPostingFileName(name) && name !== 'expected.json')
    .sort()
    .map((name) => ({ path: name, content: readFileSync(path.join(dir, name), 'utf8') }));
}

interface Row {
  corpus: string;
  files: number;
  postings: number;
  failures: number;
  megabytes: number;
  runs: number;
  medianMs: number;
}

function parseAll(files: readonly RawFile[]): { postings: number; failures: number } {
  let postings = 0;
  let failures = 0;
  for (const file of files) {
    const outcome = parsePostingFile({ path: file.path, content: file.content, modifiedAt: MODIFIED_AT });
    if (outcome.ok) postings += outcome.postings.length;
    else failures += 1;
  }
  return { postings, failures };
}

function measure(corpus: string, files: readonly RawFile[]): Row {
  parseAll(files.slice(0, WARM_UP_FILES)); // lets the JIT compile the parser before the clock starts
  const times: number[] = [];
  let counts = { postings: 0, failures: 0 };
  let spent = 0;
  // Another run only when it should still fit the budget, judging by the runs so far.
  while (
    times.length < RUNS &&
    (times.length === 0 || spent + spent / times.length <= BUDGET_MS_PER_CORPUS)
  ) {
    const start = performance.now();
    counts = parseAll(files);
    const elapsed = performance.now() - start;
    times.push(elapsed);
    spent += elapsed;
  }
  times.sort((a, b) => a - b);
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.content, 'utf8'), 0);
  return {
    corpus,
    files: files.length,
    ...counts,
    megabytes: bytes / 1e6,
    runs: times.length,
    medianMs: times[Math.floor(times.length / 2)]!,
  };
}

function table(rows: readonly Row[]): string {
  const header = [
    'corpus',
    'files',
    'postings',
    'failed',
    'MB',
    'runs',
    'median ms',
    'postings/s',
    'MB/s',
    'ms/posting',
  ];
  const lines = rows.map((row) => {
    const seconds = row.medianMs / 1000;
    return [
      row.corpus,
      String(row.files),
      String(row.postings),
      String(row.failures),
      row.megabytes.toFixed(2),
      String(row.runs),
      row.medianMs.toFixed(1),
      Math.round(row.postings / seconds).toLocaleString('en-US'),
      (row.megabytes / seconds).toFixed(2),
      (row.medianMs / Math.max(row.postings, 1)).toFixed(3),
    ];
  });
  return alignedTable(header, lines);
}

const generationStart = performance.now();
const generated = generatePostingTexts(GENERATED_COUNT, GENERATED_SEED);
const generationMs = performance.now() - generationStart;

const rows = [
  measure('seeds/', readFolder('seeds')),
  measure('test/fixtures/postings/', readFolder('test/fixtures/postings')),
  measure(`generated (seed ${GENERATED_SEED})`, generated),
];

console.log(
  `parse throughput: median of up to ${RUNS} runs per corpus (fewer when more would pass ${BUDGET_MS_PER_CORPUS / 1000} s), ` +
    `after a warm-up pass over its first ${WARM_UP_FILES.toLocaleString('en-US')} files; ` +
    `node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`,
);
console.log(
  `(generating the ${GENERATED_COUNT.toLocaleString('en-US')} postings took ${generationMs.toFixed(0)} ms, not counted)\n`,
);
console.log(table(rows));
