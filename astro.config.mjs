// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { externalLinks } from './src/pipeline/external-links.ts';
import { astroCacheDir } from './src/pipeline/astro-cache.ts';
import { hubContent, unlistedPaths } from './src/pipeline/astro-integration.ts';
import { LANG_TAGS, SOURCE_LOCALE } from './src/i18n/locales.ts';
import { settings } from './src/settings.ts';

// Every setting comes from src/settings.ts (HUB_* variables, listed in the README).
const hub = settings();
const { HUB_SITE, HUB_BASE, HUB_CONTENT_DIR, HUB_OUT_DIR } = hub;

// `npm run build` runs Astro as the first step of src/pipeline/index.ts (then search index, offline copies ...).
export default defineConfig({
  site: HUB_SITE,
  base: HUB_BASE,
  output: 'static',
  outDir: HUB_OUT_DIR,
  cacheDir: astroCacheDir(hub),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Pages whose key (src/lib/page-keys.ts) and code are unchanged are copied from Astro's cache instead of rendered again.
  experimental: { incrementalBuild: true },
  markdown: { processor: satteri({ hastPlugins: [externalLinks] }) },
  vite: {
    // The preview server watches sources and content, not built sites (too many files for the system's watchers).
    server: {
      watch: { ignored: (file) => /[\\/](dist|test-output|node_modules)[\\/]/.test(file) && !file.startsWith(HUB_CONTENT_DIR) },
    },
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
  ],
});
