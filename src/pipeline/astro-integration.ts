/**
 * Astro integration that checks the whole content folder before Astro loads
 * it, so a publisher sees every problem in one run (a build stops; the
 * preview server keeps running and re-checks on every save), and records the
 * pages to leave out of the sitemap.
 */
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { loadContent, type Content } from '../content/load.ts';
import { blocking, formatProblems } from '../content/problems.ts';
import { LOCALES } from '../i18n/locales.ts';
import { href } from '../lib/urls.ts';
import { settings } from '../settings.ts';

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
