/**
 * Offline copies: from the built site, one folder per download (all languages,
 * then each language alone) that works opened from disk, each zipped with a
 * start page and a read-me. The step fails if any internal URL in a copy does
 * not resolve to a file in it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANG_TAGS, LOCALES, type Locale } from '../../i18n/locales.ts';
import { CHECKSUMS_FILE, DOWNLOADS_FOLDER, README_FILE, START_FILE, offlineCopies, type Download } from '../../lib/downloads.ts';
import { OFFLINE_CONTENT_SECURITY_POLICY } from '../../lib/security.ts';
import { absolute, assetHref } from '../../lib/urls.ts';
import { listFiles } from '../files.ts';
import { SEARCH_FOLDER } from '../search-index.ts';
import { fileOf } from '../../lib/urls.ts';
import { BuildCache } from '../build-cache.ts';
import { rewrittenEntries } from './page-entries.ts';
import { linkedStylesheets, rewriteCss, rewritePage, type RewriteOptions } from './rewrite.ts';
import { OFFLINE_SCRIPTS, offlineSearchScripts, searchFilesFor, wrapSearchFile } from './search-bundle.ts';
import { readme, startPage } from './start-files.ts';
import { zipFile, type ZipWriter } from './zip.ts';

export interface OfflineOptions {
  siteDir: string;
  site: string;
  /** Settles when the search index is written; pages are copied before that. */
  searchIndex: Promise<unknown>;
  /** Date of the content: time stamp of every zip entry, date in the read-me. */
  date: string;
  /** Astro's cache folder: pages rewritten, and entries deflated, by an earlier build are taken from it. */
  cacheDir: string;
}

export interface MadeDownload extends Download {
  bytes: number;
  sha256: string;
}

/** Site paths a copy leaves out: other languages, files only a server uses, the downloads themselves. */
function included(file: string, locales: readonly Locale[], all: boolean): boolean {
  if (/\.(gz|br)$/.test(file) || file.startsWith(`${DOWNLOADS_FOLDER}/`) || /^sitemap.*\.xml$/.test(file)) return false;
  if (file === 'index.html') return all;
  // The online search module: the copy has classic scripts instead.
  if (/^_astro\/.*\.js$/.test(file)) return false;
  const first = file.split('/')[0]!;
  return !(LOCALES as readonly string[]).includes(first) || locales.includes(first as Locale);
}

interface Copy {
  download: Download;
  zip: ZipWriter;
  all: boolean;
  /** Links to files the copy does not hold, found as pages are rewritten. */
  missing: string[];
  /** The rewritten language chooser, which the all-languages copy also opens as START-HERE.html. */
  chooser?: string;
}

function write(copy: Copy, sitePath: string, data: string | Buffer): void {
  copy.zip.add(sitePath.slice(1), data);
  if (sitePath === '/index.html') copy.chooser = String(data);
}

/**
 * Every copy, written straight into its zip file as the built site is read
 * (no folder of copies on disk: file systems are slow with thousands of small
 * files). Each source file is read, and each page parsed, once.
 */
