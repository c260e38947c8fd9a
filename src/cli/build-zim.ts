/**
 * npm run build:zim: one Kiwix ZIM file per language from the offline copies
 * of the last `npm run build`, each checked with zimcheck -A; then the
 * checksums and download pages are brought up to date.
 */
import path from 'node:path';
import { publishDownloads } from '../pipeline/offline/publish.ts';
import { precompress } from '../pipeline/precompress.ts';
import { buildZims } from '../pipeline/zim.ts';
import { settingsOrExit } from '../settings.ts';

const siteDir = settingsOrExit().HUB_OUT_DIR;
const site = settingsOrExit().HUB_SITE;
try {
  const started = performance.now();
  const zims = buildZims(siteDir, site);
  const files = publishDownloads(siteDir);
  await precompress(siteDir, (file) => file.endsWith('/download/index.html'));
  const sizes = zims.map((zim) => `${path.basename(zim)} ${((files.get(path.basename(zim))?.bytes ?? 0) / 1e6).toFixed(1)} MB`).join(', ');
  process.stdout.write(`ZIM files made and checked in ${((performance.now() - started) / 1000).toFixed(1)} s: ${sizes}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
