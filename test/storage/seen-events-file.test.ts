import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRootLogger } from '../../src/logging/logger.ts';
import { createRecentIds } from '../../src/slack/recent-ids.ts';
import { openSeenEventsFile, SEEN_EVENTS_FILE_NAME } from '../../src/storage/seen-events-file.ts';
import { memoryStream } from '../support/memory-stream.ts';

const TTL = 10 * 60_000;
let dataDir: string;
const logger = createRootLogger({ level: 'silent', destination: memoryStream().stream });

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'roles-seen-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

async function openIds(nowMs: number) {
  const file = await openSeenEventsFile({ dataDir, ttlMs: TTL, nowMs, logger });
  const ids = createRecentIds({ capacity: 100, ttlMs: TTL, initial: file.entries, onRecord: file.record });
  return { file, ids };
}

describe('the seen-events file', () => {
  it('remembers an event id across a restart', async () => {
    const first = await openIds(1_000_000);
    expect(first.ids.seen('Ev1', 1_000_000)).toBe(false);
    await first.file.flush();

    const second = await openIds(1_060_000);
    expect(second.ids.seen('Ev1', 1_060_000)).toBe(true);
    expect(second.ids.seen('Ev2', 1_060_000)).toBe(false);
  });

  it('forgets ids past their time to live and drops them from the file', async () => {
    const first = await openIds(0);
    first.ids.seen('EvOld', 0);
    await first.file.flush();

    const later = await openIds(TTL + 1);
    expect(later.file.entries).toEqual([]);
    expect(later.ids.seen('EvOld', TTL + 1)).toBe(false);
    await later.file.flush();
    const text = await readFile(path.join(dataDir, SEEN_EVENTS_FILE_NAME), 'utf8');
    expect(text.trim().split('\n')).toEqual([`${TTL + 1} EvOld`]);
  });

  it('skips damaged lines and keeps the good ones', async () => {
    await writeFile(path.join(dataDir, SEEN_EVENTS_FILE_NAME), 'garbage\n5 EvGood\n\u0000\u0000\n7\n');
    const { ids } = await openIds(10);
    expect(ids.seen('EvGood', 10)).toBe(true);
  });
});
