/** Every internal link, asset and fragment resolves; nothing is loaded from another host. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, byId, elements, filePathOf, loadPages, type Page } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/paths.ts';

const pages = loadPages(SITE_DIR);
const byPath = new Map(pages.map((page) => [page.path, page]));
const LOADED = new Set(['link', 'script', 'img', 'source', 'iframe', 'video', 'audio']);

interface Reference {
  page: Page;
  tag: string;
  rel?: string;
  url: string;
}

function references(page: Page): Reference[] {
  return elements(page.root).flatMap((element) => {
    const url = attr(element, 'href') ?? attr(element, 'src') ?? attr(element, 'action');
    return url === undefined ? [] : [{ page, tag: element.tagName, rel: attr(element, 'rel'), url }];
  });
}

const all = pages.flatMap(references);
const SITE = 'https://hub.example.org';

describe('links', () => {
  it('finds links to check', () => {
    expect(all.length).toBeGreaterThan(pages.length * 10);
  });

  it('resolves every internal link and fragment', () => {
    const broken = new Set<string>();
    for (const { page, url, rel } of all) {
      if (rel === 'alternate' || rel === 'canonical') continue; // absolute site URLs, checked in pages.test.ts
      if (/^[a-z]+:/i.test(url) || url.startsWith('//')) continue;
      const target = new URL(url, `${SITE}${page.path}`);
      const file = path.join(SITE_DIR, decodeURIComponent(filePathOf(target.pathname)));
      if (!existsSync(file)) {
        broken.add(`${page.path} → ${url}`);
        continue;
      }
      if (target.hash) {
        const targetPage = byPath.get(target.pathname);
        if (targetPage && !byId(targetPage.root, decodeURIComponent(target.hash.slice(1)))) broken.add(`${page.path} → ${url} (no such fragment)`);
      }
    }
    expect([...broken]).toEqual([]);
  });

  it('loads nothing from another host', () => {
    const foreign = all.filter(({ tag, rel, url }) => LOADED.has(tag) && rel !== 'alternate' && rel !== 'canonical' && /^(https?:)?\/\//.test(url));
    expect(foreign.map(({ page, url }) => `${page.path} → ${url}`)).toEqual([]);
  });

  it('links to other sites only over https, with rel="noopener"', () => {
    const unsafe = all.filter(
      ({ tag, url, rel }) => tag === 'a' && /^https?:\/\//.test(url) && (!url.startsWith('https://') || !rel?.split(' ').includes('noopener')),
    );
    expect([...new Set(unsafe.map(({ page, url }) => `${page.path} → ${url}`))]).toEqual([]);
  });
});
