/**
 * Runs answer computations one per event-loop turn, after the acks waiting in that turn.
 * Answers are synchronous CPU work (search, render). Run inline, a burst of slow ones would hold back the
 * acks of requests that arrived meanwhile past Slack's 3-second limit; queued here, each waiting ack gets
 * its turn between two answers. The queue is bounded: past `capacity` the caller is told to say "busy"
 * instead of answering half an hour late.
 */
export interface AnswerQueue {
  /** Schedules `job`; resolves with its result, rejects with its error, or with AnswerQueueFullError. */
  run<T>(job: () => T): Promise<T>;
  readonly pending: number;
}

export const DEFAULT_ANSWER_QUEUE_CAPACITY = 200;

export class AnswerQueueFullError extends Error {
  override readonly name = 'AnswerQueueFullError';
  readonly code = 'roles.answer_queue_full';
  constructor(capacity: number) {
    super(`roles: ${capacity} answers are already waiting; this one was refused`);
  }
}

export function createAnswerQueue(
  options: { capacity: number } = { capacity: DEFAULT_ANSWER_QUEUE_CAPACITY },
): AnswerQueue {
  const jobs: (() => void)[] = [];
  let scheduled = false;

  const pump = () => {
    scheduled = false;
    const job = jobs.shift();
    job?.();
    if (jobs.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // setImmediate runs after the I/O callbacks of this turn, so pending requests are acked first.
    setImmediate(pump);
  };

  const queue: AnswerQueue = {
    run<T>(job: () => T): Promise<T> {
      if (jobs.length >= options.capacity) return Promise.reject(new AnswerQueueFullError(options.capacity));
      const result = new Promise<T>((resolve, reject) => {
        jobs.push(() => {
          try {
            resolve(job());
          } catch (error) {
            reject(error);
          }
        });
      });
      schedule();
      return result;
    },
    get pending() {
      return jobs.length;
    },
  };
  return queue;
}
