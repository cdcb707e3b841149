#!/usr/bin/env node
// The `roles` command. It runs the TypeScript sources through tsx, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { processIo, runCli } = await import('../src/cli/cli.ts');
try {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
} catch (error) {
  process.stderr.write(`roles: unexpected error: ${error?.stack ?? error}\n`);
  process.exitCode = 1;
}
