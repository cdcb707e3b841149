import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Tests pin the zone so dates and "this week" read the same on every machine.
    env: { TZ: 'UTC' },
  },
});
