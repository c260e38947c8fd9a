/** Unzip an offline copy from the test build, as a reader would. */
import path from 'node:path';
import { extractZip } from '../../src/pipeline/offline/zip.ts';
import { OUTPUT, SITE_DIR } from './paths.ts';

export function unzipCopy(file: string): string {
  const folder = path.join(OUTPUT, 'unzipped', file.replace(/\.zip$/, ''));
  extractZip(path.join(SITE_DIR, 'downloads', file), folder);
  return folder;
}
