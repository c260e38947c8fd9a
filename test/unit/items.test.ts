/** The one item shape: facts joined with texts, and which text a language shows. */
import { describe, expect, it } from 'vitest';
import { joinItem, textIn, translatedLocales } from '../../src/content/items.ts';

const text = (title: string, revision: string) => ({ data: { title }, revision });

describe('joinItem', () => {
  it('keeps the facts and takes the English revision as the item revision', () => {
    const item = joinItem({ id: 'itu', checked: '2026-01-01' }, { fr: text('UIT', 'r1'), en: text('ITU', 'r2') });
    expect(item).toEqual({ id: 'itu', checked: '2026-01-01', texts: { fr: text('UIT', 'r1'), en: text('ITU', 'r2') }, sourceRevision: 'r2' });
  });

  it('has no revision when the English text is missing', () => {
    expect(joinItem({ id: 'itu' }, { fr: text('UIT', 'r1') }).sourceRevision).toBe('');
  });
});

describe('textIn and translatedLocales', () => {
  const item = joinItem({ id: 'itu' }, { en: text('ITU', 'r2'), ar: text('الاتحاد', 'r2') });

  it('shows the translation where there is one, else the English as a fallback', () => {
    expect(textIn(item, 'ar')).toEqual({ text: text('الاتحاد', 'r2'), locale: 'ar', fallback: false });
    expect(textIn(item, 'zh')).toEqual({ text: text('ITU', 'r2'), locale: 'en', fallback: true });
  });

  it('lists the languages the item exists in, in the order of the locales', () => {
    expect(translatedLocales(item)).toEqual(['ar', 'en']);
  });
});
