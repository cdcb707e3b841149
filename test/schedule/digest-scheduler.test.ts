import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel, WebClient } from '@slack/web-api';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runDigest } from '../../src/schedule/digest-runner.ts';
import {
  createDigestScheduler,
  type DigestScheduler,
  type DigestSlot,
} from '../../src/schedule/digest-scheduler.ts';
import { buildCatalog } from '../../src/search/catalog.ts';
import { type DigestStore, openDigestStore } from '../../src/storage/digest-store.ts';
import { makePosting } from '../digest/make-posting.ts';
import { startSlackWebApi } from '../support/slack-web-api.ts';

const logger = pino({ level: 'silent' });
let dataDir: string;
let scheduler: DigestScheduler | null = null;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roles-digest-scheduler-'));
});

afterEach(async () => {
  await scheduler?.stop();
  scheduler = null;
  vi.useRealTimers();
  await rm(dataDir, { recursive: true, force: true });
});

async function storeCreatedAt(iso: string): Promise<DigestStore> {
  return (await openDigestStore({ dataDir, now: () => new Date(iso) })).store;
}

function recorder() {
  const slots: DigestSlot[] = [];
  return { slots, run: async (slot: DigestSlot) => void slots.push(slot) };
}

describe('createDigestScheduler', () => {
  it('refuses a bad cron expression at start, naming the variable', async () => {
    const store = await storeCreatedAt('2026-11-01T00:00:00Z');
    expect(() =>
      createDigestScheduler({ cron: '0 9 * *', timeZone: 'UTC', store, run: async () => {}, logger }),
    ).toThrow(/^DIGEST_CRON="0 9 \* \*" .*has 4 fields; expected 5/);
  });

  it('refuses an unknown time zone at start, naming the variable', async () => {
    const store = await storeCreatedAt('2026-11-01T00:00:00Z');
    expect(() =>
      createDigestScheduler({
        cron: '0 9 * * 1',
        timeZone: 'Europe/Londn',
        store,
        run: async () => {},
        logger,
      }),
    ).toThrow(/DIGEST_TIMEZONE="Europe\/Londn".*not an IANA time zone/);
  });

  it('runs the digest when the cron time comes, in the configured zone', async () => {
    const store = await storeCreatedAt('2026-11-20T00:00:00Z');
    vi.useFakeTimers({
      now: new Date('2026-11-23T13:59:30Z'),
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const { slots, run } = recorder();
    scheduler = createDigestScheduler({
      cron: '0 9 * * 1',
      timeZone: 'America/New_York',
      store,
      run,
      logger,
    });
    expect(await scheduler.start()).toEqual({ caughtUp: null });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(slots).toEqual([]);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(slots.map((s) => [s.scheduledFor.toISOString(), s.reason])).toEqual([
      ['2026-11-23T14:00:00.000Z', 'scheduled'],
    ]);
  });

  it('sends the digest missed while the bot was down, once', async () => {
    const store = await storeCreatedAt('2026-11-10T00:00:00Z');
    const { slots, run } = recorder();
    const clock = () => new Date('2026-11-25T12:00:00Z');
    scheduler = createDigestScheduler({ cron: '0 9 * * 1', timeZone: 'UTC', store, run, logger, clock });
    expect(await scheduler.start()).toEqual({ caughtUp: new Date('2026-11-23T09:00:00Z') });
    expect(slots).toEqual([
      { scheduledFor: new Date('2026-11-23T09:00:00Z'), now: clock(), reason: 'catch-up' },
    ]);
  });

  it('does not catch up a slot that was already run', async () => {
    const store = await storeCreatedAt('2026-11-10T00:00:00Z');
    await store.recordRun({
      runId: 'r1',
      scheduledFor: '2026-11-23T09:00:00.000Z',
      startedAt: '2026-11-23T09:00:00.000Z',
      finishedAt: '2026-11-23T09:00:02.000Z',
    });
    const { slots, run } = recorder();
    scheduler = createDigestScheduler({
      cron: '0 9 * * 1',
      timeZone: 'UTC',
      store,
      run,
      logger,
      clock: () => new Date('2026-11-25T12:00:00Z'),
    });
    expect(await scheduler.start()).toEqual({ caughtUp: null });
    expect(slots).toEqual([]);
  });

  it('does not catch up a slot from before the store existed (a fresh install)', async () => {
    const store = await storeCreatedAt('2026-11-24T00:00:00Z');
    const { slots, run } = recorder();
    scheduler = createDigestScheduler({
      cron: '0 9 * * 1',
      timeZone: 'UTC',
      store,
      run,
      logger,
      clock: () => new Date('2026-11-25T12:00:00Z'),
    });
    await scheduler.start();
    expect(slots).toEqual([]);
  });

  it('keeps its schedule when a run throws', async () => {
    const store = await storeCreatedAt('2026-11-10T00:00:00Z');
    scheduler = createDigestScheduler({
      cron: '0 9 * * 1',
      timeZone: 'UTC',
      store,
      run: async () => {
        throw new Error('boom');
      },
      logger,
      clock: () => new Date('2026-11-25T12:00:00Z'),
    });
    await expect(scheduler.start()).resolves.toEqual({ caughtUp: new Date('2026-11-23T09:00:00Z') });
  });

  it('posts a missed digest to Slack after downtime, and not again after another restart', async () => {
    const slack = await startSlackWebApi();
    try {
      const client = new WebClient(slack.botToken, {
        slackApiUrl: slack.url,
        logLevel: LogLevel.ERROR,
        retryConfig: { retries: 0 },
      });
      const catalog = buildCatalog([makePosting({ id: 'back0001' })]);
      const startBot = async () => {
        const store = (await openDigestStore({ dataDir, now: () => new Date('2026-11-10T00:00:00Z') })).store;
        const bot = createDigestScheduler({
          cron: '0 9 * * 1',
          timeZone: 'UTC',
          store,
          logger,
          clock: () => new Date('2026-11-25T12:00:00Z'),
          run: (slot) =>
            runDigest({
              store,
              getCatalog: () => catalog,
              client,
              channels: ['CJOBS'],
              timeZone: 'UTC',
              emptyPolicy: 'skip',
              logger,
              ...slot,
            }),
        });
        const started = await bot.start();
        await bot.stop();
        return started;
      };
      expect((await startBot()).caughtUp).toEqual(new Date('2026-11-23T09:00:00Z'));
      expect((await startBot()).caughtUp).toBeNull();
      expect(slack.calls('chat.postMessage')).toHaveLength(1);
    } finally {
      await slack.close();
    }
  });
});
