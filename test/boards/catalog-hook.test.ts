import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseJob } from '../../src/boards/normalise-job.ts';
import { createRootLogger } from '../../src/logging/logger.ts';
import type { Posting } from '../../src/model/posting.ts';
import { type LiveCatalog, openLiveCatalog } from '../../src/storage/live-catalog.ts';
import { memoryStream } from '../support/memory-stream.ts';

/** Board postings join the live catalog beside the postings folder's files, and a folder rescan keeps them. */

let root: string;
let catalog: LiveCatalog;

function boardPosting(jobId: string, title: string): Posting {
  const made = normaliseJob(
    { system: 'lever', board: 'globex' },
    'Globex',
    {
      jobId,
      title,
      url: `https://jobs.lever.co/globex/${jobId}`,
      locations: ['Berlin, Germany'],
      country: 'DE',
      team: 'Platform',
      workplace: 'onsite',
      employmentType: 'full-time',
      pay: null,
      publishedAt: '2026-11-20T10:00:00Z',
      updatedAt: null,
      description: '<p>Build our platform in Go.</p>',
    },
    new Date('2026-11-25T12:00:00Z'),
  );
  if (!made.ok) throw new Error(made.reason);
  return made.posting;
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'roles-board-catalog-'));
  await mkdir(path.join(root, 'postings'));
  await writeFile(
    path.join(root, 'postings', 'designer.md'),
    '# Product Designer\n\nInitech · London, UK\n\nDesign our app. You know Figma well.\n',
  );
  catalog = await open();
});

afterEach(async () => {
  await catalog.close();
  await rm(root, { recursive: true, force: true });
});

function open(): Promise<LiveCatalog> {
  return openLiveCatalog({
    postingsDir: path.join(root, 'postings'),
    dataDir: path.join(root, 'data'),
    logger: createRootLogger({ level: 'silent', destination: memoryStream().stream }),
    watch: false,
  }).then(async (c) => {
    await c.ready;
    return c;
  });
}

const titles = () =>
  catalog
    .current()
    .postings.map((p) => p.title)
    .sort();

describe('board postings in the live catalog', () => {
  it('joins them, replaces them whole on the next call, and keeps them through a folder rescan', async () => {
    await catalog.setExternalPostings('lever:globex', [
      boardPosting('a1', 'Go Engineer'),
      boardPosting('a2', 'SRE'),
    ]);
    expect(titles()).toEqual(['Go Engineer', 'Product Designer', 'SRE']);
    expect(catalog.current().byId.get(boardPosting('a1', 'Go Engineer').id)?.source.board).toBe('lever');
    await catalog.setExternalPostings('lever:globex', [boardPosting('a1', 'Go Engineer')]);
    expect(titles()).toEqual(['Go Engineer', 'Product Designer']);
    await catalog.refresh();
    expect(titles()).toEqual(['Go Engineer', 'Product Designer']);
    await catalog.setExternalPostings('lever:globex', []);
    expect(titles()).toEqual(['Product Designer']);
  });

  it('still holds them after a restart, before the boards publish again', async () => {
    await catalog.setExternalPostings('lever:globex', [boardPosting('a1', 'Go Engineer')]);
    await catalog.close();
    catalog = await open();
    expect(titles()).toEqual(['Go Engineer', 'Product Designer']);
  });
});
