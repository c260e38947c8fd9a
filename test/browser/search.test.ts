/**
 * Search in Chromium over HTTP: queries in the six languages find what they
 * should, filters narrow, shared addresses (?q=) run, odd input never breaks.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { useTranslations, type Locale } from '../../src/i18n/index.ts';
import { href } from '../../src/lib/urls.ts';
import { servedSite } from '../helpers/browser.ts';
import { settings } from '../../src/settings.ts';

const { content } = loadContent(settings().HUB_CONTENT_DIR);
const site = servedSite();

interface Outcome {
  status: string;
  slugs: string[];
  tags: string[][];
  errors: string[];
}

async function search(locale: Locale, query: string, filters: Record<string, string> = {}): Promise<Outcome> {
  const page: Page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
  await page.goto(`${site.url}${href(locale, { page: 'search' })}?${params}`);
  const t = useTranslations(locale);
  await page.waitForFunction((loading) => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return text !== '' && text !== loading;
  }, t('searchPage.loading'));
  const outcome: Outcome = {
    status: (await page.locator('#search-status').textContent()) ?? '',
    slugs: await page
      .locator('#search-results .card-title a')
      .evaluateAll((links) => links.map((link) => /\/(resources|organizations)\/([^/]+)\//.exec((link as HTMLAnchorElement).pathname)?.[2] ?? '')),
    tags: await page
      .locator('#search-results .meta')
      .evaluateAll((metas) => metas.map((meta) => [...meta.querySelectorAll('.tag')].map((tag) => tag.textContent ?? ''))),
    errors,
  };
  await page.close();
  return outcome;
}

/** A query in each language, and the resources that should come first (any of them, in the top three). */
const QUERIES: [Locale, string, string[]][] = [
  ['en', 'flood early warning', ['nepal-community-flood-early-warning', 'iot-early-warning']],
  ['fr', 'alerte précoce', ['iot-early-warning', 'nepal-community-flood-early-warning', 'tonga-national-early-warning']],
  ['fr', 'alerte precoce', ['iot-early-warning', 'nepal-community-flood-early-warning', 'tonga-national-early-warning']],
  ['es', 'electrificación solar', ['togo-cizo-pay-as-you-go-solar']],
  ['es', 'electrificacion solar', ['togo-cizo-pay-as-you-go-solar']],
  ['ru', 'раннее предупреждение наводнения', ['nepal-community-flood-early-warning', 'iot-early-warning']],
  ['ru', 'раннего предупреждения', ['iot-early-warning', 'nepal-community-flood-early-warning', 'tonga-national-early-warning']],
  ['zh', '预警', ['iot-early-warning', 'nepal-community-flood-early-warning', 'tonga-national-early-warning', 'emergency-telecom-plan-iot']],
  ['zh', '洪水预警', ['nepal-community-flood-early-warning']],
  ['ar', 'الإنذار المبكر', ['iot-early-warning', 'nepal-community-flood-early-warning', 'tonga-national-early-warning', 'emergency-telecom-plan-iot']],
  ['ar', 'إنذار مبكر', ['iot-early-warning', 'nepal-community-flood-early-warning', 'tonga-national-early-warning', 'emergency-telecom-plan-iot']],
];

describe('search quality', () => {
  it.each(QUERIES)('%s "%s" finds the expected resource among the first three', async (locale, query, expected) => {
    const outcome = await search(locale, query);
    expect(outcome.errors).toEqual([]);
    expect(
      outcome.slugs.slice(0, 3).some((slug) => expected.includes(slug)),
      `first results: ${outcome.slugs.slice(0, 5).join(', ')}`,
    ).toBe(true);
  });
});

describe('mixed directions', () => {
  it('isolates the query in the Arabic status line, so Latin words keep their order', async () => {
    const outcome = await search('ar', 'LoRaWAN');
    expect(outcome.errors).toEqual([]);
    expect(outcome.status).toContain('\u2068LoRaWAN\u2069');
  });
});

describe('filters', () => {
  it('narrows results to SIDS resources', async () => {
    const all = await search('en', 'early warning');
    const sids = await search('en', 'early warning', { category: 'sids' });
    const total = (outcome: Outcome) => Number(/\d+/.exec(outcome.status)?.[0]);
    expect(total(sids)).toBeGreaterThan(0);
    expect(total(sids)).toBeLessThan(total(all));
    const short = useTranslations('en')('category.sids.short');
    for (const tags of sids.tags) expect(tags).toContain(short);
  });

  it('lists every resource of a filter for an empty query', async () => {
    const outcome = await search('fr', '', { category: 'lldc' });
    const expected =
      [...content.resources.values()].filter((resource) => resource.categories.includes('lldc')).length +
      [...content.organizations.values()].filter((organization) => organization.categories.includes('lldc')).length;
    expect(outcome.status).toBe(useTranslations('fr')('searchPage.results', { count: expected }));
  });

  it('combines filters of different kinds', async () => {
    const outcome = await search('en', '', { type: 'best-practice', sector: 'energy' });
    const expected = [...content.resources.values()]
      .filter((resource) => resource.type === 'best-practice' && resource.sectors.includes('energy'))
      .map((resource) => resource.slug);
    expect(outcome.status).toBe(useTranslations('en')('searchPage.results', { count: expected.length }));
  });
});

describe('odd input', () => {
  const odd: [string, string][] = [
    ['only punctuation', '?!.,;:()[]{}<>"\'«»'],
    ['500 characters', 'early warning '.repeat(36).slice(0, 500)],
    ['emoji', '🌊📡 early warning 🚨'],
    ['mixed scripts', 'alerte 预警 الإنذار предупреждение'],
    ['markup', '<script>alert(1)</script>'],
  ];
  it.each(odd)('shows results or a clean "no results" for %s', async (_name, query) => {
    const outcome = await search('en', query);
    expect(outcome.errors).toEqual([]);
    expect(outcome.status).not.toBe(useTranslations('en')('searchPage.error'));
    expect(outcome.status.length).toBeGreaterThan(0);
  });
});

describe('without JavaScript', () => {
  it('says search needs JavaScript and links to the browse pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}${href('ar', { page: 'search' })}?q=test`);
    const ar = useTranslations('ar');
    // Playwright's text locators skip <noscript>; what the reader sees is the rendered text.
    const shown = await page.locator('main').innerText();
    expect(shown).toContain(ar('searchPage.needsJavaScript'));
    expect(shown).toContain(ar('nav.categories'));
    expect(await page.locator('#search').isVisible()).toBe(false);
    await context.close();
  });

  it('announces results to screen readers', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${href('en', { page: 'search' })}`);
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    await page.close();
  });
});
