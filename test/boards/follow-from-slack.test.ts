import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LogLevel, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardKey } from '../../src/boards/board-ref.ts';
import { syncBoards } from '../../src/boards/board-sync.ts';
import type { FollowDependencies } from '../../src/boards/follow-board.ts';
import { isOpen } from '../../src/digest/is-open.ts';
import { createRootLogger } from '../../src/logging/logger.ts';
import { runDigest } from '../../src/schedule/digest-runner.ts';
import { boardSubcommands } from '../../src/slack/commands/board-subcommands.ts';
import { openBoardStore } from '../../src/storage/board-store.ts';
import { type DigestStore, openDigestStore } from '../../src/storage/digest-store.ts';
import { type LiveCatalog, openLiveCatalog } from '../../src/storage/live-catalog.ts';
import { type HttpHarness, startHttpHarness, visibleText } from '../slack/harness.ts';
import { type BoardApiStandIn, greenhouseJob, startBoardApis } from '../support/board-apis.ts';
import { memoryStream } from '../support/memory-stream.ts';
import { slashCommand, toForm } from '../support/slack-payloads.ts';

/** The whole path as a person meets it: follow from Slack, the roles join the catalog, the digest posts them. */

let api: BoardApiStandIn;
let harness: HttpHarness;
let catalog: LiveCatalog;
let digests: DigestStore;
let deps: FollowDependencies;
let root: string;
let clock = new Date('2026-11-25T12:00:00Z');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'roles-follow-'));
  const postingsDir = path.join(root, 'postings');
  const dataDir = path.join(root, 'data');
  await mkdir(postingsDir, { recursive: true });
  const logger = createRootLogger({ level: 'silent', destination: memoryStream().stream });
  api = await startBoardApis();
  catalog = await openLiveCatalog({ postingsDir, dataDir, logger, watch: false });
  await catalog.ready;
  digests = (await openDigestStore({ dataDir, now: () => new Date('2026-11-24T09:00:00Z') })).store;
  // As the composition root does: a posting's first sighting is recorded as it joins the catalog.
  catalog.onChange(
    (next) =>
      void digests.recordFirstSeen(
        next.postings.map((p) => p.id),
        clock,
      ),
  );
  deps = {
    store: openBoardStore(dataDir, logger),
    apis: api.apis,
    logger,
    now: () => clock,
    onBoardSaved: (file) => catalog.setExternalPostings(boardKey(file), file.postings),
  };
  harness = await startHttpHarness({
    subcommands: boardSubcommands(deps),
    getCatalog: () => catalog.current(),
  });
});

afterAll(async () => {
  await harness.close();
  await catalog.close();
  await api.close();
  await rm(root, { recursive: true, force: true });
});

async function roles(text: string): Promise<string> {
  const url = harness.slack.responseUrl();
  const id = url.split('/').pop() ?? '';
  const response = await harness.post(toForm(slashCommand(text, url)));
  expect(response.status).toBe(200);
  const [post] = await harness.slack.waitForResponses(id, 1);
  expect(post?.body.response_type).toBe('ephemeral');
  return visibleText(post?.body.blocks);
}

function digestClient(): WebClient {
  return new WebClient(harness.slack.botToken, {
    slackApiUrl: harness.slack.url,
    logLevel: LogLevel.ERROR,
    retryConfig: { retries: 0 },
  });
}

async function digestAt(now: Date) {
  harness.slack.reset();
  const report = await runDigest({
    store: digests,
    getCatalog: () => catalog.current(),
    client: digestClient(),
    channels: ['C0DIGEST'],
    now,
    scheduledFor: now,
    timeZone: 'UTC',
    emptyPolicy: 'skip',
    logger: createRootLogger({ level: 'silent', destination: memoryStream().stream }),
  });
  const posts = harness.slack.calls('chat.postMessage').filter((c) => c.args.channel === 'C0DIGEST');
  return { report, text: posts.map((c) => visibleText(c.args.blocks)).join('\n') };
}

