/**
 * The one shape of a resource or an organization, whoever reads it: its
 * facts, with its texts by language and the revision of its English text.
 * The content check (load.ts) reads texts from the files, the pages
 * (lib/catalog.ts) from Astro's collections; both join them with joinItem,
 * so the build steps, the CLIs, the tests and the pages see the same items.
 */
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import type { OrganizationFacts, OrganizationText, ResourceFacts, Text } from './schemas.ts';
import type { ResourceType } from './vocabulary.ts';

/** What every reader of a text has: its frontmatter and its revision (what a translation of it records). */
export interface ItemText<T> {
  data: T;
  revision: string;
}

export interface Translated<X> {
  texts: Partial<Record<Locale, X>>;
  /** Revision of the English text; a translation made from another revision is stale. */
  sourceRevision: string;
}

/** A resource's facts with what its folder says: its slug (the page address) and its type. */
export type ResourceRecord = ResourceFacts & { slug: string; type: ResourceType };

export type Resource<X extends ItemText<Text> = ItemText<Text>> = ResourceRecord & Translated<X>;

export type Organization<X extends ItemText<OrganizationText> = ItemText<OrganizationText>> = OrganizationFacts & { id: string } & Translated<X>;

/** An item from its facts (with its key) and its texts; the English text's revision is the item's. */
export function joinItem<F extends object, X extends ItemText<unknown>>(facts: F, texts: Partial<Record<Locale, X>>): F & Translated<X> {
  return { ...facts, texts, sourceRevision: texts[SOURCE_LOCALE]?.revision ?? '' };
}

/** The text to show in a locale: the translation if there is one, else the English original. */
export function textIn<X>(item: Translated<X>, locale: Locale): { text: X; locale: Locale; fallback: boolean } {
  const translated = item.texts[locale];
  if (translated) return { text: translated, locale, fallback: false };
  return { text: item.texts[SOURCE_LOCALE]!, locale: SOURCE_LOCALE, fallback: true };
}

/** Locales the item really exists in (for hreflang and the language switcher). */
export function translatedLocales(item: Translated<unknown>): Locale[] {
  return LOCALES.filter((locale) => item.texts[locale] !== undefined);
}
