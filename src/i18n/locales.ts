/** The six UN languages the hub is published in. English is the source language. */
export const LOCALES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** Each language named in itself, for the language chooser and switcher. */
export const NATIVE_NAMES: Record<Locale, string> = {
  ar: 'العربية',
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ru: 'Русский',
  zh: '中文',
};

/** BCP 47 tags for <html lang> and hreflang: Chinese is published in simplified script. */
export const LANG_TAGS: Record<Locale, string> = {
  ar: 'ar',
  en: 'en',
  es: 'es',
  fr: 'fr',
  ru: 'ru',
  zh: 'zh-Hans',
};

/** Locales for Intl formatting: English dates and lists follow UN (British) usage, "13 December 2023". */
export const INTL_TAGS: Record<Locale, string> = { ...LANG_TAGS, en: 'en-GB' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Languages written right to left, among those a cited title may be in. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi', 'dv']);

export function dir(language: Locale | string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** lang and dir for an element written in another language than its page; nothing when it is in the page's own (or none is given). */
export function languageOf(language: Locale | string | undefined, page?: Locale): { lang?: string; dir?: 'rtl' | 'ltr' } {
  return language === undefined || language === page ? {} : { lang: langTag(language), dir: dir(language) };
}

/** The BCP 47 tag of a language code: the hub's own tag for its six languages, the code itself otherwise. */
export function langTag(language: string): string {
  return isLocale(language) ? LANG_TAGS[language] : language;
}
