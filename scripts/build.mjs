// Builds what `npm start` runs: src/ compiled to JavaScript in dist/, one file per entry point and shared chunks.
// tsx compiles TypeScript as it loads it, which costs the bot most of a second at every start.
import { build } from 'esbuild';

const started = performance.now();
await build({
  entryPoints: {
    main: 'src/main.ts',
    'parse-worker': 'src/workers/parse-worker.ts',
    'build-worker': 'src/workers/build-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.error(`built dist/ in ${Math.round(performance.now() - started)} ms`);
