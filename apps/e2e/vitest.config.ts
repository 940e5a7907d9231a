import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Pages load real data from a real server: give assertions time on a busy machine.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
