import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.ts';
import type { CliIo } from '../../src/cli/cli-io.ts';

function memoryIo() {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdinLines: async function* () {},
    now: () => new Date('2026-11-25T12:00:00Z'),
  };
  return { io, out: () => stdout, err: () => stderr };
}

describe('commands reading the postings folder', () => {
  it.each(['search', 'ask'])('%s exits 2 naming a --postings folder that does not exist', async (command) => {
    const { io, out, err } = memoryIo();
    const code = await runCli([command, 'ml', '--postings', '/nonexistent'], io);
    expect(code).toBe(2);
    expect(err().split('\n')[0]).toBe(
      'roles: postings folder /nonexistent: no such file or folder: check the path',
    );
    expect(out()).toBe('');
  });
});
