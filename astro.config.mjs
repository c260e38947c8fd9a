// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { hubContent, unlistedPaths } from './src/build/hub-content.ts';
import { outDir, siteUrl } from './src/build/settings.ts';
import { contentDir } from './src/content/location.ts';
import { LANG_TAGS, SOURCE_LOCALE } from './src/i18n/locales.ts';

// Settings come from the environment (HUB_SITE, HUB_BASE, HUB_OUT_DIR, HUB_CONTENT_DIR; see the README).
// Astro's content cache must not be shared between content folders or outputs: it would serve stale entries.
const cacheKey = createHash('sha256').update(`${contentDir()}|${outDir()}`).digest('hex').slice(0, 12);

// `npm run build` runs Astro, then the steps of src/build/steps.ts (search index, offline copies ...).
export default defineConfig({
  site: siteUrl(),
  base: process.env.HUB_BASE ?? '/',
  output: 'static',
  outDir: outDir(),
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    // The preview server watches sources and content, not built sites (too many files for the system's watchers).
    server: {
      watch: { ignored: (file) => /[\\/](dist|test-output|node_modules)[\\/]/.test(file) && !file.startsWith(contentDir()) },
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
