import { Piscina } from 'piscina';
import type { FileRecord } from '../storage/file-catalog.ts';
import type { BuildTask } from './build-worker.ts';
import { workerExecArgv } from './worker-exec-argv.ts';

/** Records per task: copying a few hundred postings to the worker is a short slice of the event loop. */
const RECORDS_PER_TASK = 200;

/**
 * Builds the catalog of these records in a worker thread and writes it to `snapshotPath` (see build-worker.ts).
 * Resolves with the number of postings; rejects when the worker fails. The thread exits afterwards, and the
 * memory of the build with it.
 */
export async function buildSnapshotInWorker(input: {
  records: readonly FileRecord[];
  snapshotPath: string;
  code: string;
}): Promise<number> {
  const url = new URL(
    import.meta.url.endsWith('.ts') ? './build-worker.ts' : './build-worker.js',
    import.meta.url,
  );
  // One thread that stays up between tasks: the records gathered by earlier tasks live in it.
  const pool = new Piscina({
    filename: url.href,
    minThreads: 1,
    maxThreads: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
    execArgv: workerExecArgv(url),
  });
  // Failures reach the caller through the tasks; the pool's own 'error' event must not crash the bot.
  pool.on('error', () => undefined);
  try {
    for (let start = 0; start < input.records.length; start += RECORDS_PER_TASK) {
      const task: BuildTask = {
        type: 'records',
        records: input.records.slice(start, start + RECORDS_PER_TASK),
      };
      await pool.run(task);
    }
    const build: BuildTask = { type: 'build', snapshotPath: input.snapshotPath, code: input.code };
    return (await pool.run(build)) as number;
  } finally {
    await pool.destroy();
  }
}
