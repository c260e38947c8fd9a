/**
 * Astro integration that checks the whole content folder before Astro loads
 * it, so a publisher sees every problem in one run (a build stops; the
 * preview server keeps running and re-checks on every save), and records the
 * pages to leave out of the sitemap.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { loadContent, type Content } from '../content/load.ts';
import { blocking, formatProblems } from '../content/problems.ts';
import { LOCALES } from '../i18n/locales.ts';
import { href } from '../lib/urls.ts';
import { PROJECT_ROOT, settings, type Settings } from '../settings.ts';

/**
 * Astro's cache folder for one content folder and output. Its content cache must not be shared between
 * content folders or outputs, nor outlive a change of the text loader (Astro checks content.config.ts only):
 * it would serve stale entries. The benchmark empties it for a cold build.
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

/** Paths the sitemap leaves out: English fallbacks of untranslated items, and the staff page. */
export const unlistedPaths = new Set<string>();

function recordUnlisted(content: Content): void {
  unlistedPaths.clear();
  for (const locale of LOCALES) {
    unlistedPaths.add(href(locale, { page: 'translations' }));
    for (const resource of content.resources.values()) {
      if (!resource.texts[locale]) unlistedPaths.add(href(locale, { page: 'resource', slug: resource.slug }));
    }
    for (const organization of content.organizations.values()) {
      if (!organization.texts[locale]) unlistedPaths.add(href(locale, { page: 'organization', id: organization.id }));
    }
  }
}

const HINT = 'Run `npm run check` to see these problems without building; docs/authoring.md explains every field.';

function checkAndReport(logger: AstroIntegrationLogger): boolean {
  const { content, problems } = loadContent(settings().HUB_CONTENT_DIR);
  if (blocking(problems).length > 0) {
    logger.error(formatProblems(problems));
    return false;
  }
  if (problems.length > 0) logger.warn(formatProblems(problems));
  recordUnlisted(content);
  logger.info(`content checked: ${content.resources.size} resources, ${content.organizations.size} organizations, ${content.countries.size} countries`);
  return true;
}

export function hubContent(): AstroIntegration {
  return {
    name: 'hub-content',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // The preview server keeps running so the publisher can fix and save; a build stops.
        if (!checkAndReport(logger) && command !== 'dev') throw new AstroError('The content has problems (listed above); nothing was built.', HINT);
      },
      'astro:server:setup': ({ server, logger }) => {
        const folder = settings().HUB_CONTENT_DIR + path.sep;
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(settings().HUB_CONTENT_DIR);
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(folder)) return;
          clearTimeout(timer);
          timer = setTimeout(() => checkAndReport(logger), 200);
        });
      },
    },
  };
}
