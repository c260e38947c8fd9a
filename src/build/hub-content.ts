/**
 * Astro integration that checks the whole content folder before Astro loads
 * it, so a publisher sees every problem in one run, and records which pages
 * are English fallbacks (left out of the sitemap).
 */
import type { AstroIntegration } from 'astro';
import { loadContent } from '../content/load.ts';
import { contentDir } from '../content/location.ts';
import { AstroError } from 'astro/errors';
import { formatProblems } from '../content/problems.ts';
import { LOCALES } from '../i18n/locales.ts';
import { href } from '../lib/urls.ts';

/** Paths of resource and organization pages shown in English because no translation exists. */
export const fallbackPaths = new Set<string>();

export function hubContent(): AstroIntegration {
  return {
    name: 'hub-content',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { content, problems } = loadContent(contentDir());
        if (problems.length > 0) {
          throw new AstroError(formatProblems(problems), 'Run `npm run check` to see these problems without building; docs/authoring.md explains every field.');
        }
        fallbackPaths.clear();
        for (const locale of LOCALES) {
          for (const resource of content.resources.values()) {
            if (!resource.texts[locale]) fallbackPaths.add(href(locale, { page: 'resource', slug: resource.slug }));
          }
          for (const organization of content.organizations.values()) {
            if (!organization.texts[locale]) fallbackPaths.add(href(locale, { page: 'organization', id: organization.id }));
          }
        }
        logger.info(`content checked: ${content.resources.size} resources, ${content.organizations.size} organizations, ${content.countries.size} countries`);
      },
    },
  };
}
