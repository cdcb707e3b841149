/**
 * Runs answer computations one per event-loop turn, after the acks waiting in that turn.
 * Answers are synchronous CPU work (search, render). Run inline, a burst of slow ones would hold back the
 * acks of requests that arrived meanwhile past Slack's 3-second limit; queued here, each waiting ack gets
 * its turn between two answers.
 *
 * Nothing is refused: every question gets its real answer. When more than `capacity` answers are waiting,
 * `admit` holds a slash command's ack for a moment (at most `maxWaitMs`, well inside Slack's 3 seconds), so
 * a flood of commands slows down at its source instead of piling up answers nobody would see in time.
 */
export interface AnswerQueue {
  /** Schedules `job`; resolves with its result or rejects with its error. */
  run<T>(job: () => T): Promise<T>;
  /** Resolves at once while fewer than `capacity` answers wait; otherwise when one finishes, or after `maxWaitMs`. */
  admit(maxWaitMs: number): Promise<void>;
  readonly pending: number;
}

export const DEFAULT_ANSWER_QUEUE_CAPACITY = 200;
/** How long a slash command's ack may be held back when the queue is full. */
export const ADMISSION_WAIT_MS = 1_500;

export function createAnswerQueue(
  options: { capacity: number } = { capacity: DEFAULT_ANSWER_QUEUE_CAPACITY },
): AnswerQueue {
  const jobs: (() => void)[] = [];
  const waiting: (() => void)[] = [];
  let scheduled = false;

  const pump = () => {
    scheduled = false;
    const job = jobs.shift();
    job?.();
    if (jobs.length < options.capacity) waiting.shift()?.();
    if (jobs.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // setImmediate runs after the I/O callbacks of this turn, so pending requests are acked first.
    setImmediate(pump);
  };

  return {
    run<T>(job: () => T): Promise<T> {
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
    admit(maxWaitMs) {
      if (jobs.length < options.capacity) return Promise.resolve();
      return new Promise<void>((resolve) => {
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          const at = waiting.indexOf(finish);
          if (at !== -1) waiting.splice(at, 1);
          finish();
        }, maxWaitMs);
        waiting.push(finish);
      });
    },
    get pending() {
      return jobs.length;
    },
  };
}
