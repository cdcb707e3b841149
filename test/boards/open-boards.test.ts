import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBoards } from '../../src/boards/open-boards.ts';
import { loadConfig } from '../../src/config.ts';
import { createRootLogger } from '../../src/logging/logger.ts';
import { type LiveCatalog, openLiveCatalog } from '../../src/storage/live-catalog.ts';
import { type BoardApiStandIn, greenhouseJob, leverPosting, startBoardApis } from '../support/board-apis.ts';
import { memoryStream } from '../support/memory-stream.ts';

let api: BoardApiStandIn | undefined;
let catalog: LiveCatalog | undefined;
let root: string | undefined;

afterEach(async () => {
  await catalog?.close();
  await api?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('openBoards (as the composition root wires it)', () => {
  it('follows FOLLOW_BOARDS at start, puts their roles in the catalog, and answers the board words', async () => {
    api = await startBoardApis();
    api.greenhouse('acme', 'Acme', [greenhouseJob(1, { title: 'Backend Engineer' })]);
    api.lever('globex', [leverPosting(1, { text: 'Product Designer' })]);
    root = await mkdtemp(path.join(tmpdir(), 'roles-open-boards-'));
    await mkdir(path.join(root, 'postings'));
    const loaded = loadConfig({
      POSTINGS_DIR: path.join(root, 'postings'),
      DATA_DIR: path.join(root, 'data'),
      FOLLOW_BOARDS: 'https://boards.greenhouse.io/acme,https://jobs.lever.co/globex',
      GREENHOUSE_API_URL: api.apis.greenhouse,
      LEVER_API_URL: api.apis.lever,
    });
    if (!loaded.ok) throw new Error(loaded.message);
    const logger = createRootLogger({ level: 'silent', destination: memoryStream().stream });
    catalog = await openLiveCatalog({
      postingsDir: loaded.config.postingsDir,
      dataDir: loaded.config.dataDir,
      logger,
      watch: false,
    });
    await catalog.ready;
    const boards = await openBoards(loaded.config, catalog, logger, () => new Date('2026-11-25T12:00:00Z'));
    expect([...boards.subcommands.keys()].sort()).toEqual(['follow', 'following', 'unfollow']);
    await boards.start();
    await boards.stop();
    // Let the catalog's queue apply the last board.
    await catalog.refresh();
    expect(
      catalog
        .current()
        .postings.map((p) => p.title)
        .sort(),
    ).toEqual(['Backend Engineer', 'Product Designer']);
  });
});
