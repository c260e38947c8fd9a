/**
 * The offline copy, unzipped and opened from disk in Chromium and in Firefox
 * (with its default file:// security), and served by a plain web server.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser as ChromiumBrowser, Page } from 'playwright-core';
import puppeteer, { type Browser as FirefoxBrowser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow, launchChromium } from '../helpers/browser.ts';
import { unzipCopy } from '../helpers/offline.ts';
import { serve } from '../helpers/server.ts';

/** Queries whose words the shipped content has in that language. */
const QUERIES = { ar: 'الإنذار المبكر', zh: '预警', fr: 'alerte précoce' } as const;

let all = '';
let chromium: ChromiumBrowser;
beforeAll(async () => {
  all = unzipCopy('iot-hub-all.zip');
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
});

/** Every request the page makes, and those that failed. */
function log(page: Page) {
  const requests: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('pageerror', (error) => failed.push(`page error: ${error.message}`));
  return { requests, failed };
}

async function searchFromHeader(page: Page, query: string): Promise<string[]> {
  await page.locator('#site-search').fill(query);
  await Promise.all([page.waitForURL(/search\/index\.html\?q=/), page.locator('#site-search').press('Enter')]);
  await page.locator('#search-results li').first().waitFor({ timeout: 15_000 });
  return page.locator('#search-results a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

describe('offline copy in Chromium, from disk', () => {
  it('has a start page and a read-me', () => {
    expect(existsSync(path.join(all, 'START-HERE.html'))).toBe(true);
    expect(existsSync(path.join(all, 'README.txt'))).toBe(true);
  });

  it('browses to a category, a country and a resource, switches to Arabic and searches in Arabic and Chinese', async () => {
    const page = await chromium.newPage();
    const { requests, failed } = log(page);
    await page.goto(pathToFileURL(path.join(all, 'START-HERE.html')).href);
    await follow(page, page.getByRole('link', { name: /^Français/ }));
    expect(page.url()).toMatch(/\/fr\/index\.html$/);
    await follow(
      page,
      page
        .locator('main')
        .getByRole('link', { name: /insulaires/ })
        .first(),
    );
    expect(page.url()).toMatch(/\/fr\/categories\/sids\/index\.html$/);
    await follow(page, page.locator('#members a[href*="/ton/"]'));
    expect(page.url()).toMatch(/\/fr\/countries\/ton\/index\.html$/);
    await follow(page, page.locator('main .card-title a').first());
    expect(page.url()).toMatch(/\/fr\/resources\/[a-z0-9-]+\/index\.html$/);
    expect(await page.locator('link[rel=stylesheet]').evaluate((link) => (link as HTMLLinkElement).sheet !== null)).toBe(true);

    await page.locator('details.languages summary').click();
    await follow(page, page.locator('details.languages').getByRole('link', { name: 'العربية' }));
    expect(page.url()).toMatch(/\/ar\/resources\/[a-z0-9-]+\/index\.html$/);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');

    const arabic = await searchFromHeader(page, QUERIES.ar);
    expect(arabic[0]).toMatch(/^file:.*\/ar\/resources\/[a-z0-9-]+\/index\.html$/);
    await follow(page, page.locator('#search-results a').first());
    expect(await page.locator('h1').textContent()).toBeTruthy();

    await page.locator('details.languages summary').click();
    await follow(page, page.locator('details.languages').getByRole('link', { name: '中文' }));
    const chinese = await searchFromHeader(page, QUERIES.zh);
    expect(chinese[0]).toMatch(/^file:.*\/zh\/resources\/[a-z0-9-]+\/index\.html$/);
    await follow(page, page.locator('#search-results a').first());

    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('filters results in the copy', async () => {
    const page = await chromium.newPage();
    const { failed } = log(page);
    await page.goto(`${pathToFileURL(path.join(all, 'fr/search/index.html')).href}?category=sids`);
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('[data-count="category:sids"]').textContent()).toMatch(/\(\d+\)/);
    expect(failed).toEqual([]);
    await page.close();
  });
});

describe('one-language copy', () => {
  it('sends links to other languages to the online hub', async () => {
    const french = unzipCopy('iot-hub-fr.zip');
    expect(existsSync(path.join(french, 'ar'))).toBe(false);
    const page = await chromium.newPage();
    const { failed } = log(page);
    await page.goto(pathToFileURL(path.join(french, 'START-HERE.html')).href);
    await follow(page, page.getByRole('link').first());
    const arabic = await page.locator('details.languages a[lang=ar]').getAttribute('href');
    expect(arabic).toBe('https://hub.example.org/ar/');
    const results = await searchFromHeader(page, QUERIES.fr);
    expect(results[0]).toMatch(/^file:.*\/fr\/resources\//);
    expect(failed).toEqual([]);
    await page.close();
  });
});

describe('offline copy served by a plain web server', () => {
  it('browses and searches over HTTP', async () => {
    const server = await serve(all);
    const page = await chromium.newPage();
    const { failed } = log(page);
    await page.goto(`${server.url}/START-HERE.html`);
    await follow(page, page.getByRole('link', { name: /^Español/ }));
    const results = await searchFromHeader(page, 'alerta temprana');
    expect(results[0]).toMatch(new RegExp(`^${server.url}/es/resources/`));
    expect(failed).toEqual([]);
    await page.close();
    await server.close();
  });
});

describe('offline copy in Firefox ESR, from disk, default security', () => {
  let firefox: FirefoxBrowser;
  beforeAll(async () => {
    // Puppeteer relaxes file:// security in the profiles it makes; put the real default back.
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: { 'security.fileuri.strict_origin_policy': true },
    });
  }, 60_000);
  afterAll(async () => {
    await firefox?.close();
  });

  it('browses, switches language and searches with fetch() blocked on files', async () => {
    const page = await firefox.newPage();
    await page.goto(pathToFileURL(path.join(all, 'START-HERE.html')).href);
    // Proof that the profile has Firefox's real default: files may not fetch() other files.
    expect(
      await page.evaluate(() =>
        fetch('README.txt').then(
          () => 'allowed',
          () => 'blocked',
        ),
      ),
    ).toBe('blocked');
    const errors: string[] = [];
    // The blocked fetch above reports itself too; any other error is a failure.
    page.on('pageerror', (error) => !(error as Error).message.includes('README.txt') && errors.push((error as Error).message));
    // DOM clicks: the journey is about links, not pointer positions.
    const click = (selector: string) => Promise.all([page.waitForNavigation(), page.$eval(selector, (link) => (link as HTMLAnchorElement).click())]);
    await click('a[href="fr/index.html"]');
    await click('main a[href="categories/sids/index.html"]');
    await click('#members a[href*="/ton/"]');
    expect(page.url()).toMatch(/\/fr\/countries\/ton\/index\.html$/);
    await click('details.languages a[lang=ar]');
    expect(page.url()).toMatch(/\/ar\/countries\/ton\/index\.html$/);
    await page.goto(`${pathToFileURL(path.join(all, 'ar/search/index.html')).href}?q=${encodeURIComponent(QUERIES.ar)}`);
    await page.waitForSelector('#search-results li', { timeout: 15_000 });
    const first = await page.$eval('#search-results a', (link) => (link as HTMLAnchorElement).href);
    expect(first).toMatch(/^file:.*\/ar\/resources\/[a-z0-9-]+\/index\.html$/);
    await page.goto(`${pathToFileURL(path.join(all, 'zh/search/index.html')).href}?q=${encodeURIComponent(QUERIES.zh)}`);
    await page.waitForSelector('#search-results li', { timeout: 15_000 });
    await click('#search-results a');
    expect(page.url()).toMatch(/\/zh\/resources\/[a-z0-9-]+\/index\.html$/);
    expect(errors).toEqual([]);
  }, 90_000);
});
