import { describe, expect, it } from 'vitest';
import { RESOLUTION_ADDRESSEES, RESOLUTION_VERBS } from '../../src/content/schemas.ts';
import { LINKABLE_PAGES } from '../../src/content/links.ts';
import {
  CATEGORIES,
  COSTS,
  LICENCES,
  ORGANIZATION_KINDS,
  RESOURCE_TYPES,
  SECTORS,
  SUPPORT_KINDS,
  TOPICS,
  TRANSLATION_STATUSES,
} from '../../src/content/vocabulary.ts';
import { LANG_TAGS, LOCALES, STRINGS, formatDate, useTranslations } from '../../src/i18n/index.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

const keys = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(STRINGS[locale])]));
const baseKeys = (locale: (typeof LOCALES)[number]) => [...new Set(keys[locale]!.map((key) => key.replace(PLURAL, '')))].sort();

describe('UI strings', () => {
  it.each(LOCALES)('%s has exactly the keys of English', (locale) => {
    expect(baseKeys(locale)).toEqual(baseKeys('en'));
  });

  it.each(LOCALES)('%s has exactly the plural forms its language needs', (locale) => {
    const needed = new Intl.PluralRules(LANG_TAGS[locale]).resolvedOptions().pluralCategories.slice().sort();
    const plurals = keys.en!.filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, ''));
    for (const base of new Set(plurals)) {
      const forms = keys[locale]!.filter((key) => key.replace(PLURAL, '') === base && PLURAL.test(key))
        .map((key) => PLURAL.exec(key)![1])
        .sort();
      expect(forms, `${locale} ${base}`).toEqual(needed);
    }
  });

  it.each(LOCALES)('%s has no empty string', (locale) => {
    const t = useTranslations(locale);
    for (const key of keys[locale]!) expect(t(key as never), `${locale} ${key}`).not.toBe('');
  });

  it('has a label for every value of every closed list', () => {
    const needed = [
      ...CATEGORIES.flatMap((c) => [`category.${c}.name`, `category.${c}.short`, `category.${c}.description`]),
      ...SECTORS.map((s) => `sector.${s}`),
      ...TOPICS.map((t) => `topic.${t}`),
      ...RESOURCE_TYPES.flatMap((t) => [`type.${t}.name`, `type.${t}.plural`, `type.${t}.description`]),
      ...SUPPORT_KINDS.map((k) => `support.${k}`),
      ...COSTS.map((c) => `cost.${c}`),
      ...ORGANIZATION_KINDS.map((k) => `orgKind.${k}`),
      ...LICENCES.map((l) => `licence.${l}`),
      ...RESOLUTION_VERBS.map((v) => `verb.${v}`),
      ...RESOLUTION_ADDRESSEES.map((a) => `addressee.${a}`),
      ...TRANSLATION_STATUSES.map((s) => `translation.${s}`),
      ...LINKABLE_PAGES.map((p) => `nav.${p}`),
    ];
    const english = new Set(baseKeys('en'));
    expect(needed.filter((key) => !english.has(key))).toEqual([]);
  });

  it('interpolates and pluralises', () => {
    expect(useTranslations('en')('categories.countryCount', { count: 1 })).toBe('1 country');
    expect(useTranslations('en')('categories.countryCount', { count: 44 })).toBe('44 countries');
    expect(useTranslations('ru')('categories.countryCount', { count: 44 })).not.toBe(useTranslations('ru')('categories.countryCount', { count: 45 }));
  });
});

/** Chinese, as the UN and the hub's texts write it: no space between Chinese characters and Latin letters, digits or placeholders. */
const SPACED_CHINESE = /[\u4e00-\u9fff] +[A-Za-z0-9{]|[A-Za-z0-9}] +[\u4e00-\u9fff]/;
/** Names written as their owners write them. */
const SPACING_KEPT = ['licence.CC-BY-4.0', 'licence.CC-BY-SA-4.0', 'licence.CC-BY-NC-SA-3.0-IGO'];

describe('Chinese typography', () => {
  it('sets no space between Chinese and Latin letters or digits in the interface', () => {
    const flat = (value: unknown, prefix = ''): [string, string][] =>
      typeof value === 'string'
        ? [[prefix, value]]
        : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => flat(child, prefix ? `${prefix}.${key}` : key));
    const spaced = flat(STRINGS.zh).filter(([key, value]) => !SPACING_KEPT.includes(key) && SPACED_CHINESE.test(value));
    expect(spaced).toEqual([]);
    expect(SPACED_CHINESE.test('共 {{count}} 页')).toBe(true);
  });
});

describe('formatDate', () => {
  it('formats to the precision the date has', () => {
    expect(formatDate('en', '2023-12-13')).toBe('13 December 2023');
    expect(formatDate('en', '2027-12')).toBe('December 2027');
    expect(formatDate('en', '1994')).toBe('1994');
    expect(formatDate('fr', '2023-12-13')).toBe('13 décembre 2023');
  });
});
