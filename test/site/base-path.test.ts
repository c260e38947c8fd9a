/**
 * A sub-folder deploy (HUB_BASE=/hub/): every internal link, feed, sitemap
 * entry, alternate link, template-document link and search result carries
 * the base, and the offline copy still works from disk.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { extractZip } from '../../src/pipeline/offline/zip.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildFixtureSite } from '../helpers/fixture-site.ts';
import { attr, elements, listFiles, loadPages } from '../helpers/html.ts';
import { OUTPUT } from '../helpers/paths.ts';

const BASE = '/hub/';
const SITE = 'https://hub.example.org';
let site = '';
let browser: Browser;
beforeAll(async () => {
  site = buildFixtureSite('base', { HUB_BASE: BASE });
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

const urlsOf = (root: Parameters<typeof elements>[0]) =>
  elements(root).flatMap((element) =>
    ['href', 'src', 'action', 'data-pagefind', 'data-base'].map((name) => attr(element, name)).filter((url): url is string => url !== undefined),
  );

describe(`a build with HUB_BASE=${BASE}`, () => {
  it('links every page to paths under the base that exist in the build', () => {
    const pages = loadPages(site);
    const files = new Set(listFiles(site));
    const wrong: string[] = [];
    for (const page of pages) {
      for (const url of urlsOf(page.root)) {
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        const inside = url.startsWith(BASE) ? url.slice(BASE.length - 1).replace(/[?#].*$/, '') : undefined;
        const file = inside && (inside.endsWith('/') ? `${inside}index.html` : inside).slice(1);
        if (!file || !files.has(decodeURIComponent(file))) wrong.push(`${page.path} → ${url}`);
      }
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('writes absolute addresses with the base: canonical, alternates, feeds, sitemap', () => {
    const page = loadPages(site).find((candidate) => candidate.path === '/fr/resources/example-guideline/')!;
    const absolute = elements(page.root, (element) => element.tagName === 'link' && ['canonical', 'alternate'].includes(attr(element, 'rel') ?? '')).map(
      (link) => attr(link, 'href')!,
    );
    expect(absolute.length).toBeGreaterThan(2);
    for (const url of absolute) expect(url.startsWith(`${SITE}${BASE}`) || url.startsWith(BASE), url).toBe(true);
    const feed = readFileSync(path.join(site, 'en/feed.xml'), 'utf8');
    expect([...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]).every((url) => url!.startsWith(`${SITE}${BASE}`))).toBe(true);
    const sitemap = readFileSync(path.join(site, 'sitemap-0.xml'), 'utf8');
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).every((url) => url!.startsWith(`${SITE}${BASE}`))).toBe(true);
  });

  it('links template documents to the hub under the base', () => {
    const docx = unzipSync(readFileSync(path.join(site, 'en/resources/example-template/example-template.docx')));
    const targets = [...strFromU8(docx['word/_rels/document.xml.rels']!).matchAll(/Target="(https:[^"]+)"/g)].map((match) => match[1]);
    expect(targets).toEqual([`${SITE}${BASE}en/countries/ton/`, `${SITE}${BASE}en/resolution/`]);
    const markdown = readFileSync(path.join(site, 'fr/resources/example-template/example-template.md'), 'utf8');
    expect(markdown).toContain(`${SITE}${BASE}fr/countries/ton/`);
  });

  it('finds and links search results under the base, served from the sub-folder', async () => {
    const handler = sirv(site, { dev: true, etag: false });
    const server = createServer((request, response) => {
      if (!request.url?.startsWith(BASE)) return void response.writeHead(404).end();
      request.url = request.url.slice(BASE.length - 1);
      handler(request, response, () => void response.writeHead(404).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const page = await browser.newPage();
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await page.goto(`${origin}${BASE}en/search/?q=example`);
      await page.locator('#search-results li a').first().waitFor({ timeout: 15_000 });
      const links = await page.locator('#search-results li a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link, String(link)).toMatch(/^\/hub\/en\/(resources|organizations)\//);
      await page.close();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('makes an offline copy that opens from disk and searches', async () => {
    const folder = path.join(OUTPUT, 'unzipped', 'base-all');
    extractZip(path.join(site, 'downloads/iot-hub-all.zip'), folder);
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(pathToFileURL(path.join(folder, 'en/search/index.html')).href + '?q=example');
    await page.locator('#search-results li a').first().waitFor({ timeout: 15_000 });
    const first = await page.locator('#search-results li a').first().getAttribute('href');
    expect(first).toMatch(/^\.\.\/.*\b(resources|organizations)\/[a-z0-9-]+\/index\.html$/);
    await page.locator('#search-results li a').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/^file:.*\/en\/(resources|organizations)\/[a-z0-9-]+\/index\.html$/);
    expect(failed).toEqual([]);
    await page.close();
  });
});
