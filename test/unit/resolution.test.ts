import { describe, expect, it } from 'vitest';
import type { OperativeSection, Resolution } from '../../src/content/schemas.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { expectedParagraphId, paragraphsOf } from '../../src/content/paragraphs.ts';
import { coverage, paragraphLabel } from '../../src/lib/resolution.ts';

const summary = { en: 'x', fr: 'x', es: 'x', ru: 'x', ar: 'x', zh: 'x' };
const bdt: OperativeSection = {
  id: 'instructs-bdt',
  verb: 'instructs',
  addressee: 'bdt-director',
  heading: 'instructs the Director of BDT',
  paragraphs: [
    { id: 'instructs-bdt-1', number: 1, text: 'to assist;', scope: 'hub', summary },
    { id: 'instructs-bdt-2', number: 2, text: 'to inform;', scope: 'hub', summary },
  ],
};
const br: OperativeSection = {
  id: 'instructs-br',
  verb: 'instructs',
  addressee: 'br-director',
  heading: 'instructs the Director of BR',
  paragraphs: [{ id: 'instructs-br', text: 'to support;', scope: 'itu', summary }],
};
const resolution = { sections: [bdt, br] } as unknown as Resolution;

describe('Resolution 197 paragraphs', () => {
  it('lists the operative paragraphs in order, each with its section', () => {
    expect(paragraphsOf(resolution).map((paragraph) => [paragraph.id, paragraph.section.id])).toEqual([
      ['instructs-bdt-1', 'instructs-bdt'],
      ['instructs-bdt-2', 'instructs-bdt'],
      ['instructs-br', 'instructs-br'],
    ]);
  });

  it('derives the id from the section and the number, or the section alone', () => {
    expect(expectedParagraphId(bdt, bdt.paragraphs[1]!)).toBe('instructs-bdt-2');
    expect(expectedParagraphId(br, br.paragraphs[0]!)).toBe('instructs-br');
  });

  it('counts answered paragraphs, answering resources and paragraphs addressed to ITU', () => {
    const resources = [{ answers: ['instructs-bdt-1'] }, { answers: ['instructs-bdt-1'] }, { answers: [] }];
    expect(coverage(paragraphsOf(resolution), resources)).toEqual({ paragraphs: 3, answered: 1, resources: 2, addressedToItu: 1 });
  });

  it('labels a paragraph by verb, addressee and number in the reader language', () => {
    const [first, , lone] = paragraphsOf(resolution);
    expect(paragraphLabel(useTranslations('en'), first!)).toBe('Instructs the Director of BDT, paragraph 1');
    expect(paragraphLabel(useTranslations('en'), lone!)).toBe('Instructs the Director of BR');
    expect(paragraphLabel(useTranslations('fr'), first!)).toBe('Charge le Directeur du BDT, paragraphe 1');
  });
});