export async function buildOfflineCopies(options: OfflineOptions): Promise<MadeDownload[]> {
  const { siteDir, site } = options;
  const downloads = path.join(siteDir, DOWNLOADS_FOLDER);
  mkdirSync(downloads, { recursive: true });
  const mtime = new Date(`${options.date}T00:00:00Z`);
  const [rewritten, deflated] = [new BuildCache(options.cacheDir, 'offline-pages'), new BuildCache(options.cacheDir, 'offline-deflated')];
  const copies: Copy[] = offlineCopies().map((download) => ({
    download,
    zip: zipFile(path.join(downloads, download.file), mtime, deflated),
    all: download.locales.length === LOCALES.length,
    missing: [],
  }));

  // Pages first, while the search index may still be being written; its files last.
  const all = listFiles(siteDir);
  const files = all.filter((file) => !file.startsWith(`${SEARCH_FOLDER}/`));
  // What each copy will hold, known in advance, so each link is checked as its page is rewritten.
  const sources = new Set([...all.map((file) => `/${file}`), ...Object.values(OFFLINE_SCRIPTS)]);
  const holds = (copy: Copy, target: string) =>
    sources.has(target) &&
    (target.startsWith(`/${SEARCH_FOLDER}/`) ? target === OFFLINE_SCRIPTS.pagefind : included(target.slice(1), copy.download.locales, copy.all));
  const check = (copy: Copy, from: string, targets: readonly string[]) => {
    for (const target of targets) if (!holds(copy, fileOf(target))) copy.missing.push(`${from} → ${target}`);
  };
  for (const [index, file] of files.entries()) {
    // Let the zips catch up (memory stays bounded) and other steps running beside this one get a turn.
    await Promise.all(copies.map((copy) => copy.zip.ready()));
    if (index % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
    const holders = copies.filter((copy) => included(file, copy.download.locales, copy.all));
    if (holders.length === 0) continue;
    const sitePath = `/${file}`;
    const source = path.join(siteDir, file);
    const rewrite: RewriteOptions = {
      pagePath: sitePath,
      allLocales: LOCALES,
      site,
      onlinePrefixes: [`/${DOWNLOADS_FOLDER}/`],
      htmlAttributes: { 'data-offline': 'true' },
      contentSecurityPolicy: OFFLINE_CONTENT_SECURITY_POLICY,
      // Written into pages, so as hrefs (with the base path); the rewrite then makes them relative.
      classicScripts: [OFFLINE_SCRIPTS.files, OFFLINE_SCRIPTS.pagefind, OFFLINE_SCRIPTS.ui].map((file) => assetHref(file.slice(1))),
    };
    if (file.endsWith('.html') && sitePath !== '/index.html') {
      const results = rewrittenEntries(
        rewritten,
        sitePath,
        readFileSync(source),
        rewrite,
        holders.map((copy) => ({ locales: copy.download.locales })),
      );
      holders.forEach((copy, index) => {
        copy.zip.addPrepared(sitePath.slice(1), results[index]!.entry);
        check(copy, sitePath, results[index]!.targets);
      });
    } else if (file.endsWith('.html')) {
      const results = rewritePage(
        readFileSync(source, 'utf8'),
        rewrite,
        holders.map((copy) => ({ locales: copy.download.locales })),
      );
      holders.forEach((copy, index) => {
        write(copy, sitePath, results[index]!.html);
        check(copy, sitePath, results[index]!.targets);
      });
    } else if (file.endsWith('.css')) {
      const css = readFileSync(source, 'utf8');
      for (const copy of holders) {
        const result = rewriteCss(css, rewrite, { locales: copy.download.locales });
        write(copy, sitePath, result.html);
        check(copy, sitePath, result.targets);
      }
    } else {
      const data = readFileSync(source);
      for (const copy of holders) write(copy, sitePath, data);
    }
  }

  // A one-language start page looks like the language chooser, with its stylesheets (relative to the root).
  const chooserStyles = linkedStylesheets(readFileSync(path.join(siteDir, 'index.html'), 'utf8'));
  await options.searchIndex;
  const scripts = await offlineSearchScripts(siteDir);
  const searchFiles = listFiles(path.join(siteDir, SEARCH_FOLDER)).filter((name) => !/\.(gz|br)$/.test(name));
  for (const copy of copies) {
    const search = searchFilesFor(
      siteDir,
      copy.download.locales.map((locale) => LANG_TAGS[locale].toLowerCase()),
    );
    write(copy, `/${SEARCH_FOLDER}/pagefind-entry.json.js`, `hubSearchFile("pagefind-entry.json","${Buffer.from(search.entry).toString('base64')}");\n`);
    for (const name of searchFiles) {
      if (!search.needed(name)) continue;
      write(copy, `/${SEARCH_FOLDER}/${name}.js`, wrapSearchFile(name, path.join(siteDir, SEARCH_FOLDER, name)));
      await copy.zip.ready();
    }
  }

  const made = await Promise.all(
    copies.map(async (copy) => {
      for (const [sitePath, code] of scripts) write(copy, sitePath, code);
      write(copy, `/${START_FILE}`, copy.all ? copy.chooser! : startPage(copy.download.locales[0]!, chooserStyles));
      write(copy, `/${README_FILE}`, readme(options.date, absolute(`${assetHref(DOWNLOADS_FOLDER)}/`, site)));
      const bytes = await copy.zip.close();
      if (copy.missing.length > 0) {
        const list = [...new Set(copy.missing)]
          .slice(0, 50)
          .map((link) => `  ${link}`)
          .join('\n');
        throw new Error(`The offline copy ${copy.download.file} has ${copy.missing.length} link(s) to files that are not in it:\n${list}`);
      }
      const file = path.join(downloads, copy.download.file);
      return { ...copy.download, bytes, sha256: describeFile(file).sha256 };
    }),
  );
  for (const cache of [rewritten, deflated]) cache.prune();
  return made;
}

export function describeFile(file: string): { bytes: number; sha256: string } {
  const data = readFileSync(file);
  return { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

/** SHA256SUMS in the format of sha256sum, for every file in the downloads folder. */
export function writeChecksums(siteDir: string, files: readonly { file: string; sha256: string }[]): void {
  const lines = [...files].sort((a, b) => a.file.localeCompare(b.file)).map(({ file, sha256 }) => `${sha256}  ${file}`);
  writeFileSync(path.join(siteDir, DOWNLOADS_FOLDER, CHECKSUMS_FILE), `${lines.join('\n')}\n`);
}
