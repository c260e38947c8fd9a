/**
 * Offline copies: from the built site, one folder per download (all languages,
 * then each language alone) that works opened from disk, each zipped with a
 * start page and a read-me. The step fails if any internal URL in a copy does
 * not resolve to a file in it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANG_TAGS, LOCALES, type Locale } from '../../i18n/locales.ts';
import { CHECKSUMS_FILE, DOWNLOADS_FOLDER, README_FILE, START_FILE, copyName, offlineCopies, type Download } from '../../lib/downloads.ts';
import { OFFLINE_CONTENT_SECURITY_POLICY } from '../../lib/security.ts';
import { absolute, assetHref } from '../../lib/urls.ts';
import { listFiles } from '../files.ts';
import { fileOf, rewriteCss, rewritePage, type RewriteOptions } from './rewrite.ts';
import { OFFLINE_SCRIPTS, offlineSearchScripts, searchFilesFor, wrapSearchFile } from './search-bundle.ts';
import { readme, startPage } from './start-files.ts';
import { zipFolder } from './zip.ts';

export interface OfflineOptions {
  siteDir: string;
  /** Where the copies are assembled before zipping (kept for the ZIM step). */
  stagingDir: string;
  site: string;
  /** Date of the content: time stamp of every zip entry, date in the read-me. */
  date: string;
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
  if (/^_astro\/.*\.js$/.test(file) || file === 'pagefind/pagefind-worker.js' || file === 'pagefind/pagefind.js') return false;
  const first = file.split('/')[0]!;
  return !(LOCALES as readonly string[]).includes(first) || locales.includes(first as Locale);
}

async function makeCopy(download: Download, options: OfflineOptions, scripts: Map<string, string>): Promise<string> {
  const { siteDir, site } = options;
  const all = download.locales.length === LOCALES.length;
  const folder = path.join(options.stagingDir, copyName(download));
  rmSync(folder, { recursive: true, force: true });
  const search = searchFilesFor(siteDir, download.locales.map((locale) => LANG_TAGS[locale].toLowerCase()));
  const written = new Set<string>();
  const references: { from: string; target: string }[] = [];
  const write = (sitePath: string, data: string | Buffer) => {
    const file = path.join(folder, sitePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
    written.add(sitePath);
  };

  for (const file of listFiles(siteDir)) {
    if (!included(file, download.locales, all)) continue;
    const sitePath = `/${file}`;
    const source = path.join(siteDir, file);
    const rewrite: RewriteOptions = {
      pagePath: sitePath,
      locales: download.locales,
      allLocales: LOCALES,
      site,
      onlinePrefixes: [`/${DOWNLOADS_FOLDER}/`],
      htmlAttributes: { 'data-offline': 'true' },
      contentSecurityPolicy: OFFLINE_CONTENT_SECURITY_POLICY,
      classicScripts: [OFFLINE_SCRIPTS.files, OFFLINE_SCRIPTS.pagefind, OFFLINE_SCRIPTS.ui],
    };
    if (file.startsWith('pagefind/')) {
      const name = file.slice('pagefind/'.length);
      if (name === 'pagefind-entry.json') write(`${sitePath}.js`, `hubSearchFile("pagefind-entry.json","${Buffer.from(search.entry).toString('base64')}");\n`);
      else if (search.needed(name)) write(`${sitePath}.js`, wrapSearchFile(name, source));
    } else if (file.endsWith('.html')) {
      const { html, targets } = rewritePage(readFileSync(source, 'utf8'), rewrite);
      write(sitePath, html);
      references.push(...targets.map((target) => ({ from: sitePath, target })));
    } else if (file.endsWith('.css')) {
      const { html: css, targets } = rewriteCss(readFileSync(source, 'utf8'), rewrite);
      write(sitePath, css);
      references.push(...targets.map((target) => ({ from: sitePath, target })));
    } else {
      write(sitePath, readFileSync(source));
    }
  }
  for (const [sitePath, code] of scripts) write(sitePath, code);

  const stylesheet = [...written].find((file) => /^\/_astro\/.*\.css$/.test(file))!;
  write(`/${START_FILE}`, all ? readFileSync(path.join(folder, 'index.html')) : startPage(download.locales[0]!, stylesheet.slice(1)));
  write(`/${README_FILE}`, readme(options.date, absolute(`${assetHref(DOWNLOADS_FOLDER)}/`, site)));

  const missing = references.filter(({ target }) => !written.has(fileOf(target)));
  if (missing.length > 0) {
    const list = [...new Set(missing.map(({ from, target }) => `  ${from} → ${target}`))].slice(0, 50).join('\n');
    throw new Error(`The offline copy ${download.file} has ${missing.length} link(s) to files that are not in it:\n${list}`);
  }
  return folder;
}

export async function buildOfflineCopies(options: OfflineOptions): Promise<MadeDownload[]> {
  const scripts = await offlineSearchScripts(options.siteDir);
  const downloads = path.join(options.siteDir, DOWNLOADS_FOLDER);
  mkdirSync(downloads, { recursive: true });
  const made: MadeDownload[] = [];
  const mtime = new Date(`${options.date}T00:00:00Z`);
  for (const download of offlineCopies()) {
    const folder = await makeCopy(download, options, scripts);
    const file = path.join(downloads, download.file);
    await zipFolder(folder, file, mtime);
    made.push({ ...download, ...describeFile(file) });
  }
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
