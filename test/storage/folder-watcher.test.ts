import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FolderWatcher, watchFolderTree } from '../../src/storage/folder-watcher.ts';

const folders: string[] = [];
const watchers: FolderWatcher[] = [];
afterEach(() => {
  for (const watcher of watchers.splice(0)) watcher.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'roles-watch-'));
  folders.push(root);
  mkdirSync(path.join(root, 'teams', 'data'), { recursive: true });
  mkdirSync(path.join(root, '.git'));
  for (let n = 0; n < 50; n++) writeFileSync(path.join(root, 'teams', `role-${n}.txt`), `Role ${n}\n`);
  return root;
}

function watched(root: string) {
  const changes: (string | null)[] = [];
  const errors: unknown[] = [];
  const watcher = watchFolderTree(root, {
    onChange: (relative) => changes.push(relative),
    onError: (error) => errors.push(error),
  });
  watchers.push(watcher);
  return { watcher, changes, errors };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`waited 5 s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('watchFolderTree', () => {
  it('watches each folder once, skips hidden ones, and reports nothing for the files already there', async () => {
    const root = tree();
    const { watcher, changes, errors } = watched(root);
    await watcher.ready;
    // root, teams, teams/data: not .git, and not one watch per file.
    expect(watcher.folders()).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(changes).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('names a file changed in a nested folder by its path from the root', async () => {
    const root = tree();
    const { watcher, changes } = watched(root);
    await watcher.ready;
    writeFileSync(path.join(root, 'teams', 'data', 'analyst.txt'), 'Data Analyst\n');
    await until(() => changes.includes(path.join('teams', 'data', 'analyst.txt')), 'the nested change');
  });

  it('watches a folder made after the start, and the files saved into it', async () => {
    const root = tree();
    const { watcher, changes } = watched(root);
    await watcher.ready;
    mkdirSync(path.join(root, 'imports'));
    await until(() => watcher.folders() === 4, 'the new folder to be watched');
    writeFileSync(path.join(root, 'imports', 'nurse.txt'), 'Registered Nurse\n');
    await until(() => changes.includes(path.join('imports', 'nurse.txt')), 'the file in the new folder');
  });

  it('stops watching a folder that is removed, and reports nothing once closed', async () => {
    const root = tree();
    const { watcher, changes } = watched(root);
    await watcher.ready;
    rmSync(path.join(root, 'teams'), { recursive: true });
    await until(() => changes.includes('teams') && watcher.folders() === 1, 'the removal');
    watcher.close();
    const seen = changes.length;
    writeFileSync(path.join(root, 'late.txt'), 'Late Role\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(changes).toHaveLength(seen);
    expect(watcher.folders()).toBe(0);
  });
});
