import { spawnSync } from 'node:child_process';
import { readPlaceLine } from '../src/places/place-line.ts';
import { findQueryPlace } from '../src/places/query-place.ts';
import { alignedTable } from './table.ts';

/**
 * The gazetteer's cost: how long the first lookup takes to load it (median of fresh processes, so nothing is
 * warm), how much memory it adds, and how many place lines and query words are read a second once loaded.
 */

const RUNS = Number(process.env.PLACES_BENCH_RUNS ?? 7);

/** One fresh process: load the gazetteer and the place vocabulary, report time and memory added. */
const CHILD = `
import { loadGazetteer } from './src/places/gazetteer.ts';
import { readingsOf } from './src/places/vocabulary.ts';
globalThis.gc?.();
const before = process.memoryUsage();
const started = performance.now();
loadGazetteer();
const gazetteerMs = performance.now() - started;
readingsOf('london');
const totalMs = performance.now() - started;
globalThis.gc?.();
const after = process.memoryUsage();
console.log(JSON.stringify({ gazetteerMs, totalMs, rss: after.rss - before.rss, heap: after.heapUsed - before.heapUsed }));
`;

interface Load {
  gazetteerMs: number;
  totalMs: number;
  rss: number;
  heap: number;
}

function freshLoad(): Load {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', CHILD],
    {
      cwd: new URL('..', import.meta.url),
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`places bench: child failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Load;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const loads = Array.from({ length: RUNS }, freshLoad);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const LINES = [
  'New York, NY (Remote) 2 weeks ago · 6 applicants',
  'York, North Yorkshire',
  'Subiaco, Perth WA',
  'Petaling Jaya, Selangor, Malaysia',
  'Jurong East, West Region',
  'London | Dublin',
  'Cleveland, Middlesbrough',
  'Hamilton, ON L8P 1A1',
  'Remote (US or Canada)',
  'Bengaluru, Karnataka, India',
];
const QUERIES = [
  'kl',
  'london',
  'senior',
  'engineer',
  'bay area',
  'emea',
  'new york city',
  'durham',
  'python',
  'sg',
];

function rate(work: () => void, minMs = 1_000): number {
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < minMs) {
    work();
    count++;
  }
  return count / ((performance.now() - started) / 1000);
}

readPlaceLine('London'); // load once, outside the timings
const linesPerSecond =
  rate(() => {
    for (const line of LINES) readPlaceLine(line, { currencyHint: '£' });
  }) * LINES.length;
const queriesPerSecond =
  rate(() => {
    for (const query of QUERIES) findQueryPlace(query.split(' '), 0);
  }) * QUERIES.length;

console.log(
  alignedTable(
    ['figure', 'value'],
    [
      [
        `gazetteer load, median of ${RUNS} fresh processes`,
        `${median(loads.map((l) => l.gazetteerMs)).toFixed(0)} ms`,
      ],
      ['gazetteer + place vocabulary, median', `${median(loads.map((l) => l.totalMs)).toFixed(0)} ms`],
      ['slowest load', `${Math.max(...loads.map((l) => l.totalMs)).toFixed(0)} ms`],
      ['RSS added, median', mb(median(loads.map((l) => l.rss)))],
      ['heap added, median', mb(median(loads.map((l) => l.heap)))],
      ['place lines read a second', Math.round(linesPerSecond).toLocaleString('en')],
      ['query place look-ups a second', Math.round(queriesPerSecond).toLocaleString('en')],
    ],
  ),
);
