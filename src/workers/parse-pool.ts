import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { FileOutcome } from '../storage/posting-files.ts';
import type { ParseTask } from './parse-worker.ts';
import { workerExecArgv } from './worker-exec-argv.ts';

/** A page that takes longer than this to parse is almost certainly not a job page (or a parser bug). */
export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;
/** Idle workers exit after this: each holds its own copy of the gazetteer, memory the bot need not keep. */
const IDLE_TIMEOUT_MS = 5_000;

export interface ParsePoolOptions {
  timeoutMs?: number;
  /** Worker threads at most; by default one per core. */
  threads?: number;
  /**
   * Keep one worker ready at all times (the bot): an edit is then parsed at once, instead of after a worker
   * has loaded the parser and the gazetteer (a second or two). Off by default, so tools and tests exit freely.
   */
  keepWarm?: boolean;
}

export interface ParsePool {
  /**
   * Parses one file's bytes in a worker; every problem, a timeout included, becomes a one-line reason.
   * `timeoutMs` overrides the pool's budget for this file.
   */
  parse(path: string, bytes: Uint8Array, modifiedAt: Date, timeoutMs?: number): Promise<FileOutcome>;
  /** Starts the pool's threads now (a kept-warm pool then holds one ready), rather than at the first file. */
  warm(): void;
  /** Files parsed (or attempted) so far, for tests and logs. */
  readonly parsed: number;
  close(): Promise<void>;
}

/**
 * A pool of worker threads that parse posting files. A file past its time budget is skipped and its worker is
 * stopped (piscina starts a fresh one), so one pathological page costs that page, never the bot.
 */
export function createParsePool(options: ParsePoolOptions = {}): ParsePool {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  const workerUrl = new URL(
    import.meta.url.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js',
    import.meta.url,
  );
  const threads = Math.max(1, options.threads ?? availableParallelism());
  // Made at first use: a pool kept warm starts its thread when made, and a start has better things to do.
  let made: Piscina | null = null;
  const pool = () => {
    made ??= makePool();
    return made;
  };
  const makePool = () => {
    const piscina = new Piscina({
      filename: workerUrl.href,
      minThreads: options.keepWarm === true ? 1 : 0,
      maxThreads: threads,
      idleTimeout: IDLE_TIMEOUT_MS,
      execArgv: workerExecArgv(workerUrl),
    });
    // A worker that dies outside a task (it could not start) fails the tasks given to it, which become
    // reasons; the pool's own 'error' event must not also bring the bot down.
    piscina.on('error', () => undefined);
    return piscina;
  };
  let parsed = 0;
  return {
    async parse(path, bytes, modifiedAt, budgetMs = timeoutMs) {
      parsed += 1;
      const task: ParseTask = { path, bytes, modifiedAtMs: modifiedAt.getTime() };
      const transferable = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      try {
        return (await pool().run(task, {
          signal: AbortSignal.timeout(budgetMs),
          ...(transferable ? { transferList: [bytes.buffer as ArrayBuffer] } : {}),
        })) as FileOutcome;
      } catch (error) {
        if (isAbort(error)) {
          return {
            ok: false,
            reason: `parsing took longer than ${formatSeconds(budgetMs)}, so it was stopped: save only the job page, or raise PARSE_TIMEOUT_MS`,
          };
        }
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, reason: `the parser failed on it (${message.split('\n')[0]})` };
      }
    },
    get parsed() {
      return parsed;
    },
    warm() {
      pool();
    },
    close: async () => {
      await made?.destroy();
    },
  };
}

let shared: ParsePool | null = null;

/**
 * The process's one parse pool: every live catalog shares it, so workers (each loads the parser and the
 * gazetteer, a second or so) start once. Its threads exit when idle, so it never keeps the process up.
 */
export function sharedParsePool(): ParsePool {
  shared ??= createParsePool();
  return shared;
}

function isAbort(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}

function formatSeconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
