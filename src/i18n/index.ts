/**
 * The i18n module: every user-facing string goes through t(), every date,
 * number and list through Intl. One JSON file of strings per locale, all with
 * the same keys (a unit test checks it, plural forms included).
 */
import i18next, { type ParseKeys, type TFunction } from 'i18next';
import ar from './strings/ar.json' with { type: 'json' };
import en from './strings/en.json' with { type: 'json' };
import es from './strings/es.json' with { type: 'json' };
import fr from './strings/fr.json' with { type: 'json' };
import ru from './strings/ru.json' with { type: 'json' };
import zh from './strings/zh.json' with { type: 'json' };
import { INTL_TAGS, LOCALES, SOURCE_LOCALE, type Locale } from './locales.ts';

export * from './locales.ts';

export const STRINGS = { ar, en, es, fr, ru, zh } as const satisfies Record<Locale, object>;

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(LOCALES.map((locale) => [locale, { translation: STRINGS[locale] }])),
  lng: SOURCE_LOCALE,
  fallbackLng: SOURCE_LOCALE,
  supportedLngs: [...LOCALES],
  initAsync: false,
  // Astro escapes text when it renders; escaping here would double it.
  interpolation: { escapeValue: false },
  returnNull: false,
});

const fixed = new Map<Locale, TFunction>();
const plain = new Map<string, string>();

/**
 * The translation function of one locale. Pages ask for the same labels
 * thousands of times; strings without options are looked up once.
 */
export function useTranslations(locale: Locale): TFunction {
  let t = fixed.get(locale);
  if (!t) {
    const base = instance.getFixedT(locale);
    t = ((key: string, options?: object) => {
      if (options !== undefined || typeof key !== 'string') return base(key, options as never);
      const cacheKey = `${locale}\u0000${key}`;
      let value = plain.get(cacheKey);
      if (value === undefined) plain.set(cacheKey, (value = base(key as never)));
      return value;
    }) as unknown as TFunction;
    fixed.set(locale, t);
  }
  return t;
}

/** Intl formatters are costly to make and pages make many: one per locale and kind. */
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const collators = new Map<string, Intl.Collator>();

/** A date written YYYY, YYYY-MM or YYYY-MM-DD, formatted to the precision it has. */
export function formatDate(locale: Locale, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const format = cached(dateFormats, `${locale}${month ? 'm' : ''}${day ? 'd' : ''}`, () => {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    return new Intl.DateTimeFormat(INTL_TAGS[locale], options);
  });
  return format.format(new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1)));
}

export function formatList(locale: Locale, items: readonly string[]): string {
  return cached(listFormats, locale, () => new Intl.ListFormat(INTL_TAGS[locale], { style: 'long', type: 'conjunction' })).format(items);
}

/** Sort strings the way readers of this language expect. */
export function collator(locale: Locale): Intl.Collator {
  return cached(collators, locale, () => new Intl.Collator(INTL_TAGS[locale]));
}

/** The plural templates of one key in one locale ({ one: "…", other: "…" }), for formatting in the browser. */
export function pluralForms(locale: Locale, key: ParseKeys): Record<string, string> {
  const t = useTranslations(locale);
  const categories = new Intl.PluralRules(INTL_TAGS[locale]).resolvedOptions().pluralCategories;
  return Object.fromEntries(categories.map((category) => [category, t(`${key}_${category}` as never, { defaultValue: t(key, { count: 2 }) })]));
}

/**
 * A name with its abbreviation, as the language writes it: "Least developed
 * countries (LDC)", full-width brackets in Chinese "…（…）", and the name alone
 * where the language has no abbreviation (the label is then the name itself).
 */
export function withAbbreviation(locale: Locale, name: string, abbreviation: string): string {
  if (abbreviation.toLocaleLowerCase(INTL_TAGS[locale]) === name.toLocaleLowerCase(INTL_TAGS[locale])) return name;
  return locale === 'zh' ? `${name}（${abbreviation}）` : `${name} (${abbreviation})`;
}

/** Whether a short label is a real abbreviation (not the name again), so it may be marked up as <abbr>. */
export function isAbbreviation(name: string, short: string): boolean {
  return short.length < name.length;
}

/** A file size in kB or MB, in the reader's number format. */
export function formatBytes(locale: Locale, bytes: number): string {
  const [unit, value] = bytes >= 1e6 ? (['megabyte', bytes / 1e6] as const) : (['kilobyte', bytes / 1e3] as const);
  return new Intl.NumberFormat(INTL_TAGS[locale], { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
