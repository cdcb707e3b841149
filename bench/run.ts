import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * `npm run bench`: every scenario in its own process, so one scenario's heap never skews another's timings
 * or memory figures. Pass scenario names to run only some: `npm run bench -- search`.
 */
const SCENARIOS = ['parse', 'search', 'slack', 'live', 'places', 'boards'] as const;

const wanted = process.argv.slice(2);
const chosen = wanted.length > 0 ? SCENARIOS.filter((name) => wanted.includes(name)) : [...SCENARIOS];
if (chosen.length === 0) {
  console.error(`Unknown scenario. Choose from: ${SCENARIOS.join(', ')}`);
  process.exit(2);
}

console.log(`roles benchmarks: node ${process.version}, ${new Date().toISOString()}\n`);
let failed = 0;
for (const name of chosen) {
  console.log(`== ${name} ==`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, `${name}.ts`)],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) {
    failed += 1;
    console.log(`(${name} exited with ${result.status ?? result.signal})`);
  }
  console.log('');
}
process.exit(failed > 0 ? 1 : 0);
