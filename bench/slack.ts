import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import { createRootLogger } from '../src/logging/logger.ts';
import type { Posting } from '../src/model/posting.ts';
import { buildCatalog, type Catalog, catalogFromSnapshot } from '../src/search/catalog.ts';
import { createSlackApp } from '../src/slack/create-app.ts';
import { fixtureCatalog } from '../test/fixtures/catalog/fixture-catalog.ts';
import { slackRequestHeaders } from '../test/support/slack-signature.ts';
import { startSlackWebApi } from '../test/support/slack-web-api.ts';
import { POOL_FILE, POOL_SIZE, parsePool, snapshotFile } from './cache.ts';
import { BENCH_QUERIES, BENCH_SIGNING_SECRET, slashCommandBody } from './slash-command.ts';
import { alignedTable } from './table.ts';

/**
 * `npx tsx bench/slack.ts`: slash-command throughput and ack latency over loopback, 50 requests in flight.
 * Each server runs in its own process so the load generator does not share its event loop.
 *   (a) `/roles help` on our app, beside a minimal Bolt app that acks with a fixed text and a bare node:http
 *       server that only parses the body: what our listeners, logging and middleware cost (target >= 0.9, issue 11).
 *   (b) `/roles <query>` on our app with 10,000 postings (target: ack p99 < 100 ms).
 * BENCH_SECONDS sets each run's length (default 8). The three (a) servers are measured in alternating rounds
 * (BENCH_ROUNDS, default 3) and the median round is reported, so a busy neighbour skews all three alike.
 */

const CONCURRENCY = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_SECONDS = 1;
/** The search benchmark's shared corpus, from its cache when it has run. */
const LARGE_SIZE = POOL_SIZE;

type ServerKind = 'bare' | 'minimal-bolt' | 'roles-fixture' | 'roles-10k';

// --- Child: one server, prints its port, runs until killed. ---

async function serve(kind: ServerKind): Promise<void> {
  if (kind === 'bare') {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"text":"ok"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    announce((server.address() as AddressInfo).port);
    return;
  }
  const slack = await startSlackWebApi();
  if (kind === 'minimal-bolt') {
    const receiver = new HTTPReceiver({ signingSecret: BENCH_SIGNING_SECRET, endpoints: '/slack/events' });
    const app = new App({
      token: slack.botToken,
      receiver,
      clientOptions: { slackApiUrl: slack.url },
      logLevel: 'error' as never,
    });
    app.command('/roles', async ({ ack }) => {
      await ack({ response_type: 'ephemeral', text: 'Roles: here is some help.' });
    });
    const server = (await app.start(0)) as { address(): AddressInfo };
    announce(server.address().port);
    return;
  }
  const catalog = kind === 'roles-10k' ? largeCatalog() : fixtureCatalog();
  const slackApp = createSlackApp(
    { mode: 'http', botToken: slack.botToken, signingSecret: BENCH_SIGNING_SECRET, apiUrl: slack.url },
    { getCatalog: () => catalog, logger: createRootLogger({ level: 'warn' }), now: () => new Date() },
  );
  const { port } = await slackApp.start(0);
  announce(port ?? 0);
}

function announce(port: number): void {
  process.stdout.write(`PORT ${port}\n`);
}

function largeCatalog(): Catalog {
  const snapshot = snapshotFile(LARGE_SIZE);
  if (existsSync(snapshot)) return catalogFromSnapshot(readFileSync(snapshot, 'utf8'));
  if (existsSync(POOL_FILE)) return buildCatalog(JSON.parse(readFileSync(POOL_FILE, 'utf8')) as Posting[]);
  return buildCatalog(parsePool().postings);
}

// --- Parent: start each server, drive it, print a table. ---

interface Figures {
  name: string;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

async function startChild(kind: ServerKind): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, 'serve', kind], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /PORT (\d+)/.exec(seen);
      if (match?.[1] !== undefined) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return { child, port };
}

/** A response_url sink in the parent: our app posts answers here after acking, as it would to Slack. */
async function startSink(): Promise<{ url: string; posts: () => number; close: () => void }> {
  let posts = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      posts += 1;
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/response/bench`,
    posts: () => posts,
    close: () => server.close(),
  };
}

async function drive(port: number, texts: readonly string[], responseUrl: string, seconds: number) {
  const url = `http://127.0.0.1:${port}/slack/events`;
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const body = slashCommandBody(texts[next++ % texts.length] ?? 'help', responseUrl);
      const started = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: slackRequestHeaders(body, BENCH_SIGNING_SECRET),
          body,
        });
        await response.arrayBuffer();
        if (response.status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { latencies, errors, elapsed: (performance.now() - started) / 1000 };
}

async function measure(name: string, kind: ServerKind, texts: readonly string[]): Promise<Figures> {
  const sink = await startSink();
  const { child, port } = await startChild(kind);
  try {
    await drive(port, texts, sink.url, WARM_UP_SECONDS);
    const { latencies, errors, elapsed } = await drive(port, texts, sink.url, SECONDS);
    const sorted = latencies.sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
    return {
      name,
      requests: sorted.length,
      errors,
      perSecond: sorted.length / elapsed,
      p50: at(0.5),
      p99: at(0.99),
    };
  } finally {
    child.kill('SIGKILL');
    sink.close();
  }
}

function table(rows: Figures[]): string {
  const header = ['scenario', 'requests', 'errors', 'req/s', 'ack p50 ms', 'ack p99 ms'];
  const cells = rows.map((r) => [
    r.name,
    String(r.requests),
    String(r.errors),
    r.perSecond.toFixed(0),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
  ]);
  return alignedTable(header, cells);
}

async function main(): Promise<void> {
  console.log(
    `${CONCURRENCY} concurrent signed requests over loopback, ${SECONDS} s per run after ${WARM_UP_SECONDS} s ` +
      `warm-up; rows (a) are the median of ${ROUNDS} alternating rounds\n`,
  );
  const rounds: Record<'bare' | 'minimal' | 'ours', Figures[]> = { bare: [], minimal: [], ours: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    rounds.bare.push(await measure('bare node:http (parse body only)', 'bare', ['help']));
    rounds.minimal.push(await measure('minimal Bolt app, fixed ack', 'minimal-bolt', ['help']));
    rounds.ours.push(await measure('roles /roles help (30 postings)', 'roles-fixture', ['help']));
  }
  const median = (runs: Figures[]) =>
    [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)]!;
  const bare = median(rounds.bare);
  const minimal = median(rounds.minimal);
  const ours = median(rounds.ours);
  const large = await measure(`roles /roles <query> (${LARGE_SIZE} postings)`, 'roles-10k', BENCH_QUERIES);
  console.log(table([bare, minimal, ours, large]));
  const ratios = rounds.ours.map((run, i) => run.perSecond / (rounds.minimal[i]?.perSecond ?? Number.NaN));
  const ratio = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)] ?? Number.NaN;
  console.log('');
  console.log(
    `roles help vs minimal Bolt, per round: ${ratios.map((r) => r.toFixed(2)).join(', ')}; ` +
      `median ${ratio.toFixed(2)} (target >= 0.90: ${ratio >= 0.9 ? 'met' : 'MISSED'})`,
  );
  console.log(
    `roles query at ${LARGE_SIZE}: ack p99 ${large.p99.toFixed(1)} ms (target < 100 ms: ${large.p99 < 100 ? 'met' : 'MISSED'})`,
  );
}

if (process.argv[2] === 'serve') {
  await serve(process.argv[3] as ServerKind);
} else {
  await main();
  process.exit(0);
}
