/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page
 * whose key and code are unchanged since the last build is copied from
 * Astro's cache instead of rendered again. A key must change whenever what
 * the page shows changes, so it is made of everything a page may show:
 *
 * - every page of a language shows facts (of any item, country, the site and
 *   the resolution) and the frontmatter of other items' texts in that
 *   language (titles and summaries in lists, English fallbacks marked): the
 *   language's key is a digest of all of that;
 * - an item's own page also shows its text's body and translation state: its
 *   key adds the revisions (frontmatter and body) of its text in the language
 *   and of the English original.
 *
 * So changing one text's body renders only that item's pages again; changing
 * a title or a fact renders the pages of its language, or all of them.
 */
import { createHash } from 'node:crypto';
import { textIn, translatedLocales, type ItemText, type Translated } from '../content/items.ts';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

type Item = Translated<ItemText<unknown>>;

/** What the pages of every language show beside the items: countries, site facts, the resolution. */
export interface KeyedContent {
  facts: unknown;
  items: readonly Item[];
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

/** An item's facts: everything but its texts. */
function factsOf({ texts: _texts, sourceRevision: _revision, ...facts }: Item): unknown {
  return facts;
}

export function languageKeys({ facts, items }: KeyedContent): Record<Locale, string> {
  const shared = digest([facts, items.map(factsOf), items.map(translatedLocales)]);
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, digest([shared, items.map((item) => (textIn(item, locale).text as ItemText<unknown>).data)])]),
  ) as Record<Locale, string>;
}

export function itemPageKey(languageKey: string, item: Item, locale: Locale): string {
  return digest([languageKey, item.texts[locale]?.revision, item.texts[SOURCE_LOCALE]?.revision]);
}
