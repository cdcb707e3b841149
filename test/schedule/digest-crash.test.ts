import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackWebApiStandIn, startSlackWebApi } from '../support/slack-web-api.ts';

/**
 * A bot killed at each point of a digest run, then started again for the next slot one minute later
 * (closer than any grace period): every role reaches the channel exactly once.
 */
const CHILD = join(import.meta.dirname, 'support', 'digest-child.ts');
const ROLES = ['role0001', 'role0002', 'role0003'];

let dataDir: string;
let slack: SlackWebApiStandIn;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roles-digest-crash-'));
  slack = await startSlackWebApi();
});
afterEach(async () => {
  await slack.close();
  await rm(dataDir, { recursive: true, force: true });
});

function startRun(slot: string, crashAt: string | null, apiUrl: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      NOW: slot,
      SLACK_URL: apiUrl,
      SLACK_TOKEN: slack.botToken,
      POSTING_IDS: ROLES.join(','),
      CRASH_AT: crashAt ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null; out: string }> {
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    out += String(chunk);
  });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out })));
}

/** How many times each role was posted to the channel, from the messages Slack accepted. */
function postsPerRole(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of slack.calls('chat.postMessage')) {
    if (call.status !== 200 || !(call.response as { ok?: boolean }).ok) continue;
    for (const block of call.args.blocks as { accessory?: { value?: string } }[]) {
      const id = block.accessory?.value;
      if (id !== undefined && ROLES.includes(id)) counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  return counts;
}

const everyRoleOnce = Object.fromEntries(ROLES.map((id) => [id, 1]));

describe('a digest run killed part-way', () => {
  it.each(['before-record', 'before-confirm'])(
    'sends each role exactly once when killed %s',
    async (crashAt) => {
      slack.enableHistory();
      const first = await exited(startRun('2026-11-23T09:00:00.000Z', crashAt, slack.url));
      expect(first.signal).toBe('SIGKILL');
      const second = await exited(startRun('2026-11-23T09:01:00.000Z', null, slack.url));
      expect(second.out).toContain('finished');
      expect(postsPerRole()).toEqual(everyRoleOnce);
    },
    30_000,
  );

  it('sends each role exactly once when killed after Slack accepted the post but before it answered', async () => {
    slack.enableHistory();
    slack.failNext('chat.postMessage', { hang: 'after' });
    const child = startRun('2026-11-23T09:00:00.000Z', null, slack.url);
    const done = exited(child);
    await slack.waitForCalls('chat.postMessage', 1, 20_000);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    const second = await exited(startRun('2026-11-23T09:01:00.000Z', null, slack.url));
    expect(second.out).toContain('finished');
    expect(postsPerRole()).toEqual(everyRoleOnce);
  }, 30_000);

  it('sends the roles once, in the next run, when killed during a post Slack never got', async () => {
    slack.enableHistory();
    slack.failNext('chat.postMessage', { hang: 'before' });
    const child = startRun('2026-11-23T09:00:00.000Z', null, slack.url);
    const done = exited(child);
    await slack.waitForCalls('chat.postMessage', 1, 20_000);
    child.kill('SIGKILL');
    await done;
    expect(postsPerRole()).toEqual({});
    const second = await exited(startRun('2026-11-23T09:01:00.000Z', null, slack.url));
    expect(second.out).toContain('finished');
    expect(postsPerRole()).toEqual(everyRoleOnce);
  }, 30_000);
});
