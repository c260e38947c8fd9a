/**
 * Markdown processing for content bodies: hub references such as
 * `[text](country:NPL)` become URLs from the URL helper in the page's
 * language, and links to other sites get rel="noopener".
 */
import { defineHastPlugin } from 'satteri';
import { parseReference, referenceRoute } from '../content/links.ts';
import { SOURCE_LOCALE, isLocale } from '../i18n/locales.ts';
import { href } from '../lib/urls.ts';

export function hubLinks({ fileURL }: { fileURL: URL | undefined }) {
  const name = fileURL?.pathname.split('/').at(-1)?.replace(/\.mdx?$/, '') ?? '';
  const locale = isLocale(name) ? name : SOURCE_LOCALE;
  return defineHastPlugin({
    name: 'hub-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const url = node.properties?.['href'];
        if (typeof url !== 'string') return;
        const reference = parseReference(url);
        if (reference) {
          ctx.setProperty(node, 'href', href(locale, referenceRoute(reference), reference.fragment));
        } else if (/^https?:\/\//.test(url)) {
          ctx.setProperty(node, 'rel', 'noopener');
        }
      },
    },
  });
}
