/** Debian's Chromium driven by playwright-core (no browser download). */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Record every request that goes to another host, and every failed request. */
export function watchRequests(page: Page, origin: string): { foreign: string[]; failed: string[] } {
  const log = { foreign: [] as string[], failed: [] as string[] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) log.foreign.push(url);
  });
  page.on('requestfailed', (request) => log.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  return log;
}
