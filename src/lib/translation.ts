/**
 * Translation status of one item in one language, from what the files say:
 * missing, machine-assisted, reviewed, stale (made from an older English
 * text) or original (the English itself).
 */
import type { TranslationStatus } from '../content/vocabulary.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

export type TranslationState = 'original' | 'missing' | 'stale' | TranslationStatus;

export interface TranslatableItem {
  texts: Partial<Record<Locale, { data: { translation?: { status: TranslationStatus; sourceRevision: string } | undefined } }>>;
  /** Revision of the current English text. */
  sourceRevision: string;
}

export function translationState(item: TranslatableItem, locale: Locale): TranslationState {
  if (locale === SOURCE_LOCALE) return 'original';
  const translation = item.texts[locale]?.data.translation;
  if (!item.texts[locale] || !translation) return 'missing';
  if (translation.sourceRevision !== item.sourceRevision) return 'stale';
  return translation.status;
}
