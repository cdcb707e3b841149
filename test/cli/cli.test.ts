import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.ts';
import type { CliIo } from '../../src/cli/cli-io.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seeds = path.join(root, 'seeds');

function memoryIo(stdinLines: string[] = []) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    async *stdinLines() {
      yield* stdinLines;
    },
    now: () => new Date('2026-11-25T12:00:00Z'),
  };
  return { io, out: () => stdout, err: () => stderr };
}

describe('roles parse', () => {
  it('prints the seeds as a JSON array of postings', async () => {
    const { io, out, err } = memoryIo();
    const code = await runCli(['parse', seeds, '--json'], io);
    expect(code).toBe(0);
    expect(err()).toBe('');
    const postings = JSON.parse(out()) as { title: string; company: string }[];
    expect(postings).toHaveLength(5);
    expect(postings.every((p) => p.company === 'Spotify')).toBe(true);
  });

  it('prints a readable table by default', async () => {
    const { io, out } = memoryIo();
    await runCli(['parse', seeds], io);
    expect(out()).toMatch(/^id\s+title\s+company/);
    expect(out()).toContain('Senior Machine Learning Engineer');
    expect(out()).toContain('5 postings');
  });

  it('names each bad file on stderr, still prints the others, and exits 1', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'roles-cli-'));
    await writeFile(path.join(dir, 'empty.txt'), '');
    const { io, out, err } = memoryIo();
    const code = await runCli(
      ['parse', path.join(seeds, '001_2c4a314a19c250a9.txt'), path.join(dir, 'empty.txt'), '--json'],
      io,
    );
    expect(code).toBe(1);
    expect(err().trim().split('\n')).toEqual([expect.stringMatching(/empty\.txt: file is empty/)]);
    expect(JSON.parse(out())).toHaveLength(1);
  });
});

describe('roles search', () => {
  it('gives ranked results with the documented JSON fields', async () => {
    const { io, out } = memoryIo();
    expect(await runCli(['search', 'boston', '--json', '--postings', seeds], io)).toBe(0);
    const hits = JSON.parse(out()) as Record<string, unknown>[];
    expect(hits.length).toBeGreaterThan(0);
    // The contract's fields stay; fields are only ever added.
    expect(Object.keys(hits[0]!)).toEqual(
      expect.arrayContaining(['company', 'id', 'locations', 'salary', 'score', 'source', 'title']),
    );
    expect(Object.keys(hits[0]!).sort()).toEqual([
      'company',
      'id',
      'locations',
      'postedAt',
      'salary',
      'score',
      'seniority',
      'source',
      'title',
      'workplace',
    ]);
  });

  it('holds matches only: every word must match, so a made-up word gives an empty list', async () => {
    const { io, out } = memoryIo();
    expect(await runCli(['search', 'ml manager', '--json', '--postings', seeds], io)).toBe(0);
    const hits = JSON.parse(out()) as { title: string }[];
    expect(hits.map((hit) => hit.title).every((title) => /manager/i.test(title))).toBe(true);
    const empty = memoryIo();
    expect(await runCli(['search', 'blorf manager', '--json', '--postings', seeds], empty.io)).toBe(0);
    expect(JSON.parse(empty.out())).toEqual([]);
  });

  it('answers one JSON line per stdin query when no query is given', async () => {
    const { io, out } = memoryIo(['scala', 'figma', 'llm serving']);
    expect(await runCli(['search', '--postings', seeds], io)).toBe(0);
    const lines = out().trim().split('\n');
    expect(lines).toHaveLength(3);
    const [scala, figma, llm] = lines.map(
      (line) => JSON.parse(line) as { title: string; source: { path: string } }[],
    );
    expect(scala?.[0]?.source.path).toBe('004_03f8ab3230f82f5d.txt');
    expect(figma).toEqual([]);
    expect(llm?.[0]?.source.path).toBe('003_a6222ce20b1f1211.txt');
  });
});

describe('roles ask', () => {
  it('answers a salary question in plain text', async () => {
    const { io, out } = memoryIo();
    await runCli(['ask', "what's the salary range for senior ML engineers?", '--postings', seeds], io);
    expect(out()).toMatch(/210,000/);
    expect(out()).toMatch(/260,000/);
  });

  it('prints the Slack message it would send with --json', async () => {
    const { io, out } = memoryIo();
    await runCli(['ask', 'which roles are in New York?', '--json', '--postings', seeds], io);
    const message = JSON.parse(out()) as { text: string; blocks: unknown[] };
    expect(typeof message.text).toBe('string');
    expect(message.blocks.length).toBeGreaterThan(0);
  });
});

describe('roles digest', () => {
  it('previews every role as new on a fresh data folder, and writes nothing', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'roles-cli-data-'));
    const { io, out } = memoryIo();
    const code = await runCli(
      ['digest', '--dry-run', '--since', '2026-01-01', '--json', '--postings', seeds, '--data', dataDir],
      io,
    );
    expect(code).toBe(0);
    const [preview] = JSON.parse(out()) as { postings: unknown[]; message: { blocks: unknown[] } | null }[];
    expect(preview?.postings).toHaveLength(5);
    expect(preview?.message?.blocks.length).toBeGreaterThan(0);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('refuses to run without --dry-run, and rejects a date it cannot read', async () => {
    const first = memoryIo();
    expect(await runCli(['digest', '--postings', seeds], first.io)).toBe(2);
    expect(first.err()).toMatch(/--dry-run/);
    const second = memoryIo();
    expect(
      await runCli(['digest', '--dry-run', '--since', 'last tuesday', '--postings', seeds], second.io),
    ).toBe(2);
    expect(second.err()).toMatch(/--since needs a date/);
  });
});

describe('usage errors', () => {
  it('explains an unknown command and exits 2', async () => {
    const { io, err } = memoryIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(err()).toMatch(/unknown command "frobnicate"/);
    expect(err()).toMatch(/Usage: roles/);
  });

  it('explains an unknown option and exits 2', async () => {
    const { io, err } = memoryIo();
    expect(await runCli(['search', 'x', '--colour'], io)).toBe(2);
    expect(err()).toMatch(/--colour/);
  });
});

describe('the installed command', () => {
  it('runs as `roles` through its bin script', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'bin/roles.js'), 'search', 'kipp', '--json'],
      {
        cwd: root,
      },
    );
    const hits = JSON.parse(stdout) as { source: { path: string } }[];
    expect(hits[0]?.source.path).toBe('000_6b107713e41060db.txt');
  });
});
