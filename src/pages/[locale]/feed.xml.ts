/** A feed of the newest resources in one language (English text where no translation exists). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { LANG_TAGS, useTranslations, type Locale } from '../../i18n/index.ts';
import { getCatalog } from '../../lib/catalog.ts';
import { textIn } from '../../content/items.ts';
import { newest } from '../../lib/resources.ts';
import { localePaths } from '../../lib/static-paths.ts';
import { absolute, href } from '../../lib/urls.ts';

export const getStaticPaths = localePaths;

export async function GET(context: APIContext) {
  const locale = context.params['locale'] as Locale;
  const t = useTranslations(locale);
  const catalog = await getCatalog();
  return rss({
    title: t('feed.title', { site: t('site.name') }),
    description: t('feed.description'),
    site: absolute(href(locale, { page: 'home' }), context.site!),
    customData: `<language>${LANG_TAGS[locale]}</language>`,
    items: newest(catalog.resources, 50).map((resource) => {
      const { text } = textIn(resource, locale);
      return {
        title: text.data.title,
        description: text.data.summary,
        link: absolute(href(locale, { page: 'resource', slug: resource.slug }), context.site!),
        pubDate: new Date(`${resource.published}T00:00:00Z`),
        categories: [t(`type.${resource.type}.name`)],
      };
    }),
  });
}
