/** Every country has its page in every language and appears on exactly the category pages it belongs to. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { CATEGORIES } from '../../src/content/vocabulary.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { currentCategories, isUnconfirmed } from '../../src/lib/membership.ts';
import { href } from '../../src/lib/urls.ts';
import { attr, byId, byTag, loadPage, text } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/paths.ts';
import { settings } from '../../src/settings.ts';

const { content } = loadContent(settings().HUB_CONTENT_DIR);
const asOf = content.site!.membershipAsOf;

describe.each(LOCALES)('%s category pages', (locale) => {
  const listed = new Map(
    CATEGORIES.map((category) => {
      const page = loadPage(SITE_DIR, href(locale, { page: 'category', category }));
      const list = byId(page.root, 'members');
      // A list, not a set: a country listed twice must show.
      return [category, list ? byTag(list, 'li').map((li) => attr(li, 'data-iso3')) : []];
    }),
  );

  it('list every country on exactly the categories it is in', () => {
    const wrong: string[] = [];
    for (const country of content.countries.values()) {
      const expected = currentCategories(country, asOf);
      const actual = CATEGORIES.filter((category) => listed.get(category)!.includes(country.iso3));
      if (expected.join() !== actual.join()) wrong.push(`${country.iso3}: expected [${expected.join()}], listed on [${actual.join()}]`);
    }
    expect(wrong).toEqual([]);
  });

  it('list no country twice and none that is unknown', () => {
    for (const [category, codes] of listed) {
      const twice = codes.filter((code, index) => codes.indexOf(code) !== index);
      expect(twice, category).toEqual([]);
      expect(
        codes.filter((code) => !content.countries.has(code ?? '')),
        category,
      ).toEqual([]);
    }
  });
});

describe('country pages', () => {
  it('show the LDC graduation of Bhutan with its date, in English and French', () => {
    const en = loadPage(SITE_DIR, '/en/countries/btn/');
    expect(text(byId(en.root, 'memberships')!)).toContain('Graduated from the LDC category on 13 December 2023');
    const fr = loadPage(SITE_DIR, '/fr/countries/btn/');
    expect(text(byId(fr.root, 'memberships')!)).toContain('13 décembre 2023');
  });

  it('say first, not "Member", where a scheduled graduation has passed unconfirmed', () => {
    const page = loadPage(SITE_DIR, '/en/countries/lao/');
    const ldc = text(byId(page.root, 'memberships')!)
      .split('\n')
      .find((line) => line.includes('Least developed'))!;
    expect(ldc.replace(/\s+/g, ' ')).toMatch(
      /^\s*Least developed countries: Scheduled to leave the LDC category on 24 November 2026; the outcome is not confirmed here\./,
    );
  });

  it('mark the unconfirmed members in the counts of the LDC page and the tiles', () => {
    const unconfirmed = [...content.countries.values()].filter((country) => isUnconfirmed(country, 'ldc', content.site!.membershipAsOf)).length;
    expect(unconfirmed).toBeGreaterThan(0);
    const category = loadPage(SITE_DIR, '/en/categories/ldc/');
    expect(text(byId(category.root, 'members-heading')!)).toContain(`of which ${unconfirmed} unconfirmed`);
    expect(text(loadPage(SITE_DIR, '/en/categories/').root)).toContain(`of which ${unconfirmed} unconfirmed`);
  });
});
