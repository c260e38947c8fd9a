/**
 * The operative paragraphs of the resolution in order, each with the section
 * (verb and addressee) it belongs to, and the id each paragraph must have.
 */
import type { OperativeParagraph, OperativeSection, Resolution } from './schemas.ts';

export interface Paragraph extends OperativeParagraph {
  section: OperativeSection;
}

export function paragraphsOf(resolution: Resolution): Paragraph[] {
  return resolution.sections.flatMap((section) => section.paragraphs.map((paragraph) => ({ ...paragraph, section })));
}

/** The id a paragraph must have: its section's id, then its number (none for a lone unnumbered paragraph). */
export function expectedParagraphId(section: OperativeSection, paragraph: OperativeParagraph): string {
  return paragraph.number === undefined ? section.id : `${section.id}-${paragraph.number}`;
}
