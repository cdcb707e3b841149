import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { LogLevel } from '../config.ts';

/**
 * Paths pino blanks out wherever they appear near the top of a log record, so a token pasted into an error or a
 * request logged in full never reaches the log. Keys are listed for the shapes we log: config, Slack
 * payloads, HTTP headers and Web API arguments.
 */
export const REDACTED_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'authorization',
  'headers.authorization',
  'headers["x-slack-signature"]',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.authorization',
  '*.headers.authorization',
  '*.headers["x-slack-signature"]',
  '*.*.token',
  '*.*.botToken',
  '*.*.appToken',
  '*.*.signingSecret',
  '*.*.authorization',
];

export interface RootLoggerOptions {
  level: LogLevel;
  /** Where JSON lines go; stdout by default. Tests pass an in-memory stream. */
  destination?: DestinationStream;
  /** Human-readable output through pino-pretty; see `shouldPrettyPrint`. Ignored with a destination. */
  pretty?: boolean;
  /** The file descriptor pretty output goes to: 2 when stdout belongs to the local console. */
  prettyFd?: 1 | 2;
}

/** Pretty output only for a person watching a terminal: never in CI, tests or when piped to a collector. */
export function shouldPrettyPrint(
  isTTY: boolean | undefined,
  env: Record<string, string | undefined>,
): boolean {
  if (isTTY !== true) return false;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') return false;
  if (env.VITEST !== undefined || env.NODE_ENV === 'test') return false;
  return true;
}

export function createRootLogger(options: RootLoggerOptions): Logger {
  const base: LoggerOptions = {
    name: 'roles',
    level: options.level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
  };
  if (options.destination !== undefined) return pino(base, options.destination);
  if (options.pretty === true) {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, translateTime: 'SYS:HH:MM:ss', destination: options.prettyFd ?? 1 },
      },
    });
  }
  return pino(base);
}
