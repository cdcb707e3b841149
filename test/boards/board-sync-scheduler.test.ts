import { describe, expect, it } from 'vitest';
import { createRootLogger } from '../../src/logging/logger.ts';
import { createBoardSyncScheduler } from '../../src/schedule/board-sync-scheduler.ts';
import { memoryStream } from '../support/memory-stream.ts';

describe('createBoardSyncScheduler', () => {
  it('runs one sync at a time, and a failed run is logged and does not stop the next', async () => {
    const memory = memoryStream();
    let runs = 0;
    let release: () => void = () => undefined;
    const scheduler = createBoardSyncScheduler({
      cron: '0 * * * *',
      logger: createRootLogger({ level: 'info', destination: memory.stream }),
      run: () => {
        runs++;
        if (runs === 1) return new Promise<void>((resolve) => (release = resolve));
        return Promise.reject(new Error('disk full'));
      },
    });
    const first = scheduler.runNow();
    const joined = scheduler.runNow();
    release();
    await Promise.all([first, joined]);
    expect(runs).toBe(1);
    await scheduler.runNow();
    expect(runs).toBe(2);
    expect(memory.lines().some((l) => l.msg === 'board sync failed; the next run will try again')).toBe(true);
    await scheduler.runNow();
    expect(runs).toBe(3);
    await scheduler.stop();
  });
});
