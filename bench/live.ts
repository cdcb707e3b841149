import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { slackRequestHeaders } from '../test/support/slack-signature.ts';
import { startSlackWebApi } from '../test/support/slack-web-api.ts';
import { CACHE_DIR } from './cache.ts';
import { iteratePostingTexts } from './generate-postings.ts';
import { BENCH_QUERIES, BENCH_SIGNING_SECRET, slashCommandBody } from './slash-command.ts';
import { alignedTable } from './table.ts';

/**
 * `npm run bench -- live`: the real bot (compiled, as `npm start` runs it, HTTP mode, a stand-in of the
 * Slack Web API) over 10,000 generated posting files:
 *   - a cold start (every file parsed) and a start from the snapshot, each to healthy (`/healthz` loading null);
 *   - RSS settled after the start, and its peak while one file is edited;
 *   - the worst gap between answers to a health check sent every 10 ms while one file changes, and the time
 *     until `/roles` finds the change;
 *   - `/roles <query>` from 50 concurrent clients, each sending again as soon as its ack returns: refusals,
 *     ack p99, and p99 of the time until the answer reaches the response URL.
 * LIVE_POSTINGS (default 10000) and LIVE_LOAD_SECONDS (default 8) size it.
 */

const POSTINGS = Number(process.env.LIVE_POSTINGS ?? 10_000);
const LOAD_SECONDS = Number(process.env.LIVE_LOAD_SECONDS ?? 8);
const CONCURRENCY = 50;
const ROOT = path.resolve(import.meta.dirname, '..');
const EDITED_TITLE = 'Zeppelin Navigator';

function postingsFolder(): string {
  const folder = path.join(CACHE_DIR, `live-postings-${POSTINGS}`);
  const marker = path.join(folder, '.complete');
  if (existsSync(marker)) return folder;
  rmSync(folder, { recursive: true, force: true });
  for (const file of iteratePostingTexts(POSTINGS, 11)) {
    const target = path.join(folder, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  writeFileSync(marker, '');
  return folder;
}

interface Bot {
  child: ChildProcess;
  port: number;
  startedAt: number;
  output: () => string;
}

/** Bots still running, stopped if the benchmark itself fails. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A port free right now (the bot logs only warnings here, so it cannot be read from its start-up line). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startBot(env: Record<string, string>): Promise<Bot> {
  const startedAt = performance.now();
  // What `npm start` runs once its `prestart` build is done (built once, in main()), so the pid is the bot's own.
  const child = spawn(process.execPath, ['--expose-gc', path.join(ROOT, 'dist/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  running.add(child);
  child.once('exit', (code) => {
    running.delete(child);
    if (code !== 0 && code !== null) process.stderr.write(`the bot exited with ${code}:\n${output}\n`);
  });
  const port = Number(env.PORT);
  return { child, port, startedAt, output: () => output };
}

async function health(port: number): Promise<{ loading: unknown; postings: number }> {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return (await response.json()) as { loading: unknown; postings: number };
}

/** Milliseconds from spawning the bot until `/healthz` says every posting is in. */
async function untilHealthy(bot: Bot, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      const answer = await health(bot.port);
      if (answer.loading === null) return performance.now() - bot.startedAt;
    } catch {
      // Not answering yet.
    }
    if (performance.now() > deadline) throw new Error(`not healthy after ${timeoutMs} ms`);
    await sleep(5);
  }
}

async function stopBot(bot: Bot): Promise<void> {
  const exited = new Promise((resolve) => bot.child.once('exit', resolve));
  bot.child.kill('SIGTERM');
  await exited;
}

function rssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
  return match?.[1] === undefined ? Number.NaN : Number(match[1]) / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where the bot posts its answers (as to Slack's response_url): each request has its own path. */
async function startResponseSink() {
  const arrivals = new Map<string, { at: number; body: string }>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      arrivals.set(req.url ?? '', { at: performance.now(), body: Buffer.concat(chunks).toString() });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (id: string) => `${base}/r/${id}`,
    arrival: (id: string) => arrivals.get(`/r/${id}`),
    close: () => server.close(),
  };
}

async function sendCommand(port: number, text: string, responseUrl: string): Promise<number> {
  const body = slashCommandBody(text, responseUrl);
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: slackRequestHeaders(body, BENCH_SIGNING_SECRET),
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};

