/** The editor's mapping of Decap's virtual files onto the content layout, without a browser. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listVirtual, readVirtual } from '../../src/editor/read-virtual.ts';
import { persist } from '../../src/editor/save.ts';
import { splitFrontmatter } from '../../src/editor/virtual-files.ts';
import { loadContent } from '../../src/content/load.ts';
import { contentWith } from '../helpers/fixtures.ts';

const header = (file: string) => parse(splitFrontmatter(readFileSync(file, 'utf8'))!.header) as Record<string, unknown>;
const revisionOf = (dir: string, slug: string) => loadContent(dir).content.resources.get(slug)!.texts.en!.revision;

describe("the editor's virtual files", () => {
  it('shows facts and English together, and each translation with its status', () => {
    const dir = contentWith();
    const english = readVirtual(dir, 'guidelines', 'example-guideline', 'en')!;
    expect(english).toMatch(/^---\ntitle: Example guideline\n/);
    expect(english).toContain('sectors:\n  - emergencies');
    expect(readVirtual(dir, 'guidelines', 'example-guideline', 'fr')).toMatch(/translationStatus: reviewed:\d{4}-\d{2}-\d{2}/);
    expect(readVirtual(dir, 'organizations', 'example-org', 'fr')).toContain('translationStatus: stale');
    expect(readVirtual(dir, 'guidelines', 'example-guideline', 'es')).toBeUndefined();
    expect(listVirtual(dir, 'guidelines').map((file) => file.path)).toEqual(['guidelines/example-guideline.en.md', 'guidelines/example-guideline.fr.md']);
  });

  it('writes nothing when nothing changed', () => {
    const dir = contentWith();
    const files = ['en', 'fr'].map((locale) => ({
      path: `guidelines/example-guideline.${locale}.md`,
      raw: readVirtual(dir, 'guidelines', 'example-guideline', locale as 'en')!,
    }));
    const result = persist(dir, files);
    expect(result).toMatchObject({ ok: true, files: [] });
  });

  it('leaves an untouched translation stale when the English changes, and records the new English in an edited one', () => {
    const dir = contentWith();
    const folder = path.join(dir, 'guidelines/example-guideline');
    const before = readFileSync(path.join(folder, 'fr.mdx'), 'utf8');
    const english = readVirtual(dir, 'guidelines', 'example-guideline', 'en')!.replace('title: Example guideline', 'title: Changed guideline');
    const french = readVirtual(dir, 'guidelines', 'example-guideline', 'fr')!;
    expect(
      persist(dir, [
        { path: 'guidelines/example-guideline.en.md', raw: english },
        { path: 'guidelines/example-guideline.fr.md', raw: french },
      ]).files,
    ).toEqual(['guidelines/example-guideline/en.mdx']);
    expect(readFileSync(path.join(folder, 'fr.mdx'), 'utf8')).toBe(before);
    const edited = readVirtual(dir, 'guidelines', 'example-guideline', 'fr')!
      .replace(/translationStatus: .*/, 'translationStatus: reviewed:2026-12-01')
      .replace(/^title: .*$/m, 'title: Ligne directrice modifiée');
    expect(persist(dir, [{ path: 'guidelines/example-guideline.fr.md', raw: edited }]).ok).toBe(true);
    expect(header(path.join(folder, 'fr.mdx'))['translation']).toEqual({
      status: 'reviewed',
      sourceRevision: revisionOf(dir, 'example-guideline'),
      reviewedOn: '2026-12-01',
    });
  });

  it('refuses, writing nothing, a change the hub finds wrong, with its messages', () => {
    const dir = contentWith();
    const facts = path.join(dir, 'guidelines/example-guideline/resource.yaml');
    const before = readFileSync(facts, 'utf8');
    const english = readVirtual(dir, 'guidelines', 'example-guideline', 'en')!.replace('  - emergencies', '  - emergency');
    const result = persist(dir, [{ path: 'guidelines/example-guideline.en.md', raw: english }]);
    expect(result.ok).toBe(false);
    expect(result.problems).toMatchObject([{ file: 'guidelines/example-guideline/resource.yaml', field: 'sectors[0]', suggestion: 'emergencies' }]);
    expect(readFileSync(facts, 'utf8')).toBe(before);
  });

  it('refuses a new item whose slug another type already uses', () => {
    const dir = contentWith();
    const raw = readVirtual(dir, 'guidelines', 'example-guideline', 'en')!;
    const result = persist(dir, [{ path: 'templates/example-guideline.en.md', raw }]);
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.message).toContain('is already used by guidelines/example-guideline');
  });
});

describe('the editor and components', () => {
  it('refuses to rewrite a text that uses components', () => {
    const dir = contentWith();
    const english = path.join(dir, 'guidelines/example-guideline/en.mdx');
    writeFileSync(english, readFileSync(english, 'utf8').replace('Text with a link', '<Note>Text</Note> with a link'));
    const raw = readVirtual(dir, 'guidelines', 'example-guideline', 'en')!.replace('title: Example guideline', 'title: Changed guideline');
    const result = persist(dir, [{ path: 'guidelines/example-guideline.en.md', raw }]);
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.message).toContain('uses components');
  });
});
