// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fallbackPaths, hubContent } from './src/build/hub-content.ts';
import { LANG_TAGS, SOURCE_LOCALE } from './src/i18n/locales.ts';

// HUB_SITE: the public address the hub is served from (used in canonical links, hreflang, sitemap and feeds).
const site = process.env.HUB_SITE ?? 'https://hub.example.org';

export default defineConfig({
  site,
  base: process.env.HUB_BASE ?? '/',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [
    hubContent(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: SOURCE_LOCALE, locales: LANG_TAGS },
      filter: (page) => !fallbackPaths.has(new URL(page).pathname),
    }),
  ],
});
