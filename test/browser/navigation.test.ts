/**
 * A reader follows links from the home page to a category, a country and a
 * resource, in Arabic and in French, switching language on the way.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { follow, servedSite, watchRequests } from '../helpers/browser.ts';

const site = servedSite();

function clickLink(page: Page, name: string | RegExp, within = 'main'): Promise<void> {
  return follow(
    page,
    page
      .locator(within)
      .getByRole('link', { name, exact: typeof name === 'string' })
      .first(),
  );
}

async function switchLanguage(page: Page, language: string): Promise<void> {
  await page.locator('details.languages summary').click();
  await follow(page, page.locator('details.languages').getByRole('link', { name: language }));
}

describe('browsing in Chromium', () => {
  it('goes from the language chooser through Arabic to a category, a country and a resource, then switches to French', async () => {
    const page = await site.browser.newPage();
    const requests = watchRequests(page, site.url);
    const ar = useTranslations('ar');

    await page.goto(`${site.url}/`);
    await clickLink(page, /^العربية/);
    expect(new URL(page.url()).pathname).toBe('/ar/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // The brand sits at the inline start: on the right in Arabic.
    const brand = await page.locator('.brand').boundingBox();
    expect(brand!.x).toBeGreaterThan(page.viewportSize()!.width / 2 - brand!.width);

    await clickLink(page, new RegExp(ar('category.ldc.name')));
    expect(new URL(page.url()).pathname).toBe('/ar/categories/ldc/');

    await clickLink(page, /نيبال/, '#members');
    expect(new URL(page.url()).pathname).toBe('/ar/countries/npl/');
    expect(await page.locator('h1').textContent()).toContain('نيبال');

    await follow(page, page.locator('main .card-title a').first());
    const resourcePath = new URL(page.url()).pathname;
    expect(resourcePath).toMatch(/^\/ar\/resources\/[a-z0-9-]+\/$/);

    await switchLanguage(page, 'Français');
    expect(new URL(page.url()).pathname).toBe(resourcePath.replace('/ar/', '/fr/'));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');

    const categoryLink = page.locator('aside a[href*="/categories/"]').first();
    const categoryPath = await categoryLink.getAttribute('href');
    await follow(page, categoryLink);
    expect(categoryPath).toMatch(/^\/fr\/categories\/(ldc|lldc)\/$/);
    expect(new URL(page.url()).pathname).toBe(categoryPath);

    expect(requests.foreign).toEqual([]);
    expect(requests.failed).toEqual([]);
    await page.close();
  });

  it('goes from the French home page to a country and back to Arabic on the same page', async () => {
    const page = await site.browser.newPage();
    const requests = watchRequests(page, site.url);
    const fr = useTranslations('fr');
    await page.goto(`${site.url}/fr/`);
    await clickLink(page, new RegExp(fr('category.sids.name')));
    expect(new URL(page.url()).pathname).toBe('/fr/categories/sids/');
    await clickLink(page, 'Tonga', '#members');
    expect(new URL(page.url()).pathname).toBe('/fr/countries/ton/');
    await switchLanguage(page, 'العربية');
    expect(new URL(page.url()).pathname).toBe('/ar/countries/ton/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(requests.foreign).toEqual([]);
    expect(requests.failed).toEqual([]);
    await page.close();
  });
});