describe('following a board from Slack', () => {
  it('explains what it can follow when given no board or a page that is not one', async () => {
    expect(await roles('follow')).toContain('https://boards.greenhouse.io/acme');
    expect(await roles('follow https://example.com/careers')).toContain('That is not a board I can follow');
    expect(await roles('unfollow https://jobs.lever.co/globex')).toContain('I do not follow that board');
    expect(api.requests).toEqual([]);
  });

  it('refuses a board that does not exist, with a clear message', async () => {
    expect(await roles('follow https://boards.greenhouse.io/acme')).toContain(
      'No Greenhouse board called acme',
    );
  });

  it('follows, syncs into the catalog, and the next digest carries the new roles with an Open posting link', async () => {
    api.greenhouse('acme', 'Acme Robotics', [
      greenhouseJob(101, { title: 'Senior Backend Engineer', first_published: '2026-11-25T08:00:00Z' }),
      greenhouseJob(102, { title: 'Staff Data Engineer', first_published: '2026-11-25T08:00:00Z' }),
    ]);
    const reply = await roles('follow https://job-boards.greenhouse.io/acme');
    expect(reply).toContain('Following');
    expect(reply).toContain('Acme Robotics on Greenhouse');
    expect(reply).toContain('2 open roles');
    expect(
      catalog
        .current()
        .postings.map((p) => p.title)
        .sort(),
    ).toEqual(['Senior Backend Engineer', 'Staff Data Engineer']);

    const { text } = await digestAt(new Date('2026-11-25T13:00:00Z'));
    expect(text).toContain('Senior Backend Engineer');
    expect(text).toContain('Staff Data Engineer');
    // The board's own page for the role, which cards link to (Open posting).
    const backend = catalog.current().postings.find((p) => p.title === 'Senior Backend Engineer');
    expect(backend?.source).toEqual({
      path: 'greenhouse:acme/101',
      board: 'greenhouse',
      url: 'https://boards.greenhouse.io/acme/jobs/101',
    });

    expect(await roles('following')).toMatch(/Acme Robotics.*2 open roles; synced just now/);
    expect(await roles('follow greenhouse:acme')).toContain('I already follow');
  });

  it('closes a role gone from the board between two syncs, and keeps it out of the next digest', async () => {
    clock = new Date('2026-11-26T12:00:00Z');
    api.greenhouse('acme', 'Acme Robotics', [
      greenhouseJob(101, { title: 'Senior Backend Engineer', first_published: '2026-11-25T08:00:00Z' }),
      greenhouseJob(103, { title: 'Platform Engineer', first_published: '2026-11-26T08:00:00Z' }),
    ]);
    const [result] = await syncBoards({ ...deps, delayMs: 0 });
    expect(result!.closed.map((p) => p.title)).toEqual(['Staff Data Engineer']);
    const gone = catalog.current().postings.find((p) => p.title === 'Staff Data Engineer');
    expect(gone && isOpen(gone, clock)).toBe(false);
    const { report, text } = await digestAt(new Date('2026-11-26T13:00:00Z'));
    expect(text).toContain('Platform Engineer');
    // The closed role is no new role of this digest (the digest may still mention that it closed).
    expect(report.channels).toEqual([
      expect.objectContaining({ channelId: 'C0DIGEST', status: 'sent', postings: 1 }),
    ]);
    expect(await roles('following')).toContain('2 open roles, 1 closed');
  });

  it('unfollows by name: the board stops syncing and its roles close', async () => {
    const reply = await roles('unfollow acme');
    expect(reply).toContain('Stopped following Acme Robotics on Greenhouse');
    expect(reply).toContain('2 open roles are now closed');
    expect(catalog.current().postings.every((p) => !isOpen(p, clock))).toBe(true);
    expect(await syncBoards({ ...deps, delayMs: 0 })).toEqual([]);
    expect(await roles('following')).toContain('I follow no job boards yet');
  });
});
