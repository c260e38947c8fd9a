/**
 * Resolution 197 as the pages show it: how much of it resources answer, and
 * the labels of its sections and paragraphs in the reader's language.
 */
import type { TFunction } from 'i18next';
import type { Paragraph } from '../content/paragraphs.ts';
import type { OperativeSection } from '../content/schemas.ts';

export interface Coverage {
  paragraphs: number;
  answered: number;
  resources: number;
  addressedToItu: number;
}

/** How many paragraphs resources answer, and how many resources answer any. */
export function coverage(paragraphs: readonly Paragraph[], resources: readonly { answers: readonly string[] }[]): Coverage {
  const answered = new Set(resources.flatMap((resource) => resource.answers));
  return {
    paragraphs: paragraphs.length,
    answered: paragraphs.filter((paragraph) => answered.has(paragraph.id)).length,
    resources: resources.filter((resource) => resource.answers.length > 0).length,
    addressedToItu: paragraphs.filter((paragraph) => paragraph.scope === 'itu').length,
  };
}

/** "Instructs the Director of BDT": the section's verb and addressee in the reader's language. */
export function sectionLabel(t: TFunction, section: OperativeSection): string {
  return t(`verb.${section.verb}`, { addressee: t(`addressee.${section.addressee}`) });
}

/** "Instructs the Director of BDT, paragraph 1" (the section alone for its only, unnumbered paragraph). */
export function paragraphLabel(t: TFunction, paragraph: Paragraph): string {
  const section = sectionLabel(t, paragraph.section);
  return paragraph.number === undefined ? section : t('resolution.paragraphLabel', { section, number: paragraph.number });
}
