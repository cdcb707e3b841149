import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  removePostingFile,
  SavedPostingPathError,
  writeNewPostingFile,
} from '../../src/storage/saved-postings.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'roles-saved-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeNewPostingFile', () => {
  it('creates the file and its folder, leaving no temporary file behind', async () => {
    const written = await writeNewPostingFile({
      postingsDir: dir,
      relativePath: 'slack/2026-11-25T101503Z-acme-engineer-7f3a.txt',
      content: 'Staff Data Engineer',
    });
    expect(written).toBe(true);
    expect(await readdir(path.join(dir, 'slack'))).toEqual(['2026-11-25T101503Z-acme-engineer-7f3a.txt']);
    expect(await readFile(path.join(dir, 'slack/2026-11-25T101503Z-acme-engineer-7f3a.txt'), 'utf8')).toBe(
      'Staff Data Engineer',
    );
  });

  it('never replaces an existing file: it says the name is taken instead', async () => {
    await writeFile(path.join(dir, 'taken.txt'), 'first');
    expect(
      await writeNewPostingFile({ postingsDir: dir, relativePath: 'taken.txt', content: 'second' }),
    ).toBe(false);
    expect(await readFile(path.join(dir, 'taken.txt'), 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['taken.txt']);
  });

  it('refuses a path that leaves the postings folder', async () => {
    await expect(
      writeNewPostingFile({ postingsDir: dir, relativePath: '../escape.txt', content: 'x' }),
    ).rejects.toBeInstanceOf(SavedPostingPathError);
  });
});

describe('removePostingFile', () => {
  it('removes the file, and reports a file that is already gone', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'x');
    expect(await removePostingFile({ postingsDir: dir, relativePath: 'a.txt' })).toBe(true);
    expect(await readdir(dir)).toEqual([]);
    expect(await removePostingFile({ postingsDir: dir, relativePath: 'a.txt' })).toBe(false);
  });

  it('refuses a path outside the postings folder', async () => {
    await expect(removePostingFile({ postingsDir: dir, relativePath: '/etc/passwd' })).rejects.toBeInstanceOf(
      SavedPostingPathError,
    );
  });
});
