/** Keys of the incremental build change exactly when what a page may show changes. */
import { describe, expect, it } from 'vitest';
import { joinItem } from '../../src/content/items.ts';
import { itemPageKey, languageKeys } from '../../src/lib/page-keys.ts';

const text = (title: string, revision: string) => ({ data: { title }, revision });
const item = (slug: string, frTitle = 'Titre', enRevision = 'r1') =>
  joinItem({ slug, sectors: ['health'] }, { en: text('Title', enRevision), fr: text(frTitle, 'r2') });
const keysOf = (...items: ReturnType<typeof item>[]) => languageKeys({ facts: { membershipAsOf: '2026-12-01' }, items });

describe('languageKeys', () => {
  it('are the same for the same content, and differ by language', () => {
    expect(keysOf(item('a'))).toEqual(keysOf(item('a')));
    expect(keysOf(item('a')).fr).not.toBe(keysOf(item('a')).en);
  });

  it('change in one language when a title shown in it changes', () => {
    const [before, after] = [keysOf(item('a'), item('b')), keysOf(item('a'), item('b', 'Nouveau titre'))];
    expect(after.fr).not.toBe(before.fr);
    expect(after.en).toBe(before.en);
  });

  it('change in every language when a fact changes, or a translation appears', () => {
    const changed = keysOf(joinItem({ slug: 'a', sectors: ['energy'] }, item('a').texts));
    const translated = keysOf(joinItem({ slug: 'a', sectors: ['health'] }, { ...item('a').texts, es: text('Título', 'r3') }));
    for (const keys of [changed, translated]) for (const locale of ['en', 'fr', 'zh'] as const) expect(keys[locale]).not.toBe(keysOf(item('a'))[locale]);
  });

  it('do not change when only a body changes (the revision alone)', () => {
    expect(keysOf(item('a', 'Titre', 'r9'))).toEqual(keysOf(item('a')));
  });
});

describe('itemPageKey', () => {
  it("changes when the item's text in the language, or its English original, changes", () => {
    const key = (enRevision: string, frRevision: string) =>
      itemPageKey('k', joinItem({ slug: 'a' }, { en: text('Title', enRevision), fr: text('Titre', frRevision) }), 'fr');
    expect(key('r1', 'r2')).toBe(key('r1', 'r2'));
    expect(key('r1', 'r3')).not.toBe(key('r1', 'r2'));
    expect(key('r9', 'r2')).not.toBe(key('r1', 'r2'));
    expect(itemPageKey('other', joinItem({ slug: 'a' }, { en: text('Title', 'r1') }), 'fr')).not.toBe(
      itemPageKey('k', joinItem({ slug: 'a' }, { en: text('Title', 'r1') }), 'fr'),
    );
  });
});