/** A health check every 10 ms; returns a stop function giving the longest time between two answers. */
function healthPoller(port: number): () => Promise<{ worstGapMs: number; checks: number }> {
  let running = true;
  let last = performance.now();
  let worst = 0;
  let checks = 0;
  const loop = (async () => {
    while (running) {
      await health(port);
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
      checks++;
      await sleep(10);
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { worstGapMs: worst, checks };
  };
}

async function main(): Promise<void> {
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('the build (npm run build) failed');
  const generated = performance.now();
  const folder = postingsFolder();
  console.log(
    `${POSTINGS} posting files in ${path.relative(ROOT, folder)} (${((performance.now() - generated) / 1000).toFixed(1)} s to prepare)`,
  );
  const dataDir = path.join(CACHE_DIR, `live-data-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  // Also when a step fails or the run is cut short: the snapshot of 10,000 postings is tens of MB.
  process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const slack = await startSlackWebApi();
  const sink = await startResponseSink();
  const env = {
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    PORT: String(await freePort()),
    POSTINGS_DIR: folder,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  const rows: string[][] = [];
  const row = (what: string, value: string, target: string, met: boolean | null) =>
    rows.push([what, value, target, met === null ? '' : met ? 'met' : 'MISSED']);

  // 1. Cold start: every file parsed in the worker pool, the catalog built in a worker, the snapshot written.
  let bot = await startBot(env);
  const cold = await untilHealthy(bot, 600_000);
  const coldPeak = rssMb(bot.child.pid ?? 0, 'VmHWM');
  const postings = (await health(bot.port)).postings;
  await stopBot(bot);
  row('cold start to healthy', `${(cold / 1000).toFixed(1)} s`, '', null);
  row('RSS peak, cold start', `${coldPeak.toFixed(0)} MB`, '', null);

  // 2. Start from the snapshot.
  bot = await startBot(env);
  const warm = await untilHealthy(bot, 120_000);
  row('start from snapshot to healthy', `${warm.toFixed(0)} ms`, '< 1000 ms', warm < 1000);
  const pid = bot.child.pid ?? 0;
  // Settled: after the post-start rescan and once idle parse workers have exited.
  await sleep(8_000);
  const settled = rssMb(pid);
  row('RSS settled', `${settled.toFixed(0)} MB`, '< 300 MB', settled < 300);

  // 3. One file changes. First the event loop alone: health checks every 10 ms while the edit is picked up,
  // parsed and indexed, with no search traffic (each /roles answer is itself a few ms of the loop). Then a
  // second edit, asked for with /roles until an answer shows it.
  const edited = path.join(folder, 'generated', '000003-edited.txt');
  const editText = (title: string) =>
    `${title}\nSkyways Air Services\nLeeds, UK\n\nAbout the role\nYou will plan routes for our airships.\n\nRequirements\n- A pilot licence\n`;
  let peak = settled;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 20);
  const stopPolling = healthPoller(bot.port);
  await sleep(1_000);
  writeFileSync(edited, editText('Airship Route Planner'));
  await sleep(4_000);
  const { worstGapMs, checks } = await stopPolling();

  const editedAt = performance.now();
  writeFileSync(edited, editText(EDITED_TITLE));
  let searchable = Number.NaN;
  for (let attempt = 0; attempt < 300; attempt++) {
    const id = `edit-${attempt}`;
    await sendCommand(bot.port, EDITED_TITLE.toLowerCase(), sink.url(id));
    for (let wait = 0; wait < 50 && sink.arrival(id) === undefined; wait++) await sleep(2);
    if (sink.arrival(id)?.body.includes(EDITED_TITLE)) {
      searchable = (sink.arrival(id)?.at ?? Number.NaN) - editedAt;
      break;
    }
    await sleep(20);
  }
  await sleep(1_000);
  clearInterval(sampler);
  rmSync(edited);
  row('worst /healthz gap during an edit', `${worstGapMs.toFixed(0)} ms`, '< 100 ms', worstGapMs < 100);
  row('edit searchable after', `${searchable.toFixed(0)} ms`, '< 2000 ms', searchable < 2000);
  row('RSS peak during the edits', `${peak.toFixed(0)} MB`, '< 450 MB', peak < 450);
  await sleep(1_000);

  // 4. 50 concurrent clients, each sending again as soon as its ack returns.
  const acks: number[] = [];
  const sent: { id: string; at: number }[] = [];
  let notOk = 0;
  let next = 0;
  const deadline = performance.now() + LOAD_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const id = `load-${next}`;
        const text = BENCH_QUERIES[next++ % BENCH_QUERIES.length]!;
        const at = performance.now();
        sent.push({ id, at });
        const status = await sendCommand(bot.port, text, sink.url(id)).catch(() => 0);
        acks.push(performance.now() - at);
        if (status !== 200) notOk++;
      }
    }),
  );
  const answersBy = performance.now() + 10_000;
  while (sent.some((s) => sink.arrival(s.id) === undefined) && performance.now() < answersBy) await sleep(20);
  const answered = sent.filter((s) => sink.arrival(s.id) !== undefined);
  const refused = answered.filter((s) =>
    /a lot of questions|try again in a (moment|minute)|something went wrong/i.test(
      sink.arrival(s.id)?.body ?? '',
    ),
  );
  const answerTimes = answered.map((s) => (sink.arrival(s.id)?.at ?? 0) - s.at);
  const missing = sent.length - answered.length;
  const ackP99 = percentile(acks, 0.99);
  const answerP99 = percentile(answerTimes, 0.99);
  row(
    `/roles <query> x ${CONCURRENCY} clients, ${LOAD_SECONDS} s`,
    `${sent.length} requests, ${(sent.length / LOAD_SECONDS).toFixed(0)}/s`,
    '',
    null,
  );
  row(
    '  refusals (+ unanswered, non-200)',
    `${refused.length} (+ ${missing}, ${notOk})`,
    '0',
    refused.length + missing + notOk === 0,
  );
  row('  ack p99', `${ackP99.toFixed(0)} ms`, '< 100 ms', ackP99 < 100);
  row('  answer p99', `${answerP99.toFixed(0)} ms`, '< 3000 ms', answerP99 < 3000);

  await stopBot(bot);
  sink.close();
  await slack.close();
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`${postings} postings in the catalog; ${checks} health checks during the edit\n`);
  console.log(alignedTable(['live', 'figure', 'target', ''], rows));
}

await main();
process.exit(0);
