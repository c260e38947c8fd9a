/**
 * Which folder of src/ may import which: the content model stands on its own,
 * the pure functions stand on the content model, and neither reaches up into
 * the pipeline, the pages or the tools built on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const SRC = path.join(ROOT, 'src');
/** Folders (or files) under src/ each folder's modules may import from, besides themselves and packages. */
const ALLOWED: Record<string, string[]> = {
  content: ['i18n', 'settings.ts'],
  lib: ['content', 'i18n', 'settings.ts'],
};

/** "src/content/x.ts" imports "../lib/urls.ts" → "lib". */
function importedAreas(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.relative(SRC, path.resolve(path.dirname(file), name)).split(path.sep)[0]!);
}

describe('layers of src/', () => {
  for (const [area, allowed] of Object.entries(ALLOWED)) {
    it(`src/${area}/ imports only from ${allowed.join(', ')}`, () => {
      const files = readdirSync(path.join(SRC, area)).filter((name) => name.endsWith('.ts'));
      expect(files.length).toBeGreaterThan(5);
      const wrong = files.flatMap((name) =>
        importedAreas(path.join(SRC, area, name))
          .filter((to) => to !== area && !allowed.includes(to))
          .map((to) => `${area}/${name} → ${to}`),
      );
      expect(wrong).toEqual([]);
    });
  }
});
