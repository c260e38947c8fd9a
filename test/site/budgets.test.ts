/**
 * Page-weight budgets on the built site: what a reader on a metered
 * connection pays for one page. Measured with gzip, as served.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attr, byTag, elements, loadPages, type Page } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/paths.ts';

const ARTICLE_BUDGET = 12 * 1024;
const pages = loadPages(SITE_DIR);
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const local = (url: string) => path.join(SITE_DIR, new URL(url, 'https://hub.example.org/').pathname);

function executableScripts(page: Page) {
  return byTag(page.root, 'script').filter((script) => (attr(script, 'type') ?? 'module') !== 'application/json');
}

/** HTML + CSS + JS of a page, gzip. */
function weight(page: Page): number {
  const css = byTag(page.root, 'link')
    .filter((link) => attr(link, 'rel') === 'stylesheet')
    .map((link) => local(attr(link, 'href')!));
  const js = executableScripts(page).flatMap((script) => (attr(script, 'src') ? [local(attr(script, 'src')!)] : []));
  return [page.file, ...css, ...js].reduce((sum, file) => sum + gzipSize(file), 0);
}

describe('page weight', () => {
  const articles = pages.filter((page) => /^\/[a-z]{2}\/resources\/[^/]+\/$/.test(page.path));

  it(`keeps every article page under ${ARTICLE_BUDGET / 1024} KB (HTML + CSS + JS, gzip)`, () => {
    expect(articles.length).toBeGreaterThan(0);
    const heaviest = articles.map((page) => ({ path: page.path, bytes: weight(page) })).sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(heaviest.bytes, `heaviest: ${heaviest.path}`).toBeLessThanOrEqual(ARTICLE_BUDGET);
  });

  it('ships JavaScript only on the search pages', () => {
    const withScripts = pages.filter((page) => executableScripts(page).length > 0).map((page) => page.path);
    expect(withScripts.sort()).toEqual(['/ar/search/', '/en/search/', '/es/search/', '/fr/search/', '/ru/search/', '/zh/search/']);
  });

  it('runs no inline script anywhere', () => {
    const inline = pages.filter((page) => executableScripts(page).some((script) => !attr(script, 'src'))).map((page) => page.path);
    expect(inline).toEqual([]);
  });

  it('uses no inline style', () => {
    const styled = pages
      .filter((page) => elements(page.root, (element) => element.tagName === 'style' || attr(element, 'style') !== undefined).length > 0)
      .map((page) => page.path);
    expect(styled).toEqual([]);
  });
});
