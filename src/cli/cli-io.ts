/** Where a command writes, so tests can run commands in-process and read what they printed. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Lines of standard input, for commands that read one request per line. */
  stdinLines: () => AsyncIterable<string>;
  now: () => Date;
}

/** Exit codes: 0 all good, 1 some input failed (the rest still printed), 2 the command itself was wrong. */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  override name = 'UsageError';
}
