/** Compressed twins from the build cache are the bytes a build without it makes; unused entries go. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/pipeline/build-cache.ts';
import { precompress } from '../../src/pipeline/precompress.ts';
import { OUTPUT } from '../helpers/paths.ts';

function site(root: string, pages: Record<string, string>): string {
  rmSync(root, { recursive: true, force: true });
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), html);
  }
  return root;
}

describe('precompress with a build cache', () => {
  it('writes the same twins as without it, reuses them, and keeps only what the last build used', async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const work = mkdtempSync(path.join(OUTPUT, 'build-cache-'));
    const page = (words: string) => `<!doctype html><p>${words.repeat(200)}</p>`;
    const pages = { 'a/index.html': page('early warning '), 'b/index.html': page('energy '), 'style.css': `p{color:red}${' '.repeat(600)}` };
    const plain = site(path.join(work, 'plain'), pages);
    await precompress(plain);
    const cache = () => new BuildCache(path.join(work, 'cache'), 'compressed');

    const first = site(path.join(work, 'first'), pages);
    await precompress(first, undefined, cache());
    const firstEntries = new Set(readdirSync(cache().dir));
    expect(firstEntries.size).toBe(6);
    const second = site(path.join(work, 'second'), { ...pages, 'b/index.html': page('health ') });
    await precompress(second, undefined, cache());

    for (const twin of ['a/index.html.gz', 'a/index.html.br', 'style.css.br']) {
      expect(readFileSync(path.join(first, twin))).toEqual(readFileSync(path.join(plain, twin)));
      expect(readFileSync(path.join(second, twin))).toEqual(readFileSync(path.join(plain, twin)));
    }
    expect(readFileSync(path.join(second, 'b/index.html.gz'))).not.toEqual(readFileSync(path.join(plain, 'b/index.html.gz')));
    // The twins of the unchanged files are kept, those of the page as it was are gone, those of the page as it is added.
    const secondEntries = readdirSync(cache().dir);
    expect(secondEntries).toHaveLength(6);
    expect(secondEntries.filter((name) => firstEntries.has(name))).toHaveLength(4);
  });
});
