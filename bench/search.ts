import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { Posting } from '../src/model/posting.ts';
import {
  buildCatalog,
  type Catalog,
  catalogFromSnapshotLines,
  catalogSnapshotLines,
} from '../src/search/catalog.ts';
import { searchPostings } from '../src/search/search-postings.ts';
import { bufferLines } from '../src/storage/line-file.ts';
import { CACHE_DIR, POOL_FILE, parsePool, snapshotFile } from './cache.ts';
import { seededRandom } from './generate-postings.ts';

/**
 * Search at 1,000, 10,000 and 100,000 postings: index build, snapshot size and load, query latency end to end
 * (text in, ranked postings out) over 1,000 varied queries with typos, RSS after load, and a bare MiniSearch
 * index (default options, title + text) over the same postings as a reference.
 *
 * `npx tsx bench/search.ts`. Each size runs in child processes ("build", then "serve") so RSS is clean.
 * Parsed postings are cached in bench/.cache/ (git-ignored), so only the first run pays for parsing.
 */

const SIZES = [1_000, 10_000, 100_000] as const;
const QUERY_COUNT = 1_000;
const WARM_UP_QUERIES = 100;

const TARGETS = { p99At10k: 10, loadAt10k: 1_000, rssAt10k: 300, p99At100k: 100 } as const;

function preparePool(): void {
  if (existsSync(POOL_FILE)) return;
  mkdirSync(CACHE_DIR, { recursive: true });
  const started = performance.now();
  const { postings, failed } = parsePool();
  writeFileSync(POOL_FILE, JSON.stringify(postings));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`parsed ${postings.length} generated postings in ${seconds} s (${failed} failed), cached`);
}

function corpus(size: number): Posting[] {
  const pool = JSON.parse(readFileSync(POOL_FILE, 'utf8')) as Posting[];
  if (size <= pool.length) return pool.slice(0, size);
  const postings = [...pool];
  for (let i = pool.length; i < size; i++) {
    const base = pool[i % pool.length]!;
    postings.push({
      ...base,
      id: `x${i.toString(36).padStart(7, '0')}`,
      title: pool[(i * 7) % pool.length]!.title,
      company: pool[(i * 13) % pool.length]!.company,
      locations: pool[(i * 31) % pool.length]!.locations,
      workplace: pool[(i * 17) % pool.length]!.workplace,
    });
  }
  return postings;
}

