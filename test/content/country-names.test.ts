/**
 * Every country name the hub shows, in every language, is the UN short name
 * (UN Statistics Division, M49 standard). The names themselves live in CLDR
 * (Intl.DisplayNames) and in the overrides of countries.yaml; this test
 * keeps only a fingerprint of each UN name (test/fixtures/un-country-name-fingerprints.json,
 * made from the M49 list with its six-language names), so a name that
 * drifts from the UN's is caught without copying the list into the project.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { countryName } from '../../src/lib/country-names.ts';
import { settings } from '../../src/settings.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { fingerprint } from '../helpers/resolution-reference.ts';

const un = JSON.parse(readFileSync(path.join(FIXTURES, 'un-country-name-fingerprints.json'), 'utf8')) as Record<string, Record<Locale, string>>;

/** Names that deliberately differ from the UN short name, with the reason. None today. */
const EXCEPTIONS: Record<string, string> = {};

describe('country names', () => {
  const { content } = loadContent(settings().HUB_CONTENT_DIR);

  it('are the UN short names in all six languages, or a listed exception', () => {
    const wrong: string[] = [];
    for (const country of content.countries.values()) {
      for (const locale of LOCALES) {
        const name = countryName(country, locale);
        if (EXCEPTIONS[`${country.iso3}/${locale}`] === undefined && fingerprint(name) !== un[country.iso3]?.[locale]) wrong.push(`${country.iso3} ${locale}: "${name}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('would catch a CLDR name that differs from the UN name', () => {
    // CLDR's Chinese name of the Dominican Republic (多米尼加共和国) is not the M49 one; without the override it would show.
    const dominican = content.countries.get('DOM')!;
    expect(fingerprint(countryName({ ...dominican, names: undefined }, 'zh'))).not.toBe(un['DOM']!.zh);
    expect(fingerprint(countryName(dominican, 'zh'))).toBe(un['DOM']!.zh);
  });
});
