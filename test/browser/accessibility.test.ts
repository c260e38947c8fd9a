/** axe-core, WCAG 2.2 A and AA rules, over every page template in all six languages. */
import AxeBuilder from '@axe-core/playwright';

import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { href, rootHref, type Route } from '../../src/lib/urls.ts';
import { servedSite } from '../helpers/browser.ts';
import { settings } from '../../src/settings.ts';

const { content } = loadContent(settings().HUB_CONTENT_DIR);
const resource = [...content.resources.values()].find((item) => item.type === 'strategy-template') ?? [...content.resources.values()][0]!;
const organization = [...content.organizations.keys()][0]!;

/** One page of every template. */
const templates: Route[] = [
  { page: 'home' },
  { page: 'categories' },
  { page: 'category', category: 'ldc' },
  { page: 'countries' },
  { page: 'country', iso3: 'NPL' },
  { page: 'sectors' },
  { page: 'sector', sector: 'emergencies' },
  { page: 'listing', type: 'guideline' },
  { page: 'resource', slug: resource.slug },
  { page: 'organizations' },
  { page: 'organization', id: organization },
  { page: 'resolution' },
  { page: 'search' },
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const site = servedSite();

async function violations(path: string): Promise<string[]> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  if (path.includes('?')) await page.locator('#search-results li').first().waitFor();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await context.close();
  return results.violations.map(
    (violation) => `${path}: ${violation.id} (${violation.nodes.length}) ${violation.help} — ${violation.nodes[0]?.target.join(' ')}`,
  );
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('has no violations on the language chooser', async () => {
    expect(await violations(rootHref())).toEqual([]);
  });

  it.each(LOCALES)(
    'has no violations on any template in %s',
    async (locale) => {
      const found: string[] = [];
      for (const route of templates) found.push(...(await violations(href(locale, route))));
      // The search page with results and filter counts showing.
      found.push(...(await violations(`${href(locale, { page: 'search' })}?category=ldc`)));
      expect(found).toEqual([]);
    },
    300_000,
  );
});
