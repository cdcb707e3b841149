import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePostingFile } from '../src/parse/parse-posting.ts';
import { isPostingFileName } from '../src/storage/posting-files.ts';
import { generatePostingTexts } from './generate-postings.ts';
import { alignedTable } from './table.ts';

/**
 * Parse throughput: `npx tsx bench/parse.ts` (or `npm run bench -- parse`), a few seconds.
 *
 * Each corpus is parsed whole up to RUNS times after a warm-up pass; the table shows the median run and
 * how many runs it is the median of. The first row is the cold start: the first parse in a fresh
 * process, which loads the parser's data (gazetteer, date locales) on first use. The last rows are the
 * deeply nested pages of issue 11, which must parse in time linear in their size.
 */

const RUNS = 5;
/** Later runs are dropped once a corpus has taken this long, and the table says how many ran. */
const BUDGET_MS_PER_CORPUS = 4_000;
const WARM_UP_FILES = 200;
const GENERATED_COUNT = 500;
const GENERATED_SEED = 1;
const MODIFIED_AT = new Date('2026-11-20T12:00:00Z');
const ROOT = path.join(import.meta.dirname, '..');
const NOT_PAGES = new Set(['expected.json', 'floors.json']);

interface RawFile {
  path: string;
  content: string;
}

function readFolder(folder: string): RawFile[] {
  const dir = path.join(ROOT, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name): RawFile[] => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return readFolder(path.join(folder, name));
      if (!isPostingFileName(name) || NOT_PAGES.has(name)) return [];
      return [{ path: path.join(folder, name), content: readFileSync(full, 'utf8') }];
    });
}

interface Row {
  corpus: string;
  files: number;
  postings: number;
  failures: number;
  megabytes: number;
  runs: number;
  medianMs: number;
  /** This process's CPU time for the median run: what the parse costs when it has a core to itself. */
  medianCpuMs: number;
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

function measure(corpus: string, files: readonly RawFile[], runs = RUNS): Row {
  parseAll(files.slice(0, WARM_UP_FILES)); // lets the JIT compile the parser before the clock starts
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let counts = { postings: 0, failures: 0 };
  let spent = 0;
  while (
    times.length < runs &&
    (times.length === 0 || spent + spent / times.length <= BUDGET_MS_PER_CORPUS)
  ) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    counts = parseAll(files);
    const elapsed = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    times.push(elapsed);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    spent += elapsed;
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.content, 'utf8'), 0);
  return {
    corpus,
    files: files.length,
    ...counts,
    megabytes: bytes / 1e6,
    runs: times.length,
    medianMs: times[Math.floor(times.length / 2)]!,
    medianCpuMs: cpuTimes[Math.floor(cpuTimes.length / 2)]!,
  };
}

function table(rows: readonly Row[]): string {
  const header = [
    'corpus',
    'files',
    'postings',
    'failed',
    'MB',
    'N runs',
    'median ms',
    'postings/s',
    'CPU ms',
    'postings/CPU-s',
    'MB/s',
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
      row.medianCpuMs.toFixed(1),
      Math.round(row.postings / (row.medianCpuMs / 1000)).toLocaleString('en-US'),
      (row.megabytes / seconds).toFixed(2),
    ];
  });
  return alignedTable(header, lines);
}

/** A public page of 180,000 nested `<div>`s (1.9 MB) and a 200,000-deep file: issue 11's stalls. */
function deepPages(): RawFile[] {
  const nested = (depth: number) =>
    `<html><body><h1>Platform Engineer</h1><p>Acme builds ledgers.</p>${'<div>'.repeat(depth)}<p>Deep</p>${'</div>'.repeat(depth)}</body></html>`;
  return [
    { path: 'deep-180k-divs.html', content: nested(180_000) },
    {
      path: 'deep-200k-unclosed.html',
      content: `<h1>Platform Engineer</h1>${'<div><span>'.repeat(200_000)}`,
    },
  ];
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(0);

// Cold start: the first parse pays for loading what the parser reads lazily.
const rssBefore = process.memoryUsage().rss;
const coldStart = performance.now();
parsePostingFile({
  path: 'cold.txt',
  content:
    'Senior Data Engineer\nAcme\nLocation: Leeds, West Yorkshire\nPosted 3 days ago\n\nWe build ledgers.',
  modifiedAt: MODIFIED_AT,
});
const coldMs = performance.now() - coldStart;
const rssAfterCold = process.memoryUsage().rss;

const generationStart = performance.now();
const generated = generatePostingTexts(GENERATED_COUNT, GENERATED_SEED);
const generationMs = performance.now() - generationStart;

const rows = [
  measure('seeds/', readFolder('seeds')),
  measure('test/fixtures/postings/', readFolder('test/fixtures/postings')),
  ...(existsSync(path.join(ROOT, 'test/fixtures/corpus'))
    ? [measure('test/fixtures/corpus/', readFolder('test/fixtures/corpus'))]
    : []),
  measure(`generated (seed ${GENERATED_SEED})`, generated),
  ...deepPages().map((page) => measure(page.path, [page], 3)),
];

console.log(
  `parse throughput: median of N runs per corpus (up to ${RUNS}; fewer once a corpus has taken ${BUDGET_MS_PER_CORPUS / 1000} s), ` +
    `after a warm-up pass over its first ${WARM_UP_FILES} files; ` +
    `node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`,
);
console.log(
  `cold start: first parse ${coldMs.toFixed(0)} ms (loads the gazetteer and date locales); ` +
    `RSS ${megabytes(rssBefore)} MB before, ${megabytes(rssAfterCold)} MB after, ` +
    `${megabytes(process.memoryUsage().rss)} MB at the end`,
);
console.log(
  `(generating the ${GENERATED_COUNT.toLocaleString('en-US')} postings took ${generationMs.toFixed(0)} ms, not counted)\n`,
);
console.log(table(rows));
console.log(
  "\npostings/s is wall-clock. postings/CPU-s divides by this process's CPU time, which stays meaningful " +
    'when other work shares the cores (compare the load average with the CPU count); it also counts the ' +
    "process's garbage-collector and compiler threads, so on an idle machine it can read below postings/s.",
);
