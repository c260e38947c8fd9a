// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { hubContent, unlistedPaths } from './src/build/hub-content.ts';
import { hubOffline } from './src/build/offline/index.ts';
import { hubPrecompress } from './src/build/precompress.ts';
import { hubSearch } from './src/build/search-index.ts';
import { hubTemplates } from './src/build/templates/index.ts';
import { contentDir } from './src/content/location.ts';
import { LANG_TAGS, SOURCE_LOCALE } from './src/i18n/locales.ts';

// HUB_SITE: the public address the hub is served from (used in canonical links, hreflang, sitemap and feeds).
const site = process.env.HUB_SITE ?? 'https://hub.example.org';
// HUB_OUT_DIR: where the built site goes (tests and the benchmark build elsewhere).
const outDir = process.env.HUB_OUT_DIR;
// Astro's content cache must not be shared between content folders or outputs: it would serve stale entries.
const cacheKey = createHash('sha256').update(`${contentDir()}|${outDir ?? ''}`).digest('hex').slice(0, 12);

export default defineConfig({
  site,
  base: process.env.HUB_BASE ?? '/',
  output: 'static',
  ...(outDir ? { outDir } : {}),
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline scripts: the Content-Security-Policy allows none.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro issue #18087: a harmless warning repeated for every MDX file; silence only that one.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    hubContent(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: SOURCE_LOCALE, locales: LANG_TAGS },
      filter: (page) => !unlistedPaths.has(new URL(page).pathname),
    }),
    // Build steps over the output, in this order.
    hubTemplates(),
    hubSearch(),
    hubOffline(),
    hubPrecompress(),
  ],
});
