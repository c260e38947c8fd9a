/**
 * npm run build:zim: one Kiwix ZIM file per language from the offline copies
 * of the last `npm run build`, each checked with zimcheck -A; then the
 * checksums and download pages are brought up to date.
 */
import path from 'node:path';
import { outDir, siteUrl } from '../build/settings.ts';
import { publishDownloads } from '../build/offline/publish.ts';
import { precompress } from '../build/precompress.ts';
import { buildZims } from '../build/zim.ts';

const siteDir = outDir();
const site = siteUrl();
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
