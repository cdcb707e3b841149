import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDigestStoreOrPause } from '../../src/schedule/open-digest-store.ts';
import { memoryStream } from '../support/memory-stream.ts';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roles-open-digests-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const now = () => new Date('2026-11-25T12:00:00Z');

describe('openDigestStoreOrPause', () => {
  it('opens a healthy store', async () => {
    const logs = memoryStream();
    const store = await openDigestStoreOrPause({ dataDir, logger: pino(logs.stream), now });
    expect(store?.location).toBe(join(dataDir, 'digest-state.json'));
    expect(logs.lines()).toEqual([]);
  });

  it('pauses digests on a corrupt store and logs its path and what to do', async () => {
    const path = join(dataDir, 'digest-state.json');
    await writeFile(path, '{', 'utf8');
    const logs = memoryStream();
    const store = await openDigestStoreOrPause({ dataDir, logger: pino(logs.stream), now });
    expect(store).toBeNull();
    const [line] = logs.lines();
    expect(line).toMatchObject({ level: 50, store: path });
    expect(String(line?.msg)).toMatch(/Digests are paused.*mv '.*digest-state\.json'/);
  });

  it('moves a corrupt store aside, with a warning, when the operator allows it', async () => {
    await writeFile(join(dataDir, 'digest-state.json'), '{', 'utf8');
    const logs = memoryStream();
    const store = await openDigestStoreOrPause({
      dataDir,
      logger: pino(logs.stream),
      now,
      moveAsideCorrupt: true,
    });
    expect(store).not.toBeNull();
    expect(logs.lines()[0]).toMatchObject({
      level: 40,
      movedAside: expect.stringContaining('.corrupt-2026-11-25T12-00-00-000Z'),
    });
    expect((await readdir(dataDir)).some((f) => f.startsWith('digest-state.json.corrupt-'))).toBe(true);
  });
});
