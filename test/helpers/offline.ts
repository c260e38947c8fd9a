/** Unzip an offline copy from the test build, as a reader would. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { OUTPUT, SITE_DIR } from './paths.ts';

export function unzipCopy(file: string): string {
  const folder = path.join(OUTPUT, 'unzipped', file.replace(/\.zip$/, ''));
  rmSync(folder, { recursive: true, force: true });
  for (const [name, data] of Object.entries(unzipSync(readFileSync(path.join(SITE_DIR, 'downloads', file))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), data);
  }
  return folder;
}