function typo(word: string, random: () => number): string {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5
    ? word.slice(0, at) + word.slice(at + 1)
    : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/** Queries people type: title words, skills, places, abbreviations, levels, filters; a third with a typo. */
function makeQueries(postings: readonly Posting[]): string[] {
  const random = seededRandom(7); // the same queries on every run and at every size
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sample = postings.slice(0, 1_000);
  const titleWords = [
    ...new Set(sample.flatMap((posting) => posting.title.toLowerCase().split(/[^a-z]+/))),
  ].filter((word) => word.length > 2);
  const skills = [
    ...new Set(sample.flatMap((posting) => posting.skills.map((skill) => skill.toLowerCase()))),
  ];
  const places = [
    ...new Set(
      sample.flatMap((posting) =>
        posting.locations.flatMap((location) => location.city?.toLowerCase() ?? []),
      ),
    ),
    'nyc',
    'sf',
    'uk',
    'london',
    'berlin',
    'remote us',
    'north america',
    'europe',
  ];
  const extras = [
    'senior',
    'sr',
    'staff',
    'jr',
    'manager',
    'ml',
    'swe',
    'k8s',
    'remote',
    'hybrid',
    'mle',
    'ds',
    'pm',
  ];
  const filters = ['-manager', 'not contract', 'over 150k', '>120k', '£80k+', 'at least €70k'];
  const queries: string[] = [];
  while (queries.length < QUERY_COUNT) {
    const words: string[] = [];
    const parts = 1 + Math.floor(random() * 4);
    for (let i = 0; i < parts; i++) {
      const roll = random();
      if (roll < 0.4) words.push(pick(titleWords));
      else if (roll < 0.6) words.push(pick(skills.length > 0 ? skills : titleWords));
      else if (roll < 0.8) words.push(pick(places.length > 0 ? places : titleWords));
      else if (roll < 0.95) words.push(pick(extras));
      else words.push(pick(filters));
    }
    if (random() < 0.33) {
      const at = Math.floor(random() * words.length);
      words[at] = typo(words[at]!, random);
    }
    queries.push(words.join(' '));
  }
  return queries;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function latencies(
  queries: readonly string[],
  run: (query: string) => unknown,
): { p50: number; p99: number; cpuP99: number } {
  for (const query of queries.slice(0, WARM_UP_QUERIES)) run(query);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (const query of queries) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    run(query);
    times.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuStarted);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  // CPU time beside wall time: on a shared machine, wall time also counts the time spent waiting for a core.
  return { p50: percentile(times, 50), p99: percentile(times, 99), cpuP99: percentile(cpuTimes, 99) };
}

function rssMb(): number {
  // Twice: the first collection finalises what the load left, the second frees what that released.
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / 1024 / 1024;
}

interface BuildFigures {
  size: number;
  buildMs: number;
  snapshotMb: number | null;
  snapshotError: string | null;
  /** Query figures measured in the build process, when there is no snapshot to load in a fresh one. */
  inProcess: ServeFigures | null;
  referenceBuildMs: number;
  referenceP50: number;
  referenceP99: number;
}

/** As the live catalog writes it: line by line, never one string. Returns the bytes written. */
function writeSnapshot(file: string, catalog: Catalog): number {
  const descriptor = openSync(file, 'w');
  let bytes = 0;
  try {
    for (const line of catalogSnapshotLines(catalog)) bytes += writeSync(descriptor, `${line}\n`);
  } finally {
    closeSync(descriptor);
  }
  return bytes;
}

function buildChild(size: number): BuildFigures {
  const postings = corpus(size);
  let started = performance.now();
  let catalog: Catalog | null = buildCatalog(postings);
  const buildMs = performance.now() - started;
  let snapshotMb: number | null = null;
  let snapshotError: string | null = null;
  let inProcess: ServeFigures | null = null;
  try {
    snapshotMb = writeSnapshot(snapshotFile(size), catalog) / 1024 / 1024;
  } catch (error) {
    snapshotError = error instanceof Error ? error.message : String(error);
    // No snapshot to start from: measure queries on the catalog just built rather than building it twice.
    const served = catalog;
    const { p50, p99, cpuP99 } = latencies(makeQueries(served.postings), (query) =>
      searchPostings(served, query),
    );
    inProcess = { size, loadMs: buildMs, loadedFrom: 'rebuilt', rssMb: rssMb(), p50, p99, cpuP99 };
  }
  catalog = null;
  const queries = makeQueries(postings);
  started = performance.now();
  const bare = new MiniSearch<{ id: string; title: string; text: string }>({ fields: ['title', 'text'] });
  bare.addAll(postings.map((posting) => ({ id: posting.id, title: posting.title, text: posting.text })));
  const referenceBuildMs = performance.now() - started;
  const reference = latencies(queries, (query) => bare.search(query));
  return {
    size,
    buildMs,
    snapshotMb,
    snapshotError,
    inProcess,
    referenceBuildMs,
    referenceP50: reference.p50,
    referenceP99: reference.p99,
  };
}

interface ServeFigures {
  size: number;
  loadMs: number;
  loadedFrom: 'snapshot' | 'rebuilt';
  rssMb: number;
  p50: number;
  p99: number;
  cpuP99: number;
}

/** As the live catalog reads it, line by line; its own function so the file's bytes are garbage on return. */
function readSnapshot(file: string): Catalog {
  return catalogFromSnapshotLines(bufferLines(readFileSync(file)));
}

function serveChild(size: number): ServeFigures {
  const started = performance.now();
  const file = snapshotFile(size);
  const fromSnapshot = existsSync(file);
  const catalog = fromSnapshot ? readSnapshot(file) : buildCatalog(corpus(size));
  const loadMs = performance.now() - started;
  const rss = rssMb();
  const { p50, p99, cpuP99 } = latencies(makeQueries(catalog.postings), (query) =>
    searchPostings(catalog, query),
  );
  return { size, loadMs, loadedFrom: fromSnapshot ? 'snapshot' : 'rebuilt', rssMb: rss, p50, p99, cpuP99 };
}

function runChild<T>(mode: string, size?: number): T {
  const args = ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', import.meta.filename, mode];
  if (size !== undefined) args.push(String(size));
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`bench ${mode} ${size ?? ''} exited with ${result.status ?? result.signal}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? 'null') as T;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

const HEADER = [
  'postings',
  'build ms',
  'snapshot MB',
  'load ms',
  'RSS MB',
  'p50 ms',
  'p99 ms',
  'p99 CPU ms',
  'bare build ms',
  'bare p50',
  'bare p99',
] as const;
const WIDTHS = [9, 9, 12, 16, 7, 7, 7, 11, 14, 9, 9] as const;

function printRow(cells: readonly string[]): void {
  console.log(cells.map((cell, column) => cell.padStart(WIDTHS[column] ?? 8)).join(' '));
}

function main(): void {
  console.log(`search: ${QUERY_COUNT} queries per size (a third with a typo), node ${process.version}\n`);
  runChild<null>('prepare');
  printRow(HEADER);
  const problems: string[] = [];
  for (const size of SIZES) {
    const built = runChild<BuildFigures>('build', size);
    const served = built.inProcess ?? runChild<ServeFigures>('serve', size);
    if (built.snapshotError !== null)
      problems.push(`${size}: snapshot failed (${built.snapshotError}); load is a rebuild`);
    printRow([
      size.toLocaleString('en-US'),
      ms(built.buildMs),
      built.snapshotMb === null ? 'n/a' : built.snapshotMb.toFixed(1),
      `${ms(served.loadMs)}${served.loadedFrom === 'rebuilt' ? ' (rebuilt)' : ''}`,
      served.rssMb.toFixed(0),
      ms(served.p50),
      ms(served.p99),
      ms(served.cpuP99),
      ms(built.referenceBuildMs),
      ms(built.referenceP50),
      ms(built.referenceP99),
    ]);
    if (size === 10_000) {
      if (served.p99 >= TARGETS.p99At10k)
        problems.push(`10,000: p99 ${ms(served.p99)} ms misses ${TARGETS.p99At10k} ms`);
      if (served.loadMs >= TARGETS.loadAt10k) {
        problems.push(`10,000: load ${ms(served.loadMs)} ms misses ${TARGETS.loadAt10k} ms`);
      }
      if (served.rssMb >= TARGETS.rssAt10k) {
        problems.push(`10,000: RSS ${served.rssMb.toFixed(0)} MB misses ${TARGETS.rssAt10k} MB`);
      }
    }
    if (size === 100_000 && served.p99 >= TARGETS.p99At100k) {
      problems.push(`100,000: p99 ${ms(served.p99)} ms misses ${TARGETS.p99At100k} ms`);
    }
  }
  console.log(
    `\ntargets: 10,000 p99 < ${TARGETS.p99At10k} ms, load < ${TARGETS.loadAt10k} ms, RSS < ${TARGETS.rssAt10k} MB; 100,000 p99 < ${TARGETS.p99At100k} ms`,
  );
  console.log(
    problems.length === 0 ? 'all targets met' : problems.map((problem) => `MISSED ${problem}`).join('\n'),
  );
}

const [mode, sizeArgument] = process.argv.slice(2);
const isEntry = process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename;
if (!isEntry) {
  // Imported (for profiling the same queries): run nothing.
} else if (mode === 'prepare') {
  preparePool();
  console.log('null');
} else if (mode === 'build') {
  console.log(JSON.stringify(buildChild(Number(sizeArgument))));
} else if (mode === 'serve') {
  console.log(JSON.stringify(serveChild(Number(sizeArgument))));
} else {
  main();
}
