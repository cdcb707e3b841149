import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { BoardSystem } from '../src/boards/board-ref.ts';
import { syncBoards } from '../src/boards/board-sync.ts';
import { openBoardStore } from '../src/storage/board-store.ts';
import { ashbyJob, greenhouseJob, leverPosting, startBoardApis } from '../test/support/board-apis.ts';

/**
 * A sync of three stand-in boards (Greenhouse, Lever, Ashby) with 500 roles each, over HTTP on 127.0.0.1:
 * the first sync (every role new: fetch, normalise with the parser's pieces, write), then a second with nothing
 * changed. Median of RUNS runs, each in a fresh data folder; the pause between boards is 0 here.
 */

const RUNS = Number(process.env.BOARDS_BENCH_RUNS ?? 3);
const ROLES = Number(process.env.BOARDS_BENCH_ROLES ?? 500);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function run(): Promise<{
  firstMs: number;
  secondMs: number;
  postings: number;
  heapMb: number;
  rssMb: number;
}> {
  const api = await startBoardApis();
  const seq = Array.from({ length: ROLES }, (_, i) => i + 1);
  api.greenhouse(
    'acme',
    'Acme',
    seq.map((i) => greenhouseJob(i)),
  );
  api.lever(
    'globex',
    seq.map((i) => leverPosting(i)),
  );
  api.ashby(
    'initech',
    seq.map((i) => ashbyJob(i)),
  );
  const dataDir = await mkdtemp(path.join(tmpdir(), 'roles-bench-boards-'));
  const logger = pino({ level: 'silent' });
  const store = openBoardStore(dataDir, logger);
  const at = new Date().toISOString();
  for (const [system, board] of [
    ['greenhouse', 'acme'],
    ['lever', 'globex'],
    ['ashby', 'initech'],
  ] as [BoardSystem, string][]) {
    await store.write({
      system,
      board,
      name: board,
      following: true,
      followedAt: at,
      followedBy: 'bench',
      lastSync: null,
      lastGoodSyncAt: null,
      postings: [],
    });
  }
  const deps = { store, apis: api.apis, logger, now: () => new Date(), delayMs: 0 };
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let started = performance.now();
  const first = await syncBoards(deps);
  const firstMs = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  started = performance.now();
  await syncBoards(deps);
  const secondMs = performance.now() - started;
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
  const postings = first.reduce((sum, r) => sum + r.added.length, 0);
  if (postings !== ROLES * 3) throw new Error(`expected ${ROLES * 3} new postings, got ${postings}`);
  return { firstMs, secondMs, postings, heapMb, rssMb };
}

const results = [];
for (let i = 0; i < RUNS; i++) results.push(await run());
const firstMs = median(results.map((r) => r.firstMs));
const secondMs = median(results.map((r) => r.secondMs));
const postings = results[0]!.postings;
console.log(`boards: 3 stand-in boards x ${ROLES} roles, median of ${RUNS} runs`);
console.log(
  `  first sync (all new):   ${Math.round(firstMs)} ms, ${Math.round(postings / (firstMs / 1000))} postings/s`,
);
console.log(
  `  second sync (no change): ${Math.round(secondMs)} ms, ${Math.round(postings / (secondMs / 1000))} postings/s`,
);
console.log(
  `  heap added by first sync: ${median(results.map((r) => r.heapMb)).toFixed(1)} MB; rss after: ${median(results.map((r) => r.rssMb)).toFixed(0)} MB`,
);
