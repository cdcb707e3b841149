import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncBoards } from '../../src/boards/board-sync.ts';
import {
  type FollowDependencies,
  followBoard,
  followConfiguredBoards,
  unfollowBoard,
} from '../../src/boards/follow-board.ts';
import { createRootLogger } from '../../src/logging/logger.ts';
import { Posting } from '../../src/model/posting.ts';
import { openBoardStore } from '../../src/storage/board-store.ts';
import {
  ashbyJob,
  type BoardApiStandIn,
  greenhouseJob,
  leverPosting,
  startBoardApis,
} from '../support/board-apis.ts';
import { memoryStream } from '../support/memory-stream.ts';

let api: BoardApiStandIn;
let dataDir: string;
let lines: () => Record<string, unknown>[];
let deps: FollowDependencies;
let clock = new Date('2026-11-25T12:00:00Z');

beforeEach(async () => {
  api = await startBoardApis();
  dataDir = await mkdtemp(path.join(tmpdir(), 'roles-boards-'));
  const memory = memoryStream();
  lines = memory.lines;
  const logger = createRootLogger({ level: 'debug', destination: memory.stream });
  clock = new Date('2026-11-25T12:00:00Z');
  deps = { store: openBoardStore(dataDir, logger), apis: api.apis, logger, now: () => clock };
});

afterEach(async () => {
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});

const sync = () => syncBoards({ ...deps, delayMs: 0 });

