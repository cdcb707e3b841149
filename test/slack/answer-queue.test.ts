import { describe, expect, it } from 'vitest';
import { createAnswerQueue } from '../../src/slack/answer-queue.ts';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('createAnswerQueue', () => {
  it('resolves each job with its result, in order', async () => {
    const queue = createAnswerQueue({ capacity: 10 });
    const order: number[] = [];
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        queue.run(() => {
          order.push(n);
          return n * 10;
        }),
      ),
    );
    expect(results).toEqual([10, 20, 30]);
    expect(order).toEqual([1, 2, 3]);
  });

  it('runs one job per event-loop turn, so I/O waiting between them is served', async () => {
    const queue = createAnswerQueue({ capacity: 10 });
    const ran: string[] = [];
    const jobs = [queue.run(() => ran.push('a')), queue.run(() => ran.push('b'))];
    await turn();
    expect(ran).toEqual(['a']);
    await Promise.all(jobs);
    expect(ran).toEqual(['a', 'b']);
  });

  it('passes on a job’s error without stopping the jobs behind it', async () => {
    const queue = createAnswerQueue({ capacity: 10 });
    const failing = queue.run(() => {
      throw new Error('search broke');
    });
    const next = queue.run(() => 'fine');
    await expect(failing).rejects.toThrow('search broke');
    await expect(next).resolves.toBe('fine');
  });

  it('answers every job past its capacity too: nothing is refused', async () => {
    const queue = createAnswerQueue({ capacity: 2 });
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => queue.run(() => n)));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(queue.pending).toBe(0);
  });

  it('admits at once while under capacity', async () => {
    const queue = createAnswerQueue({ capacity: 2 });
    let admitted = false;
    await queue.admit(10_000).then(() => {
      admitted = true;
    });
    expect(admitted).toBe(true);
  });

  it('holds admission while full, until an answer finishes', async () => {
    const queue = createAnswerQueue({ capacity: 2 });
    const jobs = [queue.run(() => 1), queue.run(() => 2), queue.run(() => 3)];
    let admitted = false;
    const admission = queue.admit(10_000).then(() => {
      admitted = true;
    });
    expect(admitted).toBe(false);
    await turn();
    await admission;
    expect(admitted).toBe(true);
    expect(queue.pending).toBeLessThan(3);
    await Promise.all(jobs);
  });

  it('gives up holding admission after its longest wait', async () => {
    const queue = createAnswerQueue({ capacity: 0 });
    const started = Date.now();
    await queue.admit(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });
});
