/**
 * Translation status of one item in one language, from what the files say:
 * missing, machine-assisted, reviewed, stale (made from an older English
 * text) or original (the English itself).
 */
import type { Translated } from '../content/items.ts';
import type { TranslationStatus } from '../content/vocabulary.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

export type TranslationState = 'original' | 'missing' | 'stale' | TranslationStatus;

/** Any item (content/items.ts) whose texts carry a translation record. */
export type TranslatableItem = Translated<{
  data: { translation?: { status: TranslationStatus; sourceRevision: string; reviewedOn?: string | undefined } | undefined };
}>;

export function translationState(item: TranslatableItem, locale: Locale): TranslationState {
  if (locale === SOURCE_LOCALE) return 'original';
  const translation = item.texts[locale]?.data.translation;
  if (!item.texts[locale] || !translation) return 'missing';
  if (translation.sourceRevision !== item.sourceRevision) return 'stale';
  return translation.status;
}

/** The date a person reviewed the translation, if its review still holds (the English has not changed since). */
export function reviewedOn(item: TranslatableItem, locale: Locale): string | undefined {
  return translationState(item, locale) === 'reviewed' ? item.texts[locale]?.data.translation?.reviewedOn : undefined;
}

/** The i18n key of what readers are told about a text in each state (the English original needs no notice). */
export const NOTICE_KEYS = {
  missing: 'resource.untranslated',
  stale: 'resource.staleTranslation',
  'machine-assisted': 'resource.machineAssisted',
  reviewed: 'resource.reviewedTranslation',
} as const satisfies Record<Exclude<TranslationState, 'original'>, string>;

export interface TranslationRow {
  kind: 'resource' | 'organization';
  id: string;
  /** Folder of the item, relative to the content folder. */
  folder: string;
  /** Revision of the current English text: what a new translation records as its sourceRevision. */
  revision: string;
  states: Record<Locale, TranslationState>;
}

/** The translation status of every item in every language, for the CLI and the staff page. */
export function translationTable(
  items: readonly { kind: TranslationRow['kind']; id: string; folder: string; item: TranslatableItem }[],
  locales: readonly Locale[],
): TranslationRow[] {
  return items.map(({ kind, id, folder, item }) => ({
    kind,
    id,
    folder,
    revision: item.sourceRevision,
    states: Object.fromEntries(locales.map((locale) => [locale, translationState(item, locale)])) as Record<Locale, TranslationState>,
  }));
}
