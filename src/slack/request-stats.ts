import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/**
 * Counts Slack requests and how fast each was acknowledged, and logs one `info` line a minute about them
 * (requests, p50/p99 ack, errors), so per-request lines can stay at `debug`: a log line per request cost
 * about a third of `/roles help`'s throughput.
 */
export interface RequestStats {
  /** One HTTP request answered after `ackMs`, with its status code. */
  recordAck(ackMs: number, status: number): void;
  /** A listener failure that escaped to the app's error handler. */
  recordError(): void;
  /** Logs the summary now (if anything happened) and starts a new period. */
  flush(): void;
  stop(): void;
}

export const STATS_INTERVAL_MS = 60_000;
/** Enough samples for a stable p99 in a busy minute, in bounded memory. */
const MAX_SAMPLES = 10_000;

export function createRequestStats(logger: Logger, intervalMs = STATS_INTERVAL_MS): RequestStats {
  let samples: number[] = [];
  let requests = 0;
  let failed = 0;
  let errors = 0;
  const flush = () => {
    if (requests === 0 && errors === 0) return;
    const sorted = samples.sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null;
    logger.info(
      {
        requests,
        ackP50Ms: round(at(0.5)),
        ackP99Ms: round(at(0.99)),
        non2xx: failed,
        listenerErrors: errors,
        periodS: Math.round(intervalMs / 1000),
      },
      'slack requests in the last period',
    );
    samples = [];
    requests = 0;
    failed = 0;
    errors = 0;
  };
  const timer = setInterval(flush, intervalMs);
  timer.unref();
  return {
    recordAck(ackMs, status) {
      requests += 1;
      if (status < 200 || status >= 300) failed += 1;
      if (samples.length < MAX_SAMPLES) samples.push(ackMs);
      // Past the cap, keep a fair sample: replace a random earlier one.
      else samples[Math.floor(Math.random() * MAX_SAMPLES)] = ackMs;
    },
    recordError() {
      errors += 1;
    },
    flush,
    stop() {
      clearInterval(timer);
      flush();
    },
  };
}

function round(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms * 10) / 10;
}

/** Wraps an HTTP request listener so every response's time and status reach `stats`. */
export function timeResponses(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  stats: RequestStats,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = performance.now();
    res.once('finish', () => stats.recordAck(performance.now() - started, res.statusCode));
    listener(req, res);
  };
}
