import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', root: 'test', include: ['unit/**/*.test.ts'] },
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
