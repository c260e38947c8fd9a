/**
 * After the downloads are made (zips by the build, ZIM files by build:zim):
 * checksums and the download pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DOWNLOADS_FOLDER } from '../../lib/downloads.ts';
import { describeFile, writeChecksums } from './copies.ts';
import { fillDownloadPages } from './download-page.ts';

/** Checksums and download pages from whatever is in the downloads folder now. */
export function publishDownloads(siteDir: string): Map<string, { bytes: number; sha256: string }> {
  const folder = path.join(siteDir, DOWNLOADS_FOLDER);
  const files = new Map(
    (existsSync(folder) ? readdirSync(folder) : [])
      .filter((file) => /\.(zip|zim)$/.test(file))
      .sort()
      .map((file) => [file, describeFile(path.join(folder, file))] as const),
  );
  writeChecksums(
    siteDir,
    [...files].map(([file, { sha256 }]) => ({ file, sha256 })),
  );
  fillDownloadPages(siteDir, files);
  return files;
}
