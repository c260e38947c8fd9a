/** getStaticPaths helpers: every page exists in every locale. */
import { LOCALES, type Locale } from '../i18n/locales.ts';

export function localePaths(): { params: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale } }));
}

/** One path per locale and per value, with the value passed on as a prop. */
export function localeValuePaths<K extends string, V>(key: K, values: readonly V[], param: (value: V) => string) {
  return LOCALES.flatMap((locale) =>
    values.map((value) => ({ params: { locale, [key]: param(value) } as { locale: Locale } & Record<K, string>, props: { value } })),
  );
}