async function followed(url: string) {
  const outcome = await followBoard(url, 'U0ALICE', deps);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('following a board', () => {
  it('recognises the board from its URL, checks it exists and counts its open roles', async () => {
    api.greenhouse('acme', 'Acme Robotics', [greenhouseJob(1), greenhouseJob(2)]);
    const outcome = await followed('https://boards.greenhouse.io/acme/jobs/1');
    expect(outcome.open).toBe(2);
    expect(outcome.file.name).toBe('Acme Robotics');
    expect(api.requests).toContain('/greenhouse/v1/boards/acme/jobs?content=true');
  });

  it('says plainly when there is no such board', async () => {
    expect(await followBoard('https://boards.greenhouse.io/acme', 'U0ALICE', deps)).toEqual({
      ok: false,
      message: 'No Greenhouse board called acme.',
    });
    expect(await followBoard('https://jobs.lever.co/nobody', 'U0ALICE', deps)).toEqual({
      ok: false,
      message: 'No Lever board called nobody.',
    });
    expect(await deps.store.list()).toEqual([]);
  });

  it('follows an empty board, with no open roles', async () => {
    api.ashby('quiet', []);
    const outcome = await followed('https://jobs.ashbyhq.com/quiet');
    expect(outcome.open).toBe(0);
  });
});

describe('what a synced posting holds', () => {
  it('takes Greenhouse fields as stated and reads the escaped HTML description', async () => {
    api.greenhouse('acme', 'Acme Robotics', [greenhouseJob(4012345, { title: 'Senior Backend Engineer' })]);
    const posting = (await followed('greenhouse:acme')).file.postings[0]!;
    expect(Posting.safeParse(posting).success).toBe(true);
    expect(posting).toMatchObject({
      title: 'Senior Backend Engineer',
      company: 'Acme Robotics',
      team: 'Engineering',
      seniority: 'senior',
      postedAt: '2026-11-18',
      closedAt: null,
      source: {
        path: 'greenhouse:acme/4012345',
        board: 'greenhouse',
        url: 'https://boards.greenhouse.io/acme/jobs/4012345',
      },
    });
    expect(posting.locations[0]).toMatchObject({ city: 'New York', country: 'US' });
    expect(posting.text).not.toContain('&lt;');
    expect(posting.text).toContain('Design and ship backend services');
    expect(posting.skills).toEqual(expect.arrayContaining(['TypeScript', 'Kubernetes']));
    expect(posting.sections.responsibilities.join(' ')).toContain('Kubernetes');
  });

  it('reads Greenhouse custom metadata for the type, and a remote location name for the workplace', async () => {
    api.greenhouse('acme', 'Acme', [
      greenhouseJob(8, {
        location: { name: 'Remote - US' },
        metadata: [
          { id: 1, name: 'Employment Type', value: 'Contract', value_type: 'single_select' },
          { id: 2, name: 'Hiring Manager', value: 'Full-time person', value_type: 'short_text' },
        ],
      }),
    ]);
    const posting = (await followed('greenhouse:acme')).file.postings[0]!;
    expect(posting.employmentType).toBe('contract');
    expect(posting.workplace).toBe('remote');
    expect(posting.locations.map((l) => l.country)).toEqual(['US']);
  });

  it('takes the salary from the description when Greenhouse states none', async () => {
    const content =
      '&lt;p&gt;Build our APIs.&lt;/p&gt;&lt;p&gt;The base salary range for this role is $150,000 - $190,000 per year.&lt;/p&gt;';
    api.greenhouse('acme', 'Acme', [greenhouseJob(7, { content })]);
    const posting = (await followed('greenhouse:acme')).file.postings[0]!;
    expect(posting.salary).toMatchObject({ min: 150000, max: 190000, currency: 'USD', period: 'year' });
  });

  it('takes Lever commitment, workplace, every location and the salary range', async () => {
    api.lever('globex', [leverPosting(1, { text: 'Senior Product Designer' })]);
    const posting = (await followed('https://jobs.lever.co/globex')).file.postings[0]!;
    expect(posting).toMatchObject({
      title: 'Senior Product Designer',
      company: 'Globex',
      team: 'Product Design',
      employmentType: 'full-time',
      workplace: 'hybrid',
      postedAt: '2026-11-19',
      salary: { min: 60000, max: 75000, currency: 'GBP', period: 'year' },
      source: { board: 'lever', url: 'https://jobs.lever.co/globex/5ac4f8c2-0000-4000-8000-000000000001' },
    });
    expect(posting.locations.map((l) => l.city)).toEqual(['London', 'Manchester']);
    expect(posting.text).toContain('Own the design of our onboarding flows');
  });

  it('follows a Lever board in the EU instance through its own API, as a Lever posting', async () => {
    api.lever('kontor', [leverPosting(1)], true);
    const outcome = await followed('https://jobs.eu.lever.co/kontor');
    expect(outcome.file.system).toBe('lever-eu');
    expect(outcome.file.postings[0]?.source).toMatchObject({
      path: expect.stringMatching(/^lever-eu:kontor\//),
      board: 'lever',
    });
    expect(api.requests).toEqual(['/lever-eu/v0/postings/kontor?mode=json']);
    expect(await followBoard('https://jobs.lever.co/kontor', 'U0ALICE', deps)).toMatchObject({
      ok: false,
      message: 'No Lever board called kontor.',
    });
  });

  it('takes Ashby remote flags, compensation summary components and skips unlisted jobs', async () => {
    api.ashby('initech', [ashbyJob(1), ashbyJob(2, { isListed: false })]);
    const file = (await followed('https://jobs.ashbyhq.com/initech')).file;
    expect(file.postings).toHaveLength(1);
    expect(file.postings[0]).toMatchObject({
      workplace: 'remote',
      employmentType: 'full-time',
      team: 'Applied ML',
      salary: { min: 180000, max: 220000, currency: 'USD', period: 'year' },
    });
    expect(file.postings[0]!.locations.map((l) => l.raw)).toEqual(expect.arrayContaining(['San Francisco']));
  });
});

describe('syncing', () => {
  it('keeps ids stable across syncs and text edits, and reports new, changed and closed roles', async () => {
    api.greenhouse('acme', 'Acme', [greenhouseJob(1), greenhouseJob(2)]);
    const first = (await followed('greenhouse:acme')).file.postings;
    api.greenhouse('acme', 'Acme', [
      greenhouseJob(1, { content: '&lt;p&gt;Rewritten text.&lt;/p&gt;' }),
      greenhouseJob(3),
    ]);
    clock = new Date('2026-11-26T12:00:00Z');
    const [result] = await sync();
    expect(result).toMatchObject({ ok: true, open: 2 });
    expect(result!.added.map((p) => p.title)).toEqual(['Senior Backend Engineer 3']);
    expect(result!.changed.map((p) => p.id)).toEqual([first[0]!.id]);
    expect(result!.closed.map((p) => p.title)).toEqual(['Senior Backend Engineer 2']);
    const file = (await deps.store.read({ system: 'greenhouse', board: 'acme' }))!;
    const closed = file.postings.find((p) => p.title === 'Senior Backend Engineer 2');
    expect(closed?.closedAt).toBe('2026-11-26');
    expect(file.postings.filter((p) => p.closedAt === null)).toHaveLength(2);
  });

  it('retries a 429 after its Retry-After and a 500, then succeeds', async () => {
    api.lever('globex', [leverPosting(1)]);
    await followed('lever:globex');
    api.lever('globex', [leverPosting(1), leverPosting(2)]);
    api.program('lever', 'globex', [{ status: 429, headers: { 'retry-after': '1' } }, { status: 500 }]);
    const waits: number[] = [];
    const policy = { ...api.apis.policy, sleep: async (ms: number) => void waits.push(ms) };
    const [result] = await syncBoards({ ...deps, apis: { ...api.apis, policy }, delayMs: 0 });
    // Retry-After: 1 (seconds) is honoured; the 500 gets the second step of the backoff.
    expect(waits).toEqual([1000, 10]);
    expect(result).toMatchObject({ ok: true, open: 2 });
    expect(api.requests.filter((r) => r.startsWith('/lever/v0/postings/globex'))).toHaveLength(4);
  });

  it.each([
    [
      'keeps answering 500',
      [{ status: 500 }, { status: 502 }, { status: 503 }],
      'Greenhouse answered 503 for acme',
    ],
    ['hangs', [{ hang: true }, { hang: true }, { hang: true }], 'Greenhouse did not answer in time for acme'],
    ['sends a malformed body', [{ malformed: true }], 'Greenhouse sent something unexpected for acme'],
    ['is gone', [{ status: 404 }], 'No Greenhouse board called acme'],
  ] as const)(
    'keeps the last good postings of a board that %s, and retries it next time',
    async (_, answers, error) => {
      api.greenhouse('acme', 'Acme', [greenhouseJob(1)]);
      api.lever('globex', [leverPosting(1)]);
      await followed('greenhouse:acme');
      await followed('lever:globex');
      api.program('greenhouse', 'acme', [...answers]);
      const results = await sync();
      expect(results.find((r) => r.key === 'greenhouse:acme')).toMatchObject({ ok: false, error, open: 1 });
      expect(results.find((r) => r.key === 'lever:globex')).toMatchObject({ ok: true });
      const file = (await deps.store.read({ system: 'greenhouse', board: 'acme' }))!;
      expect(file.postings.filter((p) => p.closedAt === null)).toHaveLength(1);
      expect(file.lastSync).toMatchObject({ ok: false, error });
      expect(lines().filter((l) => l.board === 'greenhouse:acme' && l.level === 40)).toHaveLength(1);
      const [next] = await sync();
      expect(next).toMatchObject({ key: 'greenhouse:acme', ok: true });
    },
  );

  it('refuses an answer bigger than the limit, keeping what it had', async () => {
    api.lever('globex', [leverPosting(1)]);
    await followed('lever:globex');
    api.lever(
      'globex',
      Array.from({ length: 20 }, (_, i) => leverPosting(i + 1)),
    );
    const policy = { ...api.apis.policy, maxBodyBytes: 10_000 };
    const [result] = await syncBoards({ ...deps, apis: { ...api.apis, policy }, delayMs: 0 });
    expect(result).toMatchObject({ ok: false, error: 'Lever sent something unexpected for globex', open: 1 });
  });

  it('skips one unreadable job and keeps the rest', async () => {
    api.greenhouse('acme', 'Acme', [greenhouseJob(1), { id: 2 }]);
    expect((await followed('greenhouse:acme')).open).toBe(1);
  });

  it('changes nothing on a dry run', async () => {
    api.greenhouse('acme', 'Acme', [greenhouseJob(1)]);
    await followed('greenhouse:acme');
    const before = await readFile(path.join(dataDir, 'boards', 'greenhouse-acme.json'), 'utf8');
    api.greenhouse('acme', 'Acme', [greenhouseJob(2)]);
    const [result] = await syncBoards({ ...deps, delayMs: 0, dryRun: true });
    expect(result!.added).toHaveLength(1);
    expect(await readFile(path.join(dataDir, 'boards', 'greenhouse-acme.json'), 'utf8')).toBe(before);
  });

  it('skips a broken board file with a log line and syncs the others', async () => {
    api.lever('globex', [leverPosting(1)]);
    await followed('lever:globex');
    await writeFile(path.join(dataDir, 'boards', 'greenhouse-acme.json'), '{"system": "greenhouse"');
    const results = await sync();
    expect(results.map((r) => r.key)).toEqual(['lever:globex']);
    expect(lines().some((l) => l.msg === 'followed board file skipped')).toBe(true);
  });
});

describe('FOLLOW_BOARDS', () => {
  it('follows boards never followed, and leaves one a person unfollowed alone', async () => {
    api.greenhouse('acme', 'Acme', [greenhouseJob(1)]);
    api.lever('globex', [leverPosting(1)]);
    await followed('greenhouse:acme');
    await unfollowBoard('greenhouse:acme', deps);
    await followConfiguredBoards(
      ['https://boards.greenhouse.io/acme', 'https://jobs.lever.co/globex', 'https://example.com/jobs'],
      deps,
    );
    const files = await deps.store.list();
    expect(files.map((f) => [f.board, f.following, f.followedBy])).toEqual([
      ['acme', false, 'U0ALICE'],
      ['globex', true, 'config'],
    ]);
    expect(lines().some((l) => l.msg === 'FOLLOW_BOARDS entry is not a board URL; skipped')).toBe(true);
  });
});

describe('unfollowing', () => {
  it('stops syncing the board and closes its roles, by URL or by name', async () => {
    api.greenhouse('acme', 'Acme Robotics', [greenhouseJob(1), greenhouseJob(2)]);
    await followed('greenhouse:acme');
    const outcome = await unfollowBoard('Acme Robotics', deps);
    expect(outcome).toMatchObject({ ok: true, closed: 2 });
    expect(await sync()).toEqual([]);
    const file = (await deps.store.read({ system: 'greenhouse', board: 'acme' }))!;
    expect(file.following).toBe(false);
    expect(file.postings.every((p) => p.closedAt === '2026-11-25')).toBe(true);
    expect(await unfollowBoard('https://boards.greenhouse.io/acme', deps)).toMatchObject({ ok: false });
  });
});
