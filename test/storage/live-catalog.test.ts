import { copyFile, cp, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { searchPostings } from '../../src/search/search-postings.ts';
import {
  type LiveCatalog,
  type LiveCatalogOptions,
  openLiveCatalog,
  SNAPSHOT_FILE_NAME,
} from '../../src/storage/live-catalog.ts';
import { PostingsDirError } from '../../src/storage/posting-files.ts';

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

async function openReady(options: LiveCatalogOptions): Promise<LiveCatalog> {
  const live = await openLiveCatalog(options);
  open.push(live);
  await live.ready;
  return live;
}

/** A realistic posting per team, each with words of its own, so one can be searched for apart from the rest. */
function teamPosting(n: number, title = `Backend Engineer, Team ${n}`): string {
  return `${title}\nNorthwind ${n} Ltd\nLeeds, UK\n\nAbout the role\nYou will own the billing services of team ${n}.\n\nRequirements\n- 3+ years of Go or Java\n`;
}

describe('the live catalog', () => {
  it('picks up added, changed and removed files by watching the folder, without a rescan', async () => {
    const { postingsDir, dataDir } = await setUp();
    const { logger } = capturedLogger();
    // A rescan only every hour: whatever is seen within seconds came from fs.watch.
    const live = await openReady({ postingsDir, dataDir, logger, rescanIntervalMs: 3_600_000 });
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

  it('makes an edit to one of many postings searchable without re-reading the others', async () => {
    const { postingsDir, dataDir } = await setUp();
    await mkdir(path.join(postingsDir, 'teams'));
    for (let n = 0; n < 40; n++)
      await writeFile(path.join(postingsDir, 'teams', `team-${n}.txt`), teamPosting(n));
    const live = await openReady({ postingsDir, dataDir, logger: capturedLogger().logger });
    expect(live.current().postings).toHaveLength(43);
    const parsedAtStart = live.parsedFiles();
    expect(parsedAtStart).toBe(43);

    await writeFile(path.join(postingsDir, 'teams', 'team-7.txt'), teamPosting(7, 'Lighthouse Keeper'));
    await eventually(() => searchPostings(live.current(), 'lighthouse keeper').hits.length > 0);
    expect(searchPostings(live.current(), 'lighthouse keeper').hits[0]?.posting.source.path).toBe(
      path.join('teams', 'team-7.txt'),
    );
    expect(live.parsedFiles() - parsedAtStart).toBe(1);
    expect(live.current().postings).toHaveLength(43);
    // The rest still answer as before.
    expect(searchPostings(live.current(), 'billing team 12').hits[0]?.posting.source.path).toBe(
      path.join('teams', 'team-12.txt'),
    );
  });

  it('tells listeners about a new catalog and keeps serving when a bad file arrives', async () => {
    const { postingsDir, dataDir } = await setUp();
    const live = await openReady({ postingsDir, dataDir, logger: capturedLogger().logger, watch: false });
    const seen: number[] = [];
    live.onChange((catalog) => seen.push(catalog.postings.length));
    await writeFile(path.join(postingsDir, 'broken.txt'), Buffer.from([0, 1, 2, 3]));
    await live.refresh();
    expect(live.current().postings).toHaveLength(3);
    expect(live.failures()).toEqual([{ path: 'broken.txt', reason: expect.stringMatching(/binary/) }]);
    // A file that gives no posting changes no posting: listeners are not called for nothing.
    expect(seen).toEqual([]);
    await writeFile(path.join(postingsDir, 'acme-data.txt'), ANOTHER_POSTING);
    await live.refresh();
    expect(seen).toEqual([4]);
  });

  it('starts from the snapshot and parses nothing when the files have not changed', async () => {
    const { postingsDir, dataDir } = await setUp();
    const first = await openReady({ postingsDir, dataDir, logger: capturedLogger().logger, watch: false });
    const ids = first.current().postings.map((p) => p.id);
    await first.close();

    const { logger, messages } = capturedLogger();
    const second = await openReady({ postingsDir, dataDir, logger, watch: false });
    await second.refresh();
    expect(messages()).toContain('catalog loaded from snapshot');
    expect(second.current().postings.map((p) => p.id)).toEqual(ids);
    expect(second.parsedFiles()).toBe(0);
  });

  it('re-reads only what changed while the bot was down, edits included', async () => {
    const { postingsDir, dataDir } = await setUp();
    const first = await openReady({ postingsDir, dataDir, logger: capturedLogger().logger, watch: false });
    await writeFile(path.join(postingsDir, 'acme-data.txt'), ANOTHER_POSTING);
    await first.refresh();
    // Closing saves the edit too: the next start must not parse it again.
    await first.close();
    await writeFile(path.join(postingsDir, seedNames[1]!), teamPosting(3, 'Harbour Pilot'));
    await utimes(path.join(postingsDir, seedNames[1]!), new Date(), new Date(Date.now() + 5_000));

    const { logger, messages } = capturedLogger();
    const live = await openReady({ postingsDir, dataDir, logger, watch: false });
    await live.refresh();
    expect(messages()).toContain('catalog loaded from snapshot');
    const titles = live.current().postings.map((p) => p.title);
    expect(titles).toContain('Harbour Pilot');
    expect(titles).toContain('Staff Data Engineer');
    expect(live.parsedFiles()).toBe(1);
  });

  it('rebuilds instead of trusting a corrupt snapshot', async () => {
    const { postingsDir, dataDir } = await setUp();
    await (await openReady({ postingsDir, dataDir, logger: capturedLogger().logger, watch: false })).close();
    const snapshotPath = path.join(dataDir, SNAPSHOT_FILE_NAME);
    const content = await readFile(snapshotPath, 'utf8');
    await writeFile(snapshotPath, content.slice(0, Math.floor(content.length / 2)));

    const { logger, messages } = capturedLogger();
    const live = await openReady({ postingsDir, dataDir, logger, watch: false });
    expect(messages()).toContain('catalog snapshot not used; rebuilding');
    expect(live.current().postings).toHaveLength(3);
  });

  it('reads each real file once, whatever symlinks point at it, a loop included', async () => {
    const { postingsDir, dataDir } = await setUp();
    await symlink('.', path.join(postingsDir, 'loop'));
    await mkdir(path.join(postingsDir, 'saved'));
    await writeFile(path.join(postingsDir, 'saved', 'acme-data.txt'), ANOTHER_POSTING);
    await symlink(path.join(postingsDir, 'saved'), path.join(postingsDir, 'saved-again'));
    await symlink(path.join(postingsDir, 'saved', 'acme-data.txt'), path.join(postingsDir, 'link.txt'));

    const live = await openReady({ postingsDir, dataDir, logger: capturedLogger().logger });
    expect(live.current().postings).toHaveLength(4);
    expect(live.parsedFiles()).toBe(4);
    expect(live.failures()).toEqual([]);
  });

  it('stops at MAX_POSTING_FILES and says so', async () => {
    const { postingsDir, dataDir } = await setUp();
    const live = await openReady({ postingsDir, dataDir, logger: capturedLogger().logger, maxFiles: 2 });
    expect(live.current().postings).toHaveLength(2);
    expect(live.failures()).toEqual([
      { path: seedNames[2], reason: expect.stringMatching(/more than 2 posting files.*MAX_POSTING_FILES/) },
    ]);
  });

  it('refuses a missing postings folder with an error naming it', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'roles-data-'));
    const missing = path.join(dataDir, 'no-such-postings');
    const opening = openLiveCatalog({ postingsDir: missing, dataDir, logger: capturedLogger().logger });
    await expect(opening).rejects.toThrow(PostingsDirError);
    await expect(opening).rejects.toThrow(`postings folder ${missing}: no such file or folder`);
  });

  it('keeps a relative date where it was first read, across a copy of the folder and a re-parse', async () => {
    const { postingsDir, dataDir } = await setUp();
    const text = ANOTHER_POSTING.replace('About the role', 'Posted 6 days ago\n\nAbout the role');
    await writeFile(path.join(postingsDir, 'acme-data.txt'), text);
    const firstRead = new Date('2026-03-20T10:00:00Z');
    const first = await openReady({
      postingsDir,
      dataDir,
      logger: capturedLogger().logger,
      watch: false,
      now: () => firstRead,
    });
    const dated = () => live().find((p) => p.title === 'Staff Data Engineer')?.postedAt;
    let current = first;
    const live = () => current.current().postings;
    expect(dated()).toBe('2026-03-14');
    await first.close();

    // A fresh copy of the folder (new modification times), read a month later.
    const copy = await mkdtemp(path.join(tmpdir(), 'roles-copy-'));
    await cp(postingsDir, copy, { recursive: true });
    await utimes(path.join(copy, 'acme-data.txt'), new Date(), new Date());
    const later = () => new Date('2026-04-20T10:00:00Z');
    current = await openReady({
      postingsDir: copy,
      dataDir,
      logger: capturedLogger().logger,
      watch: false,
      now: later,
    });
    await current.refresh();
    expect(dated()).toBe('2026-03-14');
    await current.close();

    // A new parser throws the snapshot away; the date still counts from the first read.
    await rm(path.join(dataDir, SNAPSHOT_FILE_NAME));
    current = await openReady({
      postingsDir: copy,
      dataDir,
      logger: capturedLogger().logger,
      watch: false,
      now: later,
    });
    expect(current.parsedFiles()).toBe(4);
    expect(dated()).toBe('2026-03-14');
  });
});
