/**
 * Astro integration: after the search index, make the offline copies and
 * their zips, write SHA256SUMS and fill the download pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../../content/load.ts';
import { contentDir } from '../../content/location.ts';
import { DOWNLOADS_FOLDER } from '../../lib/downloads.ts';
import { contentDate } from '../../lib/content-date.ts';
import { buildOfflineCopies, describeFile, writeChecksums } from './copies.ts';
import { fillDownloadPages } from './download-page.ts';

/** Where copies are assembled: beside the site folder, never inside it. */
export function stagingDirOf(siteDir: string): string {
  return `${siteDir.replace(/[\\/]$/, '')}-offline`;
}

/** Checksums and download pages from whatever is in the downloads folder now (zips, and ZIMs once made). */
export function publishDownloads(siteDir: string): Map<string, { bytes: number; sha256: string }> {
  const folder = path.join(siteDir, DOWNLOADS_FOLDER);
  const files = new Map(
    (existsSync(folder) ? readdirSync(folder) : []).filter((file) => /\.(zip|zim)$/.test(file)).sort().map((file) => [file, describeFile(path.join(folder, file))] as const),
  );
  writeChecksums(siteDir, [...files].map(([file, { sha256 }]) => ({ file, sha256 })));
  fillDownloadPages(siteDir, files);
  return files;
}

export function hubOffline(): AstroIntegration {
  let site = '';
  return {
    name: 'hub-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        const { content } = loadContent(contentDir());
        const made = await buildOfflineCopies({ siteDir, stagingDir: stagingDirOf(siteDir), site, date: contentDate(content) });
        publishDownloads(siteDir);
        const sizes = made.map(({ file, bytes }) => `${file} ${(bytes / 1e6).toFixed(1)} MB`).join(', ');
        logger.info(`offline copies in ${((performance.now() - started) / 1000).toFixed(1)} s: ${sizes}`);
      },
    },
  };
}
