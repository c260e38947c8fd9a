/**
 * Build step: index the built site with Pagefind, one index per language
 * (from <html lang>). Only the parts of resource and organization pages
 * marked data-pagefind-body are indexed; navigation, footers and language
 * lists never are.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export const SEARCH_FOLDER = 'pagefind';

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(siteDir, SEARCH_FOLDER) });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The hub has its own search interface; Pagefind's ready-made ones would only add weight to every download.
  for (const file of readdirSync(path.join(siteDir, SEARCH_FOLDER))) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(path.join(siteDir, SEARCH_FOLDER, file));
  }
  return { pages: added.page_count };
}

export function hubSearch(): AstroIntegration {
  return {
    name: 'hub-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
