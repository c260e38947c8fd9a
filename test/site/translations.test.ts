/** What readers see when a text is untranslated, machine-assisted, stale or reviewed. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { attr, byTag, elements, loadPage, text, type Page } from '../helpers/html.ts';
import { buildFixtureSite } from '../helpers/fixture-site.ts';

let site = '';
beforeAll(() => {
  site = buildFixtureSite('translations');
});

const fr = useTranslations('fr');
const byClass = (page: Page, name: string) => elements(page.root, (element) => (attr(element, 'class') ?? '').split(' ').includes(name));

describe('an untranslated resource', () => {
  it('shows the English text marked lang="en", with a notice in the reader\'s language', () => {
    const page = loadPage(site, '/fr/resources/example-practice/');
    expect(byClass(page, 'notice').map(text)).toContain(fr('resource.untranslated'));
    expect(attr(byTag(page.root, 'h1')[0]!, 'lang')).toBe('en');
    expect(attr(byClass(page, 'body')[0]!, 'lang')).toBe('en');
    expect(attr(byTag(page.root, 'html')[0]!, 'lang')).toBe('fr');
  });

  it('points search engines to the English original and offers no French alternate', () => {
    const page = loadPage(site, '/fr/resources/example-practice/');
    const links = byTag(page.root, 'link');
    expect(
      attr(
        links.find((link) => attr(link, 'rel') === 'canonical')!,
        'href',
      ),
    ).toBe('https://hub.example.org/en/resources/example-practice/');
    const languages = links.filter((link) => attr(link, 'rel') === 'alternate' && attr(link, 'hreflang')).map((link) => attr(link, 'hreflang'));
    expect(languages).toEqual(['en', 'x-default']);
  });

  it('is marked "in English" in listings', () => {
    const page = loadPage(site, '/fr/best-practices/');
    const card = byClass(page, 'card').find((element) => text(element).includes('Example practice'))!;
    expect(text(card)).toContain(fr('listing.inEnglish'));
  });

  it("keeps links in the body in the reader's language", () => {
    const page = loadPage(site, '/fr/resources/example-guideline/');
    const hrefs = byTag(byClass(page, 'body')[0]!, 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(['/fr/countries/ton/', '/fr/categories/ldc/']);
  });
});

describe('translation status', () => {
  it('says a reviewed translation is reviewed', () => {
    const page = loadPage(site, '/fr/resources/example-guideline/');
    expect(text(page.root)).toContain(fr('resource.reviewedTranslation', { date: '20 novembre 2026' }));
  });

  it('warns that a translation made from an older English text may be out of date', () => {
    const page = loadPage(site, '/fr/organizations/example-org/');
    expect(byClass(page, 'notice').map(text).join()).toContain(fr('resource.staleTranslation'));
  });
});
