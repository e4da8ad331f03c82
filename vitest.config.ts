import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Native modules (better-sqlite3, keyring) are happier in forks than in worker threads.
    pool: 'forks',
  },
});
