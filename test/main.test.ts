import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand, toForm } from './support/slack-payloads.ts';
import { slackRequestHeaders } from './support/slack-signature.ts';
import { type SlackWebApiStandIn, startSlackWebApi } from './support/slack-web-api.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECRET = 'maintestsigningsecret0123456789';

// What `npm start` runs: its `prestart` build, then the compiled bot (worker files included).
beforeAll(() => {
  const built = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stderr}`);
});

/** Runs the bot as `npm start` does, with only the given environment (no .env in the temp cwd). */
function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--expose-gc', path.join(repoRoot, 'dist/main.js')], {
    cwd: mkdtempSync(path.join(tmpdir(), 'roles-main-')),
    env: { PATH: process.env.PATH ?? '', NODE_PATH: path.join(repoRoot, 'node_modules'), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

const exitCode = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

async function waitFor<T>(
  read: () => T | undefined | Promise<T | undefined>,
  what: () => string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('npm start', () => {
  it('exits with 1 and names the variable when the configuration is bad', async () => {
    const { child, output } = startMain({ PORT: 'eighty' });
    expect(await exitCode(child)).toBe(1);
    expect(output()).toContain('PORT must be a whole number');
  });

  it('stops at once with one line naming a missing postings folder', async () => {
    const missing = path.join(tmpdir(), 'roles-no-such-postings-folder');
    const { child, output } = startMain({
      POSTINGS_DIR: missing,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'roles-data-')),
    });
    expect(await exitCode(child)).not.toBe(0);
    const lines = output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`postings folder ${missing}: no such file or folder`);
  });

  it('keeps answering /healthz while it parses a 200,000-deep page and a hundred postings', async () => {
    const slack = await startSlackWebApi();
    const postingsDir = mkdtempSync(path.join(tmpdir(), 'roles-deep-'));
    const dataDir = mkdtempSync(path.join(tmpdir(), 'roles-data-'));
    mkdirSync(path.join(postingsDir, 'teams'));
    for (let n = 0; n < 120; n++) {
      writeFileSync(
        path.join(postingsDir, 'teams', `team-${n}.txt`),
        `Backend Engineer, Team ${n}\nNorthwind ${n} Ltd\nLeeds, UK\n\nYou will own the billing services of team ${n}.\n`,
      );
    }
    const depth = 200_000;
    writeFileSync(
      path.join(postingsDir, 'deep.html'),
      `<html><body>${'<div>'.repeat(depth)}<h1>Site Reliability Engineer</h1><p>Acme, Leeds</p>${'</div>'.repeat(depth)}</body></html>`,
    );
    const main = startMain({
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.url,
      PORT: '0',
      POSTINGS_DIR: postingsDir,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    });
    try {
      const port = await waitFor(
        () => {
          const match = /"port":(\d+)[^\n]*listening for Slack/.exec(main.output());
          return match?.[1] === undefined ? undefined : Number(match[1]);
        },
        () => `the app to listen; output so far:\n${main.output()}`,
        30_000,
      );
      // A health check every 50 ms; the longest time between two answers is how long the bot stalled.
      const answeredAt: number[] = [];
      const seen: unknown[] = [];
      const deadline = Date.now() + 60_000;
      for (;;) {
        const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as {
          loading: unknown;
          postings: number;
        };
        answeredAt.push(performance.now());
        seen.push(health.loading);
        if (health.loading === null || Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(seen.at(-1)).toBeNull();
      expect(seen.some((loading) => loading !== null)).toBe(true);
      const gaps = answeredAt.slice(1).map((at, i) => at - answeredAt[i]!);
      expect(Math.max(...gaps)).toBeLessThan(1_000);
      const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
      // The deep page gave its posting or was skipped with a reason; either way, all the others are in.
      expect((health as { postings: number }).postings).toBeGreaterThanOrEqual(120);
    } finally {
      main.child.kill('SIGKILL');
      await slack.close();
      rmSync(postingsDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  describe('in HTTP mode', () => {
    let slack: SlackWebApiStandIn;
    let dataDir: string;
    let main: ReturnType<typeof startMain>;
    let port: number;

    beforeAll(async () => {
      slack = await startSlackWebApi();
      dataDir = mkdtempSync(path.join(tmpdir(), 'roles-data-'));
      main = startMain({
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.url,
        PORT: '0',
        POSTINGS_DIR: path.join(repoRoot, 'seeds'),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
      });
      port = await waitFor(
        () => {
          const match = /"port":(\d+)[^\n]*listening for Slack/.exec(main.output());
          return match?.[1] === undefined ? undefined : Number(match[1]);
        },
        () => `the app to listen; output so far:\n${main.output()}`,
      );
    });
    afterAll(async () => {
      main.child.kill('SIGKILL');
      await slack.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('answers a signed /roles from the seed postings and stops cleanly on SIGTERM', async () => {
      const health = await waitFor(
        async () => {
          const answer = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as {
            loading: unknown;
          };
          return answer.loading === null ? answer : undefined;
        },
        () => 'the postings to load',
      );
      expect(health).toEqual({ ok: true, postings: 5, loading: null });

      const body = toForm(slashCommand('machine learning', slack.responseUrl('main-search')));
      const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: slackRequestHeaders(body, SECRET),
        body,
      });
      expect(response.status).toBe(200);
      const [post] = await slack.waitForResponses('main-search');
      expect(post?.body.response_type).toBe('ephemeral');

      main.child.kill('SIGTERM');
      expect(await exitCode(main.child)).toBe(0);
      expect(main.output()).not.toContain(slack.botToken);
    });
  });
});
