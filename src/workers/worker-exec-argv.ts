import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * The Node options a worker thread needs to run `workerUrl`. Under tsx (tests, `npm start`) the worker is
 * TypeScript too, and a worker does not inherit a test runner's loader, so tsx is registered in it, by path:
 * the bot's working directory (a deployment folder, a test's temp folder) may not resolve `tsx` by name.
 */
export function workerExecArgv(workerUrl: URL): string[] {
  if (!workerUrl.pathname.endsWith('.ts')) return [];
  const loader = createRequire(import.meta.url).resolve('tsx');
  return ['--import', pathToFileURL(loader).href];
}
