import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure functions, and the content checks over the shipped content and the fixtures.
        test: { name: 'unit', root: 'test', include: ['unit/**/*.test.ts', 'content/**/*.test.ts'] },
      },
      {
        // The commands, run as a user would, in child processes.
        test: { name: 'cli', root: 'test', include: ['cli/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 900_000 },
      },
      {
        // Tests over the built site: one build, shared by the HTML and browser tests.
        test: {
          name: 'site',
          root: 'test',
          include: ['site/**/*.test.ts', 'browser/**/*.test.ts'],
          globalSetup: ['helpers/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
