/**
 * What a first search costs a reader on a metered connection: every byte
 * Chromium receives, from opening the search page with a query to the first
 * results shown, served as the nginx configuration serves it (gzip twins).
 * Shipped content; docs/performance.md has the same figures at N = 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_SEARCHES, NARROWED_BY, firstSearchBytes, searchPath, serveCompressed } from '../../src/bench/browser.ts';
import { SITE_DIR } from '../helpers/paths.ts';

const FIRST_SEARCH_BUDGET = 110 * 1024;
const NARROWING_BUDGET = 10 * 1024;

let server: Awaited<ReturnType<typeof serveCompressed>>;
beforeAll(async () => {
  server = await serveCompressed(SITE_DIR);
});
afterAll(() => server.close());

describe('first search weight', () => {
  it.each(FIRST_SEARCHES)(
    `in %s, "%s" shows results for at most ${FIRST_SEARCH_BUDGET / 1024} KB, and narrowing by a category adds at most ${NARROWING_BUDGET / 1024} KB`,
    async (locale, query) => {
      const plain = await firstSearchBytes(server.url, searchPath(locale, query));
      const narrowed = await firstSearchBytes(server.url, searchPath(locale, query, NARROWED_BY));
      expect(plain.results).toBeGreaterThan(0);
      expect(narrowed.results).toBeGreaterThan(0);
      expect(plain.bytes).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
      expect(narrowed.bytes - plain.bytes).toBeLessThanOrEqual(NARROWING_BUDGET);
    },
  );
});
