/**
 * Country names in each language: the CLDR names that Intl.DisplayNames
 * gives, except where countries.yaml records the UN name because it differs.
 */
import type { Country } from '../content/schemas.ts';
import { LANG_TAGS, type Locale } from '../i18n/locales.ts';

const displayNames = new Map<Locale, Intl.DisplayNames>();

function regionNames(locale: Locale): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([LANG_TAGS[locale]], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  return names;
}

export function countryName(country: Pick<Country, 'iso2' | 'iso3' | 'names'>, locale: Locale): string {
  return country.names?.[locale] ?? regionNames(locale).of(country.iso2) ?? country.iso3;
}
