/**
 * Kiwix files: one ZIM per language, made with Debian's zim-tools from the
 * one-language offline copy (already relative, with links to other languages
 * going online), unpacked into a work folder, and checked with `zimcheck -A`.
 * Only resource and organization pages go into Kiwix's full-text index:
 * listings and country pages repeat every title and summary, and would bury
 * the pages a reader is looking for (libzim skips pages marked noindex).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { defaultTreeAdapter as tree, parse, serialize } from 'parse5';
import { byTag } from '../lib/html.ts';
import { listFiles } from './files.ts';
import { extractZip } from './offline/zip.ts';
import path from 'node:path';
import { LOCALES, useTranslations, type Locale } from '../i18n/index.ts';
import { DOWNLOADS_FOLDER, copyName, offlineCopies, zimFiles } from '../lib/downloads.ts';
import { PROJECT_ROOT } from '../settings.ts';

/** ZIM metadata wants ISO 639-3 language codes. */
const ISO_639_3: Record<Locale, string> = { ar: 'ara', en: 'eng', es: 'spa', fr: 'fra', ru: 'rus', zh: 'zho' };
const ILLUSTRATION = 'icon-48.png';
/** Limits of the ZIM metadata specification. */
const MAX_TITLE = 30;
const MAX_DESCRIPTION = 80;

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} could not run (${result.error.message}); on Debian install it with: apt-get install zim-tools`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Pages Kiwix's full-text search finds: one resource or one organization. */
export const indexedInZim = (file: string): boolean => /^[a-z]{2}\/(resources|organizations)\/[^/]+\/index\.html$/.test(file);

/** Adds <meta name="robots" content="noindex"> to the <head> of a page. */
export function withNoindex(html: string): string {
  const document = parse(html);
  const head = byTag(document, 'head')[0];
  if (!head) throw new Error('The page has no <head>');
  tree.appendChild(
    head,
    tree.createElement('meta', head.namespaceURI, [
      { name: 'name', value: 'robots' },
      { name: 'content', value: 'noindex' },
    ]),
  );
  return serialize(document);
}

function keepOutOfIndex(copy: string): void {
  for (const file of listFiles(copy)) {
    if (!file.endsWith('.html') || indexedInZim(file)) continue;
    const absolute = path.join(copy, file);
    writeFileSync(absolute, withNoindex(readFileSync(absolute, 'utf8')));
  }
}

export function buildZim(locale: Locale, workDir: string, siteDir: string, site: string): string {
  const t = useTranslations(locale);
  const download = offlineCopies().find((candidate) => candidate.locales.length === 1 && candidate.locales[0] === locale)!;
  const zip = path.join(siteDir, DOWNLOADS_FOLDER, download.file);
  if (!existsSync(zip)) throw new Error(`The offline copy ${zip} is missing: run npm run build first.`);
  const copy = path.join(workDir, copyName(download));
  extractZip(zip, copy);
  const title = t('zim.title');
  const description = t('zim.description');
  if (title.length > MAX_TITLE || description.length > MAX_DESCRIPTION) {
    throw new Error(
      `zim.title (${title.length}) or zim.description (${description.length}) of ${locale} is longer than ${MAX_TITLE}/${MAX_DESCRIPTION} characters`,
    );
  }
  copyFileSync(path.join(PROJECT_ROOT, 'public', ILLUSTRATION), path.join(copy, ILLUSTRATION));
  keepOutOfIndex(copy);
  const zim = path.join(siteDir, DOWNLOADS_FOLDER, zimFiles().find((download) => download.locales[0] === locale)!.file);
  rmSync(zim, { force: true });
  run('zimwriterfs', [
    `--welcome=${locale}/index.html`,
    `--illustration=${ILLUSTRATION}`,
    `--language=${ISO_639_3[locale]}`,
    `--title=${title}`,
    `--description=${description}`,
    `--creator=${t('site.name')}`,
    `--publisher=${t('site.name')}`,
    `--name=iot-ssc-hub_${locale}`,
    `--source=${site}`,
    copy,
    zim,
  ]);
  run('zimcheck', ['-A', zim]);
  rmSync(copy, { recursive: true, force: true });
  return zim;
}

/** All ZIM files; the copies are unpacked beside the site folder while they are made. */
export function buildZims(siteDir: string, site: string, locales: readonly Locale[] = LOCALES): string[] {
  const workDir = `${siteDir.replace(/[\\/]$/, '')}-zim`;
  const made = locales.map((locale) => buildZim(locale, workDir, siteDir, site));
  rmSync(workDir, { recursive: true, force: true });
  return made;
}
