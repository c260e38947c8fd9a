import { describe, expect, it } from 'vitest';
import { findRejected, proseOf, rejections, type Termbase } from '../../src/content/termbase.ts';
import { withAbbreviation } from '../../src/i18n/index.ts';

const none = { term: 'x', reject: [] };
const termbase: Termbase = {
  concepts: [
    {
      id: 'lldc',
      en: { term: 'landlocked developing countries', abbr: 'LLDCs', reject: [] },
      fr: { term: 'pays en développement sans littoral', abbr: 'PDSL', reject: [] },
      es: none,
      ru: { term: 'развивающиеся страны, не имеющие выхода к морю', abbr: 'НВМРС', reject: ['РСНВМ'] },
      ar: { term: 'البلدان النامية غير الساحلية', reject: ['LLDC', 'وLLDC'] },
      zh: { term: '内陆发展中国家', reject: ['LLDC'] },
      source: 'test',
    },
    {
      id: 'ldc',
      en: none,
      fr: none,
      es: none,
      ru: none,
      ar: { term: 'أقل البلدان نمواً', reject: ['LDC'] },
      zh: { term: '最不发达国家', reject: ['LDC'] },
      source: 'test',
    },
  ],
};
const all = rejections(termbase);
const found = (text: string, locale: Parameters<typeof findRejected>[1]) =>
  findRejected(text, locale, all).map((finding) => [finding.rejection.variant, finding.index]);

describe('termbase', () => {
  it('finds a rejected Cyrillic variant as a whole word only, and says what to write', () => {
    expect(found('для РСНВМ и других', 'ru')).toEqual([['РСНВМ', 4]]);
    expect(found('для РСНВМов', 'ru')).toEqual([]);
    expect(findRejected('РСНВМ', 'ru', all)[0]!.rejection.expected).toBe('развивающиеся страны, не имеющие выхода к морю (НВМРС)');
  });

  it('does not find LDC inside LLDC, and counts a variant glued to a particle once', () => {
    expect(found('فئات LDC وLLDC', 'ar')).toEqual([
      ['LDC', 5],
      ['وLLDC', 9],
    ]);
    expect(found('面向LLDC的指南', 'zh')).toEqual([['LLDC', 2]]);
  });

  it('looks only in the language the variant is wrong in', () => {
    expect(found('LDC and LLDC', 'en')).toEqual([]);
  });

  it('reads the prose of a text, not link targets or code', () => {
    expect(proseOf('See [the LLDC page](https://example.org/LLDC) and `LLDC`.\n\nNext LLDC line.')).toEqual([
      { text: 'See ', line: 1 },
      { text: 'the LLDC page', line: 1 },
      { text: ' and ', line: 1 },
      { text: '.', line: 1 },
      { text: 'Next LLDC line.', line: 3 },
    ]);
  });
});

describe('names with their abbreviation', () => {
  it('writes the abbreviation after the name, with full-width brackets in Chinese, and the name alone where there is none', () => {
    expect(withAbbreviation('en', 'Least developed countries', 'LDC')).toBe('Least developed countries (LDC)');
    expect(withAbbreviation('zh', '国际电信联盟', '国际电联')).toBe('国际电信联盟（国际电联）');
    expect(withAbbreviation('zh', '最不发达国家', '最不发达国家')).toBe('最不发达国家');
    expect(withAbbreviation('fr', 'Pays à économie en transition', 'pays à économie en transition')).toBe('Pays à économie en transition');
  });
});
