/**
 * Page-weight budgets on the built site: what a reader on a metered
 * connection pays for one page. Measured with gzip, as served.
 */
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../src/lib/html.ts';
import { attr, elements, executableScripts, loadPages } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/paths.ts';

const ARTICLE_BUDGET = 12 * 1024;
const pages = loadPages(SITE_DIR);

describe('page weight', () => {
  const articles = pages.filter((page) => /^\/[a-z]{2}\/resources\/[^/]+\/$/.test(page.path));

  it(`keeps every article page under ${ARTICLE_BUDGET / 1024} KB (HTML + CSS + JS, gzip)`, () => {
    expect(articles.length).toBeGreaterThan(0);
    const heaviest = articles.map((page) => ({ path: page.path, bytes: pageWeight(SITE_DIR, page.path) })).sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(heaviest.bytes, `heaviest: ${heaviest.path}`).toBeLessThanOrEqual(ARTICLE_BUDGET);
  });

  it('ships JavaScript only on the search pages', () => {
    const withScripts = pages.filter((page) => executableScripts(page.root).length > 0).map((page) => page.path);
    expect(withScripts.sort()).toEqual(['/ar/search/', '/en/search/', '/es/search/', '/fr/search/', '/ru/search/', '/zh/search/']);
  });

  it('runs no inline script anywhere', () => {
    const inline = pages.filter((page) => executableScripts(page.root).some((script) => !attr(script, 'src'))).map((page) => page.path);
    expect(inline).toEqual([]);
  });

  it('uses no inline style', () => {
    const styled = pages
      .filter((page) => elements(page.root, (element) => element.tagName === 'style' || attr(element, 'style') !== undefined).length > 0)
      .map((page) => page.path);
    expect(styled).toEqual([]);
  });
});
