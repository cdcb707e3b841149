import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { runAskCommand } from './ask-command.ts';
import { type CliIo, EXIT_USAGE, UsageError } from './cli-io.ts';
import { runDigestCommand } from './digest-command.ts';
import { runParseCommand } from './parse-command.ts';
import { runSearchCommand } from './search-command.ts';
import { runSyncCommand } from './sync-command.ts';

export const USAGE = `Usage: roles <command> [options]

Commands:
  parse <files or folders> [--json]    what the parser understands of saved job pages
  search "<query>" [--json]            ranked roles; without a query, one query per stdin line, JSON out
  ask "<question>" [--json]            the bot's answer; --json prints the Slack message it would send
  digest --dry-run [--since DATE] [--channel ID] [--json]
                                       what the next digest would post, without posting or recording
  sync [--dry-run] [--json]            syncs the followed job boards now: new, changed and closed roles

Options:
  --postings DIR   the postings folder (default: $POSTINGS_DIR or seeds)
  --data DIR       the bot's data folder, for digest (default: $DATA_DIR or .data)
  --limit N        search results to show (default 20)
  --help           this text
`;

/** Runs one CLI invocation and returns its exit code; never calls process.exit, so tests run it in-process. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    io.stderr(`roles: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    (command === undefined && !values.help ? io.stderr : io.stdout)(USAGE);
    return command === undefined && !values.help ? EXIT_USAGE : 0;
  }
  const postingsDir = values.postings ?? env.POSTINGS_DIR ?? 'seeds';
  const dataDir = values.data ?? env.DATA_DIR ?? '.data';
  const json = values.json ?? false;
  try {
    switch (command) {
      case 'parse':
        return await runParseCommand({ paths: rest, json }, io);
      case 'search':
        return await runSearchCommand(
          {
            query: rest.length > 0 ? rest.join(' ') : null,
            json,
            postingsDir,
            limit: parseLimit(values.limit),
          },
          io,
        );
      case 'ask':
        return await runAskCommand(
          { question: rest.length > 0 ? rest.join(' ') : null, json, postingsDir },
          io,
        );
      case 'digest':
        return await runDigestCommand(
          {
            dryRun: values['dry-run'] ?? false,
            since: values.since ?? null,
            channelId: values.channel ?? null,
            json,
            postingsDir,
            dataDir,
            digestChannel: env.DIGEST_CHANNEL,
            timeZone: env.DIGEST_TIMEZONE,
            cron: env.DIGEST_CRON,
          },
          io,
        );
      case 'sync':
        return await runSyncCommand({ dryRun: values['dry-run'] ?? false, json, dataDir, env }, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`roles: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function parseCliArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      postings: { type: 'string' },
      data: { type: 'string' },
      since: { type: 'string' },
      channel: { type: 'string' },
      'dry-run': { type: 'boolean' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 20;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a whole number above 0, got "${value}"`);
  return limit;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
    now: () => new Date(),
  };
}
