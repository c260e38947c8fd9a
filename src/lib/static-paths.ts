/**
 * getStaticPaths helpers: every page exists in every locale. Each path
 * carries its key for Astro's incremental build (page-keys.ts).
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { getCatalog } from './catalog.ts';

export async function localePaths(): Promise<{ params: { locale: Locale }; cacheKey: string }[]> {
  const { keys } = await getCatalog();
  return LOCALES.map((locale) => ({ params: { locale }, cacheKey: keys[locale] }));
}

/** One path per locale and per value, with the value passed on as a prop. */
export async function localeValuePaths<K extends string, V>(key: K, values: readonly V[], param: (value: V) => string) {
  const { keys } = await getCatalog();
  return LOCALES.flatMap((locale) =>
    values.map((value) => ({ params: { locale, [key]: param(value) } as { locale: Locale } & Record<K, string>, props: { value }, cacheKey: keys[locale] })),
  );
}
