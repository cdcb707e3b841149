import type { Logger as BoltLogger, LogLevel as BoltLogLevel } from '@slack/bolt';
import type { Logger } from 'pino';

type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * Bolt and its Web API client log through this, so their lines are JSON with our redaction and level.
 * Bolt passes console-style arguments; an Error among them is logged as `err` so its stack survives.
 */
export function boltLogger(root: Logger, name = 'bolt'): BoltLogger {
  let logger = root.child({ component: name });
  const write = (level: Level, args: unknown[]) => {
    // Bolt logs several debug lines per request; skip the formatting when they are off.
    if (!logger.isLevelEnabled(level)) return;
    const err = args.find((arg): arg is Error => arg instanceof Error);
    // The first plain object goes in as a field, so the root logger's redaction applies to it.
    const data = args.find((arg) => arg !== err && typeof arg === 'object' && arg !== null);
    const text = scrubTokens(
      args
        .filter((arg) => arg !== err && arg !== data)
        .map((arg) => (typeof arg === 'string' ? arg : safeJson(arg)))
        .join(' '),
    );
    const fields: Record<string, unknown> = {};
    if (err !== undefined) fields.err = err;
    if (data !== undefined) fields.data = data;
    logger[level](fields, text === '' && err !== undefined ? err.message : text);
  };
  return {
    debug: (...args: unknown[]) => write('debug', args),
    info: (...args: unknown[]) => write('info', args),
    warn: (...args: unknown[]) => write('warn', args),
    error: (...args: unknown[]) => write('error', args),
    setLevel(level: BoltLogLevel) {
      logger.level = level;
    },
    getLevel(): BoltLogLevel {
      const level = logger.level;
      // Bolt knows four levels; pino's finer ones map to the nearest.
      const mapped = level === 'trace' ? 'debug' : level === 'fatal' || level === 'silent' ? 'error' : level;
      return mapped as BoltLogLevel;
    },
    setName(next: string) {
      const level = logger.level;
      logger = root.child({ component: next });
      logger.level = level;
    },
  };
}

/** Tokens inside free text (a URL, a stringified body) cannot be reached by path-based redaction. */
export function scrubTokens(text: string): string {
  return text.replace(/\b(xox[abposr]|xapp)-[\w-]+/g, '$1-[redacted]');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
