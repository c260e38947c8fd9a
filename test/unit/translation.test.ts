import { describe, expect, it } from 'vitest';
import { revisionOfText, textRevision } from '../../src/content/revision.ts';
import { translationState, type TranslatableItem } from '../../src/lib/translation.ts';

const english = { title: 'Title', summary: 'A summary of the text.', body: '## Heading\n\nBody text.\n' };
const revision = textRevision(english);

describe('textRevision', () => {
  it('is r and 9 hex characters, stable across line endings and trailing spaces', () => {
    expect(revision).toMatch(/^r[0-9a-f]{9}$/);
    expect(textRevision({ ...english, body: '## Heading  \r\n\r\nBody text.\r\n\r\n' })).toBe(revision);
  });
  it('changes when the title, summary or body changes', () => {
    expect(textRevision({ ...english, title: 'Other' })).not.toBe(revision);
    expect(textRevision({ ...english, summary: 'Another summary.' })).not.toBe(revision);
    expect(textRevision({ ...english, body: 'Body text changed.' })).not.toBe(revision);
  });
  it('is the same from a text file: a resource title or an organization name, summary and body', () => {
    expect(revisionOfText({ title: english.title, summary: english.summary }, english.body)).toBe(revision);
    expect(revisionOfText({ name: english.title, summary: english.summary }, english.body)).toBe(revision);
  });
});

describe('translationState', () => {
  const item: TranslatableItem = {
    sourceRevision: revision,
    texts: {
      en: { data: {} },
      fr: { data: { translation: { status: 'reviewed', sourceRevision: revision } } },
      es: { data: { translation: { status: 'machine-assisted', sourceRevision: revision } } },
      ru: { data: { translation: { status: 'reviewed', sourceRevision: 'r000000000' } } },
    },
  };
  it('tells original, reviewed, machine-assisted, stale and missing apart', () => {
    expect(translationState(item, 'en')).toBe('original');
    expect(translationState(item, 'fr')).toBe('reviewed');
    expect(translationState(item, 'es')).toBe('machine-assisted');
    expect(translationState(item, 'ru')).toBe('stale');
    expect(translationState(item, 'ar')).toBe('missing');
  });
});
