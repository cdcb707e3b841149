import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followBoard } from '../../src/boards/follow-board.ts';
import { runCli } from '../../src/cli/cli.ts';
import { runSyncCommand } from '../../src/cli/sync-command.ts';
import { createRootLogger } from '../../src/logging/logger.ts';
import { openBoardStore } from '../../src/storage/board-store.ts';
import { type BoardApiStandIn, greenhouseJob, leverPosting, startBoardApis } from '../support/board-apis.ts';
import { memoryStream } from '../support/memory-stream.ts';

let api: BoardApiStandIn;
let dataDir: string;
let env: NodeJS.ProcessEnv;

function memoryIo(now = new Date('2026-11-26T12:00:00Z')) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (text: string) => void out.push(text),
      stderr: (text: string) => void err.push(text),
      async *stdinLines() {},
      now: () => now,
    },
  };
}

beforeEach(async () => {
  api = await startBoardApis();
  dataDir = await mkdtemp(path.join(tmpdir(), 'roles-sync-cli-'));
  env = {
    GREENHOUSE_API_URL: api.apis.greenhouse,
    LEVER_API_URL: api.apis.lever,
    ASHBY_API_URL: api.apis.ashby,
  };
  api.greenhouse('acme', 'Acme Robotics', [
    greenhouseJob(1, { title: 'Backend Engineer' }),
    greenhouseJob(2, { title: 'Data Engineer' }),
  ]);
  const logger = createRootLogger({ level: 'silent', destination: memoryStream().stream });
  const outcome = await followBoard('greenhouse:acme', 'cli', {
    store: openBoardStore(dataDir, logger),
    apis: api.apis,
    logger,
    now: () => new Date('2026-11-25T12:00:00Z'),
  });
  expect(outcome.ok).toBe(true);
});

afterEach(async () => {
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('roles sync', () => {
  it('prints what is new, changed and closed per board', async () => {
    api.greenhouse('acme', 'Acme Robotics', [
      greenhouseJob(1, { title: 'Backend Engineer' }),
      greenhouseJob(3, { title: 'ML Engineer' }),
    ]);
    const { io, out } = memoryIo();
    expect(await runCli(['sync', '--data', dataDir], io, env)).toBe(0);
    const text = out.join('');
    expect(text).toContain('greenhouse:acme (Acme Robotics): 2 open; 1 new, 0 changed, 1 closed');
    expect(text).toMatch(/\+ ML Engineer \[[a-z0-9]{8}\]/);
    expect(text).toMatch(/- Data Engineer \[[a-z0-9]{8}\]/);
    // Written: the same sync again finds nothing new.
    const again = memoryIo();
    await runCli(['sync', '--data', dataDir], again.io, env);
    expect(again.out.join('')).toContain('2 open; 0 new, 0 changed, 0 closed');
  });

  it('writes nothing on --dry-run and prints JSON with --json', async () => {
    api.greenhouse('acme', 'Acme Robotics', [greenhouseJob(3, { title: 'ML Engineer' })]);
    const { io, out } = memoryIo();
    expect(await runCli(['sync', '--dry-run', '--json', '--data', dataDir], io, env)).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report.dryRun).toBe(true);
    expect(report.boards[0]).toMatchObject({ key: 'greenhouse:acme', ok: true, open: 1 });
    expect(report.boards[0].added.map((p: { title: string }) => p.title)).toEqual(['ML Engineer']);
    expect(report.boards[0].closed).toHaveLength(2);
    const after = memoryIo();
    await runCli(['sync', '--dry-run', '--json', '--data', dataDir], after.io, env);
    expect(JSON.parse(after.out.join('')).boards[0].closed).toHaveLength(2);
  });

  it('follows FOLLOW_BOARDS, and exits 1 naming a board that failed while the others sync', async () => {
    api.lever('globex', [leverPosting(1)]);
    api.program('greenhouse', 'acme', [{ status: 404 }]);
    const { io, out, err } = memoryIo();
    const code = await runSyncCommand(
      {
        dryRun: false,
        json: false,
        dataDir,
        env: { ...env, FOLLOW_BOARDS: 'https://jobs.lever.co/globex' },
        delayMs: 0,
      },
      io,
    );
    expect(code).toBe(1);
    const text = out.join('');
    expect(text).toContain(
      'greenhouse:acme (Acme Robotics): failed: No Greenhouse board called acme; keeping 2 open roles',
    );
    expect(text).toContain('lever:globex (Globex): 1 open');
    expect(err.join('')).toContain('greenhouse:acme');
  });

  it('says so when no board is followed', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'roles-sync-none-'));
    const { io, out } = memoryIo();
    expect(await runCli(['sync', '--data', empty], io, env)).toBe(0);
    expect(out.join('')).toContain('No boards followed');
    await rm(empty, { recursive: true, force: true });
  });
});
