import { copyFile, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Posting } from '../../src/model/posting.ts';
import { decodePostingBytes, loadPostingPaths, loadPostingsDir } from '../../src/storage/posting-files.ts';

const seedsDir = path.resolve(import.meta.dirname, '../../seeds');
const seedNames = [
  '000_6b107713e41060db.txt',
  '001_2c4a314a19c250a9.txt',
  '002_0c4fadf55b38761c.txt',
  '003_a6222ce20b1f1211.txt',
  '004_03f8ab3230f82f5d.txt',
];

async function folderWithSeeds(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'roles-files-'));
  for (const name of seedNames) await copyFile(path.join(seedsDir, name), path.join(dir, name));
  return dir;
}

describe('loading a postings folder', () => {
  it('loads every seed as a schema-valid posting with its path relative to the folder', async () => {
    const { postings, failures } = await loadPostingsDir(seedsDir);
    expect(failures).toEqual([]);
    expect(postings).toHaveLength(5);
    for (const posting of postings) expect(() => Posting.parse(posting)).not.toThrow();
    expect(postings.map((p) => p.source.path).sort()).toEqual(seedNames);
  });

  it('reports each bad file in one line and still loads the good ones', async () => {
    const dir = await folderWithSeeds();
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    await writeFile(path.join(dir, 'latin1.txt'), Buffer.from('Ingénieur logiciel à Paris', 'latin1'));
    await writeFile(path.join(dir, 'huge.txt'), 'Senior Engineer at Acme\n'.repeat(300_000));
    await symlink(path.join(dir, 'missing-target.txt'), path.join(dir, 'dangling.txt'));
    await writeFile(path.join(dir, 'notes.pdf'), 'not a posting type');

    const { postings, failures } = await loadPostingsDir(dir, { maxFileBytes: 1024 * 1024 });

    expect(postings).toHaveLength(5);
    const reasons = Object.fromEntries(failures.map((f) => [f.path, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual([
      'binary.txt',
      'dangling.txt',
      'empty.txt',
      'huge.txt',
      'latin1.txt',
    ]);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['huge.txt']).toMatch(/over the 1\.0 MB limit/);
    expect(reasons['dangling.txt']).toMatch(/no such file/);
    for (const reason of Object.values(reasons)) expect(reason).not.toContain('\n');
  });

  it('says so when a folder holds no postings', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'roles-empty-'));
    await mkdir(path.join(dir, 'nested'));
    const { postings, failures } = await loadPostingsDir(dir);
    expect(postings).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.reason).toMatch(/no posting files found/);
  });

  it('reads folders recursively and files named directly, and names a missing path', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'roles-nested-'));
    await mkdir(path.join(dir, 'london'));
    await copyFile(path.join(seedsDir, seedNames[1]!), path.join(dir, 'london', 'senior-mle.txt'));
    const { postings, failures } = await loadPostingPaths([
      dir,
      path.join(seedsDir, seedNames[3]!),
      'no/such/dir',
    ]);
    expect(postings.map((p) => p.title)).toHaveLength(2);
    expect(failures).toEqual([{ path: 'no/such/dir', reason: expect.stringMatching(/no such file/) }]);
  });
});

describe('decoding posting bytes', () => {
  it('accepts UTF-8 with a byte-order mark and drops the mark', () => {
    const result = decodePostingBytes(Buffer.from('\uFEFFData Engineer', 'utf8'));
    expect(result).toEqual({ ok: true, text: 'Data Engineer' });
  });
});
