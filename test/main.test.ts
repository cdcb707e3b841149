import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand, toForm } from './support/slack-payloads.ts';
import { slackRequestHeaders } from './support/slack-signature.ts';
import { type SlackWebApiStandIn, startSlackWebApi } from './support/slack-web-api.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The temp working directory cannot resolve `tsx` by name, so its loader is given by path.
const TSX_LOADER = pathToFileURL(path.join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;
const SECRET = 'maintestsigningsecret0123456789';

/** Runs `src/main.ts` as `npm start` would, with only the given environment (no .env in the temp cwd). */
function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, path.join(repoRoot, 'src/main.ts')], {
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

async function waitFor<T>(read: () => T | undefined, what: () => string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
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
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toEqual({ ok: true, postings: 5 });

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
