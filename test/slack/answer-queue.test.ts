import { describe, expect, it } from 'vitest';
import { AnswerQueueFullError, createAnswerQueue } from '../../src/slack/answer-queue.ts';

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

  it('refuses work past its capacity instead of answering very late', async () => {
    const queue = createAnswerQueue({ capacity: 2 });
    const accepted = [queue.run(() => 1), queue.run(() => 2)];
    await expect(queue.run(() => 3)).rejects.toBeInstanceOf(AnswerQueueFullError);
    expect(queue.pending).toBe(2);
    await Promise.all(accepted);
    expect(queue.pending).toBe(0);
  });
});
