import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bufferLines, readFileLines, writeLinesFileAtomic } from '../../src/storage/line-file.ts';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function tempFile(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'line-file-'));
  folders.push(folder);
  return path.join(folder, 'lines.txt');
}

describe('line files', () => {
  it('reads back exactly the lines written, accents and symbols included', async () => {
    const file = await tempFile();
    const lines = ['{"title":"Ingénieur logiciel"}', '', '£80k – “senior”', 'x'.repeat(5 * 1024 * 1024)];
    await writeLinesFileAtomic(file, lines);
    expect([...(await readFileLines(file))]).toEqual(lines);
  });

  it('writes lines as they are produced, leaving no temporary file behind', async () => {
    const file = await tempFile();
    function* produced(): Generator<string> {
      for (let line = 0; line < 1_000; line++) yield `line ${line}`;
    }
    await writeLinesFileAtomic(file, produced());
    expect((await readFile(file, 'utf8')).split('\n')).toHaveLength(1_001);
    expect(await readdir(path.dirname(file))).toEqual(['lines.txt']);
  });

  it('keeps the old file when producing the lines fails midway', async () => {
    const file = await tempFile();
    await writeLinesFileAtomic(file, ['old']);
    function* failing(): Generator<string> {
      yield 'new';
      throw new Error('disk full');
    }
    await expect(writeLinesFileAtomic(file, failing())).rejects.toThrow('disk full');
    expect([...(await readFileLines(file))]).toEqual(['old']);
    expect(await readdir(path.dirname(file))).toEqual(['lines.txt']);
  });

  it('counts a last line that has no newline', () => {
    expect([...bufferLines(Buffer.from('a\nb'))]).toEqual(['a', 'b']);
  });
});
