/** Checks over the shipped content itself. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { blocking } from '../../src/content/problems.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { countryName } from '../../src/lib/country-names.ts';
import { settings } from '../../src/settings.ts';

const { content, problems } = loadContent(settings().HUB_CONTENT_DIR);

describe('shipped content', () => {
  it('has no problem that stops the build', () => {
    expect(blocking(problems)).toEqual([]);
  });

  it('gives every country a name in all six languages', () => {
    for (const country of content.countries.values()) {
      for (const locale of LOCALES) {
        const name = countryName(country, locale);
        expect(name, `${country.iso3} ${locale}`).not.toBe(country.iso3);
        expect(name.length, `${country.iso3} ${locale}`).toBeGreaterThan(1);
      }
    }
  });

  it('sets no space between Chinese and Latin letters or digits in the Chinese texts', () => {
    const spaced = [...content.resources.values(), ...content.organizations.values()].flatMap((item) => {
      const text = item.texts.zh;
      if (!text) return [];
      const prose = `${Object.values(text.data).filter((value) => typeof value === 'string').join('\n')}\n${text.body.replace(/\]\([^)]*\)/g, ']')}`;
      return /[\u4e00-\u9fff] +[A-Za-z0-9]|[A-Za-z0-9] +[\u4e00-\u9fff]/.test(prose) ? [text.file] : [];
    });
    expect(spaced).toEqual([]);
  });

  it('records a source for every category list', () => {
    const covered = new Set(content.site?.categorySources.map((source) => source.category));
    expect([...covered].sort()).toEqual(['eit', 'ldc', 'lldc', 'sids']);
  });
});
