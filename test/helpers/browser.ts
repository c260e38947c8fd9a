/** Debian's Chromium driven by playwright-core (no browser download). */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../src/bench/chromium.ts';
import { SITE_DIR } from './paths.ts';
import { serve } from './server.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/** Record every request that goes to another host, and every failed request. */
export function watchRequests(page: Page, origin: string): { foreign: string[]; failed: string[] } {
  const log = { foreign: [] as string[], failed: [] as string[] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) log.foreign.push(url);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // A load the browser abandons because the reader moved on (e.g. the icon of a page left at once) is not a fault.
    if (error !== 'net::ERR_ABORTED') log.failed.push(`${request.url()} ${error}`);
  });
  return log;
}

/** The built site served on loopback, and Chromium, shared by the tests of one file. */
export function servedSite(dir = SITE_DIR): { browser: Browser; url: string } {
  const session = {} as { browser: Browser; url: string; close?: () => Promise<void> };
  beforeAll(async () => {
    const server = await serve(dir);
    session.url = server.url;
    session.close = server.close;
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.close?.();
  });
  return session;
}

/** Click a link and wait for the next page to load. */
export async function follow(page: Page, link: Locator): Promise<void> {
  const before = page.url();
  await link.click();
  await page.waitForURL((url) => url.href !== before);
  await page.waitForLoadState('load');
}
