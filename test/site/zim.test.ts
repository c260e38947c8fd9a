/**
 * Kiwix files: `npm run build:zim` on a copy of the test build (it adds files
 * and rewrites the download pages, which the other tests must not see), then
 * Kiwix's own full-text search through Debian's kiwix-serve.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales.ts';
import { zimFiles } from '../../src/lib/downloads.ts';
import { listFiles } from '../../src/pipeline/files.ts';
import { indexedInZim } from '../../src/pipeline/zim.ts';
import { byTag, text } from '../helpers/html.ts';
import { OUTPUT, SITE_DIR } from '../helpers/paths.ts';
import { freePort } from '../helpers/server.ts';
import { runCli } from '../helpers/run.ts';

const site = path.join(OUTPUT, 'site-zim');
beforeAll(() => {
  rmSync(site, { recursive: true, force: true });
  cpSync(SITE_DIR, site, { recursive: true });
});

describe('Kiwix files', () => {
  it('npm run build:zim makes one ZIM per language that passes zimcheck -A', () => {
    const result = runCli('build-zim', [], { HUB_OUT_DIR: site });
    expect(result.status, result.stderr).toBe(0);
    for (const { file } of zimFiles()) {
      const check = spawnSync('zimcheck', ['-A', path.join(site, 'downloads', file)], { encoding: 'utf8' });
      expect(check.status, check.stdout).toBe(0);
    }
  }, 300_000);
});

/** libzim 8.2.1 strips accents from queries and splits Chinese into n-grams, writing and reading; Debian 12 has 8.1. */
function libzimAtLeast821(): boolean {
  const version = /libzim (\d+)\.(\d+)\.(\d+)/.exec(spawnSync('kiwix-serve', ['--version'], { encoding: 'utf8' }).stdout);
  const [major, minor, patch] = (version?.slice(1) ?? ['0', '0', '0']).map(Number) as [number, number, number];
  return major > 8 || (major === 8 && (minor > 2 || (minor === 2 && patch >= 1)));
}

const unaccented = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Resource and organization pages of the built site whose text has the word (accents and case aside): Kiwix must find at least these. */
function pagesWithWord(locale: Locale, word: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return listFiles(site)
    .filter((file) => file.startsWith(`${locale}/`) && indexedInZim(file))
    .filter((file) => {
      const main = byTag(parse(readFileSync(path.join(site, file), 'utf8')), 'main')[0]!;
      return [...segmenter.segment(unaccented(text(main)))].some((segment) => segment.segment === unaccented(word));
    })
    .map((file) => file.replace(/index\.html$/, ''));
}

describe('Kiwix full-text search (kiwix-serve)', () => {
  let server: ChildProcess | undefined;
  let origin = '';

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn('kiwix-serve', ['--address=127.0.0.1', `--port=${port}`, ...zimFiles().map(({ file }) => path.join(site, 'downloads', file))], {
      stdio: 'ignore',
    });
    for (let tries = 0; tries < 50; tries++) {
      if (
        await fetch(`${origin}/catalog/v2/entries`).then(
          (response) => response.ok,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('kiwix-serve did not start');
  }, 30_000);
  afterAll(() => {
    server?.kill();
  });

  /** The pages a query finds in one language's ZIM, as site paths. */
  async function search(locale: Locale, pattern: string): Promise<string[]> {
    const book = zimFiles()
      .find((download) => download.locales[0] === locale)!
      .file.replace(/\.zim$/, '');
    const html = await (await fetch(`${origin}/search?${new URLSearchParams({ content: book, pattern, pageLength: '500' })}`)).text();
    const links = byTag(parse(html), 'a')
      .map((link) => link.attrs.find((attribute) => attribute.name === 'href')?.value ?? '')
      .filter((href) => href.startsWith(`/${book}/`) && href.length > book.length + 2);
    return links.map((href) =>
      decodeURIComponent(href.slice(book.length + 2))
        .replace(/^A\//, '')
        .replace(/index\.html$/, ''),
    );
  }

  it('indexes only resource and organization pages: a common word finds every one of them and nothing else', async () => {
    const found = await search('en', 'the');
    const pages = listFiles(site)
      .filter((file) => file.startsWith('en/') && indexedInZim(file))
      .map((file) => file.replace(/index\.html$/, ''));
    expect(pages.length).toBeGreaterThan(50);
    expect(found.sort()).toEqual(pages.sort());
  });

  const queries: [Locale, string][] = [
    ['en', 'warning'],
    ['fr', 'precoce'],
    ['fr', 'energie'],
    ['es', 'energia'],
    ['ru', 'наводнений'],
    ['ar', 'الطاقة'],
  ];
  it.each(queries)('%s "%s" finds every resource page with the word, and only resource or organization pages', async (locale, word) => {
    const expected = pagesWithWord(locale, word);
    expect(expected.length).toBeGreaterThan(0);
    const found = await search(locale, word);
    expect(found.filter((page) => !indexedInZim(`${page}index.html`))).toEqual([]);
    expect(expected.filter((page) => !found.includes(page))).toEqual([]);
  });

  // The ZIMs index text without accents (as libzim does); libzim before 8.2.1 does not strip them from the query,
  // so an accented word finds nothing there. docs/performance.md explains it and what readers can do.
  const accented: [Locale, string, string][] = [
    ['fr', 'précoce', 'precoce'],
    ['fr', 'énergie', 'energie'],
    ['es', 'energía', 'energia'],
  ];
  it.each(accented)('%s "%s" finds what "%s" finds with libzim 8.2.1 or later, and nothing with older libzim', async (locale, word, plain) => {
    const found = await search(locale, word);
    if (libzimAtLeast821()) expect(found.sort()).toEqual((await search(locale, plain)).sort());
    else expect(found).toEqual([]);
  });

  it('zh "能源" finds only resource pages, and with libzim 8.2.1 or later every page with the word', async () => {
    const found = await search('zh', '能源');
    expect(found.filter((page) => !indexedInZim(`${page}index.html`))).toEqual([]);
    // Before 8.2.1 libzim indexes Chinese without word splitting: only text set off by spaces or punctuation is found.
    if (libzimAtLeast821()) expect(pagesWithWord('zh', '能源').filter((page) => !found.includes(page))).toEqual([]);
    else expect(found.length).toBeLessThan(pagesWithWord('zh', '能源').length);
  });
});
