/**
 * Where Astro keeps its caches for one content folder and output: its
 * content layer, its incremental build, and the hub's build cache
 * (build-cache.ts). A module of its own, light to load, because the build
 * command needs it before Astro starts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, type Settings } from '../settings.ts';

/**
 * Astro's cache folder. Its content cache must not be shared between content folders or outputs, nor
 * outlive a change of the text loader (Astro checks content.config.ts only): it would serve stale
 * entries. The benchmark empties it for a cold build.
 */
export function astroCacheDir({ HUB_CONTENT_DIR, HUB_OUT_DIR }: Pick<Settings, 'HUB_CONTENT_DIR' | 'HUB_OUT_DIR'>): string {
  // What decides a rendered text's HTML besides the text: the loader, the Markdown plugin and the addresses of hub links.
  const loaderCode = ['src/pipeline/text-loader.ts', 'src/pipeline/rendered-html.ts', 'src/pipeline/external-links.ts', 'src/lib/urls.ts'].map((file) =>
    readFileSync(path.join(PROJECT_ROOT, file), 'utf8'),
  );
  const key = createHash('sha256')
    .update([HUB_CONTENT_DIR, HUB_OUT_DIR, ...loaderCode].join('|'))
    .digest('hex')
    .slice(0, 12);
  return path.join(PROJECT_ROOT, 'node_modules/.astro', key);
}

/** What Astro's incremental build (experimental.incrementalBuild) writes into its cache folder after a build. */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';
