/**
 * Benchmark figures measured in Debian's Chromium: the bytes a reader
 * downloads for a first search, and Lighthouse scores (mobile emulation).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import type { Locale } from '../i18n/locales.ts';
import { href } from '../lib/urls.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

/** chrome-launcher needs the headless flag that playwright adds by itself. */
const LAUNCHER_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/**
 * Serve a built site the way the nginx configuration does (docs/nginx/hub.conf): the brotli or gzip twin
 * of a file where it exists, as the browser accepts (Chromium asks for brotli, on loopback too).
 * `gzipOnly` is a server without brotli, such as most static hosts.
 */
export async function serveCompressed(dir: string, { gzipOnly = false } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { gzip: true, brotli: !gzipOnly, etag: false, dev: false });
  const server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A first search per language (the words readers of each would type for "early warning"), and the filter that narrows it. */
export const FIRST_SEARCHES: readonly (readonly [Locale, string])[] = [
  ['en', 'early warning'],
  ['fr', 'alerte précoce'],
  ['es', 'alerta temprana'],
  ['ru', 'раннего предупреждения'],
  ['ar', 'الإنذار'],
  ['zh', '预警'],
];
export const NARROWED_BY = { category: 'ldc' };

/** The search page's address for a query, optionally narrowed. */
export function searchPath(locale: Locale, query: string, filters: Record<string, string> = {}): string {
  return `${href(locale, { page: 'search' })}?${new URLSearchParams({ q: query, ...filters })}`;
}

/** Bytes transferred (compressed bodies) to load the search page and show the results of a first query. */
export async function firstSearchBytes(base: string, path: string): Promise<{ bytes: number; requests: number; results: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Promise<number>[] = [];
  page.on('requestfinished', (request) => responses.push(request.sizes().then((sizes) => sizes.responseBodySize)));
  await page.goto(`${base}${path}`);
  await page.locator('#search-results li').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const results = await page.locator('#search-results li').count();
  const sizes = await Promise.all(responses);
  await browser.close();
  return { bytes: sizes.reduce((sum, size) => sum + size, 0), requests: sizes.length, results };
}

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/** Lighthouse, default (mobile) settings, on each address. */
export async function lighthouseScores(urls: readonly string[]): Promise<Scores[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: LAUNCHER_FLAGS });
  try {
    const out: Scores[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result!.lhr.categories;
      out.push({
        performance: Math.round((categories['performance']?.score ?? 0) * 100),
        accessibility: Math.round((categories['accessibility']?.score ?? 0) * 100),
        'best-practices': Math.round((categories['best-practices']?.score ?? 0) * 100),
        seo: Math.round((categories['seo']?.score ?? 0) * 100),
      });
    }
    return out;
  } finally {
    chrome.kill();
  }
}
