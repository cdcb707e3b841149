import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonFile, writeFileAtomic, writeJsonFileAtomic } from '../../src/storage/json-file.ts';

const Counter = z.object({ count: z.number() });

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'roles-json-file-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeJsonFileAtomic', () => {
  it('writes a value that reads back the same', async () => {
    const path = join(folder, 'state.json');
    await writeJsonFileAtomic(path, { count: 3 });
    expect(await readJsonFile(path, Counter)).toEqual({ status: 'ok', value: { count: 3 } });
  });

  it('replaces an existing file and leaves no temporary files behind', async () => {
    const path = join(folder, 'state.json');
    await writeJsonFileAtomic(path, { count: 1 });
    await writeJsonFileAtomic(path, { count: 2 });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ count: 2 });
    expect(await readdir(folder)).toEqual(['state.json']);
  });

  it('leaves the old content whole when many writers race', async () => {
    const path = join(folder, 'state.json');
    await Promise.all(Array.from({ length: 20 }, (_, count) => writeJsonFileAtomic(path, { count })));
    const read = await readJsonFile(path, Counter);
    expect(read.status).toBe('ok');
    expect(await readdir(folder)).toEqual(['state.json']);
  });

  it('fails without creating the file when the folder does not exist', async () => {
    const path = join(folder, 'missing', 'state.json');
    await expect(writeJsonFileAtomic(path, { count: 1 })).rejects.toThrow(/ENOENT/);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('readJsonFile', () => {
  it('reports a missing file as missing, not as an error', async () => {
    expect(await readJsonFile(join(folder, 'nope.json'), Counter)).toEqual({ status: 'missing' });
  });

  it('reports text that is not JSON as invalid', async () => {
    const path = join(folder, 'state.json');
    await writeFile(path, '{"count": 1', 'utf8');
    const read = await readJsonFile(path, Counter);
    expect(read).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/^is not valid JSON/) });
  });

  it('names the field when JSON does not match the schema', async () => {
    const path = join(folder, 'state.json');
    await writeFile(path, '{"count": "three"}', 'utf8');
    const read = await readJsonFile(path, Counter);
    expect(read).toMatchObject({ status: 'invalid', reason: expect.stringContaining('at count') });
  });

  it('reports a folder in place of the file as unreadable', async () => {
    const read = await readJsonFile(folder, Counter);
    expect(read).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/^cannot be read/) });
  });
});

describe('writeFileAtomic', () => {
  it('writes text exactly as given', async () => {
    const path = join(folder, 'snapshot.txt');
    await writeFileAtomic(path, ['line one\n', 'line two']);
    expect(await readFile(path, 'utf8')).toBe('line one\nline two');
  });
});
