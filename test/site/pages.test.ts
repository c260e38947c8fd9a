/** Every locale has every page, with the right language, direction and alternates. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { CATEGORIES, RESOURCE_TYPES, SECTORS } from '../../src/content/vocabulary.ts';
import { LANG_TAGS, LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { href, type Route } from '../../src/lib/urls.ts';
import { attr, byTag, elements, filePathOf, loadPage, loadPages } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/paths.ts';
import { settings } from '../../src/settings.ts';

const { content } = loadContent(settings().HUB_CONTENT_DIR);

function expectedRoutes(): Route[] {
  return [
    { page: 'home' },
    { page: 'categories' },
    ...CATEGORIES.map((category) => ({ page: 'category', category }) as const),
    { page: 'countries' },
    ...[...content.countries.keys()].map((iso3) => ({ page: 'country', iso3 }) as const),
    { page: 'sectors' },
    ...SECTORS.map((sector) => ({ page: 'sector', sector }) as const),
    ...RESOURCE_TYPES.map((type) => ({ page: 'listing', type }) as const),
    ...[...content.resources.keys()].map((slug) => ({ page: 'resource', slug }) as const),
    { page: 'organizations' },
    ...[...content.organizations.keys()].map((id) => ({ page: 'organization', id }) as const),
    { page: 'resolution' },
    { page: 'search' },
    { page: 'feed' },
  ];
}

describe('pages', () => {
  it.each(LOCALES)('%s has every page', (locale) => {
    const missing = expectedRoutes()
      .map((route) => href(locale, route))
      .filter((sitePath) => !existsSync(path.join(SITE_DIR, filePathOf(sitePath))));
    expect(missing).toEqual([]);
  });

  it('has the language chooser, a sitemap and a 404 page', () => {
    for (const file of ['index.html', 'sitemap-index.xml', '404.html']) expect(existsSync(path.join(SITE_DIR, file)), file).toBe(true);
  });
});

describe('language, direction and alternates', () => {
  const pages = loadPages(SITE_DIR).filter((page) => /^\/(ar|en|es|fr|ru|zh)\//.test(page.path));

  it('covers a few thousand pages', () => {
    expect(pages.length).toBeGreaterThan(LOCALES.length * 100);
  });

  it('sets <html lang> and dir from the locale of every page', () => {
    const wrong = pages.flatMap((page) => {
      const locale = page.path.split('/')[1] as Locale;
      const html = byTag(page.root, 'html')[0]!;
      const expected = { lang: LANG_TAGS[locale], dir: locale === 'ar' ? 'rtl' : 'ltr' };
      const actual = { lang: attr(html, 'lang'), dir: attr(html, 'dir') };
      return actual.lang === expected.lang && actual.dir === expected.dir ? [] : [`${page.path}: ${JSON.stringify(actual)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('gives every element in another language than its page the direction of that language', () => {
    const wrong = pages.flatMap((page) =>
      elements(page.root, (element) => element.tagName !== 'html' && attr(element, 'lang') !== undefined)
        .filter((element) => attr(element, 'dir') !== (attr(element, 'lang') === 'ar' ? 'rtl' : 'ltr'))
        .map((element) => `${page.path}: <${element.tagName} lang="${attr(element, 'lang')}" dir="${attr(element, 'dir') ?? ''}">`),
    );
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('lists hreflang alternates, including itself and x-default, that all exist', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const alternates = byTag(page.root, 'link').filter((link) => attr(link, 'rel') === 'alternate' && attr(link, 'hreflang'));
      const languages = alternates.map((link) => attr(link, 'hreflang'));
      if (!languages.includes('x-default')) wrong.push(`${page.path}: no x-default`);
      for (const link of alternates) {
        const target = new URL(attr(link, 'href')!).pathname;
        if (!existsSync(path.join(SITE_DIR, filePathOf(target)))) wrong.push(`${page.path}: ${target} missing`);
      }
      const canonical = byTag(page.root, 'link').find((link) => attr(link, 'rel') === 'canonical');
      const canonicalPath = canonical && new URL(attr(canonical, 'href')!).pathname;
      if (canonicalPath === page.path && !languages.includes(LANG_TAGS[page.path.split('/')[1] as Locale]))
        wrong.push(`${page.path}: not among its own alternates`);
    }
    expect(wrong).toEqual([]);
  });

  it('offers every other language of the same page in the language switcher', () => {
    const page = loadPage(SITE_DIR, '/ar/countries/npl/');
    const links = byTag(page.root, 'details')[0]!;
    const targets = byTag(links, 'a').map((a) => attr(a, 'href'));
    expect(targets).toEqual(LOCALES.map((locale) => `/${locale}/countries/npl/`));
  });
});
