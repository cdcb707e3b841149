import { copyFile, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { type LiveCatalog, openLiveCatalog, SNAPSHOT_FILE_NAME } from '../../src/storage/live-catalog.ts';

const seedsDir = path.resolve(import.meta.dirname, '../../seeds');
const seedNames = ['000_6b107713e41060db.txt', '001_2c4a314a19c250a9.txt', '003_a6222ce20b1f1211.txt'];

const ANOTHER_POSTING = `Staff Data Engineer
Acme Analytics
Berlin, Germany (Hybrid)

About the role
You will build the pipelines that feed our forecasting models.

Requirements
- 6+ years with Python and SQL
- Experience with Apache Spark
`;

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), messages: () => lines.map((l) => l.msg) };
}

async function setUp() {
  const postingsDir = await mkdtemp(path.join(tmpdir(), 'roles-live-'));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'roles-data-'));
  for (const name of seedNames) await copyFile(path.join(seedsDir, name), path.join(postingsDir, name));
  return { postingsDir, dataDir };
}

async function eventually(check: () => boolean, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const open: LiveCatalog[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});

describe('the live catalog', () => {
  it('picks up added, changed and removed files within seconds, without a restart', async () => {
    const { postingsDir, dataDir } = await setUp();
    const { logger } = capturedLogger();
    const live = await openLiveCatalog({ postingsDir, dataDir, logger, pollIntervalMs: 500 });
    open.push(live);
    expect(live.current().postings).toHaveLength(3);

    await writeFile(path.join(postingsDir, 'acme-data.txt'), ANOTHER_POSTING);
    await eventually(() => live.current().postings.some((p) => p.title === 'Staff Data Engineer'));

    await writeFile(
      path.join(postingsDir, 'acme-data.txt'),
      ANOTHER_POSTING.replace('Staff Data Engineer', 'Principal Data Engineer'),
    );
    await eventually(() => live.current().postings.some((p) => p.title === 'Principal Data Engineer'));
    expect(live.current().postings.some((p) => p.title === 'Staff Data Engineer')).toBe(false);

    await rm(path.join(postingsDir, seedNames[0]!));
    await eventually(() => live.current().postings.length === 3);
    expect(live.current().postings.map((p) => p.source.path)).not.toContain(seedNames[0]);
  });

  it('tells listeners about a new catalog and keeps serving when a bad file arrives', async () => {
    const { postingsDir, dataDir } = await setUp();
    const live = await openLiveCatalog({
      postingsDir,
      dataDir,
      logger: capturedLogger().logger,
      pollIntervalMs: 300,
    });
    open.push(live);
    const seen: number[] = [];
    live.onChange((catalog) => seen.push(catalog.postings.length));
    await writeFile(path.join(postingsDir, 'broken.txt'), Buffer.from([0, 1, 2, 3]));
    await live.refresh();
    expect(live.current().postings).toHaveLength(3);
    expect(live.failures()).toEqual([{ path: 'broken.txt', reason: expect.stringMatching(/binary/) }]);
    expect(seen).toEqual([3]);
  });

  it('starts from the snapshot when the files have not changed', async () => {
    const { postingsDir, dataDir } = await setUp();
    const first = await openLiveCatalog({
      postingsDir,
      dataDir,
      logger: capturedLogger().logger,
      watch: false,
    });
    const ids = first.current().postings.map((p) => p.id);
    await first.close();

    const { logger, messages } = capturedLogger();
    const second = await openLiveCatalog({ postingsDir, dataDir, logger, watch: false });
    open.push(second);
    expect(messages()).toContain('catalog loaded from snapshot');
    expect(second.current().postings.map((p) => p.id)).toEqual(ids);
  });

  it('rebuilds instead of trusting a stale snapshot', async () => {
    const { postingsDir, dataDir } = await setUp();
    await (
      await openLiveCatalog({ postingsDir, dataDir, logger: capturedLogger().logger, watch: false })
    ).close();
    // Changed while the bot was down: same name, new content and time.
    await writeFile(path.join(postingsDir, seedNames[1]!), ANOTHER_POSTING);
    await utimes(path.join(postingsDir, seedNames[1]!), new Date(), new Date(Date.now() + 5_000));

    const { logger, messages } = capturedLogger();
    const live = await openLiveCatalog({ postingsDir, dataDir, logger, watch: false });
    open.push(live);
    expect(messages()).toContain('catalog snapshot is stale; rebuilding');
    expect(live.current().postings.map((p) => p.title)).toContain('Staff Data Engineer');
  });

  it('rebuilds instead of trusting a corrupt snapshot', async () => {
    const { postingsDir, dataDir } = await setUp();
    await (
      await openLiveCatalog({ postingsDir, dataDir, logger: capturedLogger().logger, watch: false })
    ).close();
    const snapshotPath = path.join(dataDir, SNAPSHOT_FILE_NAME);
    const content = await readFile(snapshotPath, 'utf8');
    await writeFile(snapshotPath, content.slice(0, Math.floor(content.length / 2)));

    const { logger, messages } = capturedLogger();
    const live = await openLiveCatalog({ postingsDir, dataDir, logger, watch: false });
    open.push(live);
    expect(messages()).toContain('catalog snapshot is corrupt; rebuilding');
    expect(live.current().postings).toHaveLength(3);
  });
});
